package dev.salescloud.testkit.schema;

import java.util.List;

/**
 * A refusal of the fake org, carrying what Salesforce would answer: the HTTP status, the
 * {@code errorCode}, the message and the fields concerned.
 *
 * <p>The REST layer turns it into Salesforce's error array,
 * {@code [{"message":"...","errorCode":"...","fields":[...]}]}. Its message is the Salesforce
 * message, which may name a field but never shows a customer's value beyond what Salesforce itself
 * shows.
 */
public final class SalesforceFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;
  private final List<String> fields;

  /**
   * Creates a refusal.
   *
   * @param status the HTTP status, e.g. 400
   * @param errorCode Salesforce's error code, e.g. {@code REQUIRED_FIELD_MISSING}
   * @param message the message Salesforce gives
   * @param fields the fields concerned, possibly none
   */
  public SalesforceFault(int status, String errorCode, String message, List<String> fields) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
    this.fields = List.copyOf(fields);
  }

  /**
   * A 400 refusal naming the fields concerned.
   *
   * @param errorCode Salesforce's error code
   * @param message the message
   * @param fields the fields concerned
   * @return the refusal
   */
  public static SalesforceFault badRequest(String errorCode, String message, String... fields) {
    return new SalesforceFault(400, errorCode, message, List.of(fields));
  }

  /**
   * The 404 {@code NOT_FOUND} answer for a resource or record that does not exist.
   *
   * @return the refusal
   */
  public static SalesforceFault notFound() {
    return new SalesforceFault(404, "NOT_FOUND", "The requested resource does not exist", List.of());
  }

  /**
   * The HTTP status of the answer.
   *
   * @return the status, e.g. 400 or 404
   */
  public int status() {
    return status;
  }

  /**
   * Salesforce's error code.
   *
   * @return e.g. {@code INVALID_FIELD}
   */
  public String errorCode() {
    return errorCode;
  }

  /**
   * The fields the error concerns.
   *
   * @return the field names, possibly empty
   */
  public List<String> fields() {
    return fields;
  }
}
