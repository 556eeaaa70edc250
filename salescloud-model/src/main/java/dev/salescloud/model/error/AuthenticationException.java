package dev.salescloud.model.error;

import java.util.List;

/** The session expired or was revoked, or the credentials are wrong (HTTP 401, INVALID_SESSION_ID, invalid_grant). */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param errors Salesforce's errors
   * @param method the request's HTTP method
   * @param path the request's path
   */
  public AuthenticationException(int status, List<ApiError> errors, String method, String path) {
    super(status, errors, method, path, "Refresh or re-issue the credentials; the client already refreshed once.");
  }

  /**
   * Creates the exception with its own advice, for failures whose errors already say what to do
   * (the OAuth token endpoint's answers, for example).
   *
   * @param status the HTTP status
   * @param errors the errors
   * @param method the request's HTTP method
   * @param path the request's path
   * @param hint what to do, appended to the message; empty for none
   */
  public AuthenticationException(int status, List<ApiError> errors, String method, String path, String hint) {
    super(status, errors, method, path, hint);
  }
}
