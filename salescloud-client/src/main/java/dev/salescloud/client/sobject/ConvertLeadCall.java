package dev.salescloud.client.sobject;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.model.FieldNames;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.sales.LeadConvert;
import dev.salescloud.model.sales.LeadConvertResult;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The SOAP API's {@code convertLead} call: writes the envelope with every {@link LeadConvert}
 * field in the partner WSDL's order, sends it through {@link ApiExchange#sendSoap}, and reads each
 * {@code result} into a {@link LeadConvertResult}.
 *
 * <p>The envelope is written by the JDK's StAX writer, which escapes every value; characters XML
 * 1.0 cannot carry at all (most control characters) are refused before anything is sent, naming
 * the field, so no value can change the envelope's structure.
 */
final class ConvertLeadCall {
  /** The most leads one {@code convertLead} call converts. */
  static final int MAX_LEADS = 100;

  static final String PARTNER_NS = "urn:partner.soap.sforce.com";
  static final String SOBJECT_NS = "urn:sobject.partner.soap.sforce.com";
  private static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

  private final ApiExchange exchange;
  private final ApiVersion version;

  ConvertLeadCall(ApiExchange exchange, ApiVersion version) {
    this.exchange = exchange;
    this.version = version;
  }

  /** The SOAP endpoint of the client's version. */
  String path() {
    return "/services/Soap/u/" + version.value();
  }

  /** Converts the leads in one call; the results are in the order of the requests. */
  List<LeadConvertResult> convert(List<LeadConvert> conversions) {
    InvalidArgumentException.requireNonNull(conversions, "leadConverts");
    if (conversions.isEmpty()) {
      throw new InvalidArgumentException(
          "leadConverts", "Give at least one LeadConvert: convertLead with no lead converts nothing");
    }
    if (conversions.size() > MAX_LEADS) {
      throw new InvalidArgumentException(
          "leadConverts",
          conversions.size() + " LeadConverts given, but one convertLead call takes at most "
              + MAX_LEADS + ": split them into batches of " + MAX_LEADS);
    }
    for (int i = 0; i < conversions.size(); i++) {
      InvalidArgumentException.requireNonNull(conversions.get(i), "leadConverts[" + i + "]");
      checkText(conversions.get(i));
    }
    Document answer = exchange.sendSoap(path(), session -> envelope(session, conversions));
    List<LeadConvertResult> results = results(answer);
    if (results.size() != conversions.size()) {
      throw new TransportException(
          "POST " + path() + " answered " + results.size() + " results for " + conversions.size()
              + " LeadConverts", true, 200, null);
    }
    return results;
  }

