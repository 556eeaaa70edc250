package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.TypedRecord;
import dev.salescloud.model.TypedRecordBuilder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An OpportunityContactRole (key prefix {@code 00K}): the part a contact plays in a deal, such as
 * decision maker or economic buyer; one contact per opportunity may be the primary one.
 *
 * <pre>{@code
 * OpportunityContactRole role = OpportunityContactRole.builder()
 *     .opportunityId(dealId)
 *     .contactId(contactId)
 *     .role(OpportunityContactRole.Role.ECONOMIC_BUYER)
 *     .isPrimary(true)
 *     .build();
 * }</pre>
 *
 * <p>{@code OpportunityId} is required on create and cannot change afterwards. {@code Role} is a
 * picklist: the standard values are constants in {@link Role}, and any string is accepted.
 * Instances are immutable and thread-safe; {@code toString()} names the fields that are set, never
 * their values.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableOpportunityContactRole.class)
@JsonDeserialize(builder = OpportunityContactRole.Builder.class)
public abstract class OpportunityContactRole extends TypedRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "OpportunityContactRole";

  OpportunityContactRole() {}

  /** Always {@code "OpportunityContactRole"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }

  /** {@code OpportunityId}; required on create, cannot change. @return the opportunity */
  @JsonProperty("OpportunityId")
  public abstract Optional<SalesforceId> opportunityId();

  /** {@code ContactId}; required. @return the contact */
  @JsonProperty("ContactId")
  public abstract Optional<SalesforceId> contactId();

  /**
   * {@code Contact}: the contact, when queried as a relationship ({@code Contact.Name}); a generic
   * record carrying the contact's selected fields.
   *
   * @return the contact record
   */
  @JsonProperty("Contact")
  public abstract Optional<SObject> contact();

  /** {@code Role}; standard values in {@link Role}. @return the contact's role in the deal */
  @JsonProperty("Role")
  public abstract Optional<String> role();

  /** {@code IsPrimary}. @return whether this is the deal's primary contact */
  @JsonProperty("IsPrimary")
  public abstract Optional<Boolean> isPrimary();

  /**
   * A builder for a new contact role.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this contact role's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }


  /**
   * Builds an {@link OpportunityContactRole}. Besides a setter per field, it takes custom fields
   * through {@link #customField(String, Object)}.
   */
  public static final class Builder extends ImmutableOpportunityContactRole.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}
  }

  /** Standard values of {@code OpportunityContactRole.Role}; orgs may rename them or add others. */
  public static final class Role {
    /** Uses the product. */
    public static final String BUSINESS_USER = "Business User";
    /** Decides on the purchase. */
    public static final String DECISION_MAKER = "Decision Maker";
    /** Controls the budget. */
    public static final String ECONOMIC_BUYER = "Economic Buyer";
    /** Makes the financial decision. */
    public static final String ECONOMIC_DECISION_MAKER = "Economic Decision Maker";
    /** Evaluates the offer. */
    public static final String EVALUATOR = "Evaluator";
    /** Sponsors the purchase at executive level. */
    public static final String EXECUTIVE_SPONSOR = "Executive Sponsor";
    /** Sways the decision. */
    public static final String INFLUENCER = "Influencer";
    /** Judges the technical fit. */
    public static final String TECHNICAL_BUYER = "Technical Buyer";
    /** Any other role. */
    public static final String OTHER = "Other";

    private Role() {}
  }
}
