package dev.salescloud.testkit.oauth;

import dev.salescloud.client.transport.HttpRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of an OAuth request: the query string, then an {@code
 * application/x-www-form-urlencoded} body (read only with that content type, as Salesforce does),
 * then the client id and secret of an HTTP Basic {@code Authorization} header when the form has
 * none.
 */
final class OAuthForm {
  private final Map<String, String> params;

  private OAuthForm(Map<String, String> params) {
    this.params = params;
  }

  static OAuthForm of(HttpRequest request) {
    Map<String, String> params = new LinkedHashMap<>();
    parse(request.uri().getRawQuery(), params);
    boolean form = request.header("Content-Type")
        .map(type -> type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
        .orElse(false);
    if (form) {
      parse(request.bodyText().orElse(""), params);
    }
    request.header("Authorization")
        .filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6))
        .flatMap(h -> decodeBasic(h.substring(6).trim()))
        .ifPresent(pair -> {
          params.putIfAbsent("client_id", pair[0]);
          params.putIfAbsent("client_secret", pair[1]);
        });
    return new OAuthForm(params);
  }

  /** A parameter's value, when present and not blank. */
  Optional<String> get(String name) {
    return Optional.ofNullable(params.get(name)).filter(v -> !v.isBlank());
  }

  /** A parameter's value, or the refusal when it is missing or blank. */
  String require(String name, OAuthError missing) {
    return get(name).orElseThrow(() -> missing);
  }

  private static void parse(String raw, Map<String, String> into) {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        into.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
      } catch (IllegalArgumentException malformed) {
        // a malformed escape is not a parameter, as on Salesforce
      }
    }
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  private static Optional<String[]> decodeBasic(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0
          ? Optional.empty()
          : Optional.of(new String[] {decode(pair.substring(0, colon)), decode(pair.substring(colon + 1))});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Names the parameters, never their values (secrets, passwords, codes). */
  @Override
  public String toString() {
    return "OAuthForm" + params.keySet();
  }
}
