package dev.salescloud.client.sobject;

import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.client.Query;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlBuilder;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadConvert;
import dev.salescloud.model.sales.LeadStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The read-only checks of {@link LeadClient#checkConversion}: one SOQL query each for the lead,
 * the converted statuses, the candidate accounts and the contacts with the lead's email.
 */
final class ConversionPreflight {
  /** The most candidate accounts or contacts read. */
  private static final int CANDIDATES = 200;
  private static final String USER_PREFIX = "005";

  private final ApiExchange exchange;
  private final ApiVersion version;

  ConversionPreflight(ApiExchange exchange, ApiVersion version) {
    this.exchange = exchange;
    this.version = version;
  }

  ConversionReadiness check(SalesforceId leadId, Optional<LeadConvert> plan) {
    Optional<Lead> found = query(Soql.select("Id", "Company", "LastName", "Email", "OwnerId",
            "IsConverted", "Status")
        .from(Lead.SOBJECT_TYPE).where(Soql.field("Id").eq(leadId.value())), Lead.class).first();
    List<ConversionCheck> checks = new ArrayList<>();
    if (found.isEmpty()) {
      checks.add(ConversionCheck.blocking(ConversionCheck.LEAD, false,
          "No lead has the id " + leadId + " (or it is in the recycle bin)"));
      return new ConversionReadiness(leadId, checks, List.of(), Optional.empty(), List.of(), List.of());
    }
    Lead lead = found.get();
    checks.add(ConversionCheck.blocking(ConversionCheck.LEAD, true, "The lead exists"));
    boolean converted = lead.isConverted().orElse(false);
    checks.add(ConversionCheck.blocking(ConversionCheck.NOT_CONVERTED, !converted, converted
        ? "The lead is converted already; Salesforce answers CANNOT_UPDATE_CONVERTED_LEAD"
        : "The lead is not converted yet"));

    List<LeadStatus> statuses = query(Soql.select("ApiName", "MasterLabel", "SortOrder", "IsDefault")
        .from(LeadStatus.SOBJECT_TYPE).where(Soql.field("IsConverted").eq(true))
        .orderBy("SortOrder"), LeadStatus.class).toList();
    List<String> names = statuses.stream().map(ConversionPreflight::statusName).toList();
    Optional<String> defaultStatus = statuses.stream()
        .filter(s -> s.isDefault().orElse(false)).findFirst().map(ConversionPreflight::statusName)
        .or(() -> names.stream().findFirst());
    checks.add(statusCheck(statuses, names, defaultStatus, plan));
    checks.add(requiredFields(lead));
    checks.add(owner(lead, plan));

    String company = lead.company().orElse("").trim();
    List<Account> accounts = matchingAccounts(company);
    checks.add(ConversionCheck.warning(ConversionCheck.MATCHING_ACCOUNTS, accounts.isEmpty(),
        accounts.isEmpty()
            ? "No account is named like the lead's company"
            : accounts.size() + " existing account(s) named like the lead's company '" + company
                + "': " + describe(accounts.stream().map(a -> a.name().orElse("") + " ("
                    + a.id().map(SalesforceId::value).orElse("") + ")"))
                + "; set LeadConvert.accountId to merge instead of creating another"));

    Optional<String> email = lead.email().filter(e -> !e.isBlank());
    List<Contact> contacts = email.isEmpty()
        ? List.of()
        : query(Soql.select("Id", "Name", "Email", "AccountId").from(Contact.SOBJECT_TYPE)
            .where(Soql.field("Email").eq(email.get())).limit(CANDIDATES), Contact.class).toList();
    checks.add(ConversionCheck.warning(ConversionCheck.MATCHING_CONTACTS, contacts.isEmpty(),
        email.isEmpty()
            ? "The lead has no email to match contacts by"
            : contacts.isEmpty()
                ? "No contact has the lead's email"
                : contacts.size() + " existing contact(s) with the lead's email: "
                    + describe(contacts.stream().map(c -> c.id().map(SalesforceId::value).orElse("")
                        + c.accountId().map(a -> " of account " + a.value()).orElse("")))
                    + "; set LeadConvert.contactId and its accountId to merge"));
    return new ConversionReadiness(leadId, checks, names, defaultStatus, accounts, contacts);
  }

  private static ConversionCheck statusCheck(List<LeadStatus> statuses, List<String> names,
      Optional<String> defaultStatus, Optional<LeadConvert> plan) {
    if (statuses.isEmpty()) {
      return ConversionCheck.blocking(ConversionCheck.CONVERTED_STATUS, false,
          "The org has no lead status with IsConverted = true; an administrator must add one"
              + " before any lead can be converted");
    }
    if (plan.isPresent()) {
      String wanted = plan.get().convertedStatus();
      boolean known = statuses.stream().anyMatch(s ->
          s.apiName().filter(wanted::equalsIgnoreCase).isPresent()
              || s.masterLabel().filter(wanted::equalsIgnoreCase).isPresent());
      if (!known) {
        return ConversionCheck.blocking(ConversionCheck.CONVERTED_STATUS, false,
            "'" + wanted + "' is not a converted lead status (Salesforce answers INVALID_STATUS);"
                + " use one of " + names);
      }
      return ConversionCheck.blocking(ConversionCheck.CONVERTED_STATUS, true,
          "'" + wanted + "' is a converted lead status");
    }
    return ConversionCheck.blocking(ConversionCheck.CONVERTED_STATUS, true,
        "Converted statuses: " + names + "; the default is '" + defaultStatus.orElseThrow() + "'");
  }

  private static ConversionCheck requiredFields(Lead lead) {
    List<String> missing = new ArrayList<>();
    if (lead.company().filter(c -> !c.isBlank()).isEmpty()) {
      missing.add("Company");
    }
    if (lead.lastName().filter(c -> !c.isBlank()).isEmpty()) {
      missing.add("LastName");
    }
    return ConversionCheck.blocking(ConversionCheck.REQUIRED_FIELDS, missing.isEmpty(),
        missing.isEmpty()
            ? "The lead has the Company and LastName the account and contact need"
            : "The lead has no " + String.join(" and no ", missing)
                + ": the new account needs a name and the contact a last name; set them first");
  }

  private static ConversionCheck owner(Lead lead, Optional<LeadConvert> plan) {
    Optional<SalesforceId> owner = lead.ownerId();
    if (plan.flatMap(LeadConvert::ownerId).isPresent()) {
      return ConversionCheck.blocking(ConversionCheck.OWNER, true,
          "The conversion names the owner of the new records");
    }
    if (owner.isPresent() && owner.get().keyPrefix().equals(USER_PREFIX)) {
      return ConversionCheck.blocking(ConversionCheck.OWNER, true,
          "A user owns the lead and will own the new records");
    }
    return ConversionCheck.blocking(ConversionCheck.OWNER, false,
        owner.map(o -> "A queue (" + o.value() + ") owns the lead").orElse("The lead has no owner")
            + ", and queues cannot own accounts and contacts: set LeadConvert.ownerId to a user");
  }

  /** Accounts named like the company: exact matches (ignoring case) first, then normalised ones. */
  private List<Account> matchingAccounts(String company) {
    String firstWord = CompanyNames.firstWord(company);
    if (company.isEmpty()) {
      return List.of();
    }
    SoqlBuilder candidates = Soql.select("Id", "Name").from(Account.SOBJECT_TYPE)
        .where(firstWord.isEmpty()
            ? Soql.field("Name").eq(company)
            : Soql.or(Soql.field("Name").eq(company), Soql.field("Name").startsWith(firstWord)))
        .orderBy("Name").limit(CANDIDATES);
    String normal = CompanyNames.normalise(company);
    return query(candidates, Account.class).stream()
        .filter(a -> a.name().isPresent())
        .filter(a -> a.name().get().trim().equalsIgnoreCase(company)
            || !normal.isEmpty() && CompanyNames.normalise(a.name().get()).equals(normal))
        .sorted(Comparator.comparing(
            (Account a) -> !a.name().get().trim().equalsIgnoreCase(company)))
        .toList();
  }

  private <T> Query<T> query(SoqlBuilder soql, Class<T> type) {
    return Query.of(exchange, version, soql.build(), type, false);
  }

  private static String statusName(LeadStatus status) {
    return status.apiName().or(status::masterLabel).orElse("");
  }

  private static String describe(Stream<String> items) {
    return items.collect(Collectors.joining(", "));
  }
}
