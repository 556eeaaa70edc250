package dev.salescloud.model.error;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Salesforce answered a request with an error. Carries the HTTP status, every error of
 * Salesforce's error array (code, message, fields), and the request's method and path (without
 * its query string, which may hold personal data). Never a token, a secret or a record body.
 *
 * <p>Catch the subtype that says what you can do:
 *
 * <ul>
 *   <li>{@link AuthenticationException}: the session expired or credentials are wrong;
 *   <li>{@link AuthorizationException}: the user may not do this;
 *   <li>{@link NotFoundException}: no such record, or it is in the recycle bin;
 *   <li>{@link ValidationException}: the request itself is wrong (fields, values, SOQL);
 *   <li>{@link ConflictException} and {@link ServerException}: transient, worth retrying;
 *   <li>{@link RateLimitException}: the org's API allocation is used up.
 * </ul>
 *
 * <pre>{@code
 * try {
 *   sf.leads().create(lead);
 * } catch (ValidationException e) {
 *   if (e.hasErrorCode("REQUIRED_FIELD_MISSING")) { ... e.errors().get(0).fields() ... }
 * }
 * }</pre>
 */
public class ApiException extends SalesCloudException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<ApiError> errors;
  private final String method;
  private final String path;

  /**
   * Creates the exception; {@link #from(int, List, String, String)} picks the right subtype.
   *
   * @param status the HTTP status
   * @param errors Salesforce's errors, possibly empty
   * @param method the request's HTTP method
   * @param path the request's path; a query string is dropped
   * @param hint what the caller can do, appended to the message
   */
  public ApiException(int status, List<ApiError> errors, String method, String path, String hint) {
    super(describe(status, errors, method, stripQuery(path), hint));
    this.status = status;
    this.errors = List.copyOf(errors);
    this.method = method;
    this.path = stripQuery(path);
  }

  /**
   * The exception for an error response: the subtype is chosen from the first error code and
   * the status, as Salesforce documents them.
   *
   * @param status the HTTP status
   * @param errors Salesforce's error array, possibly empty
   * @param method the request's HTTP method
   * @param path the request's path
   * @return the matching exception
   */
  public static ApiException from(int status, List<ApiError> errors, String method, String path) {
    String code = errors.isEmpty() ? "" : errors.get(0).code().toUpperCase(Locale.ROOT);
    switch (code) {
      case "INVALID_SESSION_ID":
      case "INVALID_AUTH_HEADER":
      case "INVALID_GRANT":
      case "INVALID_CLIENT":
      case "INVALID_CLIENT_ID":
        return new AuthenticationException(status, errors, method, path);
      case "REQUEST_LIMIT_EXCEEDED":
      case "RATE_LIMIT_EXCEEDED":
        return new RateLimitException(status, errors, method, path);
      case "UNABLE_TO_LOCK_ROW":
        return new ConflictException(status, errors, method, path);
      case "SERVER_UNAVAILABLE":
        return new ServerException(status, errors, method, path);
      case "NOT_FOUND":
      case "ENTITY_IS_DELETED":
        return new NotFoundException(status, errors, method, path);
      case "INSUFFICIENT_ACCESS":
      case "INSUFFICIENT_ACCESS_OR_READONLY":
      case "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY":
      case "API_DISABLED_FOR_ORG":
      case "API_CURRENTLY_DISABLED":
      case "FUNCTIONALITY_NOT_ENABLED":
        return new AuthorizationException(status, errors, method, path);
      default:
        break;
    }
    if (status == 401) {
      return new AuthenticationException(status, errors, method, path);
    }
    if (status == 403) {
      return new AuthorizationException(status, errors, method, path);
    }
    if (status == 404 || status == 410) {
      return new NotFoundException(status, errors, method, path);
    }
    if (status == 409 || status == 412) {
      return new ConflictException(status, errors, method, path);
    }
    if (status == 429) {
      return new RateLimitException(status, errors, method, path);
    }
    if (status >= 500) {
      return new ServerException(status, errors, method, path);
    }
    if (status >= 400) {
      return new ValidationException(status, errors, method, path);
    }
    return new ApiException(status, errors, method, path, "");
  }

  /**
   * The HTTP status Salesforce answered with.
   *
   * @return for example {@code 400}
   */
  public int status() {
    return status;
  }

  /**
   * Every error Salesforce reported, in order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<ApiError> errors() {
    return errors;
  }

  /**
   * The first error's code.
   *
   * @return for example {@code REQUIRED_FIELD_MISSING}, or empty when Salesforce sent none
   */
  public Optional<String> errorCode() {
    return errors.stream().findFirst().map(ApiError::code);
  }

  /**
   * Whether any error has the given code.
   *
   * @param code an error code such as {@code DUPLICATE_VALUE}, compared ignoring case
   * @return {@code true} if one of {@link #errors()} carries it
   */
  public boolean hasErrorCode(String code) {
    return errors.stream().anyMatch(e -> e.code().equalsIgnoreCase(code));
  }

  /**
   * The request's HTTP method.
   *
   * @return for example {@code PATCH}
   */
  public String method() {
    return method;
  }

  /**
   * The request's path, without query string.
   *
   * @return for example {@code /services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB}
   */
  public String path() {
    return path;
  }

  private static String stripQuery(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private static String describe(
      int status, List<ApiError> errors, String method, String path, String hint) {
    String details =
        errors.isEmpty()
            ? "no error details"
            : errors.stream().map(ApiError::toString).collect(Collectors.joining("; "));
    return method + " " + path + " answered " + status + ": " + details
        + (hint.isEmpty() ? "" : ". " + hint);
  }
}
