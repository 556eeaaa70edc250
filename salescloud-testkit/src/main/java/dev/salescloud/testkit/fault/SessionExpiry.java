package dev.salescloud.testkit.fault;

import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import java.util.Optional;

/**
 * The session of the call ends: its bearer token is revoked and the answer is Salesforce's 401
 * {@code [{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]}.
 */
final class SessionExpiry implements Injection {
  private static final ErrorAnswer EXPIRED =
      new ErrorAnswer(401, "INVALID_SESSION_ID", "Session expired or invalid");

  /** The bearer token of a call, if it carries one. */
  static Optional<String> bearerToken(HttpRequest request) {
    return request
        .header("Authorization")
        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> h.substring(7).trim())
        .filter(t -> !t.isEmpty());
  }

  /** Revokes the call's token and answers 401. */
  @Override
  public Optional<HttpResponse> inject(HttpRequest request, Faults org) {
    bearerToken(request).ifPresent(org.sessions()::revoke);
    return EXPIRED.inject(request, org);
  }

  /** Names the fault. */
  @Override
  public String toString() {
    return "session expiry";
  }
}
