package dev.salescloud.testkit.fault;

import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which calls a fault applies to: an HTTP method (or any) and a path pattern (or any). A pattern
 * that does not start with {@code /services/} is read after the version,
 * {@code /services/data/vNN.0}; {@code *} stands for part of one path segment and {@code **} for
 * any rest of the path. The query string is ignored.
 */
final class CallPattern {
  static final CallPattern ANY = new CallPattern("*", "/**");

  private static final Pattern VERSIONED =
      Pattern.compile("^/services/data/v\\d{1,3}\\.0(?=/|$)", Pattern.CASE_INSENSITIVE);

  private final String method;
  private final String path;
  private final Pattern regex;

  private CallPattern(String method, String path) {
    this.method = method;
    this.path = path;
    this.regex = Pattern.compile(globToRegex(path));
  }

  static CallPattern of(String method, String path) {
    InvalidArgumentException.requireNonNull(method, "method");
    InvalidArgumentException.requireNonNull(path, "path");
    if (!method.equals("*") && !method.matches("[A-Za-z]+")) {
      throw new InvalidArgumentException(
          "method", "The method must be an HTTP method such as PATCH, or * for any, not " + method);
    }
    if (!path.startsWith("/")) {
      throw new InvalidArgumentException(
          "path", "The path pattern must start with /, as in /sobjects/Opportunity/*, not " + path);
    }
    return new CallPattern(method.toUpperCase(Locale.ROOT), path);
  }

  boolean matches(HttpRequest request) {
    if (!method.equals("*") && !method.equals(request.method().toUpperCase(Locale.ROOT))) {
      return false;
    }
    String raw = request.uri().getRawPath() == null ? "" : request.uri().getRawPath();
    if (raw.length() > 1 && raw.endsWith("/")) {
      raw = raw.substring(0, raw.length() - 1);
    }
    String candidate =
        path.startsWith("/services/") ? raw : VERSIONED.matcher(raw).replaceFirst("");
    return regex.matcher(candidate).matches();
  }

  private static String globToRegex(String glob) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      if (glob.startsWith("**", i)) {
        out.append(".*");
        i += 2;
      } else if (glob.charAt(i) == '*') {
        out.append("[^/]*");
        i++;
      } else {
        int next = glob.indexOf('*', i);
        int end = next < 0 ? glob.length() : next;
        out.append(Pattern.quote(glob.substring(i, end)));
        i = end;
      }
    }
    return out.toString();
  }

  /** The method and the pattern, as given. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}
