package dev.salescloud.model.error;

import java.util.Objects;

/**
 * An argument was refused before anything was sent to Salesforce: a malformed id, a read-only
 * field in a write, a value outside the range a field accepts.
 *
 * <p>{@link #argument()} names what was wrong, for example {@code "id"} or {@code
 * "Lead.IsConverted"}; the message also says why and what to do.
 *
 * <pre>{@code
 * try {
 *   SalesforceId.of(userInput);
 * } catch (InvalidArgumentException e) {
 *   log.warn("bad id in {}: {}", e.argument(), e.getMessage());
 * }
 * }</pre>
 */
public class InvalidArgumentException extends SalesCloudException {
  private static final long serialVersionUID = 1L;

  private final String argument;

  /**
   * Creates the exception.
   *
   * @param argument the name of the argument or field that was refused
   * @param message why it was refused and what to do instead
   */
  public InvalidArgumentException(String argument, String message) {
    super(message);
    this.argument = Objects.requireNonNull(argument, "argument");
  }

  /**
   * The argument or field that was refused.
   *
   * @return a name such as {@code "id"} or {@code "Opportunity.Amount"}
   */
  public String argument() {
    return argument;
  }

  /**
   * Fails with a clear message when a required argument is {@code null}.
   *
   * @param value the argument
   * @param argument its name
   * @param <T> its type
   * @return the argument, never {@code null}
   * @throws InvalidArgumentException if {@code value} is {@code null}
   */
  public static <T> T requireNonNull(T value, String argument) {
    if (value == null) {
      throw new InvalidArgumentException(argument, argument + " must not be null");
    }
    return value;
  }
}
