package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.Responses.MAPPER;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.describe.PicklistValue;
import dev.salescloud.testkit.schema.FieldSchema;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.OrgSchema;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Shapes the describe JSON of objects and fields from the schema, as Salesforce writes it. */
final class ObjectDescriptions {
  /** Labels of the standard objects whose plural or wording is not the API name's. */
  private static final Map<String, String[]> LABELS =
      Map.ofEntries(
          Map.entry("Opportunity", new String[] {"Opportunity", "Opportunities"}),
          Map.entry("Product2", new String[] {"Product", "Products"}),
          Map.entry("OpportunityLineItem", new String[] {"Opportunity Product", "Opportunity Product"}),
          Map.entry("OpportunityContactRole",
              new String[] {"Opportunity Contact Role", "Opportunity Contact Role"}),
          Map.entry("LeadStatus", new String[] {"Lead Status", "Lead Status"}),
          Map.entry("OpportunityStage", new String[] {"Opportunity Stage", "Opportunity Stage"}),
          Map.entry("Period", new String[] {"Period", "Period"}));
  /** The standard child relationships, keyed by child object and lookup field. */
  private static final Map<String, String> CHILD_RELATIONSHIPS =
      Map.ofEntries(
          Map.entry("Contact.AccountId", "Contacts"),
          Map.entry("Opportunity.AccountId", "Opportunities"),
          Map.entry("Account.ParentId", "ChildAccounts"),
          Map.entry("Contact.ReportsToId", "ReportsTo"),
          Map.entry("Task.WhatId", "Tasks"),
          Map.entry("Task.WhoId", "Tasks"),
          Map.entry("Event.WhatId", "Events"),
          Map.entry("Event.WhoId", "Events"),
          Map.entry("OpportunityLineItem.OpportunityId", "OpportunityLineItems"),
          Map.entry("OpportunityContactRole.OpportunityId", "OpportunityContactRoles"),
          Map.entry("OpportunityContactRole.ContactId", "OpportunityContactRoles"));
  /** Children deleted with their parent. */
  private static final Set<String> CASCADE =
      Set.of("OpportunityLineItem.OpportunityId", "OpportunityContactRole.OpportunityId",
          "OpportunityContactRole.ContactId", "Task.WhatId", "Event.WhatId");
  private static final Set<String> SYSTEM_SET =
      Set.of("Id", "OwnerId", "IsDeleted", "CreatedDate", "CreatedById", "LastModifiedDate",
          "LastModifiedById", "SystemModstamp");
  private static final Set<String> MERGEABLE = Set.of("Account", "Contact", "Lead");
  private static final String MASTER_RECORD_TYPE = "012000000000000AAA";

  private final OrgSchema schema;
  private final String base;

  ObjectDescriptions(OrgSchema schema, String base) {
    this.schema = schema;
    this.base = base;
  }

