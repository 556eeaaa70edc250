package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class ExchangeLoggingTest extends LoopbackTest {
  static final SalesforceId LEAD_ID = SalesforceId.of("00Q5f00000AbcdeEAB");
  static final String LEAD =
      "{\"attributes\":{\"type\":\"Lead\"},\"Id\":\"00Q5f00000AbcdeEAB\",\"LastName\":\"Ngata-Private\","
          + "\"Email\":\"ada@private.example\"}";
  static final String CREATED = "{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[]}";

  List<String> lines() {
    return guard.log().messages(ApiExchange.class);
  }

  @Nested
  class EachExchange {
    @Test
    void logsMethodPathStatusDurationAndRequestIdAtDebug() {
      server.enqueue(Answer.json(200, LEAD).withHeader("Sforce-Request-Id", "4Vx8n2kQ"));

      sf.leads().get(LEAD_ID, "LastName", "Email");

      assertThat(lines()).hasSize(1);
      assertThat(lines().get(0))
          .matches("GET /services/data/v66\\.0/sobjects/Lead/00Q5f00000AbcdeEAB -> 200 in \\d+ ms \\(request id 4Vx8n2kQ\\)");
      assertThat(guard.log().events()).allMatch(e -> e.level() == Level.DEBUG);
    }

    @Test
    void neverLogsTheTokenHeadersQueryStringsOrBodies() {
      server.enqueue(201, CREATED);
      server.enqueue(200, LEAD);
      server.enqueue(empty(204));

      sf.leads().create(Lead.builder().lastName("Ngata-Private").company("Secret Co").build());
      sf.leads().get(LEAD_ID, "LastName", "Email");
      sf.leads().update(LEAD_ID, LeadPatch.builder().email("new@private.example").build());

      assertThat(lines()).hasSize(3);
      assertThat(String.join("\n", lines()))
          .doesNotContain(TOKEN)
          .doesNotContain("Bearer")
          .doesNotContain("Authorization")
          .doesNotContain("fields=")
          .doesNotContain("?")
          .doesNotContain("Ngata-Private")
          .doesNotContain("Secret Co")
          .doesNotContain("private.example");
    }

    @Test
    void logsEachAttemptOfARetriedCallAndTheWait() {
      server.enqueue(503, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"down\"}]");
      server.enqueue(200, LEAD);

      client(b -> b.retryPolicy(RetryPolicy.defaults())).leads().get(LEAD_ID);

      assertThat(lines()).hasSize(3);
      assertThat(lines().get(0)).contains("-> 503 in");
      assertThat(lines().get(1)).startsWith("Retrying GET /services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB (attempt 2 of 3)");
      assertThat(lines().get(2)).contains("-> 200 in").endsWith("(attempt 2)");
    }

    @Test
    void logsAFailedExchangeWithoutResponse() {
      server.enqueue(Answer.json(200, LEAD).delayed(Duration.ofMillis(1000)));
      SalesCloudClient impatient = client(b -> b.timeout(Duration.ofMillis(200)));

      guard.assertThatThrownBy(() -> impatient.leads().get(LEAD_ID, "Email")).isInstanceOf(TransportException.class);

      assertThat(lines()).singleElement().asString()
          .startsWith("GET /services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB -> no response in")
          .contains("timed out")
          .doesNotContain("fields=");
    }

    @Test
    void logsNoBodyByDefault() {
      server.enqueue(201, CREATED);

      sf.leads().create(Lead.builder().lastName("Ngata-Private").company("Acme").build());

      assertThat(lines()).noneMatch(l -> l.contains("body"));
    }
  }

  @Nested
  class Bodies {
    @Test
    void logsRequestAndResponseBodiesWhenAskedTo() {
      server.enqueue(201, CREATED);
      SalesCloudClient debugging = client(b -> b.logBodies(true));

      debugging.leads().create(Lead.builder().lastName("Ng").company("Acme").build());

      assertThat(lines()).hasSize(3);
      assertThat(lines().get(0))
          .isEqualTo("POST /services/data/v66.0/sobjects/Lead request body: {\"LastName\":\"Ng\",\"Company\":\"Acme\"}");
      assertThat(lines().get(1)).contains("-> 201 in");
      assertThat(lines().get(2))
          .isEqualTo("POST /services/data/v66.0/sobjects/Lead response body (201): " + CREATED);
    }

    @Test
    void masksTheConfiguredFieldsAtAnyDepthIgnoringCase() {
      server.enqueue(
          200,
          "{\"totalSize\":1,\"records\":[{\"attributes\":{\"type\":\"Lead\"},\"LastName\":\"Ng\","
              + "\"email\":\"ada@private.example\",\"Owner\":{\"Phone\":\"+1 555 0100\"}}]}");
      SalesCloudClient debugging = client(b -> b.logBodies(true).redactFields("Email", "phone"));

      debugging.leads().get(LEAD_ID);

      String body = lines().get(1);
      assertThat(body)
          .contains("\"email\":\"***\"")
          .contains("\"Phone\":\"***\"")
          .contains("\"LastName\":\"Ng\"")
          .doesNotContain("private.example")
          .doesNotContain("555");
    }

    @Test
    void alwaysMasksSecretKeysAndTheTokenItself() {
      server.enqueue(
          200,
          "{\"attributes\":{\"type\":\"Lead\"},\"LastName\":\"Ng\",\"access_token\":\"at-123\",\"refresh_token\":\"rt-456\","
              + "\"client_secret\":\"cs-789\",\"Password__c\":\"hunter2\",\"sessionId\":\"sid-000\","
              + "\"Notes__c\":\"pasted " + TOKEN + " by mistake\"}");
      SalesCloudClient debugging = client(b -> b.logBodies(true));

      debugging.leads().get(LEAD_ID);

      String body = lines().get(1);
      assertThat(body)
          .contains("\"access_token\":\"***\"")
          .contains("\"sessionId\":\"***\"")
          .contains("\"Notes__c\":\"pasted *** by mistake\"")
          .doesNotContain("at-123")
          .doesNotContain("rt-456")
          .doesNotContain("cs-789")
          .doesNotContain("hunter2")
          .doesNotContain("sid-000")
          .doesNotContain(TOKEN);
    }

    @Test
    void logsOnlyTheSizeOfABodyThatIsNotJson() {
      server.enqueue(new Answer(502, Map.of("Content-Type", "text/html"), "<html>Bad Gateway</html>", Duration.ZERO));
      SalesCloudClient debugging = client(b -> b.logBodies(true));

      guard.assertThatThrownBy(() -> debugging.leads().get(LEAD_ID)).isInstanceOf(TransportException.class);

      assertThat(lines()).anyMatch(l -> l.endsWith("response body (502): (24 bytes, not JSON: not logged)"));
      assertThat(lines()).noneMatch(l -> l.contains("Bad Gateway"));
    }

    @Test
    void logsAnEmptyBodyAsEmpty() {
      server.enqueue(empty(204));
      SalesCloudClient debugging = client(b -> b.logBodies(true));

      debugging.leads().delete(LEAD_ID);

      assertThat(lines()).hasSize(2);
      assertThat(lines().get(1)).endsWith("response body (204): (empty)");
    }

    @Test
    void logsTheRequestBodyOnceWhenTheCallIsRetried() {
      server.enqueue(503, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"down\"}]");
      server.enqueue(empty(204));
      SalesCloudClient debugging = client(b -> b.logBodies(true).retryPolicy(RetryPolicy.defaults()));

      debugging.leads().update(LEAD_ID, LeadPatch.builder().rating("Hot").build());

      assertThat(lines()).filteredOn(l -> l.contains("request body")).hasSize(1);
      assertThat(lines()).filteredOn(l -> l.contains("response body")).hasSize(2);
    }

    @Test
    void refusesBlankFieldNamesToRedact() {
      guard.assertThatThrownBy(() -> SalesCloudClient.builder().redactFields("Email", " "))
          .isInstanceOf(dev.salescloud.model.error.InvalidArgumentException.class)
          .hasMessageContaining("blank");
      guard.assertThatThrownBy(() -> SalesCloudClient.builder().redactFields((String) null))
          .isInstanceOf(dev.salescloud.model.error.InvalidArgumentException.class);
    }
  }
}
