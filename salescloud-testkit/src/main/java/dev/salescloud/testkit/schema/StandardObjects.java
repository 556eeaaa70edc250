package dev.salescloud.testkit.schema;

import static dev.salescloud.testkit.schema.FieldType.BOOLEAN;
import static dev.salescloud.testkit.schema.FieldType.CURRENCY;
import static dev.salescloud.testkit.schema.FieldType.DATE;
import static dev.salescloud.testkit.schema.FieldType.DATETIME;
import static dev.salescloud.testkit.schema.FieldType.EMAIL;
import static dev.salescloud.testkit.schema.FieldType.ID;
import static dev.salescloud.testkit.schema.FieldType.INTEGER;
import static dev.salescloud.testkit.schema.FieldType.NUMBER;
import static dev.salescloud.testkit.schema.FieldType.PERCENT;
import static dev.salescloud.testkit.schema.FieldType.PHONE;
import static dev.salescloud.testkit.schema.FieldType.PICKLIST;
import static dev.salescloud.testkit.schema.FieldType.REFERENCE;
import static dev.salescloud.testkit.schema.FieldType.STRING;
import static dev.salescloud.testkit.schema.FieldType.TEXTAREA;
import static dev.salescloud.testkit.schema.FieldType.URL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Set;
import java.util.function.BiConsumer;

/** The standard objects of a new org and their fields (salesforce-api.md §9.1, §10, §11.1). */
final class StandardObjects {
  private StandardObjects() {}

  /** Declares Lead, Account, Contact, Opportunity, Task, Event and User. */
  static void declare(OrgSchema schema) {
    user(schema);
    account(schema);
    contact(schema);
    lead(schema);
    opportunity(schema);
    task(schema);
    event(schema);
    StandardPicklists.declare(schema);
    SalesObjects.declare(schema);
  }

  /** Adds Id, IsDeleted and the audit fields every object has. */
  static void systemFields(OrgSchema schema, ObjectSchema o) {
    String n = o.name();
    o.add(OrgSchema.field(n, "Id", ID, 18, false, null));
    o.add(OrgSchema.field(n, "IsDeleted", BOOLEAN, 0, false, false));
    o.add(OrgSchema.field(n, "CreatedDate", DATETIME, 0, false, null));
    o.add(OrgSchema.field(n, "CreatedById", REFERENCE, 18, false, null, "User"));
    o.add(OrgSchema.field(n, "LastModifiedDate", DATETIME, 0, false, null));
    o.add(OrgSchema.field(n, "LastModifiedById", REFERENCE, 18, false, null, "User"));
    o.add(OrgSchema.field(n, "SystemModstamp", DATETIME, 0, false, null));
  }

  static ObjectSchema object(
      OrgSchema schema, String name, BiConsumer<ObjectNode, Set<String>> derivation) {
    ObjectSchema o = schema.declare(name, OrgSchema.standardPrefix(name), false, derivation);
    systemFields(schema, o);
    return o;
  }

  private static void add(ObjectSchema o, String field, FieldType type) {
    o.add(OrgSchema.field(o.name(), field, type, type.defaultLength(), false, null));
  }

  private static void text(ObjectSchema o, String field, int length) {
    o.add(OrgSchema.field(o.name(), field, STRING, length, false, null));
  }

  private static void required(ObjectSchema o, String field, FieldType type, int length) {
    o.add(OrgSchema.field(o.name(), field, type, length, true, null));
  }

  /** A field filled on create when not given; required (cannot be cleared) unless a checkbox. */
  private static void defaulted(ObjectSchema o, String field, FieldType type, Object value) {
    o.add(OrgSchema.field(o.name(), field, type, type.defaultLength(), type != BOOLEAN, value));
  }

  /** A field filled on create when not given, which updates may clear. */
  private static void optionalDefault(ObjectSchema o, String field, FieldType type, Object value) {
    o.add(OrgSchema.field(o.name(), field, type, type.defaultLength(), false, value));
  }

  private static void lookup(ObjectSchema o, String field, String... targets) {
    o.add(OrgSchema.field(o.name(), field, REFERENCE, 18, false, null, targets));
  }

