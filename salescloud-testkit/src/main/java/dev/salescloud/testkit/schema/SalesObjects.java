package dev.salescloud.testkit.schema;

import static dev.salescloud.testkit.schema.FieldType.BOOLEAN;
import static dev.salescloud.testkit.schema.FieldType.CURRENCY;
import static dev.salescloud.testkit.schema.FieldType.DATE;
import static dev.salescloud.testkit.schema.FieldType.DATETIME;
import static dev.salescloud.testkit.schema.FieldType.INTEGER;
import static dev.salescloud.testkit.schema.FieldType.NUMBER;
import static dev.salescloud.testkit.schema.FieldType.PERCENT;
import static dev.salescloud.testkit.schema.FieldType.PICKLIST;
import static dev.salescloud.testkit.schema.FieldType.REFERENCE;
import static dev.salescloud.testkit.schema.FieldType.STRING;
import static dev.salescloud.testkit.schema.FieldType.TEXTAREA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The sales objects around opportunities and leads: Product2, OpportunityLineItem,
 * OpportunityContactRole, and the read-only LeadStatus, OpportunityStage, Period and Report;
 * the forecasting objects come from {@link ForecastingObjects}.
 */
final class SalesObjects {
  private SalesObjects() {}

  static void declare(OrgSchema schema) {
    ObjectSchema product = StandardObjects.object(schema, "Product2", (row, written) -> {});
    field(product, "Name", STRING, 255, true);
    field(product, "ProductCode", STRING, 255, false);
    field(product, "Description", TEXTAREA, 4000, false);
    field(product, "Family", PICKLIST, 255, false);
    product.add(OrgSchema.field("Product2", "IsActive", BOOLEAN, 0, false, false));

    ObjectSchema item =
        StandardObjects.object(schema, "OpportunityLineItem", SalesObjects::linePrices);
    lookup(item, "OpportunityId", true, "Opportunity");
    lookup(item, "Product2Id", false, "Product2");
    field(item, "Name", STRING, 376, false);
    field(item, "Quantity", NUMBER, 0, true);
    field(item, "UnitPrice", CURRENCY, 0, false);
    field(item, "TotalPrice", CURRENCY, 0, false);
    field(item, "ListPrice", CURRENCY, 0, false);
    field(item, "Subtotal", CURRENCY, 0, false);
    field(item, "Discount", PERCENT, 0, false);
    field(item, "ServiceDate", DATE, 0, false);
    field(item, "Description", STRING, 255, false);

    ObjectSchema role =
        StandardObjects.object(schema, "OpportunityContactRole", (row, written) -> {});
    lookup(role, "OpportunityId", true, "Opportunity");
    lookup(role, "ContactId", true, "Contact");
    field(role, "Role", PICKLIST, 255, false);
    role.add(OrgSchema.field("OpportunityContactRole", "IsPrimary", BOOLEAN, 0, false, false));
    StandardPicklists.set(schema, "OpportunityContactRole", "Role", StandardPicklists.CONTACT_ROLES);

    readOnly(schema, "LeadStatus", "01J",
        "MasterLabel", STRING, "ApiName", STRING, "SortOrder", INTEGER, "IsDefault", BOOLEAN,
        "IsConverted", BOOLEAN)
        .markReadOnly(today -> StandardRecords.leadStatuses());
    readOnly(schema, "OpportunityStage", "01J", schema.opportunityStages()::register,
        "MasterLabel", STRING, "ApiName", STRING, "IsActive", BOOLEAN, "SortOrder", INTEGER,
        "DefaultProbability", PERCENT, "ForecastCategory", PICKLIST,
        "ForecastCategoryName", PICKLIST, "IsClosed", BOOLEAN, "IsWon", BOOLEAN,
        "Description", STRING)
        .markReadOnly(today -> StandardRecords.opportunityStages());
    ForecastingObjects.declare(schema);
    FiscalCalendar calendar = schema.fiscalCalendar();
    readOnly(schema, "Period", "026",
        "Type", PICKLIST, "StartDate", DATE, "EndDate", DATE, "Number", INTEGER,
        "FullyQualifiedLabel", STRING, "IsForecastPeriod", BOOLEAN)
        .markReadOnly(today -> StandardRecords.periods(calendar, today));
    readOnly(schema, "Report", "00O",
        "Name", STRING, "DeveloperName", STRING, "Format", PICKLIST, "FolderName", STRING,
        "Description", STRING, "LastRunDate", DATETIME)
        .markReadOnly(today -> List.of());
  }

  /** Declares a read-only object with its system fields and read-only fields (name, type, ...). */
  private static ObjectSchema readOnly(OrgSchema schema, String name, String prefix, Object... fields) {
    return readOnly(schema, name, prefix, (row, written) -> {}, fields);
  }

  /** Declares a read-only object whose seeded records are completed by a derivation. */
  static ObjectSchema readOnly(OrgSchema schema, String name, String prefix,
      BiConsumer<ObjectNode, Set<String>> derivation, Object... fields) {
    ObjectSchema o = schema.declare(name, prefix, false, derivation);
    StandardObjects.systemFields(schema, o);
    for (int i = 0; i < fields.length; i += 2) {
      FieldType type = (FieldType) fields[i + 1];
      o.add(new FieldSchema((String) fields[i], type, type.defaultLength(), false, false, false,
          Optional.empty(), List.of(), FieldOptions.none()));
    }
    return o;
  }

  private static void field(ObjectSchema o, String name, FieldType type, int length, boolean required) {
    o.add(OrgSchema.field(o.name(), name, type, length == 0 ? type.defaultLength() : length,
        required, null));
  }

  private static void lookup(ObjectSchema o, String name, boolean required, String target) {
    o.add(OrgSchema.field(o.name(), name, REFERENCE, 18, required, null, target));
  }

  /**
   * A line's prices: give UnitPrice or TotalPrice, never both; the other follows from Quantity
   * (and Discount), as Salesforce computes them.
   */
  private static void linePrices(ObjectNode row, Set<String> written) {
    if (written.contains("UnitPrice") && written.contains("TotalPrice")) {
      throw SalesforceFault.badRequest(
          "FIELD_INTEGRITY_EXCEPTION",
          "field integrity exception: TotalPrice (cannot specify both unit price and total price)",
          "TotalPrice");
    }
    BigDecimal quantity = decimal(row.get("Quantity"));
    if (quantity == null) {
      return;
    }
    BigDecimal discount = Optional.ofNullable(decimal(row.get("Discount"))).orElse(BigDecimal.ZERO);
    BigDecimal factor =
        BigDecimal.ONE.subtract(discount.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP));
    BigDecimal unit = decimal(row.get("UnitPrice"));
    BigDecimal total = decimal(row.get("TotalPrice"));
    if (written.contains("TotalPrice") && total != null && quantity.signum() != 0) {
      unit = total.divide(quantity.multiply(factor), 2, RoundingMode.HALF_UP);
      row.set("UnitPrice", DecimalNode.valueOf(unit));
    }
    if (unit == null) {
      throw SalesforceFault.badRequest(
          "REQUIRED_FIELD_MISSING", "Required fields are missing: [UnitPrice]", "UnitPrice");
    }
    BigDecimal subtotal = unit.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
    row.set("Subtotal", DecimalNode.valueOf(subtotal));
    if (!written.contains("TotalPrice")) {
      row.set("TotalPrice",
          DecimalNode.valueOf(subtotal.multiply(factor).setScale(2, RoundingMode.HALF_UP)));
    }
  }

  private static BigDecimal decimal(JsonNode value) {
    return value == null || value.isNull() ? null : value.decimalValue();
  }
}
