package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.AuthorizationException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.ServerException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.sales.LeadConvert;
import dev.salescloud.model.sales.LeadConvertResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class LeadConversionTest extends LoopbackTest {
  static final SalesforceId LEAD = SalesforceId.of("00Q5f00000AbcdeEAB");
  static final SalesforceId ACCOUNT = SalesforceId.of("001D000000IqhSLIAZ");
  static final SalesforceId CONTACT = SalesforceId.of("003D000000IqhSLIAZ");
  static final SalesforceId OPPORTUNITY = SalesforceId.of("006D000000IqhSLIAZ");
  static final SalesforceId USER = SalesforceId.of("005D000000IqhSLIAZ");
  static final String PATH = "/services/Soap/u/66.0";
  static final String ENVELOPE_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
          + " xmlns:urn=\"urn:partner.soap.sforce.com\""
          + " xmlns:urn1=\"urn:sobject.partner.soap.sforce.com\""
          + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";

  static String success(SalesforceId lead, boolean opportunity) {
    return "<result><accountId>" + ACCOUNT.value() + "</accountId><contactId>" + CONTACT.value()
        + "</contactId><errors xsi:nil=\"true\"/><leadId>" + lead.value() + "</leadId>"
        + (opportunity ? "<opportunityId>" + OPPORTUNITY.value() + "</opportunityId>"
            : "<opportunityId xsi:nil=\"true\"/>")
        + "<success>true</success></result>";
  }

  static String failure(String code, String message, String... fields) {
    StringBuilder f = new StringBuilder();
    for (String field : fields) {
      f.append("<fields>").append(field).append("</fields>");
    }
    return "<result><accountId xsi:nil=\"true\"/><contactId xsi:nil=\"true\"/><errors>" + f
        + "<message>" + message + "</message><statusCode>" + code + "</statusCode></errors>"
        + "<leadId xsi:nil=\"true\"/><opportunityId xsi:nil=\"true\"/><success>false</success>"
        + "</result>";
  }

  static Answer response(String... results) {
    return new Answer(200, Map.of("Content-Type", "text/xml;charset=UTF-8"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
            + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns=\"urn:partner.soap.sforce.com\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Header>"
            + "<LimitInfoHeader><limitInfo><current>12</current><limit>15000</limit>"
            + "<type>API REQUESTS</type></limitInfo></LimitInfoHeader></soapenv:Header>"
            + "<soapenv:Body><convertLeadResponse>" + String.join("", results)
            + "</convertLeadResponse></soapenv:Body></soapenv:Envelope>",
        java.time.Duration.ZERO);
  }

  static Answer fault(String faultCode, String message) {
    String code = faultCode.substring(faultCode.indexOf(':') + 1);
    return new Answer(500, Map.of("Content-Type", "text/xml;charset=UTF-8"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
            + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:sf=\"urn:fault.partner.soap.sforce.com\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>"
            + "<soapenv:Fault><faultcode>" + faultCode + "</faultcode><faultstring>" + code + ": "
            + message + "</faultstring><detail><sf:UnexpectedErrorFault"
            + " xsi:type=\"sf:UnexpectedErrorFault\"><sf:exceptionCode>" + code
            + "</sf:exceptionCode><sf:exceptionMessage>" + message
            + "</sf:exceptionMessage></sf:UnexpectedErrorFault></detail></soapenv:Fault>"
            + "</soapenv:Body></soapenv:Envelope>",
        java.time.Duration.ZERO);
  }

  static Document xml(String body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  static String text(Document d, String element) {
    return d.getElementsByTagNameNS("urn:partner.soap.sforce.com", element).item(0).getTextContent();
  }

  @Nested
  class Envelope {
    @Test
    void postsEveryLeadConvertFieldInTheWsdlOrderWithTheSessionAndSoapHeaders() {
      server.enqueue(response(success(LEAD, true)));

      sf.leads().convert(LeadConvert.builder()
          .leadId(LEAD)
          .convertedStatus("Closed - Converted")
          .accountId(ACCOUNT)
          .contactId(CONTACT)
          .overwriteLeadSource(true)
          .opportunityName("Acme - 50 seats")
          .ownerId(USER)
          .sendNotificationEmail(true)
          .bypassAccountDedupeCheck(false)
          .bypassContactDedupeCheck(true)
          .build());

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo(PATH);
      assertThat(request.header("Content-Type")).isEqualTo("text/xml; charset=UTF-8");
      assertThat(request.header("SOAPAction")).isEqualTo("\"\"");
      assertThat(request.body()).isEqualTo(ENVELOPE_START
          + "<soapenv:Header><urn:SessionHeader><urn:sessionId>" + TOKEN + "</urn:sessionId>"
          + "</urn:SessionHeader></soapenv:Header><soapenv:Body><urn:convertLead><urn:leadConverts>"
          + "<urn:accountId>001D000000IqhSLIAZ</urn:accountId>"
          + "<urn:bypassAccountDedupeCheck>false</urn:bypassAccountDedupeCheck>"
          + "<urn:bypassContactDedupeCheck>true</urn:bypassContactDedupeCheck>"
          + "<urn:contactId>003D000000IqhSLIAZ</urn:contactId>"
          + "<urn:convertedStatus>Closed - Converted</urn:convertedStatus>"
          + "<urn:doNotCreateOpportunity>false</urn:doNotCreateOpportunity>"
          + "<urn:leadId>00Q5f00000AbcdeEAB</urn:leadId>"
          + "<urn:opportunityName>Acme - 50 seats</urn:opportunityName>"
          + "<urn:overwriteLeadSource>true</urn:overwriteLeadSource>"
          + "<urn:ownerId>005D000000IqhSLIAZ</urn:ownerId>"
          + "<urn:sendNotificationEmail>true</urn:sendNotificationEmail>"
          + "</urn:leadConverts></urn:convertLead></soapenv:Body></soapenv:Envelope>");
    }

    @Test
    void writesRecordsAsPartnerSObjectsAndTheOpportunityAndPersonAccountIds() throws Exception {
      server.enqueue(response(success(LEAD, true)));

      sf.leads().convert(LeadConvert.builder().leadId(LEAD).convertedStatus("Closed - Converted")
          .opportunityId(OPPORTUNITY)
          .accountRecord(SObject.builder("Account").put("Name", "Acme & Sons").build())
          .relatedPersonAccountId(ACCOUNT)
          .build());

      String body = server.takeRequest().body();
      assertThat(body).contains("<urn:accountRecord><urn1:type>Account</urn1:type>"
          + "<urn1:Name>Acme &amp; Sons</urn1:Name></urn:accountRecord>");
      assertThat(body).contains("<urn:leadId>00Q5f00000AbcdeEAB</urn:leadId>"
          + "<urn:opportunityId>006D000000IqhSLIAZ</urn:opportunityId>"
          + "<urn:overwriteLeadSource>false</urn:overwriteLeadSource>"
          + "<urn:relatedPersonAccountId>001D000000IqhSLIAZ</urn:relatedPersonAccountId>");
      assertThat(xml(body)).isNotNull();
    }

    @Test
    void escapesHostileValuesSoThatTheyStayTextAndAddNoElement() throws Exception {
      String hostile = "x</urn:opportunityName><urn:ownerId>005D000000IqhSLIAZ</urn:ownerId>"
          + "<urn:opportunityName>&amp; ]]> <!DOCTYPE a> \"'";
      server.enqueue(response(success(LEAD, true)));

      sf.leads().convert(LeadConvert.builder().leadId(LEAD)
          .convertedStatus("Closed - Converted</urn:convertedStatus><urn:doNotCreateOpportunity>true")
          .opportunityName(hostile.substring(0, 80)).build());

      Document request = xml(server.takeRequest().body());
      assertThat(text(request, "opportunityName")).isEqualTo(hostile.substring(0, 80));
      assertThat(text(request, "convertedStatus"))
          .isEqualTo("Closed - Converted</urn:convertedStatus><urn:doNotCreateOpportunity>true");
      assertThat(request.getElementsByTagNameNS("urn:partner.soap.sforce.com", "ownerId").getLength())
          .isZero();
      assertThat(text(request, "doNotCreateOpportunity")).isEqualTo("false");
    }

    @Test
    void refusesControlCharactersBeforeSending() {
      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.builder().leadId(LEAD)
              .convertedStatus("Closed - Converted").opportunityName("Acme\u0000seats").build()))
          .isInstanceOfSatisfying(InvalidArgumentException.class,
              e -> assertThat(e.getMessage()).contains("opportunityName", "code 0", "position 5"));
      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.builder().leadId(LEAD)
              .convertedStatus("Closed - Converted")
              .contactRecord(SObject.builder("Contact").put("LastName", "Ng\u0007").build()).build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("contactRecord.LastName");
      assertThat(server.requestCount()).isZero();
    }
  }

  @Nested
  class Results {
    @Test
    void readsASuccessWithItsIds() {
      server.enqueue(response(success(LEAD, true)));

      LeadConvertResult result = sf.leads().convert(LeadConvert.of(LEAD, "Closed - Converted"));

      assertThat(result.success()).isTrue();
      assertThat(result.leadId()).contains(LEAD);
      assertThat(result.accountId()).contains(ACCOUNT);
      assertThat(result.contactId()).contains(CONTACT);
      assertThat(result.opportunityId()).contains(OPPORTUNITY);
      assertThat(result.errors()).isEmpty();
    }

    @Test
    void recordsTheApiUsageOfTheLimitInfoHeader() {
      server.enqueue(response(success(LEAD, true)));

      sf.leads().convert(LeadConvert.of(LEAD, "Closed - Converted"));

      assertThat(sf.limits().lastKnown()).hasValueSatisfying(u -> {
        assertThat(u.used()).isEqualTo(12);
        assertThat(u.max()).isEqualTo(15000);
      });
    }

    @Test
    void readsANilOpportunityAsNone() {
      server.enqueue(response(success(LEAD, false)));

      LeadConvertResult result = sf.leads().convert(
          LeadConvert.builder().leadId(LEAD).convertedStatus("Closed - Converted")
              .doNotCreateOpportunity(true).build());

      assertThat(result.opportunityId()).isEmpty();
      assertThat(server.takeRequest().body())
          .contains("<urn:doNotCreateOpportunity>true</urn:doNotCreateOpportunity>");
    }

    @Test
    void throwsTheRefusalOfASingleLeadAsItsException() {
      server.enqueue(response(failure("CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead")));

      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.of(LEAD, "Closed - Converted")))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errorCode()).contains("CANNOT_UPDATE_CONVERTED_LEAD");
            assertThat(e.errors().get(0).message()).isEqualTo("cannot reference converted lead");
            assertThat(e.path()).isEqualTo(PATH);
          });
    }

    @Test
    void mapsADeletedLeadToNotFoundWithTheErrorFields() {
      server.enqueue(response(failure("ENTITY_IS_DELETED", "entity is deleted", "LeadId")));

      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.of(LEAD, "Closed - Converted")))
          .isInstanceOfSatisfying(NotFoundException.class,
              e -> assertThat(e.errors().get(0).fields()).containsExactly("LeadId"));
    }

    @Test
    void refusesAnAnswerThatIsNotASoapEnvelope() {
      server.enqueue(new Answer(200, Map.of(), "{\"not\":\"xml\"}", java.time.Duration.ZERO));

      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.of(LEAD, "Closed - Converted")))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("not a SOAP envelope");
    }

    @Test
    void refusesAnAnswerWithADoctypeInsteadOfReadingItsEntities() {
      server.enqueue(new Answer(200, Map.of(),
          "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
              + "<r>&x;</r>", java.time.Duration.ZERO));

      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.of(LEAD, "Closed - Converted")))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("not a SOAP envelope");
    }
  }

  @Nested
  class Faults {
    @Test
    void mapsAFaultCodeToItsException() {
      server.enqueue(fault("sf:INSUFFICIENT_ACCESS", "insufficient access rights on object id"));

      assertThatThrownBy(() -> sf.leads().convert(LeadConvert.of(LEAD, "Closed - Converted")))
          .isInstanceOfSatisfying(AuthorizationException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.errorCode()).contains("INSUFFICIENT_ACCESS");
            assertThat(e.errors().get(0).message()).isEqualTo("insufficient access rights on object id");
            assertThat(e.method()).isEqualTo("POST");
            assertThat(e.path()).isEqualTo(PATH);
          });
    }

    @Test
    void mapsAServerFaultToServerExceptionWithoutRetryingTheCall() {
      server.enqueue(fault("soapenv:Server", "An unexpected error occurred"));

      assertThatThrownBy(() -> client(b -> b.retryPolicy(RetryPolicy.defaults())).leads()
              .convert(LeadConvert.of(LEAD, "Closed - Converted")))
          .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(500));
      assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void refreshesTheSessionOnceAfterInvalidSessionIdAndReplaysWithTheNewSession() throws Exception {
      AtomicInteger fetches = new AtomicInteger();
      server.dispatch(r -> r.body().contains("<urn:sessionId>token-1</urn:sessionId>")
          ? fault("sf:INVALID_SESSION_ID", "Invalid Session ID found in SessionHeader: Illegal Session")
          : response(success(LEAD, true)));

      LeadConvertResult result = client(b -> b.credentials(LoopbackTest.countingRefreshes(fetches, server.baseUri()))).leads()
          .convert(LeadConvert.of(LEAD, "Closed - Converted"));

      assertThat(result.success()).isTrue();
      assertThat(fetches).hasValue(2);
      List<Recorded> requests = server.takeAll();
      assertThat(requests).hasSize(2);
      assertThat(text(xml(requests.get(1).body()), "sessionId")).isEqualTo("token-2");
    }

    @Test
    void givesUpAfterOneRefreshWhenTheNewSessionIsRefusedToo() {
      AtomicInteger fetches = new AtomicInteger();
      server.dispatch(r -> fault("sf:INVALID_SESSION_ID", "Invalid Session ID found in SessionHeader"));

      assertThatThrownBy(() -> client(b -> b.credentials(LoopbackTest.countingRefreshes(fetches, server.baseUri()))).leads()
              .convert(LeadConvert.of(LEAD, "Closed - Converted")))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.errors().get(0).message()).isEqualTo("Invalid Session ID found in SessionHeader");
          });
      assertThat(server.requestCount()).isEqualTo(2);
    }
  }

  @Nested
  class Batches {
    @Test
    void convertsAHundredLeadsInOneCallWithResultsInOrderAndFailuresInTheResults() {
      List<LeadConvert> conversions = new ArrayList<>();
      List<String> results = new ArrayList<>();
      for (int i = 1; i <= 100; i++) {
        SalesforceId lead = leadId(i);
        conversions.add(LeadConvert.of(lead, "Closed - Converted"));
        results.add(i == 50 ? failure("INVALID_STATUS", "invalid convertedStatus: Closed - Converted")
            : success(lead, true));
      }
      server.enqueue(response(results.toArray(new String[0])));

      List<LeadConvertResult> converted = sf.leads().convert(conversions);

      assertThat(converted).hasSize(100);
      assertThat(converted.get(0).leadId()).contains(leadId(1));
      assertThat(converted.get(99).leadId()).contains(leadId(100));
      assertThat(converted.get(49).success()).isFalse();
      assertThat(converted.get(49).errors().get(0).code()).isEqualTo("INVALID_STATUS");
      assertThat(server.takeRequest().body().split("<urn:leadConverts>", -1)).hasSize(101);
    }

    @Test
    void refusesMoreThanAHundredLeadsOrNoneBeforeSending() {
      List<LeadConvert> many = IntStream.rangeClosed(1, 101)
          .mapToObj(i -> LeadConvert.of(leadId(i), "Closed - Converted")).toList();

      assertThatThrownBy(() -> sf.leads().convert(many))
          .isInstanceOfSatisfying(InvalidArgumentException.class,
              e -> assertThat(e.getMessage()).contains("101 LeadConverts", "at most 100"));
      assertThatThrownBy(() -> sf.leads().convert(List.<LeadConvert>of()))
          .isInstanceOf(InvalidArgumentException.class);
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesAnAnswerWithTooFewResults() {
      server.enqueue(response(success(leadId(1), true)));

      assertThatThrownBy(() -> sf.leads().convert(List.of(
              LeadConvert.of(leadId(1), "Closed - Converted"),
              LeadConvert.of(leadId(2), "Closed - Converted"))))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("1 results for 2");
    }

    private SalesforceId leadId(int i) {
      return SalesforceId.of(String.format("00Q5f00000A%04d", i));
    }
  }
}
