package dev.salescloud.client.sobject;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import java.util.List;
import java.util.Optional;

/**
 * What {@link LeadClient#checkConversion(SalesforceId)} found about a lead: every {@link
 * ConversionCheck}, the org's converted lead statuses, and the existing accounts and contacts the
 * conversion would duplicate.
 *
 * <pre>{@code
 * ConversionReadiness ready = sf.leads().checkConversion(leadId);
 * if (!ready.ready()) {
 *   ready.failures().forEach(c -> log.warn("{}: {}", c.name(), c.message()));
 * } else if (!ready.matchingAccounts().isEmpty()) {
 *   // merge: LeadConvert.builder().accountId(ready.matchingAccounts().get(0).id().get())...
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code toString()} shows the lead id, the outcome, the names of
 * the failed checks and counts, never record values.
 */
public final class ConversionReadiness {
  private final SalesforceId leadId;
  private final List<ConversionCheck> checks;
  private final List<String> convertedStatuses;
  private final Optional<String> defaultConvertedStatus;
  private final List<Account> matchingAccounts;
  private final List<Contact> matchingContacts;

  ConversionReadiness(
      SalesforceId leadId,
      List<ConversionCheck> checks,
      List<String> convertedStatuses,
      Optional<String> defaultConvertedStatus,
      List<Account> matchingAccounts,
      List<Contact> matchingContacts) {
    this.leadId = leadId;
    this.checks = List.copyOf(checks);
    this.convertedStatuses = List.copyOf(convertedStatuses);
    this.defaultConvertedStatus = defaultConvertedStatus;
    this.matchingAccounts = List.copyOf(matchingAccounts);
    this.matchingContacts = List.copyOf(matchingContacts);
  }

  /**
   * The lead that was checked.
   *
   * @return its id
   */
  public SalesforceId leadId() {
    return leadId;
  }

  /**
   * Every check that ran, blocking ones first. When the lead does not exist only {@link
   * ConversionCheck#LEAD} ran.
   *
   * @return the checks, in a fixed order
   */
  public List<ConversionCheck> checks() {
    return checks;
  }

  /**
   * Whether every blocking check passed, so that {@code convert} can succeed; matching accounts
   * or contacts do not stop it.
   *
   * @return {@code true} when the lead can be converted
   */
  public boolean ready() {
    return checks.stream().filter(ConversionCheck::blocking).allMatch(ConversionCheck::passed);
  }

  /**
   * The checks that did not pass, blocking ones and warnings.
   *
   * @return the failed checks, in order
   */
  public List<ConversionCheck> failures() {
    return checks.stream().filter(c -> !c.passed()).toList();
  }

  /**
   * One check by name.
   *
   * @param name a constant of {@link ConversionCheck}
   * @return the check, or empty when it did not run
   */
  public Optional<ConversionCheck> check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * The org's lead statuses with {@code IsConverted = true}, by {@code SortOrder}.
   *
   * @return their {@code ApiName}s (or labels, where the org has no API names)
   */
  public List<String> convertedStatuses() {
    return convertedStatuses;
  }

  /**
   * The converted status to use: the converted status marked {@code IsDefault}, or else the first
   * one by {@code SortOrder}.
   *
   * @return the status, or empty when the org has no converted status
   */
  public Optional<String> defaultConvertedStatus() {
    return defaultConvertedStatus;
  }

  /**
   * Existing accounts whose name is the lead's company: exactly (ignoring case) first, then the
   * same after normalising (case, punctuation and legal suffixes such as Inc, Ltd or GmbH).
   *
   * @return the accounts with {@code Id} and {@code Name}
   */
  public List<Account> matchingAccounts() {
    return matchingAccounts;
  }

  /**
   * Existing contacts with the lead's email.
   *
   * @return the contacts with {@code Id}, {@code Name}, {@code Email} and {@code AccountId}
   */
  public List<Contact> matchingContacts() {
    return matchingContacts;
  }

  /** Shows the lead id, the outcome, the failed checks and counts; never record values. */
  @Override
  public String toString() {
    return "ConversionReadiness{leadId=" + leadId + ", ready=" + ready() + ", failures="
        + failures().stream().map(ConversionCheck::name).toList() + ", matchingAccounts="
        + matchingAccounts.size() + ", matchingContacts=" + matchingContacts.size() + "}";
  }
}
