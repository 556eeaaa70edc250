package dev.salescloud.model.forecast;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import org.immutables.value.Value;

/**
 * What to forecast: the opportunities closing in a period, of some owners, summed by forecast
 * category (salesforce-api.md §9.4). Amounts are forecast, not quantities.
 *
 * <pre>{@code
 * ForecastQuery query = ForecastQuery.builder()
 *     .period(ForecastPeriod.thisQuarter())
 *     .addOwnerIds(ada, sam)                    // User ids (005...); none = every visible owner
 *     .build();                                 // grouped by owner, omitted left out
 * }</pre>
 *
 * <p>A client reads it as {@code ... FROM Opportunity WHERE CloseDate = THIS_FISCAL_QUARTER AND
 * OwnerId IN (...) [AND ForecastCategoryName != 'Omitted'] GROUP BY [OwnerId,]
 * ForecastCategoryName}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableForecastQuery.class)
@JsonDeserialize(as = ImmutableForecastQuery.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ForecastQuery {
  ForecastQuery() {}

  /**
   * The period whose opportunities (by {@code CloseDate}) are forecast.
   *
   * @return the period
   */
  @JsonProperty("period")
  public abstract ForecastPeriod period();

  /**
   * The owners whose opportunities are forecast.
   *
   * @return User ids; empty for every owner whose opportunities the running user can see
   */
  @JsonProperty("ownerIds")
  public abstract List<SalesforceId> ownerIds();

  /**
   * Whether omitted opportunities are reported, in {@link ForecastTotals#omitted()}. They never
   * count in the forecasts or the pipeline.
   *
   * @return {@code false} unless set
   */
  @JsonProperty("includeOmitted")
  @Value.Default
  public boolean includeOmitted() {
    return false;
  }

  /**
   * How the result is broken down.
   *
   * @return {@link GroupBy#OWNER} unless set
   */
  @JsonProperty("groupBy")
  @Value.Default
  public GroupBy groupBy() {
    return GroupBy.OWNER;
  }

  /** Owners are users: forecasts are per user. */
  @Value.Check
  protected void check() {
    for (int i = 0; i < ownerIds().size(); i++) {
      SalesforceId id = ownerIds().get(i);
      if (!id.keyPrefix().equals("005")) {
        throw new InvalidArgumentException(
            "ForecastQuery.ownerIds",
            "ForecastQuery.ownerIds["
                + i
                + "] = "
                + id
                + " is "
                + kindOf(id)
                + " (key prefix "
                + id.keyPrefix()
                + "): forecasts are per user, so pass User ids, which start with 005");
      }
    }
  }

  /** Says what an id is, for messages: {@code "a Group id"}, {@code "an Account id"}. */
  static String kindOf(SalesforceId id) {
    return id.objectType()
        .map(t -> ("AEIOU".indexOf(t.charAt(0)) >= 0 ? "an " : "a ") + t + " id")
        .orElse("not a User id");
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
   * A builder holding this query, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the period and the options, and counts the owners. */
  @Override
  public String toString() {
    return "ForecastQuery{" + period() + ", owners=" + ownerIds().size() + ", groupBy=" + groupBy()
        + (includeOmitted() ? ", includeOmitted" : "") + "}";
  }

  /** Builds a {@link ForecastQuery}. */
  public static final class Builder extends ImmutableForecastQuery.Builder {
    Builder() {}
  }

  /** How a forecast is broken down. */
  public enum GroupBy {
    /** One {@link ForecastGroup} per opportunity owner, plus the totals. */
    OWNER,
    /** The totals only. */
    NONE
  }
}
