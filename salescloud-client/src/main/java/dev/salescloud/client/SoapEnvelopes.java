package dev.salescloud.client;

import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.limits.ApiUsage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SOAP side of {@link ApiExchange}: the headers of a SOAP API call, a parser for the answer
 * that refuses DTDs and external entities (so an answer cannot make the client read files or
 * call hosts), and the mapping of a SOAP fault to the exception hierarchy.
 *
 * <p>A fault's code is its {@code faultcode} without the prefix ({@code sf:INVALID_SESSION_ID}
 * gives {@code INVALID_SESSION_ID}); Salesforce answers every fault with HTTP 500, so the status
 * is the one REST gives the same code: 401 for an invalid session (which makes the exchange
 * refresh the token and replay once), 403 for limits and access, 500 for {@code soapenv:Server},
 * 400 otherwise.
 */
final class SoapEnvelopes {
  /** The media type of a SOAP 1.1 request. */
  static final String CONTENT_TYPE = "text/xml; charset=UTF-8";
  /** The media type of the answer asked for. */
  static final String ACCEPT = "text/xml";
  /** The SOAP envelope namespace. */
  static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
  /** The headers of every SOAP API call: Salesforce wants an empty, quoted SOAPAction. */
  static final RequestOptions OPTIONS = RequestOptions.builder().header("SOAPAction", "\"\"").build();

  private SoapEnvelopes() {}

  /** Parses an envelope, refusing DTDs and external entities. */
  static Document parse(String path, HttpResponse response) {
    try {
      return parser().parse(new ByteArrayInputStream(response.body()));
    } catch (SAXException | IOException e) {
      throw new TransportException(
          "POST " + path + " answered " + response.status() + " with a body that is not a SOAP"
              + " envelope", true, response.status(), e);
    }
  }

  /**
   * The daily API usage an answer's {@code LimitInfoHeader} reports ({@code <limitInfo>} of type
   * {@code API REQUESTS}), the SOAP API's counterpart of {@code Sforce-Limit-Info}.
   */
  static Optional<ApiUsage> apiUsage(Document answer) {
    Optional<Element> header = first(answer.getDocumentElement(), ENVELOPE_NS, "Header")
        .flatMap(h -> first(h, null, "LimitInfoHeader"));
    if (header.isEmpty()) {
      return Optional.empty();
    }
    for (Node n = header.get().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element info && "limitInfo".equals(n.getLocalName())
          && childText(info, "type").equals("API REQUESTS")) {
        try {
          return Optional.of(ApiUsage.of(Long.parseLong(childText(info, "current")),
              Long.parseLong(childText(info, "limit"))));
        } catch (NumberFormatException | InvalidArgumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The exception a SOAP fault answer stands for; empty when the answer holds no SOAP fault. */
  static Optional<ApiException> fault(HttpRequest request, int status, String text) {
    if (request.header("SOAPAction").isEmpty() || !text.startsWith("<")) {
      return Optional.empty();
    }
    Document document;
    try {
      document = parser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (SAXException | IOException e) {
      return Optional.empty();
    }
    Optional<Element> fault = first(document.getDocumentElement(), ENVELOPE_NS, "Body")
        .flatMap(body -> first(body, ENVELOPE_NS, "Fault"));
    if (fault.isEmpty()) {
      return Optional.empty();
    }
    String faultCode = childText(fault.get(), "faultcode");
    String code = faultCode.substring(faultCode.indexOf(':') + 1).trim();
    String message = childText(fault.get(), "faultstring");
    if (message.startsWith(code + ": ")) {
      message = message.substring(code.length() + 2);
    }
    ApiError error = ApiError.builder().errorCode(code).message(message).build();
    return Optional.of(ApiException.from(statusOf(faultCode, code, status), List.of(error),
        request.method(), request.uri().getRawPath()));
  }

  private static int statusOf(String faultCode, String code, int status) {
    switch (code) {
      case "INVALID_SESSION_ID":
        return 401;
      case "REQUEST_LIMIT_EXCEEDED":
      case "API_DISABLED_FOR_ORG":
      case "API_CURRENTLY_DISABLED":
      case "INSUFFICIENT_ACCESS":
        return 403;
      case "SERVER_UNAVAILABLE":
        return 503;
      default:
        return faultCode.endsWith(":Server") || status < 400 ? 500 : 400;
    }
  }

  private static Optional<Element> first(Element parent, String namespace, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element
          && name.equals(n.getLocalName())
          && (namespace == null || namespace.equals(n.getNamespaceURI()))) {
        return Optional.of((Element) n);
      }
    }
    return Optional.empty();
  }

  private static String childText(Element parent, String name) {
    return first(parent, null, name).map(e -> e.getTextContent().trim()).orElse("");
  }

  /** A namespace-aware parser with DTDs, external entities and XInclude off. */
  static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser supports secure processing", e);
    }
  }
}
