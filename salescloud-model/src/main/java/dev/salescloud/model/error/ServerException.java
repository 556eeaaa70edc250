package dev.salescloud.model.error;

import java.util.List;

/** Salesforce or its edge failed (HTTP 5xx, SERVER_UNAVAILABLE). Transient. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param errors Salesforce's errors
   * @param method the request's HTTP method
   * @param path the request's path
   */
  public ServerException(int status, List<ApiError> errors, String method, String path) {
    super(status, errors, method, path, "Retry after a backoff; reads and idempotent writes are retried by the client.");
  }

  /** Transient: the same request may succeed later. */
  @Override
  public boolean retryable() {
    return true;
  }
}
