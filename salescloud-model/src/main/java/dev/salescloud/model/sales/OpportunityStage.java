package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.TypedRecord;
import dev.salescloud.model.TypedRecordBuilder;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An OpportunityStage: one value of the org's {@code Opportunity.StageName} picklist, with what
 * the stage implies for a deal — its default probability, whether it is closed and won, and its
 * forecast category.
 *
 * <p>A read-only metadata object: it can be queried, never created or updated through the API,
 * so it has no patch type.
 *
 * <pre>{@code
 * // SELECT ApiName, MasterLabel, SortOrder, IsClosed, IsWon, DefaultProbability,
 * //        ForecastCategory, ForecastCategoryName FROM OpportunityStage
 * //        WHERE IsActive = true ORDER BY SortOrder
 * boolean pipeline = !stage.isClosed().orElse(false);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; {@code toString()} names the fields that are set.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableOpportunityStage.class)
@JsonDeserialize(builder = OpportunityStage.Builder.class)
public abstract class OpportunityStage extends TypedRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "OpportunityStage";

  OpportunityStage() {}

  /** Always {@code "OpportunityStage"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }

  /**
   * {@code ApiName}: the value {@code Opportunity.StageName} holds (API 36.0 and later).
   *
   * @return for example {@code "Closed Won"}
   */
  @JsonProperty("ApiName")
  public abstract Optional<String> apiName();

  /** {@code MasterLabel}: the stage's label. @return the label */
  @JsonProperty("MasterLabel")
  public abstract Optional<String> masterLabel();

  /** {@code IsActive}. @return whether users can pick the stage */
  @JsonProperty("IsActive")
  public abstract Optional<Boolean> isActive();

  /** {@code SortOrder}. @return the stage's position in the picklist */
  @JsonProperty("SortOrder")
  public abstract Optional<Integer> sortOrder();

  /** {@code IsClosed}. @return whether a deal at this stage is closed */
  @JsonProperty("IsClosed")
  public abstract Optional<Boolean> isClosed();

  /** {@code IsWon}. @return whether a deal at this stage is won */
  @JsonProperty("IsWon")
  public abstract Optional<Boolean> isWon();

  /**
   * {@code DefaultProbability} (percent, 0 to 100).
   *
   * @return the probability a deal gets when it enters the stage
   */
  @JsonProperty("DefaultProbability")
  public abstract Optional<BigDecimal> defaultProbability();

  /**
   * {@code ForecastCategory}; values in {@link Opportunity.ForecastCategory}.
   *
   * @return the default forecast category's API value
   */
  @JsonProperty("ForecastCategory")
  public abstract Optional<String> forecastCategory();

  /**
   * {@code ForecastCategoryName}; standard values in {@link Opportunity.ForecastCategoryName}.
   *
   * @return the default forecast category's label
   */
  @JsonProperty("ForecastCategoryName")
  public abstract Optional<String> forecastCategoryName();

  /** {@code Description}, at most 255 characters. @return the description */
  @JsonProperty("Description")
  public abstract Optional<String> description();

  /** Keeps the default probability a percentage. */
  @Value.Check
  protected void checkProbability() {
    defaultProbability()
        .ifPresent(v -> SalesFieldRules.requirePercent("OpportunityStage.DefaultProbability", v));
  }

  /**
   * A builder, for tests and fakes that describe an org's stages.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }


  /** Builds an {@link OpportunityStage}. */
  public static final class Builder extends ImmutableOpportunityStage.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}
  }
}