  private static void address(ObjectSchema o, String prefix) {
    o.add(OrgSchema.field(o.name(), prefix + "Street", TEXTAREA, 255, false, null));
    text(o, prefix + "City", 40);
    text(o, prefix + "State", 80);
    text(o, prefix + "PostalCode", 20);
    text(o, prefix + "Country", 80);
    add(o, prefix + "Latitude", NUMBER);
    add(o, prefix + "Longitude", NUMBER);
    add(o, prefix + "GeocodeAccuracy", PICKLIST);
    o.add(OrgSchema.field(o.name(), prefix + "Address", FieldType.ADDRESS, 0, false, null));
  }

  private static void fullName(ObjectNode row, Set<String> written) {
    String first = text(row.get("FirstName"));
    String last = text(row.get("LastName"));
    String name = (first.isEmpty() ? "" : first + " ") + last;
    row.set("Name", name.isEmpty() ? NullNode.getInstance() : TextNode.valueOf(name));
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static void user(OrgSchema schema) {
    ObjectSchema o = object(schema, "User", StandardObjects::fullName);
    required(o, "Username", STRING, 80);
    text(o, "FirstName", 40);
    required(o, "LastName", STRING, 80);
    text(o, "Name", 121);
    required(o, "Email", EMAIL, 128);
    required(o, "Alias", STRING, 8);
    defaulted(o, "IsActive", BOOLEAN, true);
    text(o, "Title", 80);
    text(o, "Department", 80);
    defaulted(o, "TimeZoneSidKey", PICKLIST, "America/Los_Angeles");
    lookup(o, "ManagerId", "User");
  }

  private static void account(OrgSchema schema) {
    ObjectSchema o = object(schema, "Account", (row, written) -> {});
    required(o, "Name", STRING, 255);
    add(o, "Type", PICKLIST);
    lookup(o, "ParentId", "Account");
    address(o, "Billing");
    address(o, "Shipping");
    add(o, "Phone", PHONE);
    add(o, "Fax", PHONE);
    add(o, "Website", URL);
    text(o, "AccountNumber", 40);
    text(o, "Site", 80);
    add(o, "Industry", PICKLIST);
    add(o, "AnnualRevenue", CURRENCY);
    add(o, "NumberOfEmployees", INTEGER);
    add(o, "Ownership", PICKLIST);
    add(o, "Rating", PICKLIST);
    add(o, "AccountSource", PICKLIST);
    text(o, "Sic", 20);
    text(o, "TickerSymbol", 20);
    add(o, "Description", TEXTAREA);
    lookup(o, "OwnerId", "User");
  }

  private static void contact(OrgSchema schema) {
    ObjectSchema o = object(schema, "Contact", StandardObjects::fullName);
    lookup(o, "AccountId", "Account");
    add(o, "Salutation", PICKLIST);
    text(o, "FirstName", 40);
    required(o, "LastName", STRING, 80);
    text(o, "Name", 121);
    text(o, "Title", 128);
    text(o, "Department", 80);
    add(o, "Email", EMAIL);
    add(o, "Phone", PHONE);
    add(o, "MobilePhone", PHONE);
    add(o, "HomePhone", PHONE);
    add(o, "OtherPhone", PHONE);
    add(o, "Fax", PHONE);
    address(o, "Mailing");
    address(o, "Other");
    lookup(o, "ReportsToId", "Contact");
    add(o, "LeadSource", PICKLIST);
    add(o, "Birthdate", DATE);
    defaulted(o, "HasOptedOutOfEmail", BOOLEAN, false);
    defaulted(o, "HasOptedOutOfFax", BOOLEAN, false);
    defaulted(o, "DoNotCall", BOOLEAN, false);
    text(o, "AssistantName", 40);
    add(o, "AssistantPhone", PHONE);
    add(o, "Description", TEXTAREA);
    lookup(o, "OwnerId", "User");
  }

  private static void lead(OrgSchema schema) {
    ObjectSchema o = object(schema, "Lead", StandardObjects::fullName);
    add(o, "Salutation", PICKLIST);
    text(o, "FirstName", 40);
    required(o, "LastName", STRING, 80);
    text(o, "Name", 121);
    text(o, "Title", 128);
    required(o, "Company", STRING, 255);
    address(o, "");
    add(o, "Phone", PHONE);
    add(o, "MobilePhone", PHONE);
    add(o, "Email", EMAIL);
    add(o, "Website", URL);
    add(o, "Description", TEXTAREA);
    add(o, "LeadSource", PICKLIST);
    defaulted(o, "Status", PICKLIST, "Open - Not Contacted");
    add(o, "Industry", PICKLIST);
    add(o, "Rating", PICKLIST);
    add(o, "AnnualRevenue", CURRENCY);
    add(o, "NumberOfEmployees", INTEGER);
    lookup(o, "OwnerId", "User");
    defaulted(o, "IsConverted", BOOLEAN, false);
    add(o, "ConvertedDate", DATE);
    lookup(o, "ConvertedAccountId", "Account");
    lookup(o, "ConvertedContactId", "Contact");
    lookup(o, "ConvertedOpportunityId", "Opportunity");
    defaulted(o, "IsUnreadByOwner", BOOLEAN, true);
  }

  private static void opportunity(OrgSchema schema) {
    ObjectSchema o =
        object(
            schema,
            "Opportunity",
            (row, written) -> schema.opportunityStages().derive(row, written));
    lookup(o, "AccountId", "Account");
    required(o, "Name", STRING, 120);
    add(o, "Description", TEXTAREA);
    required(o, "StageName", PICKLIST, 255);
    add(o, "Amount", CURRENCY);
    add(o, "Probability", PERCENT);
    add(o, "ExpectedRevenue", CURRENCY);
    required(o, "CloseDate", DATE, 0);
    add(o, "Type", PICKLIST);
    text(o, "NextStep", 255);
    add(o, "LeadSource", PICKLIST);
    add(o, "IsClosed", BOOLEAN);
    add(o, "IsWon", BOOLEAN);
    add(o, "ForecastCategoryName", PICKLIST);
    lookup(o, "OwnerId", "User");
    add(o, "TotalOpportunityQuantity", NUMBER);
  }

  private static void task(OrgSchema schema) {
    ObjectSchema o = object(schema, "Task", (row, written) -> {
      String status = text(row.get("Status"));
      row.put("IsClosed", status.equals("Completed"));
      row.put("IsHighPriority", text(row.get("Priority")).equals("High"));
    });
    lookup(o, "WhoId", "Lead", "Contact");
    lookup(o, "WhatId", "Account", "Opportunity");
    add(o, "Subject", PICKLIST);
    add(o, "ActivityDate", DATE);
    defaulted(o, "Status", PICKLIST, "Not Started");
    defaulted(o, "Priority", PICKLIST, "Normal");
    add(o, "IsHighPriority", BOOLEAN);
    lookup(o, "OwnerId", "User");
    add(o, "Description", TEXTAREA);
    add(o, "Type", PICKLIST);
    add(o, "IsClosed", BOOLEAN);
    add(o, "CallDurationInSeconds", INTEGER);
    add(o, "CallType", PICKLIST);
    add(o, "ReminderDateTime", DATETIME);
    defaulted(o, "IsReminderSet", BOOLEAN, false);
    add(o, "TaskSubtype", PICKLIST);
  }

  private static void event(OrgSchema schema) {
    ObjectSchema o = object(schema, "Event", (row, written) -> {});
    lookup(o, "WhoId", "Lead", "Contact");
    lookup(o, "WhatId", "Account", "Opportunity");
    add(o, "Subject", PICKLIST);
    text(o, "Location", 255);
    defaulted(o, "IsAllDayEvent", BOOLEAN, false);
    add(o, "ActivityDateTime", DATETIME);
    add(o, "ActivityDate", DATE);
    add(o, "DurationInMinutes", INTEGER);
    add(o, "StartDateTime", DATETIME);
    add(o, "EndDateTime", DATETIME);
    add(o, "Description", TEXTAREA);
    lookup(o, "OwnerId", "User");
    defaulted(o, "IsPrivate", BOOLEAN, false);
    optionalDefault(o, "ShowAs", PICKLIST, "Busy");
    add(o, "EventSubtype", PICKLIST);
  }
}
