package dev.salescloud.client.forecast;

import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One {@code ForecastingItem} of Collaborative Forecasts: the amount Salesforce forecasts for an
 * owner, a period, a forecast type and a category, adjustments included (salesforce-api.md
 * §9.3). Read-only; read with {@link ForecastClient#items(dev.salescloud.model.forecast.ForecastQuery)}.
 *
 * <pre>{@code
 * for (ForecastItem item : sf.forecasts().items(query)) {
 *   if (item.itemCategory().equals("CommitForecast")) { ... item.forecastAmount() ... }
 * }
 * }</pre>
 */
public final class ForecastItem {
  private final SObject row;

  ForecastItem(SObject row) {
    this.row = row;
  }

  /**
   * {@code Id}.
   *
   * @return the item's id
   */
  public Optional<SalesforceId> id() {
    return row.id();
  }

  /**
   * {@code OwnerId}: the user whose forecast it is.
   *
   * @return the owner
   */
  public Optional<SalesforceId> ownerId() {
    return row.get("OwnerId", SalesforceId.class);
  }

  /**
   * {@code PeriodId}: the forecast period.
   *
   * @return the period's id
   */
  public Optional<SalesforceId> periodId() {
    return row.get("PeriodId", SalesforceId.class);
  }

  /**
   * {@code ForecastingTypeId}: the forecast type.
   *
   * @return the type's id
   */
  public Optional<SalesforceId> forecastingTypeId() {
    return row.get("ForecastingTypeId", SalesforceId.class);
  }

  /**
   * {@code ForecastCategoryName}, for items of a single category.
   *
   * @return for example {@code "Commit"}
   */
  public Optional<String> forecastCategoryName() {
    return row.get("ForecastCategoryName", String.class);
  }

  /**
   * {@code ForecastingItemCategory}: a single category ({@code CommitOnly}, ...) or a cumulative
   * one ({@code CommitForecast}, {@code BestCaseForecast}, {@code OpenPipeline}, ...).
   *
   * @return the item category, empty when Salesforce did not send it
   */
  public String itemCategory() {
    return row.get("ForecastingItemCategory", String.class).orElse("");
  }

  /**
   * {@code ForecastAmount}: the amount with every adjustment.
   *
   * @return the amount; zero when absent
   */
  public BigDecimal forecastAmount() {
    return row.get("ForecastAmount", BigDecimal.class).orElse(BigDecimal.ZERO);
  }

  /**
   * {@code OwnerOnlyAmount}: the owner's own opportunities, without subordinates'.
   *
   * @return the amount, when sent
   */
  public Optional<BigDecimal> ownerOnlyAmount() {
    return row.get("OwnerOnlyAmount", BigDecimal.class);
  }

  /**
   * {@code HasAdjustment}: whether a manager or the owner adjusted the amount.
   *
   * @return the flag; false when absent
   */
  public boolean hasAdjustment() {
    return row.get("HasAdjustment", Boolean.class).orElse(false);
  }

  /** Shows the id, owner and category, never the amount. */
  @Override
  public String toString() {
    return "ForecastItem{" + id().map(Object::toString).orElse("?") + ", owner "
        + ownerId().map(Object::toString).orElse("?") + ", " + itemCategory() + "}";
  }
}
