package dev.salescloud.testkit.soap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.FakeSalesCloud;
import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SoapEndpointTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final String token = org.accessToken();
  private final String leadId = org.store().insert("Lead",
      JsonNodeFactory.instance.objectNode().put("LastName", "Ng").put("Company", "Acme")).value();

  private HttpResponse post(String path, String body) {
    return org.router().handle(HttpRequest.builder("POST", URI.create("https://fake.my.salesforce.com" + path))
        .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
        .body(body).build());
  }

  private HttpResponse convertLead(String session, String leadConverts) {
    return post("/services/Soap/u/66.0", envelope(session, "<urn:convertLead>" + leadConverts
        + "</urn:convertLead>"));
  }

  private static String envelope(String session, String body) {
    return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:urn=\"urn:partner.soap.sforce.com\"><soapenv:Header><urn:SessionHeader>"
        + "<urn:sessionId>" + session + "</urn:sessionId></urn:SessionHeader></soapenv:Header>"
        + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
  }

  private String leadConvert(String fields) {
    return "<urn:leadConverts><urn:convertedStatus>Closed - Converted</urn:convertedStatus>"
        + "<urn:leadId>" + leadId + "</urn:leadId>" + fields + "</urn:leadConverts>";
  }

  private static void assertFault(HttpResponse response, String faultCode, String faultString) {
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.header("Content-Type")).contains("text/xml;charset=UTF-8");
    assertThat(response.bodyText()).contains("<faultcode>" + faultCode + "</faultcode>",
        "<faultstring>" + faultString);
  }

  @Nested
  class Envelopes {
    @Test
    void answersAConversionWithLimitInfoAndOneResultPerLead() {
      HttpResponse response = convertLead(token, leadConvert(
          "<urn:doNotCreateOpportunity>true</urn:doNotCreateOpportunity>"));

      assertThat(response.status()).isEqualTo(200);
      String body = response.bodyText();
      assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
          + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
          + " xmlns=\"urn:partner.soap.sforce.com\""
          + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Header>"
          + "<LimitInfoHeader><limitInfo><current>");
      assertThat(body).contains("<type>API REQUESTS</type>", "<convertLeadResponse><result><accountId>001",
          "<errors xsi:nil=\"true\"/><leadId>" + leadId + "</leadId>"
              + "<opportunityId xsi:nil=\"true\"/><success>true</success></result>");
    }

    @Test
    void refusesAnUnknownSessionWithSalesforcesFault() {
      HttpResponse response = convertLead("00D000000000001!not-a-session", leadConvert(""));

      assertFault(response, "sf:INVALID_SESSION_ID",
          "INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session");
      assertThat(response.bodyText()).contains("<sf:exceptionCode>INVALID_SESSION_ID</sf:exceptionCode>");
      assertThat(org.store().count("Account")).isZero();
    }

    @Test
    void refusesAnEnvelopeWithoutSessionHeader() {
      HttpResponse response = post("/services/Soap/u/66.0",
          "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
              + "<soapenv:Body/></soapenv:Envelope>");

      assertFault(response, "sf:INVALID_SESSION_ID", "INVALID_SESSION_ID:");
    }

    @Test
    void refusesADoctypeWithoutReadingItsEntities() {
      HttpResponse response = post("/services/Soap/u/66.0",
          "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
              + envelope(token, "<urn:convertLead>&x;</urn:convertLead>"));

      assertFault(response, "soapenv:Client", "Could not parse the SOAP envelope");
      assertThat(response.bodyText()).doesNotContain("root:");
    }

    @Test
    void refusesMalformedXmlAnUnknownOperationAndAnUnexpectedField() {
      assertFault(post("/services/Soap/u/66.0", "<soapenv:Envelope"), "soapenv:Client",
          "Could not parse the SOAP envelope");
      assertFault(post("/services/Soap/u/66.0", envelope(token, "<urn:delete/>")),
          "soapenv:Client", "No operation available for request {urn:partner.soap.sforce.com}delete");
      assertFault(convertLead(token, leadConvert("<urn:Status>Open</urn:Status>")),
          "soapenv:Client", "Unexpected element {urn:partner.soap.sforce.com}Status");
    }

    @Test
    void refusesAVersionTheOrgDoesNotServeAndOtherSoapApis() {
      assertFault(post("/services/Soap/u/30.0", envelope(token, "")),
          "sf:UNSUPPORTED_API_VERSION", "UNSUPPORTED_API_VERSION: Invalid Api version");
      assertFault(post("/services/Soap/m/66.0", envelope(token, "")),
          "soapenv:Client", "No service available at /services/Soap/m/66.0");
    }

    @Test
    void refusesMoreThanAHundredLeadsInOneCall() {
      HttpResponse response = convertLead(token, leadConvert("").repeat(101));

      assertFault(response, "sf:EXCEEDED_ID_LIMIT", "EXCEEDED_ID_LIMIT: record limit reached."
          + " cannot submit more than 100 records into this call");
      assertThat(org.store().count("Account")).isZero();
    }
  }

  @Nested
  class Results {
    @Test
    void refusesAContactWithoutItsAccount() {
      String contact = org.store().insert("Contact",
          JsonNodeFactory.instance.objectNode().put("LastName", "Ng")).value();

      String body = convertLead(token, leadConvert("<urn:contactId>" + contact + "</urn:contactId>"))
          .bodyText();

      assertThat(body).contains("<errors><fields>accountId</fields><message>Required fields are"
          + " missing: [accountId]: a contactId needs the accountId of its account</message>"
          + "<statusCode>REQUIRED_FIELD_MISSING</statusCode></errors><leadId>" + leadId
          + "</leadId><opportunityId xsi:nil=\"true\"/><success>false</success>");
      assertThat(org.store().count("Account")).isZero();
    }

    @Test
    void refusesAnIdThatIsNotALead() {
      String body = convertLead(token, "<urn:leadConverts><urn:convertedStatus>Closed - Converted"
          + "</urn:convertedStatus><urn:leadId>001D000000IqhSLIAZ</urn:leadId></urn:leadConverts>")
          .bodyText();

      assertThat(body).contains("<fields>leadId</fields><message>invalid cross reference id</message>"
          + "<statusCode>INVALID_CROSS_REFERENCE_KEY</statusCode></errors><leadId xsi:nil=\"true\"/>");
    }

    @Test
    void keepsEscapedValuesAsText() {
      convertLead(token, leadConvert("<urn:opportunityName>&lt;b&gt;Acme &amp; Co&lt;/b&gt;"
          + "</urn:opportunityName>"));

      assertThat(org.store().rows("Opportunity", false).get(0).path("Name").asText())
          .isEqualTo("<b>Acme & Co</b>");
    }

    @Test
    void createsTheAccountWithTheFieldsOfAccountRecord() {
      convertLead(token, leadConvert("<urn:accountRecord xmlns:urn1=\"urn:sobject.partner.soap.sforce.com\">"
          + "<urn1:type>Account</urn1:type><urn1:Name>Acme Holding</urn1:Name></urn:accountRecord>"));

      assertThat(org.store().rows("Account", false).get(0).path("Name").asText()).isEqualTo("Acme Holding");
    }
  }

  @Nested
  class PlannedSessionExpiry {
    @Test
    void endsTheSessionOfTheEnvelopeAndAnswersSalesforcesSoapFault() {
      org.faults().expireSessionOnNextCall();

      HttpResponse response = convertLead(token, leadConvert(""));

      assertFault(response, "sf:INVALID_SESSION_ID",
          "INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session");
      assertThat(org.faults().active()).isEmpty();
      assertThat(org.store().count("Account")).isZero();
      assertThat(org.apiCallsToday()).isZero();
      assertFault(convertLead(token, leadConvert("")), "sf:INVALID_SESSION_ID",
          "INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session");
      assertThat(convertLead(org.accessToken(), leadConvert("")).status()).isEqualTo(200);
    }

    @Test
    void isNotSpentOnAnEnvelopeWithoutSession() {
      org.faults().expireSessionOnNextCall();

      HttpResponse response = post("/services/Soap/u/66.0",
          "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
              + "<soapenv:Body/></soapenv:Envelope>");

      assertThat(response.status()).isEqualTo(500);
      assertThat(org.faults().active()).hasSize(1);
      assertThat(convertLead(token, leadConvert("")).status()).isEqualTo(500);
      assertThat(org.faults().active()).isEmpty();
    }
  }
}
