package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Optional;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * A request to convert one lead into an account, a contact and (unless told otherwise) an
 * opportunity: one {@code LeadConvert} element of the SOAP API's {@code convertLead} call, with its
 * fields under the same names.
 *
 * <h2>SOAP only, and final</h2>
 *
 * <p>Salesforce has no REST resource for lead conversion: it is done only through the SOAP API's
 * {@code convertLead} call ({@code POST /services/Soap/u/NN.0}), which takes up to 100 of these
 * per call. Conversion cannot be undone: the lead is marked converted ({@code IsConverted}, {@code
 * ConvertedAccountId}, ...) and can no longer be edited or converted again, and the records it
 * created stay. Check the lead first.
 *
 * <pre>{@code
 * LeadConvert conversion = LeadConvert.builder()
 *     .leadId(SalesforceId.of("00Q5f00000AbcdeEAB"))
 *     .convertedStatus(Lead.Status.CLOSED_CONVERTED)
 *     .accountId(SalesforceId.of("001D000000IqhSLIAZ"))   // merge into an existing account
 *     .opportunityName("Acme - 50 seats")
 *     .build();
 * }</pre>
 *
 * <h2>Rules checked when building</h2>
 *
 * <ul>
 *   <li>{@code leadId} is a Lead id ({@code 00Q}); {@code accountId} and {@code
 *       relatedPersonAccountId} are Account ids, {@code contactId} a Contact id, {@code
 *       opportunityId} an Opportunity id, {@code ownerId} a User id ({@code 005}: queues cannot own
 *       accounts and contacts).
 *   <li>{@code convertedStatus} is not blank. Salesforce also requires it to be a {@code
 *       LeadStatus} with {@code IsConverted = true}, which only the org can tell.
 *   <li>{@code contactId} needs {@code accountId} (the contact must belong to that account), and
 *       {@code overwriteLeadSource} needs {@code contactId}.
 *   <li>{@code opportunityName} is at most {@value #MAX_OPPORTUNITY_NAME_LENGTH} characters and is
 *       exclusive with {@code opportunityId}; {@code doNotCreateOpportunity} excludes both, and
 *       {@code opportunityRecord}.
 *   <li>{@code accountRecord}, {@code contactRecord}, {@code opportunityRecord} and {@code
 *       relatedPersonAccountRecord} are records of the matching object.
 * </ul>
 *
 * <p>Each refusal is an {@link InvalidArgumentException} naming the field and the value. In JSON
 * (MCP tools, the fake org) the keys are the SOAP names in camelCase: {@code
 * {"leadId":"00Q...","convertedStatus":"Closed - Converted","doNotCreateOpportunity":false,...}}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableLeadConvert.class)
