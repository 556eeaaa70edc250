package dev.salescloud.model.error;

/**
 * The root of every exception the SDK throws. It is unchecked: catch it, or one of its subtypes,
 * where you can act on the failure.
 *
 * <p>Messages never contain access tokens, secrets or whole record bodies; they name what was
 * wrong (the argument, field, errorCode) and, where possible, what to do about it.
 */
public class SalesCloudException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong and what to do about it
   */
  public SalesCloudException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the failure that caused it.
   *
   * @param message what went wrong and what to do about it
   * @param cause the underlying failure
   */
  public SalesCloudException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether repeating the same operation unchanged may succeed. The default is {@code false}.
   *
   * @return {@code true} for transient failures
   */
  public boolean retryable() {
    return false;
  }
}
