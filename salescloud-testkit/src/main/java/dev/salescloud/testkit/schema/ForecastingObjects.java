package dev.salescloud.testkit.schema;

import static dev.salescloud.testkit.schema.FieldType.BOOLEAN;
import static dev.salescloud.testkit.schema.FieldType.CURRENCY;
import static dev.salescloud.testkit.schema.FieldType.DATE;
import static dev.salescloud.testkit.schema.FieldType.NUMBER;
import static dev.salescloud.testkit.schema.FieldType.PICKLIST;
import static dev.salescloud.testkit.schema.FieldType.REFERENCE;
import static dev.salescloud.testkit.schema.FieldType.STRING;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * The Collaborative Forecasts objects (salesforce-api.md §9.3): ForecastingType, ForecastingItem
 * and ForecastingQuota. The fake org holds them read-only: a new org has the forecast type
 * {@code OpportunityRevenue} and no items or quotas; tests seed those with {@code
 * OrgStore.seed}.
 *
 * <pre>{@code
 * org.store().seed("ForecastingQuota", JSON.objectNode().put("QuotaOwnerId", ada.value())
 *     .put("StartDate", "2026-10-01").put("QuotaAmount", 100000).put("IsAmount", true));
 * }</pre>
 */
final class ForecastingObjects {
  private ForecastingObjects() {}

  static void declare(OrgSchema schema) {
    SalesObjects.readOnly(schema, "ForecastingType", "0Db", (row, written) -> {},
        "DeveloperName", STRING, "MasterLabel", STRING, "IsActive", BOOLEAN, "IsAmount", BOOLEAN,
        "IsQuantity", BOOLEAN, "DateType", PICKLIST, "RoleType", PICKLIST)
        .markReadOnly(today -> List.of(JsonNodeFactory.instance.objectNode()
            .put("DeveloperName", "OpportunityRevenue")
            .put("MasterLabel", "Opportunities - Revenue")
            .put("IsActive", true).put("IsAmount", true).put("IsQuantity", false)
            .put("DateType", "OpportunityCloseDate").put("RoleType", "R")));
    SalesObjects.readOnly(schema, "ForecastingItem", "0G3", (row, written) -> {},
        "OwnerId", REFERENCE, "PeriodId", REFERENCE, "ForecastingTypeId", REFERENCE,
        "ForecastCategoryName", PICKLIST, "ForecastingItemCategory", PICKLIST,
        "ForecastAmount", CURRENCY, "AmountWithoutAdjustments", CURRENCY,
        "AmountWithoutManagerAdjustment", CURRENCY, "AmountWithoutOwnerAdjustment", CURRENCY,
        "OwnerOnlyAmount", CURRENCY, "ForecastQuantity", NUMBER, "HasAdjustment", BOOLEAN,
        "HasOwnerAdjustment", BOOLEAN, "IsAmount", BOOLEAN, "IsQuantity", BOOLEAN,
        "ProductFamily", STRING)
        .markReadOnly(today -> List.of());
    SalesObjects.readOnly(schema, "ForecastingQuota", "0J9", (row, written) -> {},
        "QuotaOwnerId", REFERENCE, "StartDate", DATE, "PeriodId", REFERENCE,
        "QuotaAmount", CURRENCY, "QuotaQuantity", NUMBER, "IsAmount", BOOLEAN,
        "IsQuantity", BOOLEAN, "ForecastingTypeId", REFERENCE, "ProductFamily", STRING)
        .markReadOnly(today -> List.of());
  }
}
