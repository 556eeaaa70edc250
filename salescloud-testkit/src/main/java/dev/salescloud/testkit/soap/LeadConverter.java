package dev.salescloud.testkit.soap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.sales.LeadConvertResult;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts one lead the way Salesforce's {@code convertLead} does, all or nothing through {@link
 * OrgStore#atomically}: refuses a lead that is converted already ({@code
 * CANNOT_UPDATE_CONVERTED_LEAD}), a status that is not a converted {@code LeadStatus} ({@code
 * INVALID_STATUS}) and a contact without its account; creates the account and contact, or fills
 * only the empty fields of the existing ones given; creates an opportunity named after {@code
 * opportunityName} or the company, at the first open stage and closing at the end of the quarter,
 * unless told not to or given one; and marks the lead converted, which makes it read-only.
 */
final class LeadConverter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String CROSS_REFERENCE = "INVALID_CROSS_REFERENCE_KEY";
  /** The standard mapping of lead fields to account fields. */
  private static final Map<String, String> TO_ACCOUNT = Map.ofEntries(
      Map.entry("Phone", "Phone"), Map.entry("Website", "Website"),
      Map.entry("Industry", "Industry"), Map.entry("AnnualRevenue", "AnnualRevenue"),
      Map.entry("NumberOfEmployees", "NumberOfEmployees"), Map.entry("Rating", "Rating"),
      Map.entry("LeadSource", "AccountSource"), Map.entry("Street", "BillingStreet"),
      Map.entry("City", "BillingCity"), Map.entry("State", "BillingState"),
      Map.entry("PostalCode", "BillingPostalCode"), Map.entry("Country", "BillingCountry"));
  /** The standard mapping of lead fields to contact fields. */
  private static final Map<String, String> TO_CONTACT = Map.ofEntries(
      Map.entry("Salutation", "Salutation"), Map.entry("FirstName", "FirstName"),
      Map.entry("LastName", "LastName"), Map.entry("Title", "Title"), Map.entry("Email", "Email"),
      Map.entry("Phone", "Phone"), Map.entry("MobilePhone", "MobilePhone"),
      Map.entry("Description", "Description"), Map.entry("LeadSource", "LeadSource"),
      Map.entry("DoNotCall", "DoNotCall"), Map.entry("HasOptedOutOfEmail", "HasOptedOutOfEmail"),
      Map.entry("Street", "MailingStreet"), Map.entry("City", "MailingCity"),
      Map.entry("State", "MailingState"), Map.entry("PostalCode", "MailingPostalCode"),
      Map.entry("Country", "MailingCountry"));

  private final OrgStore store;

  LeadConverter(OrgStore store) {
    this.store = store;
  }

  /** Converts the lead, or changes nothing and says why. */
  LeadConvertResult convert(LeadConvertRequest request) {
    Optional<SalesforceId> leadId = request.value("leadId")
        .filter(SalesforceId::isValid).map(SalesforceId::of)
        .filter(id -> id.keyPrefix().equals("00Q"));
    try {
      if (leadId.isEmpty()) {
        throw SalesforceFault.badRequest(CROSS_REFERENCE, "invalid cross reference id", "leadId");
      }
      return store.atomically(() -> apply(leadId.get(), request));
    } catch (SalesforceFault fault) {
      LeadConvertResult.Builder failed = LeadConvertResult.builder().success(false)
          .addErrors(ApiError.builder().statusCode(fault.errorCode()).message(fault.getMessage())
              .addAllFields(fault.fields()).build());
      leadId.ifPresent(failed::leadId);
      return failed.build();
    }
  }

  private LeadConvertResult apply(SalesforceId leadId, LeadConvertRequest request) {
    ObjectNode lead = existing("Lead", leadId.value(), "leadId");
    if (lead.path("IsConverted").asBoolean()) {
      throw SalesforceFault.badRequest("CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead");
    }
    String status = convertedStatus(request);
    Optional<String> accountId = request.value("accountId");
    Optional<String> contactId = request.value("contactId");
    if (contactId.isPresent() && accountId.isEmpty()) {
      throw SalesforceFault.badRequest("REQUIRED_FIELD_MISSING",
          "Required fields are missing: [accountId]: a contactId needs the accountId of its account",
          "accountId");
    }
    String owner = request.value("ownerId").map(this::requireUser)
        .orElse(lead.path("OwnerId").asText());

    String account = accountId.isPresent()
        ? merge("Account", existing("Account", accountId.get(), "accountId"), lead, TO_ACCOUNT, false)
        : create("Account", mapped(lead, "Account", TO_ACCOUNT)
            .put("Name", lead.path("Company").asText()), owner, request.record("accountRecord"));

    String contact;
    if (contactId.isPresent()) {
      ObjectNode existing = existing("Contact", contactId.get(), "contactId");
      if (!sameId(existing.path("AccountId").asText(), account)) {
        throw SalesforceFault.badRequest(CROSS_REFERENCE,
            "invalid cross reference id: the contact does not belong to the account", "contactId");
      }
      contact = merge("Contact", existing, lead, TO_CONTACT, request.flag("overwriteLeadSource"));
    } else {
      contact = create("Contact", mapped(lead, "Contact", TO_CONTACT).put("AccountId", account),
          owner, request.record("contactRecord"));
    }

    Optional<String> opportunity = Optional.empty();
    if (request.value("opportunityId").isPresent()) {
      ObjectNode existing = existing("Opportunity", request.value("opportunityId").get(), "opportunityId");
      opportunity = Optional.of(merge("Opportunity", existing,
          JSON.objectNode().put("AccountId", account).setAll(leadSource(lead)),
          Map.of("AccountId", "AccountId", "LeadSource", "LeadSource"), false));
    } else if (!request.flag("doNotCreateOpportunity")) {
      ObjectNode fields = JSON.objectNode()
          .put("Name", request.value("opportunityName").orElse(lead.path("Company").asText()))
          .put("AccountId", account)
          .put("StageName", firstOpenStage())
          .put("CloseDate", endOfQuarter().toString());
      fields.setAll(leadSource(lead));
      opportunity = Optional.of(create("Opportunity", fields, owner, request.record("opportunityRecord")));
    }

    ObjectNode converted = JSON.objectNode()
        .put("IsConverted", true)
        .put("ConvertedDate", today().toString())
        .put("ConvertedAccountId", account)
        .put("ConvertedContactId", contact)
        .put("Status", status);
    converted.set("ConvertedOpportunityId",
        opportunity.<JsonNode>map(JSON::textNode).orElse(NullNode.getInstance()));
    store.updateAsSystem("Lead", leadId.value(), converted);
    return LeadConvertResult.success(leadId, SalesforceId.of(account), SalesforceId.of(contact),
        opportunity.map(SalesforceId::of));
  }

  /** The LeadStatus value to set: one with {@code IsConverted = true}, by API name or label. */
  private String convertedStatus(LeadConvertRequest request) {
    String wanted = request.value("convertedStatus").orElseThrow(() -> SalesforceFault.badRequest(
        "REQUIRED_FIELD_MISSING", "Required fields are missing: [convertedStatus]", "convertedStatus"));
    return store.rows("LeadStatus", false).stream()
        .filter(s -> s.path("IsConverted").asBoolean())
        .filter(s -> s.path("ApiName").asText().equalsIgnoreCase(wanted)
            || s.path("MasterLabel").asText().equalsIgnoreCase(wanted))
        .map(s -> s.path("ApiName").isTextual() ? s.path("ApiName").asText() : s.path("MasterLabel").asText())
        .findFirst()
        .orElseThrow(() -> SalesforceFault.badRequest("INVALID_STATUS", "invalid convertedStatus: " + wanted));
  }

  private ObjectNode existing(String type, String id, String field) {
    try {
      return store.get(type, id);
    } catch (SalesforceFault fault) {
      if (fault.errorCode().equals("ENTITY_IS_DELETED")) {
        throw SalesforceFault.badRequest("ENTITY_IS_DELETED", "entity is deleted", field);
      }
      throw SalesforceFault.badRequest(CROSS_REFERENCE, "invalid cross reference id", field);
    }
  }

  private String requireUser(String id) {
    if (!SalesforceId.isValid(id) || !SalesforceId.of(id).keyPrefix().equals("005")) {
      throw SalesforceFault.badRequest(CROSS_REFERENCE, "invalid cross reference id", "ownerId");
    }
    return existing("User", id, "ownerId").path("Id").asText();
  }

  /** The lead's fields under the target object's names, for the fields both objects have. */
  private ObjectNode mapped(ObjectNode lead, String target, Map<String, String> mapping) {
    ObjectSchema object = store.requireObject(target);
    ObjectNode fields = JSON.objectNode();
    mapping.forEach((from, to) -> {
      JsonNode value = lead.get(from);
      if (object.field(to).isPresent() && !blank(value)) {
        fields.set(to, value);
      }
    });
    return fields;
  }

  private String create(String type, ObjectNode fields, String owner, ObjectNode record) {
    fields.put("OwnerId", owner);
    fields.setAll(record);
    return store.insert(type, fields).value();
  }

  /** Fills the empty fields of an existing record; LeadSource too when told to overwrite it. */
  private String merge(String type, ObjectNode existing, ObjectNode lead, Map<String, String> mapping,
      boolean overwriteLeadSource) {
    ObjectNode changes = JSON.objectNode();
    mapped(lead, type, mapping).properties().forEach(e -> {
      boolean overwrite = overwriteLeadSource && e.getKey().equals("LeadSource");
      if (overwrite || blank(existing.get(e.getKey()))) {
        changes.set(e.getKey(), e.getValue());
      }
    });
    String id = existing.path("Id").asText();
    if (!changes.isEmpty()) {
      store.update(type, id, changes);
    }
    return id;
  }

  private static ObjectNode leadSource(ObjectNode lead) {
    ObjectNode fields = JSON.objectNode();
    if (!blank(lead.get("LeadSource"))) {
      fields.set("LeadSource", lead.get("LeadSource"));
    }
    return fields;
  }

  /** The first open, active opportunity stage by sort order: new opportunities start there. */
  private String firstOpenStage() {
    List<ObjectNode> stages = store.rows("OpportunityStage", false);
    return stages.stream()
        .filter(s -> !s.path("IsClosed").asBoolean() && s.path("IsActive").asBoolean(true))
        .min(Comparator.comparingInt(s -> s.path("SortOrder").asInt()))
        .map(s -> s.path("ApiName").asText(s.path("MasterLabel").asText()))
        .orElse("Prospecting");
  }

  private LocalDate today() {
    return LocalDate.now(store.clock().withZone(store.runningUserZone()));
  }

  private LocalDate endOfQuarter() {
    LocalDate today = today();
    int lastMonth = today.get(IsoFields.QUARTER_OF_YEAR) * 3;
    return today.withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
  }

  private static boolean sameId(String a, String b) {
    return SalesforceId.isValid(a) && SalesforceId.isValid(b) && SalesforceId.of(a).equals(SalesforceId.of(b));
  }

  private static boolean blank(JsonNode value) {
    return value == null || value.isNull() || value.isTextual() && value.asText().isBlank();
  }
}
