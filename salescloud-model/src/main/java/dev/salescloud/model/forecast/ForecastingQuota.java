package dev.salescloud.model.forecast;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.CurrencyAmounts;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.TypedRecord;
import dev.salescloud.model.TypedRecordBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ForecastingQuota: what one user (or territory) is expected to sell in one forecast period,
 * as an amount or a quantity, for one forecast type and optionally one product family. Forecasts
 * compare it with the closed amount ({@link ForecastTotals#attainment()}) and the commit forecast
 * ({@link ForecastTotals#gap()}).
 *
 * <pre>{@code
 * SELECT QuotaOwnerId, QuotaAmount, StartDate FROM ForecastingQuota
 *  WHERE StartDate = 2026-10-01 AND IsAmount = true AND QuotaOwnerId IN (...)
 * }</pre>
 *
 * <p>Read-only here: this type describes quotas as queried. ({@code PeriodId} is set by
 * Salesforce from {@code StartDate}; setting quotas needs the "Manage Quotas" permission, and no
 * one sets their own.)
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableForecastingQuota.class)
@JsonDeserialize(builder = ForecastingQuota.Builder.class)
public abstract class ForecastingQuota extends TypedRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "ForecastingQuota";

  ForecastingQuota() {}

  /** Always {@code "ForecastingQuota"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }

  /** {@code QuotaOwnerId}: the user the quota is for. @return the user's id */
  @JsonProperty("QuotaOwnerId")
  public abstract Optional<SalesforceId> quotaOwnerId();

  /** {@code StartDate}: the first day of the quota's period. @return the date */
  @JsonProperty("StartDate")
  public abstract Optional<LocalDate> startDate();

  /** {@code PeriodId}: the {@link Period} the start date falls in; read-only. @return the id */
  @JsonProperty("PeriodId")
  public abstract Optional<SalesforceId> periodId();

  /** {@code QuotaAmount} (currency), for amount quotas. @return the amount */
  @JsonProperty("QuotaAmount")
  public abstract Optional<BigDecimal> quotaAmount();

  /** {@code QuotaQuantity}, for quantity quotas. @return the quantity */
  @JsonProperty("QuotaQuantity")
  public abstract Optional<BigDecimal> quotaQuantity();

  /** {@code IsAmount}: whether this is an amount quota. @return the flag */
  @JsonProperty("IsAmount")
  public abstract Optional<Boolean> isAmount();

  /** {@code IsQuantity}: whether this is a quantity quota. @return the flag */
  @JsonProperty("IsQuantity")
  public abstract Optional<Boolean> isQuantity();

  /** {@code ForecastingTypeId}: the forecast type the quota applies to. @return the id */
  @JsonProperty("ForecastingTypeId")
  public abstract Optional<SalesforceId> forecastingTypeId();

  /** {@code ProductFamily}, for product-family forecasts. @return the product family */
  @JsonProperty("ProductFamily")
  public abstract Optional<String> productFamily();

  /** {@code Territory2Id}, for territory forecasts. @return the territory's id */
  @JsonProperty("Territory2Id")
  public abstract Optional<SalesforceId> territory2Id();

  /** {@code CurrencyIsoCode} (orgs with several currencies). @return e.g. {@code EUR} */
  @JsonProperty("CurrencyIsoCode")
  public abstract Optional<String> currencyIsoCode();

  /** Keeps {@code QuotaAmount} within Salesforce's currency range. */
  @Value.Check
  protected void checkAmounts() {
    quotaAmount()
        .ifPresent(v -> CurrencyAmounts.requireInRange("ForecastingQuota.QuotaAmount", v));
  }

  /**
   * A builder, to describe a quota Salesforce returned.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this quota's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }


  /**
   * Builds a {@link ForecastingQuota}; custom fields through {@link #customField(String,
   * Object)}.
   */
  public static final class Builder extends ImmutableForecastingQuota.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}
  }
}
