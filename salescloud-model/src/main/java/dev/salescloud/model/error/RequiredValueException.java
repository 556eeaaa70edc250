package dev.salescloud.model.error;

/**
 * A value object was built without something it requires: a required attribute was never set,
 * or {@code null} was passed where a value is needed. Raised by every builder of the model.
 *
 * <pre>{@code
 * RecordAttributes.builder().build();
 * // RequiredValueException: Cannot build RecordAttributes, some of required attributes are not set [type]
 * }</pre>
 */
public class RequiredValueException extends InvalidArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the builder's message.
   *
   * @param message what is missing, naming the attribute
   */
  public RequiredValueException(String message) {
    super(argumentOf(message), message);
  }

  private static String argumentOf(String message) {
    if (message == null) {
      return "value";
    }
    int open = message.lastIndexOf('[');
    int close = message.lastIndexOf(']');
    if (open >= 0 && close > open) {
      return message.substring(open + 1, close);
    }
    return message.length() <= 60 ? message : "value";
  }
}
