package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * The outcome of converting one lead: one {@code LeadConvertResult} of the SOAP API's {@code
 * convertLead} call, in the order of the {@link LeadConvert} requests.
 *
 * <p>A successful conversion names the lead and the account and contact it was converted into,
 * and the opportunity unless none was created ({@link LeadConvert#doNotCreateOpportunity()}). The
 * lead is then converted for good: conversion is SOAP-only in Salesforce and cannot be undone. A
 * failed one carries at least one error, with SOAP's {@code statusCode} key (for example {@code
 * CANNOT_UPDATE_CONVERTED_LEAD} for a lead already converted), and changed nothing.
 *
 * <pre>{@code
 * {"leadId":"00Q5f00000AbcdeEAB","accountId":"001D000000IqhSLIAZ","contactId":"003...",
 *  "opportunityId":"006...","success":true,"errors":[]}
 * {"leadId":"00Q5f00000AbcdeEAB","success":false,
 *  "errors":[{"statusCode":"CANNOT_UPDATE_CONVERTED_LEAD",
 *             "message":"cannot reference converted lead"}]}
 * }</pre>
 *
 * <p>Like a {@code SaveResult}, a success carries no errors and a failure at least one. The ids
 * are checked against their objects' key prefixes.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableLeadConvertResult.class)
@JsonDeserialize(as = ImmutableLeadConvertResult.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class LeadConvertResult {
  LeadConvertResult() {}

  /**
   * {@code leadId}: the lead the result is about.
   *
   * @return a Lead id ({@code 00Q})
   */
  @JsonProperty("leadId")
  public abstract Optional<SalesforceId> leadId();

  /**
   * {@code accountId}: the account the lead was converted into, new or merged into.
   *
   * @return an Account id ({@code 001}); present on success
   */
  @JsonProperty("accountId")
  public abstract Optional<SalesforceId> accountId();

  /**
   * {@code contactId}: the contact the lead was converted into, new or merged into.
   *
   * @return a Contact id ({@code 003}); present on success
   */
  @JsonProperty("contactId")
  public abstract Optional<SalesforceId> contactId();

  /**
   * {@code opportunityId}: the opportunity created or related; empty when none was.
   *
   * @return an Opportunity id ({@code 006})
   */
  @JsonProperty("opportunityId")
  public abstract Optional<SalesforceId> opportunityId();

  /**
   * {@code relatedPersonAccountId}: the person account, when the lead was converted into a
   * business account and a person account.
   *
   * @return an Account id ({@code 001})
   */
  @JsonProperty("relatedPersonAccountId")
  public abstract Optional<SalesforceId> relatedPersonAccountId();

  /**
   * {@code success}: whether the lead was converted.
   *
   * @return {@code true} on success
   */
  @JsonProperty("success")
  public abstract boolean success();

  /**
   * {@code errors}: why the lead was not converted, each with a {@code statusCode}.
   *
   * @return the errors; empty on success
   */
  @JsonProperty("errors")
  public abstract List<ApiError> errors();

  /** A success carries no errors, a failure at least one; ids belong to their objects. */
  @Value.Check
  protected void check() {
    if (success() && !errors().isEmpty()) {
      throw new InvalidArgumentException(
          "errors", "A successful lead conversion result cannot carry errors: " + errors());
    }
    if (!success() && errors().isEmpty()) {
      throw new InvalidArgumentException(
          "errors", "A failed lead conversion result must say why: give at least one error");
    }
    requireType("leadId", leadId(), "Lead");
    requireType("accountId", accountId(), "Account");
    requireType("contactId", contactId(), "Contact");
    requireType("opportunityId", opportunityId(), "Opportunity");
    requireType("relatedPersonAccountId", relatedPersonAccountId(), "Account");
  }

  private static void requireType(String field, Optional<SalesforceId> id, String sobjectType) {
    if (id.isEmpty()) {
      return;
    }
    try {
      id.get().requireType(sobjectType);
    } catch (InvalidArgumentException e) {
      throw new InvalidArgumentException(
          field, "LeadConvertResult." + field + ": " + e.getMessage());
    }
  }

  /**
   * A successful conversion.
   *
   * @param leadId the converted lead
   * @param accountId the account it was converted into
   * @param contactId the contact it was converted into
   * @param opportunityId the opportunity created or related, or empty when none was
   * @return the result
   * @throws InvalidArgumentException if an id belongs to another object
   */
  public static LeadConvertResult success(
      SalesforceId leadId,
      SalesforceId accountId,
      SalesforceId contactId,
      Optional<SalesforceId> opportunityId) {
    return builder()
        .leadId(leadId)
        .accountId(accountId)
        .contactId(contactId)
        .opportunityId(opportunityId)
        .success(true)
        .build();
  }

  /**
   * A failed conversion.
   *
   * @param leadId the lead that was not converted
   * @param errors why; at least one
   * @return the result
   * @throws InvalidArgumentException if there is no error or the id is not a Lead id
   */
  public static LeadConvertResult failure(SalesforceId leadId, List<ApiError> errors) {
    return builder().leadId(leadId).success(false).addAllErrors(errors).build();
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
   * A builder holding this result's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the ids, the outcome and the error codes; never the error messages. */
  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "LeadConvertResult{", "}");
    leadId().ifPresent(id -> s.add("leadId=" + id));
    s.add("success=" + success());
    accountId().ifPresent(id -> s.add("accountId=" + id));
    contactId().ifPresent(id -> s.add("contactId=" + id));
    opportunityId().ifPresent(id -> s.add("opportunityId=" + id));
    relatedPersonAccountId().ifPresent(id -> s.add("relatedPersonAccountId=" + id));
    if (!errors().isEmpty()) {
      s.add("errors=" + errors().stream().map(ApiError::code).toList());
    }
    return s.toString();
  }

  /** Builds a {@link LeadConvertResult}; {@code success} is required. */
  public static final class Builder extends ImmutableLeadConvertResult.Builder {
    Builder() {}
  }
}
