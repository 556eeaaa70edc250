package dev.salescloud.client.sobject;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Objects;

/**
 * One finding of {@link LeadClient#checkConversion(dev.salescloud.model.SalesforceId)}: what was
 * checked, whether it passed, and a message saying why, meant for people.
 *
 * <p>Blocking checks ({@link #LEAD}, {@link #NOT_CONVERTED}, {@link #CONVERTED_STATUS}, {@link
 * #REQUIRED_FIELDS}, {@link #OWNER}) stop the conversion when they fail. The matching checks
 * ({@link #MATCHING_ACCOUNTS}, {@link #MATCHING_CONTACTS}) only warn: they fail when existing
 * records look like the ones the conversion would create, so that you can merge into them.
 *
 * <pre>{@code
 * for (ConversionCheck c : readiness.checks()) {
 *   if (!c.passed()) log.warn("{}: {}", c.name(), c.message());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code toString()} shows the name and the outcome, never the
 * message, which may quote the lead's company or email.
 */
public final class ConversionCheck {
  /** The lead exists (and is not deleted). */
  public static final String LEAD = "lead";
  /** The lead is not converted yet. */
  public static final String NOT_CONVERTED = "notConverted";
  /** The org has a lead status with {@code IsConverted = true} (and the planned one is such). */
  public static final String CONVERTED_STATUS = "convertedStatus";
  /** The lead has the Company and LastName the new account and contact need. */
  public static final String REQUIRED_FIELDS = "requiredFields";
  /** A user owns the lead, or the planned conversion names an owner for a queue's lead. */
  public static final String OWNER = "owner";
  /** No existing account has the lead's company as its name (exactly or normalised). */
  public static final String MATCHING_ACCOUNTS = "matchingAccounts";
  /** No existing contact has the lead's email. */
  public static final String MATCHING_CONTACTS = "matchingContacts";

  private final String name;
  private final boolean passed;
  private final boolean blocking;
  private final String message;

  private ConversionCheck(String name, boolean passed, boolean blocking, String message) {
    this.name = InvalidArgumentException.requireNonNull(name, "name");
    this.passed = passed;
    this.blocking = blocking;
    this.message = InvalidArgumentException.requireNonNull(message, "message");
  }

  static ConversionCheck blocking(String name, boolean passed, String message) {
    return new ConversionCheck(name, passed, true, message);
  }

  static ConversionCheck warning(String name, boolean passed, String message) {
    return new ConversionCheck(name, passed, false, message);
  }

  /**
   * What was checked.
   *
   * @return one of the constants of this class, e.g. {@link #OWNER}
   */
  public String name() {
    return name;
  }

  /**
   * Whether the check passed.
   *
   * @return {@code true} when nothing is in the way
   */
  public boolean passed() {
    return passed;
  }

  /**
   * Whether a failure of this check stops the conversion; the matching checks only warn.
   *
   * @return {@code true} for the blocking checks
   */
  public boolean blocking() {
    return blocking;
  }

  /**
   * Why the check passed or failed, and what to do about a failure.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /** Equal when name, outcome, kind and message are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ConversionCheck c
        && name.equals(c.name) && passed == c.passed && blocking == c.blocking
        && message.equals(c.message);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(name, passed, blocking, message);
  }

  /** Shows the name and the outcome; never the message. */
  @Override
  public String toString() {
    return name + (passed ? " passed" : blocking ? " failed" : " warned");
  }
}
