package dev.salescloud.model.error;

import java.util.List;

/** The org's API allocation or concurrency limit is used up (REQUEST_LIMIT_EXCEEDED, HTTP 403 or 429). */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param errors Salesforce's errors
   * @param method the request's HTTP method
   * @param path the request's path
   */
  public RateLimitException(int status, List<ApiError> errors, String method, String path) {
    super(status, errors, method, path, "Wait until the rolling 24-hour allocation frees up, or lower the call rate; check limits() for the usage.");
  }
}
