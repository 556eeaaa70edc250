package dev.salescloud.model.sales;

import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The changes to send in an Opportunity update: only what is set here is sent; {@link
 * Builder#clear(String)} sends JSON null to empty a field.
 *
 * <pre>{@code
 * OpportunityPatch patch = OpportunityPatch.builder()
 *     .stageName(Opportunity.Stage.NEGOTIATION_REVIEW)
 *     .amount(new BigDecimal("62500.00"))
 *     .clear("NextStep")
 *     .build();
 * }</pre>
 *
 * <p>Changing {@code StageName} makes Salesforce reset {@code Probability}, {@code IsClosed},
 * {@code IsWon} and the forecast category from the stage. Read-only fields ({@code
 * ExpectedRevenue}, {@code IsClosed}, {@code IsWon}, the fiscal fields, the activity flags,
 * system fields) have no setter, and {@link Builder#set(String, Object)} refuses them; so it does
 * {@code ContactId}, which can be given only on create. An update of {@code Amount} on an
 * opportunity with line items is silently ignored by Salesforce: change the line items instead.
 */
public final class OpportunityPatch extends RecordPatch {
  private OpportunityPatch(Builder builder) {
    super(builder);
  }

  /**
   * A builder with no changes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OpportunityPatch}; each setter replaces an earlier change of the field. */
  public static final class Builder extends RecordPatch.Builder<Builder> {
    private Builder() {
      super(Opportunity.SOBJECT_TYPE);
    }



    /** Sets {@code Name}. @param value the name @return this builder */
    public Builder name(String value) {
      return set("Name", value);
    }

    /** Sets {@code AccountId}. @param value the account @return this builder */
    public Builder accountId(SalesforceId value) {
      return set("AccountId", value);
    }

    /** Sets {@code OwnerId}. @param value the new owner @return this builder */
    public Builder ownerId(SalesforceId value) {
      return set("OwnerId", value);
    }

    /**
     * Sets {@code StageName}; Salesforce then resets the probability, the closed and won flags and
     * the forecast category from the stage.
     *
     * @param value see {@link Opportunity.Stage}
     * @return this builder
     */
    public Builder stageName(String value) {
      return set("StageName", value);
    }

    /**
     * Sets {@code ForecastCategoryName}, overriding the stage's default forecast category.
     *
     * @param value see {@link Opportunity.ForecastCategoryName}
     * @return this builder
     */
    public Builder forecastCategoryName(String value) {
      return set("ForecastCategoryName", value);
    }

    /** Sets {@code CloseDate}. @param value the expected close date @return this builder */
    public Builder closeDate(LocalDate value) {
      return set("CloseDate", value);
    }

    /**
     * Sets {@code Amount}.
     *
     * @param value the amount; at most 16 digits before the decimal point
     * @return this builder
     */
    public Builder amount(BigDecimal value) {
      return setCurrency("Amount", value);
    }

    /**
     * Sets {@code Probability}, overriding the stage's default.
     *
     * @param value the chance of winning, in percent: 0 to 100
     * @return this builder
     * @throws InvalidArgumentException if the value is outside 0..100
     */
    public Builder probability(BigDecimal value) {
      return set("Probability", SalesFieldRules.requirePercent("Opportunity.Probability", value));
    }

    /** Sets {@code Type}. @param value see {@link Opportunity.Type} @return this builder */
    public Builder type(String value) {
      return set("Type", value);
    }

    /** Sets {@code LeadSource}. @param value see {@link Lead.LeadSource} @return this builder */
    public Builder leadSource(String value) {
      return set("LeadSource", value);
    }

    /** Sets {@code NextStep}. @param value the next step @return this builder */
    public Builder nextStep(String value) {
      return set("NextStep", value);
    }

    /** Sets {@code Description}. @param value the description @return this builder */
    public Builder description(String value) {
      return set("Description", value);
    }

    /** Sets {@code CampaignId}. @param value the campaign @return this builder */
    public Builder campaignId(SalesforceId value) {
      return set("CampaignId", value);
    }

    /**
     * Sets {@code Pricebook2Id}; Salesforce refuses it while the opportunity has line items.
     *
     * @param value the price book
     * @return this builder
     */
    public Builder pricebook2Id(SalesforceId value) {
      return set("Pricebook2Id", value);
    }

    /**
     * Sets {@code TotalOpportunityQuantity}.
     *
     * @param value the number of items
     * @return this builder
     */
    public Builder totalOpportunityQuantity(BigDecimal value) {
      return set("TotalOpportunityQuantity", value);
    }

    /** Sets {@code IsPrivate}. @param value the flag @return this builder */
    public Builder isPrivate(boolean value) {
      return set("IsPrivate", value);
    }

    /**
     * Builds the patch.
     *
     * @return the patch
     */
    public OpportunityPatch build() {
      return new OpportunityPatch(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
