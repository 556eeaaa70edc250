package dev.salescloud.model.forecast;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.TypedRecord;
import dev.salescloud.model.TypedRecordBuilder;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Period: one month, quarter, week or year of the org's fiscal calendar. Read-only and
 * query-only (API 37.0 and later), it is how a client turns "this quarter" into dates and finds
 * the {@code PeriodId} of forecasting records.
 *
 * <pre>{@code
 * SELECT Id, Type, StartDate, EndDate, FullyQualifiedLabel FROM Period
 *  WHERE Type = 'Quarter' AND StartDate <= TODAY AND EndDate >= TODAY
 * }</pre>
 *
 * <p>Build one only to describe what Salesforce returned (tests, the fake org); {@link
 * ForecastPeriod#of(Period)} turns it into the period of a forecast.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePeriod.class)
@JsonDeserialize(builder = Period.Builder.class)
public abstract class Period extends TypedRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "Period";

  Period() {}

  /** Always {@code "Period"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }

  /**
   * {@code Type}; values in {@link Type}.
   *
   * @return {@code Month}, {@code Quarter}, {@code Week} or {@code Year}
   */
  @JsonProperty("Type")
  public abstract Optional<String> type();

  /** {@code StartDate}. @return the first day of the period */
  @JsonProperty("StartDate")
  public abstract Optional<LocalDate> startDate();

  /** {@code EndDate}. @return the last day of the period */
  @JsonProperty("EndDate")
  public abstract Optional<LocalDate> endDate();

  /** {@code Number}: the period's number within its year or quarter. @return the number */
  @JsonProperty("Number")
  public abstract Optional<Integer> number();

  /** {@code PeriodLabel}, e.g. {@code September}. @return the label */
  @JsonProperty("PeriodLabel")
  public abstract Optional<String> periodLabel();

  /** {@code QuarterLabel}, e.g. {@code Q3}. @return the label of the quarter */
  @JsonProperty("QuarterLabel")
  public abstract Optional<String> quarterLabel();

  /** {@code FullyQualifiedLabel}, e.g. {@code September FY 2016}. @return the full label */
  @JsonProperty("FullyQualifiedLabel")
  public abstract Optional<String> fullyQualifiedLabel();

  /** {@code IsForecastPeriod}: whether forecasts use this period. @return the flag */
  @JsonProperty("IsForecastPeriod")
  public abstract Optional<Boolean> isForecastPeriod();

  /** {@code FiscalYearSettingsId} (key prefix {@code 022}). @return the fiscal year's id */
  @JsonProperty("FiscalYearSettingsId")
  public abstract Optional<SalesforceId> fiscalYearSettingsId();

  /**
   * A builder, to describe a period Salesforce returned.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this period's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }


  /** Builds a {@link Period}; custom fields through {@link #customField(String, Object)}. */
  public static final class Builder extends ImmutablePeriod.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}
  }

  /** Values of {@code Period.Type}. */
  public static final class Type {
    /** A fiscal month. */
    public static final String MONTH = "Month";
    /** A fiscal quarter. */
    public static final String QUARTER = "Quarter";
    /** A week (custom fiscal years). */
    public static final String WEEK = "Week";
    /** A fiscal year. */
    public static final String YEAR = "Year";

    private Type() {}
  }
}