  /** The entry of an object in describe global and basic information. */
  ObjectNode summary(ObjectSchema o) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("activateable", false);
    out.put("createable", o.createable());
    out.put("custom", o.custom());
    out.put("customSetting", false);
    out.put("deletable", o.deletable());
    out.put("deprecatedAndHidden", false);
    out.put("feedEnabled", false);
    out.put("hasSubtypes", false);
    out.put("isSubtype", false);
    out.put("keyPrefix", o.keyPrefix());
    out.put("label", labels(o)[0]);
    out.put("labelPlural", labels(o)[1]);
    out.put("layoutable", o.createable());
    out.put("mergeable", MERGEABLE.contains(o.name()));
    out.put("mruEnabled", o.createable());
    out.put("name", o.name());
    out.put("queryable", true);
    out.put("replicateable", true);
    out.put("retrieveable", true);
    out.put("searchable", o.createable());
    out.put("triggerable", o.createable());
    out.put("undeletable", o.deletable());
    out.put("updateable", o.updateable());
    out.set("urls", urls(o));
    return out;
  }

  /** The full describe of an object: its summary, fields, child relationships, record types. */
  ObjectNode describe(ObjectSchema o) {
    ObjectNode out = summary(o);
    ArrayNode fields = out.putArray("fields");
    o.fields().forEach(f -> fields.add(field(o, f)));
    ArrayNode children = out.putArray("childRelationships");
    for (ObjectSchema child : schema.objects()) {
      for (FieldSchema f : child.fields()) {
        if (f.type() == FieldType.REFERENCE
            && f.referenceTo().stream().anyMatch(o.name()::equalsIgnoreCase)) {
          children.add(child(child, f));
        }
      }
    }
    ObjectNode master = out.putArray("recordTypeInfos").addObject();
    master.put("active", true);
    master.put("available", true);
    master.put("defaultRecordTypeMapping", true);
    master.put("developerName", "Master");
    master.put("master", true);
    master.put("name", "Master");
    master.put("recordTypeId", MASTER_RECORD_TYPE);
    master.putObject("urls").put("layout", url(o) + "/describe/layouts/" + MASTER_RECORD_TYPE);
    ArrayNode scopes = out.putArray("supportedScopes");
    scopes.addObject().put("label", "All " + labels(o)[1].toLowerCase(Locale.ROOT)).put("name", "everything");
    if (o.field("OwnerId").isPresent()) {
      scopes.addObject().put("label", "My " + labels(o)[1].toLowerCase(Locale.ROOT)).put("name", "mine");
    }
    return out;
  }

  private ObjectNode child(ObjectSchema child, FieldSchema f) {
    String key = child.name() + "." + f.name();
    ObjectNode out = MAPPER.createObjectNode();
    out.put("cascadeDelete", CASCADE.contains(key));
    out.put("childSObject", child.name());
    out.put("deprecatedAndHidden", false);
    out.put("field", f.name());
    out.putArray("junctionIdListNames");
    out.putArray("junctionReferenceTo");
    String name = CHILD_RELATIONSHIPS.get(key);
    if (name == null) {
      out.putNull("relationshipName");
    } else {
      out.put("relationshipName", name);
    }
    out.put("restrictedDelete", false);
    return out;
  }

  private ObjectNode field(ObjectSchema o, FieldSchema f) {
    FieldType type = f.type();
    boolean text = type.isText() || type == FieldType.ID || type == FieldType.REFERENCE;
    boolean longText = type == FieldType.TEXTAREA && f.length() > 255;
    ObjectNode out = MAPPER.createObjectNode();
    out.put("aggregatable", type != FieldType.ADDRESS && !longText);
    out.put("autoNumber", false);
    out.put("byteLength", text ? f.length() * 3 : 0);
    out.put("calculated", false);
    out.putNull("calculatedFormula");
    out.put("cascadeDelete", false);
    out.put("caseSensitive", f.caseSensitive());
    String compound = compoundName(o, f);
    if (compound == null) {
      out.putNull("compoundFieldName");
    } else {
      out.put("compoundFieldName", compound);
    }
    out.putNull("controllerName");
    out.put("createable", f.createable());
    out.put("custom", f.name().endsWith("__c"));
    if (type == FieldType.BOOLEAN && f.defaultValue().isPresent()) {
      out.set("defaultValue", f.defaultValue().get());
    } else {
      out.putNull("defaultValue");
    }
    out.put("defaultedOnCreate", f.defaultValue().isPresent() || SYSTEM_SET.contains(f.name()));
    out.put("dependentPicklist", false);
    out.put("deprecatedAndHidden", false);
    out.put("digits", type == FieldType.INTEGER ? 9 : 0);
    out.put("externalId", f.externalId() && type != FieldType.ID);
    out.put("filterable", type != FieldType.ADDRESS && !longText);
    out.put("groupable", groupable(type) && !longText);
    out.put("htmlFormatted", false);
    out.put("idLookup", type == FieldType.ID || f.externalId() || f.unique());
    out.putNull("inlineHelpText");
    out.put("label", label(o, f));
    out.put("length", text ? f.length() : 0);
    out.put("name", f.name());
    out.put("nameField", f.name().equals("Name"));
    out.put("nillable", !f.required() && type != FieldType.BOOLEAN && type != FieldType.ID);
    ArrayNode picklist = out.putArray("picklistValues");
    for (PicklistValue v : f.picklistValues()) {
      ObjectNode value = picklist.addObject();
      value.put("active", v.active());
      value.put("defaultValue", v.defaultValue());
      value.put("label", v.label().orElse(v.value()));
      value.putNull("validFor");
      value.put("value", v.value());
    }
    out.put("polymorphicForeignKey", f.referenceTo().size() > 1);
    boolean decimal = type == FieldType.CURRENCY || type == FieldType.NUMBER || type == FieldType.PERCENT;
    out.put("precision", decimal ? 18 : 0);
    ArrayNode references = out.putArray("referenceTo");
    f.referenceTo().forEach(references::add);
    if (type == FieldType.REFERENCE) {
      out.put("relationshipName", f.relationshipName());
    } else {
      out.putNull("relationshipName");
    }
    out.put("restrictedPicklist", f.restrictedPicklist());
    out.put("scale", type == FieldType.CURRENCY ? 2 : 0);
    out.put("soapType", soapType(type));
    out.put("sortable", type != FieldType.ADDRESS && type != FieldType.MULTIPICKLIST && !longText);
    out.put("type", type.describeName());
    out.put("unique", f.unique());
    out.put("updateable", f.updateable());
    return out;
  }

  private static boolean groupable(FieldType type) {
    switch (type) {
      case ADDRESS:
      case MULTIPICKLIST:
      case NUMBER:
      case CURRENCY:
      case PERCENT:
      case DATETIME:
        return false;
      default:
        return true;
    }
  }

  private static String soapType(FieldType type) {
    switch (type) {
      case ID:
      case REFERENCE:
        return "tns:ID";
      case BOOLEAN:
        return "xsd:boolean";
      case NUMBER:
      case CURRENCY:
      case PERCENT:
        return "xsd:double";
      case INTEGER:
        return "xsd:int";
      case DATE:
        return "xsd:date";
      case DATETIME:
        return "xsd:dateTime";
      case ADDRESS:
        return "urn:address";
      default:
        return "xsd:string";
    }
  }

  /** The compound field an address component belongs to, e.g. BillingAddress for BillingCity. */
  private static String compoundName(ObjectSchema o, FieldSchema f) {
    for (FieldSchema address : o.fields()) {
      if (address.type() != FieldType.ADDRESS) {
        continue;
      }
      String prefix = address.name().substring(0, address.name().length() - "Address".length());
      String rest = f.name().startsWith(prefix) ? f.name().substring(prefix.length()) : "";
      if (Set.of("Street", "City", "State", "PostalCode", "Country", "Latitude", "Longitude",
          "GeocodeAccuracy").contains(rest)) {
        return address.name();
      }
    }
    return null;
  }

  private static String label(ObjectSchema o, FieldSchema f) {
    if (f.type() == FieldType.ID) {
      return labels(o)[0] + " ID";
    }
    String name = f.name().endsWith("__c") ? f.name().substring(0, f.name().length() - 3) : f.name();
    String words = name.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    return words.endsWith(" Id") ? words.substring(0, words.length() - 3) + " ID" : words;
  }

  private static String[] labels(ObjectSchema o) {
    String[] known = LABELS.get(o.name());
    if (known != null) {
      return known;
    }
    String name = o.custom() ? o.name().substring(0, o.name().length() - 3).replace('_', ' ') : o.name();
    return new String[] {name, name + "s"};
  }

  private String url(ObjectSchema o) {
    return base + "/sobjects/" + o.name();
  }

  private ObjectNode urls(ObjectSchema o) {
    ObjectNode urls = MAPPER.createObjectNode();
    urls.put("rowTemplate", url(o) + "/{ID}");
    urls.put("defaultValues", url(o) + "/defaultValues?recordTypeId&fields");
    urls.put("describe", url(o) + "/describe");
    urls.put("sobject", url(o));
    return urls;
  }

  /** Describes this by names and counts, never by record values. */
  @Override
  public String toString() {
    return "ObjectDescriptions{" + schema + "}";
  }
}
