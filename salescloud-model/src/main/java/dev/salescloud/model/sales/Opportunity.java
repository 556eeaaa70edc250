package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.CurrencyAmounts;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.TypedRecord;
import dev.salescloud.model.TypedRecordBuilder;
import dev.salescloud.model.query.QueryResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Opportunity (key prefix {@code 006}): a sale in progress, with its account, amount, stage,
 * close date and forecast category.
 *
 * <p>Build one to create it; read one back with every field Salesforce returned, custom fields
 * included ({@link #customField(String, Class)}).
 *
 * <pre>{@code
 * Opportunity deal = Opportunity.builder()
 *     .name("Acme — 50 seats")
 *     .accountId(SalesforceId.of("001D000000IqhSLIAZ"))
 *     .stageName(Opportunity.Stage.PROSPECTING)
 *     .closeDate(LocalDate.of(2026, 12, 31))
 *     .amount(new BigDecimal("50000.00"))
 *     .build();
 * }</pre>
 *
 * <h2>What Salesforce derives</h2>
 *
 * <p>{@code Name}, {@code StageName} and {@code CloseDate} are required on create. The stage
 * implies {@code Probability} (which may be overridden), {@code IsClosed}, {@code IsWon} and the
 * forecast category; {@code ExpectedRevenue} is {@code Amount × Probability / 100}. These derived
 * fields, the fiscal period fields and the activity flags are read-only: {@link #toCreateFields()}
 * and {@link OpportunityPatch} refuse them. {@code ContactId} (the primary contact) can be given
 * only on create.
 *
 * <h2>Related records</h2>
 *
 * <p>{@code Account} and {@code Owner} hold the parent's fields selected in a query ({@code SELECT
 * Account.Name, Owner.Alias FROM Opportunity}) as generic {@link SObject} records. The child
 * relationships {@code OpportunityLineItems} and {@code OpportunityContactRoles} hold the rows of
 * a subquery; Salesforce sends JSON null when there are none, which reads as an empty optional:
 *
 * <pre>{@code
 * int products = deal.opportunityLineItems().map(r -> r.records().size()).orElse(0);
 * Optional<String> accountName = deal.account().flatMap(a -> a.get("Name", String.class));
 * }</pre>
 *
 * <p>Picklist fields are strings with the standard values as constants in the nested classes
 * ({@link Stage}, {@link ForecastCategory}, {@link ForecastCategoryName}, {@link Type}): admins add
 * and rename values, so any string is accepted. Instances are immutable and thread-safe; {@code
 * toString()} names the fields that are set, never their values.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableOpportunity.class)
