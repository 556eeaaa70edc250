package dev.salescloud.model.error;

import java.util.List;

/** No such resource: a wrong id, object or field in the path (NOT_FOUND), or a record in the recycle bin (ENTITY_IS_DELETED). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param errors Salesforce's errors
   * @param method the request's HTTP method
   * @param path the request's path
   */
  public NotFoundException(int status, List<ApiError> errors, String method, String path) {
    super(status, errors, method, path, "Check the id and object; deleted records are only visible through queryAll.");
  }
}