  /** The request envelope for a session. */
  static byte[] envelope(String sessionId, List<LeadConvert> conversions) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("soapenv", "Envelope", ENVELOPE_NS);
      w.writeNamespace("soapenv", ENVELOPE_NS);
      w.writeNamespace("urn", PARTNER_NS);
      w.writeNamespace("urn1", SOBJECT_NS);
      w.writeNamespace("xsi", XSI_NS);
      w.writeStartElement("soapenv", "Header", ENVELOPE_NS);
      w.writeStartElement("urn", "SessionHeader", PARTNER_NS);
      element(w, "sessionId", sessionId);
      w.writeEndElement();
      w.writeEndElement();
      w.writeStartElement("soapenv", "Body", ENVELOPE_NS);
      w.writeStartElement("urn", "convertLead", PARTNER_NS);
      for (LeadConvert c : conversions) {
        w.writeStartElement("urn", "leadConverts", PARTNER_NS);
        leadConvert(w, c);
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Writing XML to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /** The fields of one LeadConvert in the WSDL's order (alphabetical); absent ones left out. */
  private static void leadConvert(XMLStreamWriter w, LeadConvert c) throws XMLStreamException {
    id(w, "accountId", c.accountId());
    record(w, "accountRecord", c.accountRecord());
    flag(w, "bypassAccountDedupeCheck", c.bypassAccountDedupeCheck());
    flag(w, "bypassContactDedupeCheck", c.bypassContactDedupeCheck());
    id(w, "contactId", c.contactId());
    record(w, "contactRecord", c.contactRecord());
    element(w, "convertedStatus", c.convertedStatus());
    element(w, "doNotCreateOpportunity", Boolean.toString(c.doNotCreateOpportunity()));
    element(w, "leadId", c.leadId().value());
    id(w, "opportunityId", c.opportunityId());
    if (c.opportunityName().isPresent()) {
      element(w, "opportunityName", c.opportunityName().get());
    }
    record(w, "opportunityRecord", c.opportunityRecord());
    element(w, "overwriteLeadSource", Boolean.toString(c.overwriteLeadSource()));
    id(w, "ownerId", c.ownerId());
    id(w, "relatedPersonAccountId", c.relatedPersonAccountId());
    record(w, "relatedPersonAccountRecord", c.relatedPersonAccountRecord());
    element(w, "sendNotificationEmail", Boolean.toString(c.sendNotificationEmail()));
  }

  private static void id(XMLStreamWriter w, String name, Optional<SalesforceId> id)
      throws XMLStreamException {
    if (id.isPresent()) {
      element(w, name, id.get().value());
    }
  }

  private static void flag(XMLStreamWriter w, String name, Optional<Boolean> flag)
      throws XMLStreamException {
    if (flag.isPresent()) {
      element(w, name, flag.get().toString());
    }
  }

  /** A partner-WSDL sObject: its type, then each field in the sObject namespace. */
  private static void record(XMLStreamWriter w, String name, Optional<SObject> record)
      throws XMLStreamException {
    if (record.isEmpty()) {
      return;
    }
    w.writeStartElement("urn", name, PARTNER_NS);
    w.writeStartElement("urn1", "type", SOBJECT_NS);
    w.writeCharacters(record.get().sobjectType());
    w.writeEndElement();
    for (Map.Entry<String, JsonNode> field : record.get().fields().entrySet()) {
      w.writeStartElement("urn1", field.getKey(), SOBJECT_NS);
      w.writeCharacters(field.getValue().asText());
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement("urn", name, PARTNER_NS);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  /** Refuses what no XML 1.0 document can carry, and record fields that are not plain values. */
  private static void checkText(LeadConvert c) {
    requireXmlText("convertedStatus", c.convertedStatus());
    c.opportunityName().ifPresent(n -> requireXmlText("opportunityName", n));
    checkRecord("accountRecord", c.accountRecord());
    checkRecord("contactRecord", c.contactRecord());
    checkRecord("opportunityRecord", c.opportunityRecord());
    checkRecord("relatedPersonAccountRecord", c.relatedPersonAccountRecord());
  }

  private static void checkRecord(String name, Optional<SObject> record) {
    if (record.isEmpty()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : record.get().fields().entrySet()) {
      String where = name + "." + field.getKey();
      FieldNames.requireApiName(field.getKey(), where);
      if (!field.getValue().isValueNode() || field.getValue().isNull()) {
        throw new InvalidArgumentException(
            where, "LeadConvert." + where + " must be a plain value (text, number, date or"
                + " checkbox); convertLead cannot send nested or null fields");
      }
      requireXmlText(where, field.getValue().asText());
    }
  }

  private static void requireXmlText(String field, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      if (!allowed) {
        throw new InvalidArgumentException(
            field, "LeadConvert." + field + " holds a control character (code " + (int) c
                + ") at position " + (i + 1) + ", which a SOAP envelope cannot carry");
      }
    }
  }

  /** Each {@code result} of the {@code convertLeadResponse}, in order. */
  private List<LeadConvertResult> results(Document answer) {
    Element response = child(answer.getDocumentElement(), ENVELOPE_NS, "Body")
        .flatMap(body -> child(body, PARTNER_NS, "convertLeadResponse"))
        .orElseThrow(() -> new TransportException(
            "POST " + path() + " answered without a convertLeadResponse", true, 200, null));
    List<LeadConvertResult> results = new ArrayList<>();
    for (Element result : children(response, "result")) {
      try {
        results.add(result(result));
      } catch (InvalidArgumentException e) {
        throw new TransportException(
            "POST " + path() + " answered a LeadConvertResult Salesforce never sends: "
                + e.getMessage(), true, 200, e);
      }
    }
    return results;
  }

  private static LeadConvertResult result(Element result) {
    LeadConvertResult.Builder b = LeadConvertResult.builder()
        .success(Boolean.parseBoolean(text(result, "success").orElse("false")));
    text(result, "leadId").map(SalesforceId::of).ifPresent(b::leadId);
    text(result, "accountId").map(SalesforceId::of).ifPresent(b::accountId);
    text(result, "contactId").map(SalesforceId::of).ifPresent(b::contactId);
    text(result, "opportunityId").map(SalesforceId::of).ifPresent(b::opportunityId);
    text(result, "relatedPersonAccountId").map(SalesforceId::of).ifPresent(b::relatedPersonAccountId);
    for (Element error : children(result, "errors")) {
      if (isNil(error)) {
        continue;
      }
      ApiError.Builder e = ApiError.builder()
          .statusCode(text(error, "statusCode").orElse("UNKNOWN_EXCEPTION"))
          .message(text(error, "message").orElse(""));
      for (Element field : children(error, "fields")) {
        if (!isNil(field)) {
          e.addFields(field.getTextContent().trim());
        }
      }
      b.addErrors(e.build());
    }
    return b.build();
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, null, name)
        .filter(e -> !isNil(e))
        .map(e -> e.getTextContent().trim())
        .filter(t -> !t.isEmpty());
  }

  private static boolean isNil(Element e) {
    return "true".equals(e.getAttributeNS(XSI_NS, "nil"));
  }

  private static Optional<Element> child(Element parent, String namespace, String name) {
    List<Element> found = children(parent, name);
    return found.stream()
        .filter(e -> namespace == null || namespace.equals(e.getNamespaceURI()))
        .findFirst();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && name.equals(n.getLocalName())) {
        out.add((Element) n);
      }
    }
    return out;
  }
}
