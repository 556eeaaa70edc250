package dev.salescloud.model.error;

import java.util.List;

/** The record was locked by another transaction (UNABLE_TO_LOCK_ROW) or a precondition failed (HTTP 409/412). Lock contention is transient. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param errors Salesforce's errors
   * @param method the request's HTTP method
   * @param path the request's path
   */
  public ConflictException(int status, List<ApiError> errors, String method, String path) {
    super(status, errors, method, path, "Retry after a short backoff.");
  }

  /** Transient: the same request may succeed later. */
  @Override
  public boolean retryable() {
    return true;
  }
}
