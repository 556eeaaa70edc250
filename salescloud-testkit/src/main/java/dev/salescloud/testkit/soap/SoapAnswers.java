package dev.salescloud.testkit.soap;

import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.sales.LeadConvertResult;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The envelopes the endpoint answers with, written by the JDK's StAX writer (every value
 * escaped): a {@code convertLeadResponse} with its {@code LimitInfoHeader}, or a SOAP fault.
 */
final class SoapAnswers {
  static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String PARTNER_NS = "urn:partner.soap.sforce.com";
  static final String SOBJECT_NS = "urn:sobject.partner.soap.sforce.com";
  private static final String FAULT_NS = "urn:fault.partner.soap.sforce.com";
  private static final String CONTENT_TYPE = "text/xml;charset=UTF-8";

  private SoapAnswers() {}

  /** 200 with one {@code result} per lead, in order. */
  static HttpResponse convertLeadResponse(List<LeadConvertResult> results, int used, int limit) {
    return answer(200, w -> {
      w.writeStartElement("soapenv", "Envelope", ENVELOPE_NS);
      w.writeNamespace("soapenv", ENVELOPE_NS);
      w.writeDefaultNamespace(PARTNER_NS);
      w.writeNamespace("xsi", XmlElement.XSI_NS);
      w.writeStartElement(ENVELOPE_NS, "Header");
      w.writeStartElement(PARTNER_NS, "LimitInfoHeader");
      w.writeStartElement(PARTNER_NS, "limitInfo");
      text(w, "current", Integer.toString(used));
      text(w, "limit", Integer.toString(limit));
      text(w, "type", "API REQUESTS");
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeStartElement(ENVELOPE_NS, "Body");
      w.writeStartElement(PARTNER_NS, "convertLeadResponse");
      for (LeadConvertResult r : results) {
        w.writeStartElement(PARTNER_NS, "result");
        id(w, "accountId", r.accountId().map(Object::toString));
        id(w, "contactId", r.contactId().map(Object::toString));
        if (r.errors().isEmpty()) {
          nil(w, "errors");
        }
        for (ApiError e : r.errors()) {
          w.writeStartElement(PARTNER_NS, "errors");
          for (String field : e.fields()) {
            text(w, "fields", field);
          }
          text(w, "message", e.message());
          text(w, "statusCode", e.code());
          w.writeEndElement();
        }
        id(w, "leadId", r.leadId().map(Object::toString));
        id(w, "opportunityId", r.opportunityId().map(Object::toString));
        text(w, "success", Boolean.toString(r.success()));
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  /** 500 with the fault; {@code sf:} faults carry Salesforce's {@code UnexpectedErrorFault}. */
  static HttpResponse fault(SoapFault fault) {
    String code = fault.exceptionCode();
    return answer(500, w -> {
      w.writeStartElement("soapenv", "Envelope", ENVELOPE_NS);
      w.writeNamespace("soapenv", ENVELOPE_NS);
      w.writeNamespace("sf", FAULT_NS);
      w.writeNamespace("xsi", XmlElement.XSI_NS);
      w.writeStartElement(ENVELOPE_NS, "Body");
      w.writeStartElement(ENVELOPE_NS, "Fault");
      w.writeStartElement("faultcode");
      w.writeCharacters(fault.faultCode);
      w.writeEndElement();
      w.writeStartElement("faultstring");
      w.writeCharacters(code.isEmpty() ? fault.getMessage() : code + ": " + fault.getMessage());
      w.writeEndElement();
      if (!code.isEmpty()) {
        w.writeStartElement("detail");
        w.writeStartElement(FAULT_NS, "UnexpectedErrorFault");
        w.writeAttribute(XmlElement.XSI_NS, "type", "sf:UnexpectedErrorFault");
        w.writeStartElement(FAULT_NS, "exceptionCode");
        w.writeCharacters(code);
        w.writeEndElement();
        w.writeStartElement(FAULT_NS, "exceptionMessage");
        w.writeCharacters(fault.getMessage());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  private static void id(XMLStreamWriter w, String name, Optional<String> id) throws XMLStreamException {
    if (id.isPresent()) {
      text(w, name, id.get());
    } else {
      nil(w, name);
    }
  }

  private static void nil(XMLStreamWriter w, String name) throws XMLStreamException {
    w.writeEmptyElement(PARTNER_NS, name);
    w.writeAttribute(XmlElement.XSI_NS, "nil", "true");
  }

  private static void text(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement(PARTNER_NS, name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  /** Writes the body of an answer. */
  @FunctionalInterface
  private interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static HttpResponse answer(int status, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Writing XML to memory cannot fail", e);
    }
    return HttpResponse.of(status, Map.of("Content-Type", List.of(CONTENT_TYPE)), out.toByteArray());
  }
}
