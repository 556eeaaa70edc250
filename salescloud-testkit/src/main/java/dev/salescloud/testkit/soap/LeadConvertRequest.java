package dev.salescloud.testkit.soap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code leadConverts} element of a {@code convertLead} request: the {@code LeadConvert}
 * fields by their SOAP names, and the fields of the {@code accountRecord}, {@code contactRecord}
 * and {@code opportunityRecord} sObjects.
 */
final class LeadConvertRequest {
  private static final Set<String> FIELDS = Set.of(
      "accountId", "bypassAccountDedupeCheck", "bypassContactDedupeCheck", "contactId",
      "convertedStatus", "doNotCreateOpportunity", "leadId", "opportunityId", "opportunityName",
      "overwriteLeadSource", "ownerId", "relatedPersonAccountId", "sendNotificationEmail");
  private static final Set<String> RECORDS = Set.of(
      "accountRecord", "contactRecord", "opportunityRecord", "relatedPersonAccountRecord");

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, ObjectNode> records = new LinkedHashMap<>();

  /** Reads one element, refusing what the partner WSDL does not have. */
  static LeadConvertRequest read(XmlElement element) {
    LeadConvertRequest request = new LeadConvertRequest();
    for (XmlElement field : element.children) {
      if (!field.namespace.equals(SoapAnswers.PARTNER_NS)
          || !FIELDS.contains(field.name) && !RECORDS.contains(field.name)) {
        throw SoapFault.client("Unexpected element {" + field.namespace + "}" + field.name
            + " during simple type deserialization");
      }
      if (RECORDS.contains(field.name)) {
        if (!field.nil) {
          request.records.put(field.name, record(field));
        }
      } else if (!field.nil && !field.text().isEmpty()) {
        request.values.put(field.name, field.text());
      }
    }
    return request;
  }

  private static ObjectNode record(XmlElement element) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    for (XmlElement field : element.children) {
      if (field.name.equals("type") || field.name.equals("fieldsToNull") || field.name.equals("Id")) {
        continue;
      }
      fields.put(field.name, field.text());
    }
    return fields;
  }

  /** A field's text, absent when not sent, nil or empty. */
  Optional<String> value(String field) {
    return Optional.ofNullable(values.get(field));
  }

  /** A boolean field; {@code false} when not sent. */
  boolean flag(String field) {
    return Boolean.parseBoolean(values.get(field));
  }

  /** The fields of a record element, empty when not sent. */
  ObjectNode record(String field) {
    return records.getOrDefault(field, JsonNodeFactory.instance.objectNode()).deepCopy();
  }

  /** Names the fields sent, never their values. */
  @Override
  public String toString() {
    return "LeadConvertRequest" + values.keySet() + records.keySet();
  }
}
