package dev.salescloud.testkit.emulator;

import java.net.URI;
import java.util.Optional;

/**
 * The target of an HTTP request line, read the way Salesforce reads it.
 *
 * <p>The JDK server parses the target as a URI reference, so the {@code //services/data/...} that
 * the Salesforce CLI sends (its stored instance URL ends in a slash) comes out as a URI whose
 * authority is {@code services}. This class goes back to the raw target instead: the path is
 * everything before {@code ?}, with a run of leading slashes taken as one.
 */
final class RequestTarget {
  private final String path;
  private final String query;

  private RequestTarget(String path, String query) {
    this.path = path;
    this.query = query;
  }

  /**
   * Reads the target of a request.
   *
   * @param requestUri what {@code HttpExchange.getRequestURI()} gave, built from the raw target
   * @return the path and query to route
   */
  static RequestTarget of(URI requestUri) {
    if (requestUri.isAbsolute()) {
      String rawPath = requestUri.getRawPath();
      return new RequestTarget(
          normalise(rawPath == null ? "" : rawPath), requestUri.getRawQuery());
    }
    String raw = requestUri.toString();
    int hash = raw.indexOf('#');
    if (hash >= 0) {
      raw = raw.substring(0, hash);
    }
    int question = raw.indexOf('?');
    return question < 0
        ? new RequestTarget(normalise(raw), null)
        : new RequestTarget(normalise(raw.substring(0, question)), raw.substring(question + 1));
  }

  private static String normalise(String rawPath) {
    int first = 0;
    while (first < rawPath.length() && rawPath.charAt(first) == '/') {
      first++;
    }
    return "/" + rawPath.substring(first);
  }

  /**
   * The path, starting with exactly one slash.
   *
   * @return the raw (still percent-encoded) path, e.g. {@code /services/data/v66.0/query}
   */
  String path() {
    return path;
  }

  /**
   * The query string.
   *
   * @return the raw query without {@code ?}, if the target had one
   */
  Optional<String> query() {
    return Optional.ofNullable(query);
  }

  /**
   * The absolute URI of this target on a host.
   *
   * @param authority host and port, e.g. {@code 127.0.0.1:8080}
   * @return the URI
   * @throws IllegalArgumentException if the result is not a URI
   */
  URI on(String authority) {
    return URI.create("http://" + authority + path + (query == null ? "" : "?" + query));
  }

  /** Shows the path only; the query may hold SOQL with customer values. */
  @Override
  public String toString() {
    return "RequestTarget{" + path + "}";
  }
}
