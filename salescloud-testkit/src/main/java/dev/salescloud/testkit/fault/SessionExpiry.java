package dev.salescloud.testkit.fault;

import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session of the call ends: its token is revoked and the answer is Salesforce's 401
 * {@code [{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]}. A SOAP
 * call ({@code /services/Soap/...}) names its session in the envelope's {@code SessionHeader}; its
 * token is revoked and the call goes on to the org's SOAP endpoint, which answers the ended session
 * as Salesforce does: HTTP 500 with the fault {@code sf:INVALID_SESSION_ID}.
 */
final class SessionExpiry implements Injection {
  private static final ErrorAnswer EXPIRED =
      new ErrorAnswer(401, "INVALID_SESSION_ID", "Session expired or invalid");
  private static final Pattern SOAP_PATH =
      Pattern.compile("/+services/soap/.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SOAP_SESSION =
      Pattern.compile("<(?:[\\w.-]+:)?sessionId>\\s*([^<\\s]+)\\s*</(?:[\\w.-]+:)?sessionId>");

  /** The bearer token of a call, if it carries one. */
  static Optional<String> bearerToken(HttpRequest request) {
    return request
        .header("Authorization")
        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> h.substring(7).trim())
        .filter(t -> !t.isEmpty());
  }

  /** The session of a call: its bearer token or, for a SOAP call, its envelope's session id. */
  static Optional<String> sessionToken(HttpRequest request) {
    Optional<String> bearer = bearerToken(request);
    if (bearer.isPresent() || !isSoap(request)) {
      return bearer;
    }
    Matcher session = SOAP_SESSION.matcher(request.bodyText().orElse(""));
    return session.find() ? Optional.of(session.group(1)) : Optional.empty();
  }

  private static boolean isSoap(HttpRequest request) {
    String path = request.uri().getRawPath();
    return path != null && SOAP_PATH.matcher(path).matches();
  }

  /** Revokes the call's session and answers 401, or lets the SOAP endpoint answer its fault. */
  @Override
  public Optional<HttpResponse> inject(HttpRequest request, Faults org) {
    sessionToken(request).ifPresent(org.sessions()::revoke);
    if (isSoap(request)) {
      return Optional.empty();
    }
    return EXPIRED.inject(request, org);
  }

  /** Names the fault. */
  @Override
  public String toString() {
    return "session expiry";
  }
}
