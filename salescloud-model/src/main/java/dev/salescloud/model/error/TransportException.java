package dev.salescloud.model.error;

import java.util.Optional;

/**
 * The exchange with Salesforce failed below the API: the connection could not be made or broke,
 * the call timed out, or the answer was not Salesforce's JSON (an HTML page from a proxy, an empty
 * 502).
 *
 * <p>{@link #requestSent()} tells whether the request may have reached Salesforce: a create whose
 * request was sent may have been executed, so it is never replayed automatically.
 */
public class TransportException extends SalesCloudException {
  private static final long serialVersionUID = 1L;

  private final boolean requestSent;
  private final int status;

  /**
   * Creates the exception.
   *
   * @param message what failed, with method and path
   * @param requestSent whether the request may have reached Salesforce
   * @param status the HTTP status if a response arrived, else {@code -1}
   * @param cause the underlying failure, may be {@code null}
   */
  public TransportException(String message, boolean requestSent, int status, Throwable cause) {
    super(message, cause);
    this.requestSent = requestSent;
    this.status = status;
  }

  /**
   * Whether the request may have reached Salesforce (and may have been executed).
   *
   * @return {@code false} only when the failure proves the request was not sent
   */
  public boolean requestSent() {
    return requestSent;
  }

  /**
   * The HTTP status, when a response with an unreadable body arrived.
   *
   * @return the status, if any
   */
  public Optional<Integer> status() {
    return status < 0 ? Optional.empty() : Optional.of(status);
  }

  /**
   * Transport failures are transient, except that a create that was sent must not be replayed.
   *
   * @return {@code true}
   */
  @Override
  public boolean retryable() {
    return true;
  }
}