@JsonDeserialize(as = ImmutableLeadConvert.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class LeadConvert {
  /**
   * The longest {@code opportunityName} the {@code convertLead} call accepts, in characters (the
   * call's own limit; the {@code Opportunity.Name} field itself holds 120).
   */
  public static final int MAX_OPPORTUNITY_NAME_LENGTH = 80;

  LeadConvert() {}

  /**
   * {@code leadId}: the lead to convert; required.
   *
   * @return a Lead id ({@code 00Q})
   */
  @JsonProperty("leadId")
  public abstract SalesforceId leadId();

  /**
   * {@code convertedStatus}: the lead status to set, a {@code LeadStatus} value with {@code
   * IsConverted = true} such as {@link Lead.Status#CLOSED_CONVERTED}; required.
   *
   * @return the status
   */
  @JsonProperty("convertedStatus")
  public abstract String convertedStatus();

  /**
   * {@code accountId}: an existing account (a person account included) to merge the lead into;
   * when absent, a new account is created.
   *
   * @return an Account id ({@code 001})
   */
  @JsonProperty("accountId")
  public abstract Optional<SalesforceId> accountId();

  /**
   * {@code contactId}: an existing contact of {@link #accountId()} to merge the lead into; when
   * absent, a new contact is created. Not for conversions into person accounts.
   *
   * @return a Contact id ({@code 003})
   */
  @JsonProperty("contactId")
  public abstract Optional<SalesforceId> contactId();

  /**
   * {@code opportunityId}: an existing opportunity to relate the lead to, instead of creating one.
   *
   * @return an Opportunity id ({@code 006})
   */
  @JsonProperty("opportunityId")
  public abstract Optional<SalesforceId> opportunityId();

  /**
   * {@code opportunityName}: the name of the opportunity to create; Salesforce uses the lead's
   * company when absent. At most {@value #MAX_OPPORTUNITY_NAME_LENGTH} characters.
   *
   * @return the name
   */
  @JsonProperty("opportunityName")
  public abstract Optional<String> opportunityName();

  /**
   * {@code doNotCreateOpportunity}: {@code true} to convert without an opportunity.
   *
   * @return the flag; {@code false} (an opportunity is created) by default
   */
  @JsonProperty("doNotCreateOpportunity")
  @Value.Default
  public boolean doNotCreateOpportunity() {
    return false;
  }

  /**
   * {@code overwriteLeadSource}: {@code true} to copy the lead's {@code LeadSource} onto the
   * existing contact given by {@link #contactId()}; other fields of existing records are only
   * filled where empty.
   *
   * @return the flag; {@code false} by default
   */
  @JsonProperty("overwriteLeadSource")
  @Value.Default
  public boolean overwriteLeadSource() {
    return false;
  }

  /**
   * {@code ownerId}: the user to own the new account, contact and opportunity; when absent, the
   * lead's owner. Required by Salesforce when a queue owns the lead.
   *
   * @return a User id ({@code 005})
   */
  @JsonProperty("ownerId")
  public abstract Optional<SalesforceId> ownerId();

  /**
   * {@code sendNotificationEmail}: {@code true} to email the owner given by {@link #ownerId()}.
   *
   * @return the flag; {@code false} by default
   */
  @JsonProperty("sendNotificationEmail")
  @Value.Default
  public boolean sendNotificationEmail() {
    return false;
  }

  /**
   * {@code bypassAccountDedupeCheck}: whether to skip the account duplicate check (documented by
   * Salesforce as for internal use).
   *
   * @return the flag, if set
   */
  @JsonProperty("bypassAccountDedupeCheck")
  public abstract Optional<Boolean> bypassAccountDedupeCheck();

  /**
   * {@code bypassContactDedupeCheck}: whether to skip the contact duplicate check (documented by
   * Salesforce as for internal use).
   *
   * @return the flag, if set
   */
  @JsonProperty("bypassContactDedupeCheck")
  public abstract Optional<Boolean> bypassContactDedupeCheck();

  /**
   * {@code accountRecord}: the account to create, with its fields (newer API versions; documented
   * by Salesforce as for internal use).
   *
   * @return an Account record
   */
  @JsonProperty("accountRecord")
  public abstract Optional<SObject> accountRecord();

  /**
   * {@code contactRecord}: the contact to create, with its fields (newer API versions; documented
   * by Salesforce as for internal use).
   *
   * @return a Contact record
   */
  @JsonProperty("contactRecord")
  public abstract Optional<SObject> contactRecord();

  /**
   * {@code opportunityRecord}: the opportunity to create, with its fields (newer API versions;
   * documented by Salesforce as for internal use).
   *
   * @return an Opportunity record
   */
  @JsonProperty("opportunityRecord")
  public abstract Optional<SObject> opportunityRecord();

  /**
   * {@code relatedPersonAccountId}: when converting into a business account and a person account,
   * the existing person account to convert the lead to.
   *
   * @return an Account id ({@code 001})
   */
  @JsonProperty("relatedPersonAccountId")
  public abstract Optional<SalesforceId> relatedPersonAccountId();

  /**
   * {@code relatedPersonAccountRecord}: when converting into a business account and a person
   * account, the new person account to create.
   *
   * @return an Account record
   */
  @JsonProperty("relatedPersonAccountRecord")
  public abstract Optional<SObject> relatedPersonAccountRecord();

  /** Refuses what Salesforce would refuse, naming the field and the value. */
  @Value.Check
  protected void check() {
    requireType("leadId", Optional.of(leadId()), "Lead");
    if (convertedStatus().isBlank()) {
      throw new InvalidArgumentException(
          "convertedStatus",
          "LeadConvert.convertedStatus is blank ('"
              + convertedStatus()
              + "'): give a lead status whose IsConverted is true, e.g. '"
              + Lead.Status.CLOSED_CONVERTED
              + "' (SELECT ApiName FROM LeadStatus WHERE IsConverted = true)");
    }
    requireType("accountId", accountId(), "Account");
    requireType("contactId", contactId(), "Contact");
    requireType("opportunityId", opportunityId(), "Opportunity");
    requireType("ownerId", ownerId(), "User");
    requireType("relatedPersonAccountId", relatedPersonAccountId(), "Account");
    if (contactId().isPresent() && accountId().isEmpty()) {
      throw new InvalidArgumentException(
          "contactId",
          "LeadConvert.contactId is "
              + contactId().get()
              + " but accountId is not set: Salesforce merges a lead into an existing contact only"
              + " together with that contact's account; set accountId to the contact's AccountId");
    }
    if (overwriteLeadSource() && contactId().isEmpty()) {
      throw new InvalidArgumentException(
          "overwriteLeadSource",
          "LeadConvert.overwriteLeadSource is true but contactId is not set: the lead source is"
              + " copied onto an existing contact only; set contactId (and accountId) or leave"
              + " overwriteLeadSource false");
    }
    opportunityName().ifPresent(LeadConvert::checkOpportunityName);
    if (opportunityName().isPresent() && opportunityId().isPresent()) {
      throw new InvalidArgumentException(
          "opportunityName",
          "LeadConvert.opportunityName ('"
              + shown(opportunityName().get())
              + "') and opportunityId ("
              + opportunityId().get()
              + ") exclude each other: name a new opportunity or relate an existing one, not both");
    }
    if (doNotCreateOpportunity()) {
      refuseWithoutOpportunity("opportunityName", opportunityName().map(n -> "'" + shown(n) + "'"));
      refuseWithoutOpportunity("opportunityId", opportunityId().map(SalesforceId::value));
      refuseWithoutOpportunity("opportunityRecord", opportunityRecord().map(r -> "a record"));
    }
    requireRecordType("accountRecord", accountRecord(), "Account");
    requireRecordType("contactRecord", contactRecord(), "Contact");
    requireRecordType("opportunityRecord", opportunityRecord(), "Opportunity");
    requireRecordType("relatedPersonAccountRecord", relatedPersonAccountRecord(), "Account");
  }

  private static void requireType(String field, Optional<SalesforceId> id, String sobjectType) {
    if (id.isEmpty()) {
      return;
    }
    try {
      id.get().requireType(sobjectType);
    } catch (InvalidArgumentException e) {
      throw new InvalidArgumentException(field, "LeadConvert." + field + ": " + e.getMessage());
    }
  }

  private static void checkOpportunityName(String name) {
    if (name.isBlank()) {
      throw new InvalidArgumentException(
          "opportunityName",
          "LeadConvert.opportunityName is blank ('"
              + name
              + "'): give a name, or leave it unset to name the opportunity after the lead's"
              + " company");
    }
    if (name.length() > MAX_OPPORTUNITY_NAME_LENGTH) {
      throw new InvalidArgumentException(
          "opportunityName",
          "LeadConvert.opportunityName has "
              + name.length()
              + " characters ('"
              + shown(name)
              + "'), but convertLead accepts at most "
              + MAX_OPPORTUNITY_NAME_LENGTH
              + ": shorten it");
    }
  }

  private static void refuseWithoutOpportunity(String field, Optional<String> value) {
    if (value.isPresent()) {
      throw new InvalidArgumentException(
          "doNotCreateOpportunity",
          "LeadConvert.doNotCreateOpportunity is true but "
              + field
              + " is set ("
              + value.get()
              + "): Salesforce refuses opportunity details for a conversion without an"
              + " opportunity; remove "
              + field
              + " or set doNotCreateOpportunity to false");
    }
  }

  private static void requireRecordType(String field, Optional<SObject> record, String type) {
    if (record.isPresent() && !record.get().sobjectType().equals(type)) {
      throw new InvalidArgumentException(
          field,
          "LeadConvert."
              + field
              + " is a "
              + record.get().sobjectType()
              + " record, but it must be a "
              + type
              + " record");
    }
  }

  private static String shown(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  /**
   * The simplest conversion: the lead becomes a new account, contact and opportunity, owned by the
   * lead's owner.
   *
   * @param leadId the lead's id
   * @param convertedStatus a lead status with {@code IsConverted = true}
   * @return the request
   * @throws InvalidArgumentException if the id is not a Lead id or the status is blank
   */
  public static LeadConvert of(SalesforceId leadId, String convertedStatus) {
    InvalidArgumentException.requireNonNull(leadId, "leadId");
    InvalidArgumentException.requireNonNull(convertedStatus, "convertedStatus");
    return builder().leadId(leadId).convertedStatus(convertedStatus).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the ids, the status and the flags; never the opportunity name or record fields. */
  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "LeadConvert{", "}");
    s.add("leadId=" + leadId());
    s.add("convertedStatus=" + convertedStatus());
    accountId().ifPresent(id -> s.add("accountId=" + id));
    contactId().ifPresent(id -> s.add("contactId=" + id));
    opportunityId().ifPresent(id -> s.add("opportunityId=" + id));
    ownerId().ifPresent(id -> s.add("ownerId=" + id));
    relatedPersonAccountId().ifPresent(id -> s.add("relatedPersonAccountId=" + id));
    opportunityName().ifPresent(n -> s.add("opportunityName=(" + n.length() + " characters)"));
    if (doNotCreateOpportunity()) {
      s.add("doNotCreateOpportunity");
    }
    if (overwriteLeadSource()) {
      s.add("overwriteLeadSource");
    }
    if (sendNotificationEmail()) {
      s.add("sendNotificationEmail");
    }
    accountRecord().ifPresent(r -> s.add("accountRecord=" + r));
    contactRecord().ifPresent(r -> s.add("contactRecord=" + r));
    opportunityRecord().ifPresent(r -> s.add("opportunityRecord=" + r));
    relatedPersonAccountRecord().ifPresent(r -> s.add("relatedPersonAccountRecord=" + r));
    return s.toString();
  }

  /** Builds a {@link LeadConvert}; {@code leadId} and {@code convertedStatus} are required. */
  public static final class Builder extends ImmutableLeadConvert.Builder {
    Builder() {}
  }
}
