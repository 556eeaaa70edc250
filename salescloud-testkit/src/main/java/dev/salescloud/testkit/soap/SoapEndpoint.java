package dev.salescloud.testkit.soap;

import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.LeadConvertResult;
import dev.salescloud.testkit.api.ApiUsageCounter;
import dev.salescloud.testkit.api.ApiVersions;
import dev.salescloud.testkit.api.Sessions;
import dev.salescloud.testkit.rest.RestRouter;
import dev.salescloud.testkit.store.OrgStore;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * The fake org's SOAP API endpoint, {@code POST /services/Soap/u/NN.0} (the partner API), for the
 * one call Salesforce has no REST resource for: {@code convertLead}. The org's {@link RestRouter}
 * hands it every {@code /services/Soap/...} request, so both the in-process transport and the HTTP
 * emulator answer it.
 *
 * <pre>{@code
 * FakeSalesCloud org = FakeSalesCloud.create();
 * LeadConvertResult r = org.client().leads().convert(LeadConvert.of(leadId, "Closed - Converted"));
 * }</pre>
 *
 * <p>The envelope's {@code SessionHeader.sessionId} must be a token the org issued, like a bearer
 * token; otherwise, and for a malformed envelope, the answer is a SOAP fault with HTTP 500 as
 * Salesforce sends it ({@code sf:INVALID_SESSION_ID}, {@code soapenv:Client}). Each call counts
 * against the org's daily API allocation, shown in the answer's {@code LimitInfoHeader}. Each lead
 * converts or fails on its own ({@code CANNOT_UPDATE_CONVERTED_LEAD}, {@code INVALID_STATUS}, ...),
 * all or nothing; see {@code LeadConverter} for the rules. Request envelopes are read without
 * DTDs or external entities.
 */
public final class SoapEndpoint {
  /** The most leads one {@code convertLead} call takes. */
  public static final int MAX_LEAD_CONVERTS = 100;

  private static final Pattern PATH =
      Pattern.compile("/services/soap/u/(\\d{1,3})\\.0/?", Pattern.CASE_INSENSITIVE);

  private final OrgStore store;
  private final Sessions sessions;
  private final ApiUsageCounter usage;

  /**
   * Creates the endpoint over an org's records, sessions and API counter.
   *
   * @param store the org's records
   * @param sessions the tokens the org issued, which are the valid session ids
   * @param usage the org's daily API counter
   */
  public SoapEndpoint(OrgStore store, Sessions sessions, ApiUsageCounter usage) {
    this.store = InvalidArgumentException.requireNonNull(store, "store");
    this.sessions = InvalidArgumentException.requireNonNull(sessions, "sessions");
    this.usage = InvalidArgumentException.requireNonNull(usage, "usage");
  }

  /**
   * Answers one SOAP request the way Salesforce would.
   *
   * @param request a request for {@code /services/Soap/...}
   * @return the {@code convertLeadResponse}, or a SOAP fault; never null
   */
  public HttpResponse handle(HttpRequest request) {
    InvalidArgumentException.requireNonNull(request, "request");
    try {
      Matcher path = PATH.matcher(request.uri().getRawPath().replaceAll("^/+", "/"));
      if (!path.matches()) {
        throw SoapFault.client("No service available at " + request.uri().getRawPath()
            + ": the fake org serves the partner API, /services/Soap/u/NN.0");
      }
      int version = Integer.parseInt(path.group(1));
      if (version < ApiVersions.OLDEST || version > ApiVersions.NEWEST) {
        throw SoapFault.salesforce("UNSUPPORTED_API_VERSION",
            "Invalid Api version specified on URL");
      }
      if (!request.method().equals("POST")) {
        throw SoapFault.client("Only POST is supported by a SOAP endpoint, not " + request.method());
      }
      XmlElement envelope = envelope(request);
      String session = envelope.child("Header")
          .flatMap(h -> h.child("SessionHeader"))
          .flatMap(h -> h.child("sessionId"))
          .map(XmlElement::text)
          .orElse("");
      if (!sessions.isValid(session)) {
        throw SoapFault.salesforce("INVALID_SESSION_ID",
            "Invalid Session ID found in SessionHeader: Illegal Session");
      }
      if (usage.exhausted()) {
        throw SoapFault.salesforce("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
      }
      usage.count();
      XmlElement call = envelope.child("Body")
          .flatMap(b -> b.children.stream().findFirst())
          .orElseThrow(() -> SoapFault.client("Missing operation in the SOAP Body"));
      if (!call.is(SoapAnswers.PARTNER_NS, "convertLead")) {
        throw SoapFault.client("No operation available for request {" + call.namespace + "}"
            + call.name + ": the fake org answers convertLead only");
      }
      return SoapAnswers.convertLeadResponse(convertLead(call), usage.used(), usage.allocation());
    } catch (SoapFault fault) {
      return SoapAnswers.fault(fault);
    }
  }

  private static XmlElement envelope(HttpRequest request) {
    XmlElement envelope;
    try {
      envelope = XmlElement.parse(request.body().orElse(new byte[0]));
    } catch (XMLStreamException e) {
      throw SoapFault.client("Could not parse the SOAP envelope: " + e.getMessage());
    }
    if (!envelope.is(SoapAnswers.ENVELOPE_NS, "Envelope")) {
      throw SoapFault.client("The root element must be {" + SoapAnswers.ENVELOPE_NS + "}Envelope,"
          + " not {" + envelope.namespace + "}" + envelope.name);
    }
    return envelope;
  }

  private List<LeadConvertResult> convertLead(XmlElement call) {
    List<LeadConvertRequest> requests = new ArrayList<>();
    for (XmlElement element : call.children) {
      if (!element.is(SoapAnswers.PARTNER_NS, "leadConverts")) {
        throw SoapFault.client("Unexpected element {" + element.namespace + "}" + element.name
            + " in convertLead: expected {" + SoapAnswers.PARTNER_NS + "}leadConverts");
      }
      requests.add(LeadConvertRequest.read(element));
    }
    if (requests.size() > MAX_LEAD_CONVERTS) {
      throw SoapFault.salesforce("EXCEEDED_ID_LIMIT",
          "record limit reached. cannot submit more than " + MAX_LEAD_CONVERTS
              + " records into this call");
    }
    LeadConverter converter = new LeadConverter(store);
    List<LeadConvertResult> results = new ArrayList<>();
    for (LeadConvertRequest r : requests) {
      results.add(converter.convert(r));
    }
    return results;
  }

  /** Names the org; never a record value. */
  @Override
  public String toString() {
    return "SoapEndpoint{" + store + "}";
  }
}
