package dev.salescloud.testkit.schema;

import java.util.List;

/**
 * The values of the standard picklists of a new org (salesforce-api.md §9.2, §11.1). Standard
 * picklists are not restricted: writes of other values are stored, as Salesforce stores them for
 * unrestricted picklists.
 */
final class StandardPicklists {
  static final List<String> LEAD_STATUSES =
      List.of("Open - Not Contacted", "Working - Contacted", "Closed - Converted",
          "Closed - Not Converted");
  private static final List<String> SOURCES =
      List.of("Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other");
  private static final List<String> RATINGS = List.of("Hot", "Warm", "Cold");
  private static final List<String> SALUTATIONS = List.of("Mr.", "Ms.", "Mrs.", "Dr.", "Prof.");
  private static final List<String> INDUSTRIES =
      List.of("Agriculture", "Apparel", "Banking", "Biotechnology", "Chemicals", "Communications",
          "Construction", "Consulting", "Education", "Electronics", "Energy", "Engineering",
          "Entertainment", "Environmental", "Finance", "Food & Beverage", "Government",
          "Healthcare", "Hospitality", "Insurance", "Machinery", "Manufacturing", "Media",
          "Not For Profit", "Recreation", "Retail", "Shipping", "Technology",
          "Telecommunications", "Transportation", "Utilities", "Other");
  static final List<String> CONTACT_ROLES =
      List.of("Business User", "Decision Maker", "Economic Buyer", "Economic Decision Maker",
          "Evaluator", "Executive Sponsor", "Influencer", "Technical Buyer", "Other");

  private StandardPicklists() {}

  static void declare(OrgSchema schema) {
    set(schema, "Lead", "Status", LEAD_STATUSES);
    for (String object : List.of("Lead", "Contact", "Opportunity")) {
      set(schema, object, "LeadSource", SOURCES);
    }
    set(schema, "Account", "AccountSource", SOURCES);
    set(schema, "Lead", "Rating", RATINGS);
    set(schema, "Account", "Rating", RATINGS);
    set(schema, "Lead", "Salutation", SALUTATIONS);
    set(schema, "Contact", "Salutation", SALUTATIONS);
    set(schema, "Lead", "Industry", INDUSTRIES);
    set(schema, "Account", "Industry", INDUSTRIES);
    set(schema, "Account", "Type", List.of("Prospect", "Customer - Direct", "Customer - Channel",
        "Channel Partner / Reseller", "Installation Partner", "Technology Partner", "Other"));
    set(schema, "Account", "Ownership", List.of("Public", "Private", "Subsidiary", "Other"));
    set(schema, "Opportunity", "StageName", OpportunityStages.NAMES);
    set(schema, "Opportunity", "Type", List.of("Existing Customer - Upgrade",
        "Existing Customer - Replacement", "Existing Customer - Downgrade", "New Customer"));
    set(schema, "Opportunity", "ForecastCategoryName",
        List.of("Omitted", "Pipeline", "Best Case", "Commit", "Closed"));
    set(schema, "Task", "Status",
        List.of("Not Started", "In Progress", "Completed", "Waiting on someone else", "Deferred"));
    set(schema, "Task", "Priority", List.of("High", "Normal", "Low"));
    set(schema, "Event", "ShowAs", List.of("Busy", "OutOfOffice", "Free"));
  }

  /** Gives a standard picklist its values; its default, if any, is marked the default value. */
  static void set(OrgSchema schema, String object, String field, List<String> values) {
    ObjectSchema o = schema.object(object).orElseThrow();
    o.field(field).ifPresent(f -> {
      FieldOptions.Builder options = FieldOptions.builder().picklist(values);
      f.defaultValue().ifPresent(d -> options.defaultValue(d.asText()));
      o.add(f.with(options.build(), f.defaultValue()));
    });
  }
}
