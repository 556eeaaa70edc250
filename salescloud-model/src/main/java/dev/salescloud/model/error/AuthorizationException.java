package dev.salescloud.model.error;

import java.util.List;

/** The user may not do this: missing object or field permissions, sharing, or an org without API access (HTTP 403, INSUFFICIENT_ACCESS...). */
public class AuthorizationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param errors Salesforce's errors
   * @param method the request's HTTP method
   * @param path the request's path
   */
  public AuthorizationException(int status, List<ApiError> errors, String method, String path) {
    super(status, errors, method, path, "Grant the integration user the needed permission, or use another user.");
  }
}
