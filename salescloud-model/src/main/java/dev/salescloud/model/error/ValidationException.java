package dev.salescloud.model.error;

import java.util.List;

/** Salesforce refused the request itself: missing or invalid fields, bad values, malformed SOQL, duplicates, validation rules (HTTP 400). */
public class ValidationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param errors Salesforce's errors
   * @param method the request's HTTP method
   * @param path the request's path
   */
  public ValidationException(int status, List<ApiError> errors, String method, String path) {
    super(status, errors, method, path, "Fix the request as the error codes and fields say; retrying it unchanged fails again.");
  }
}