@JsonDeserialize(builder = Opportunity.Builder.class)
public abstract class Opportunity extends TypedRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "Opportunity";

  Opportunity() {}

  /** Always {@code "Opportunity"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }

  /** {@code Name}; required on create, at most 120 characters. @return the name */
  @JsonProperty("Name")
  public abstract Optional<String> name();

  /** {@code AccountId}. @return the account the deal is with */
  @JsonProperty("AccountId")
  public abstract Optional<SalesforceId> accountId();

  /**
   * {@code Account}: the account, when queried as a relationship ({@code Account.Name}); a generic
   * record carrying the parent's selected fields.
   *
   * @return the account record
   */
  @JsonProperty("Account")
  public abstract Optional<SObject> account();

  /** {@code OwnerId}: the user who works the deal. @return the owner's id */
  @JsonProperty("OwnerId")
  public abstract Optional<SalesforceId> ownerId();

  /**
   * {@code Owner}: the owner, when queried as a relationship ({@code Owner.Name}); a generic record
   * carrying the user's selected fields.
   *
   * @return the owner record
   */
  @JsonProperty("Owner")
  public abstract Optional<SObject> owner();

  /** {@code StageName}; required on create; standard values in {@link Stage}. @return the stage */
  @JsonProperty("StageName")
  public abstract Optional<String> stageName();

  /** {@code CloseDate}; required on create. @return when the deal is expected to close */
  @JsonProperty("CloseDate")
  public abstract Optional<LocalDate> closeDate();

  /**
   * {@code Amount} (currency). Once the opportunity has line items it is their sum, and Salesforce
   * silently ignores updates of it.
   *
   * @return the estimated total sale amount
   */
  @JsonProperty("Amount")
  public abstract Optional<BigDecimal> amount();

  /**
   * {@code Probability} (percent, 0 to 100); implied by the stage, may be overridden.
   *
   * @return the chance of winning, in percent (75 means 75%)
   */
  @JsonProperty("Probability")
  public abstract Optional<BigDecimal> probability();

  /**
   * {@code ExpectedRevenue} (currency): {@code Amount × Probability / 100}; read-only, and absent
   * from some orgs' schemas.
   *
   * @return the weighted amount
   */
  @JsonProperty("ExpectedRevenue")
  public abstract Optional<BigDecimal> expectedRevenue();

  /** {@code IsClosed}; read-only, set by the stage. @return whether the deal is closed */
  @JsonProperty("IsClosed")
  public abstract Optional<Boolean> isClosed();

  /** {@code IsWon}; read-only, set by the stage. @return whether the deal was won */
  @JsonProperty("IsWon")
  public abstract Optional<Boolean> isWon();

  /**
   * {@code ForecastCategory}: the fixed API value ({@link ForecastCategory}) that follows {@code
   * ForecastCategoryName}; Salesforce sets it (API 12.0 and later).
   *
   * @return the forecast category's API value
   */
  @JsonProperty("ForecastCategory")
  public abstract Optional<String> forecastCategory();

  /**
   * {@code ForecastCategoryName}: the forecast category's label ({@link ForecastCategoryName}),
   * implied by the stage.
   *
   * @return the forecast category name
   */
  @JsonProperty("ForecastCategoryName")
  public abstract Optional<String> forecastCategoryName();

  /** {@code Type}; standard values in {@link Type}. @return the opportunity type */
  @JsonProperty("Type")
  public abstract Optional<String> type();

  /** {@code LeadSource}; standard values in {@link Lead.LeadSource}. @return the source */
  @JsonProperty("LeadSource")
  public abstract Optional<String> leadSource();

  /** {@code NextStep}, at most 255 characters. @return the next step to close the deal */
  @JsonProperty("NextStep")
  public abstract Optional<String> nextStep();

  /** {@code Description}. @return the description */
  @JsonProperty("Description")
  public abstract Optional<String> description();

  /** {@code CampaignId}. @return the campaign the deal came from */
  @JsonProperty("CampaignId")
  public abstract Optional<SalesforceId> campaignId();

  /** {@code Pricebook2Id}. @return the price book of the deal's products */
  @JsonProperty("Pricebook2Id")
  public abstract Optional<SalesforceId> pricebook2Id();

  /** {@code HasOpportunityLineItem}; read-only. @return whether the deal has products */
  @JsonProperty("HasOpportunityLineItem")
  public abstract Optional<Boolean> hasOpportunityLineItem();

  /** {@code FiscalYear}; read-only, from the close date. @return the fiscal year, e.g. 2026 */
  @JsonProperty("FiscalYear")
  public abstract Optional<Integer> fiscalYear();

  /** {@code FiscalQuarter}; read-only, from the close date. @return the quarter, 1 to 4 */
  @JsonProperty("FiscalQuarter")
  public abstract Optional<Integer> fiscalQuarter();

  /** {@code Fiscal}; read-only, from the close date. @return the period, e.g. {@code "2026 4"} */
  @JsonProperty("Fiscal")
  public abstract Optional<String> fiscal();

  /** {@code HasOpenActivity}; read-only. @return whether an open task or event is related */
  @JsonProperty("HasOpenActivity")
  public abstract Optional<Boolean> hasOpenActivity();

  /** {@code HasOverdueTask}; read-only. @return whether a related task is overdue */
  @JsonProperty("HasOverdueTask")
  public abstract Optional<Boolean> hasOverdueTask();

  /** {@code LastActivityDate}; read-only. @return the latest activity's due date */
  @JsonProperty("LastActivityDate")
  public abstract Optional<LocalDate> lastActivityDate();

  /**
   * {@code TotalOpportunityQuantity}, used in quantity-based forecasting.
   *
   * @return the number of items
   */
  @JsonProperty("TotalOpportunityQuantity")
  public abstract Optional<BigDecimal> totalOpportunityQuantity();

  /** {@code IsPrivate}. @return whether only the owner and above see the deal */
  @JsonProperty("IsPrivate")
  public abstract Optional<Boolean> isPrivate();

  /**
   * {@code ContactId}: the primary contact; can be given on create only (afterwards, change
   * {@code IsPrimary} on the {@link OpportunityContactRole}).
   *
   * @return the primary contact's id
   */
  @JsonProperty("ContactId")
  public abstract Optional<SalesforceId> contactId();

  /**
   * {@code OpportunityLineItems}: the products, from a subquery ({@code (SELECT ... FROM
   * OpportunityLineItems)}); empty when Salesforce sent JSON null (no rows) or the subquery was not
   * made.
   *
   * @return the child rows, possibly one page of several
   */
  @JsonProperty("OpportunityLineItems")
  public abstract Optional<QueryResult<OpportunityLineItem>> opportunityLineItems();

  /**
   * {@code OpportunityContactRoles}: the contacts and their roles, from a subquery; empty when
   * Salesforce sent JSON null (no rows) or the subquery was not made.
   *
   * @return the child rows, possibly one page of several
   */
  @JsonProperty("OpportunityContactRoles")
  public abstract Optional<QueryResult<OpportunityContactRole>> opportunityContactRoles();

  /** Keeps the amounts within Salesforce's currency range and the probability a percentage. */
  @Value.Check
  protected void checkValues() {
    amount().ifPresent(v -> CurrencyAmounts.requireInRange("Opportunity.Amount", v));
    expectedRevenue()
        .ifPresent(v -> CurrencyAmounts.requireInRange("Opportunity.ExpectedRevenue", v));
    probability().ifPresent(v -> SalesFieldRules.requirePercent("Opportunity.Probability", v));
  }

  /**
   * A builder for a new opportunity.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this opportunity's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }


  /**
   * Builds an {@link Opportunity}. Besides a setter per field, it takes custom fields through
   * {@link #customField(String, Object)}.
   */
  public static final class Builder extends ImmutableOpportunity.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}
  }

  /**
   * The stages of a new org's {@code StageName} picklist, in pipeline order. Orgs rename them and
   * add their own; query {@link OpportunityStage} for an org's actual stages, probabilities and
   * forecast categories.
   */
  public static final class Stage {
    /** Open; default probability 10%, forecast category Pipeline. */
    public static final String PROSPECTING = "Prospecting";
    /** Open; default probability about 10%, forecast category Pipeline. */
    public static final String QUALIFICATION = "Qualification";
    /** Open; default probability 20%, forecast category Pipeline. */
    public static final String NEEDS_ANALYSIS = "Needs Analysis";
    /** Open; default probability 50%, forecast category Pipeline. */
    public static final String VALUE_PROPOSITION = "Value Proposition";
    /** Open; default probability 60%, forecast category Pipeline. */
    public static final String ID_DECISION_MAKERS = "Id. Decision Makers";
    /** Open; default probability about 70%, forecast category Pipeline. */
    public static final String PERCEPTION_ANALYSIS = "Perception Analysis";
    /** Open; default probability about 75%, forecast category Pipeline. */
    public static final String PROPOSAL_PRICE_QUOTE = "Proposal/Price Quote";
    /** Open; default probability 90%, forecast category Pipeline. */
    public static final String NEGOTIATION_REVIEW = "Negotiation/Review";
    /** Closed and won; probability 100%, forecast category Closed. */
    public static final String CLOSED_WON = "Closed Won";
    /** Closed and lost; probability 0%, forecast category Omitted. */
    public static final String CLOSED_LOST = "Closed Lost";

    private Stage() {}
  }

  /**
   * The fixed API values of {@code ForecastCategory} (and {@code OpportunityStage.ForecastCategory}).
   * Unlike the labels of {@link ForecastCategoryName}, these never change; {@link #FORECAST} is the
   * API value of the category labelled Commit.
   */
  public static final class ForecastCategory {
    /** Left out of forecasts (lost deals). */
    public static final String OMITTED = "Omitted";
    /** Open, early. */
    public static final String PIPELINE = "Pipeline";
    /** Open, could close. */
    public static final String BEST_CASE = "BestCase";
    /** Open, likely to close. */
    public static final String MOST_LIKELY = "MostLikely";
    /** Open, committed; labelled {@link ForecastCategoryName#COMMIT Commit}. */
    public static final String FORECAST = "Forecast";
    /** Closed and won. */
    public static final String CLOSED = "Closed";

    private ForecastCategory() {}
  }

  /**
   * The standard labels of {@code ForecastCategoryName} (and {@code
   * OpportunityStage.ForecastCategoryName}); admins may rename them.
   */
  public static final class ForecastCategoryName {
    /** Left out of forecasts; API value {@link ForecastCategory#OMITTED Omitted}. */
    public static final String OMITTED = "Omitted";
    /** API value {@link ForecastCategory#PIPELINE Pipeline}. */
    public static final String PIPELINE = "Pipeline";
    /** API value {@link ForecastCategory#BEST_CASE BestCase}. */
    public static final String BEST_CASE = "Best Case";
    /** API value {@link ForecastCategory#MOST_LIKELY MostLikely}. */
    public static final String MOST_LIKELY = "Most Likely";
    /** API value {@link ForecastCategory#FORECAST Forecast}. */
    public static final String COMMIT = "Commit";
    /** API value {@link ForecastCategory#CLOSED Closed}. */
    public static final String CLOSED = "Closed";

    private ForecastCategoryName() {}
  }

  /** Standard values of {@code Opportunity.Type}; orgs may rename them or add others. */
  public static final class Type {
    /** More of what an existing customer has. */
    public static final String EXISTING_CUSTOMER_UPGRADE = "Existing Customer - Upgrade";
    /** A renewal or replacement for an existing customer. */
    public static final String EXISTING_CUSTOMER_REPLACEMENT = "Existing Customer - Replacement";
    /** Less of what an existing customer has. */
    public static final String EXISTING_CUSTOMER_DOWNGRADE = "Existing Customer - Downgrade";
    /** A first sale to a new customer. */
    public static final String NEW_CUSTOMER = "New Customer";

    private Type() {}
  }
}
