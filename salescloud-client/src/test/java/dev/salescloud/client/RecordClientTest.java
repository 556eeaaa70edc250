package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.AuthorizationException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.json.SalesCloudJackson;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecordClientTest {
  static final String TOKEN = "00Dx0000000BV7z!AR8AQ.secret-token-value";
  static final SalesforceId LEAD_ID = SalesforceId.of("00Q5f00000AbcdeEAB");

  final LoopbackServer server = new LoopbackServer();
  final SalesCloudClient sf =
      SalesCloudClient.builder()
          .credentials(StaticCredentials.of(TOKEN, server.baseUri()))
          .retryPolicy(RetryPolicy.none())
          .build();
  final ObjectMapper mapper = SalesCloudJackson.newObjectMapper();

  @AfterEach
  void stop() {
    sf.close();
    server.close();
  }

  JsonNode json(String text) throws Exception {
    return mapper.readTree(text);
  }

  @Nested
  class Creating {
    @Test
    void postsOnlyTheFieldsThatWereSetAndReturnsTheId() throws Exception {
      server.enqueue(201, "{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[]}");

      SalesforceId id =
          sf.leads()
              .create(
                  Lead.builder()
                      .lastName("Ng")
                      .company("Acme")
                      .customField("Score__c", new BigDecimal("87.5"))
                      .build());

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/services/data/v66.0/sobjects/Lead");
      assertThat(json(request.body()))
          .isEqualTo(json("{\"LastName\":\"Ng\",\"Company\":\"Acme\",\"Score__c\":87.5}"));
      assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
      assertThat(request.header("Content-Type")).startsWith("application/json");
      assertThat(id).isEqualTo(LEAD_ID);
    }

    @Test
    void refusesAnEmptyRecordWithoutSendingAnything() {
      assertThatThrownBy(() -> sf.leads().create(Lead.builder().build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("needs at least one field");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesReadOnlyFieldsWithoutSendingAnything() {
      assertThatThrownBy(() -> sf.leads().create(Lead.builder().lastName("Ng").isConverted(true).build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Lead.IsConverted is read-only");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void mapsRequiredFieldMissingToAValidationErrorNamingTheField() {
      server.enqueue(
          400,
          "[{\"message\":\"Required fields are missing: [Company]\",\"errorCode\":\"REQUIRED_FIELD_MISSING\",\"fields\":[\"Company\"]}]");

      assertThatThrownBy(() -> sf.leads().create(Lead.builder().lastName("Ng").build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.errorCode()).contains("REQUIRED_FIELD_MISSING");
                assertThat(e.errors().get(0).fields()).containsExactly("Company");
                assertThat(e.method()).isEqualTo("POST");
                assertThat(e.path()).isEqualTo("/services/data/v66.0/sobjects/Lead");
                assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain("Ng");
              });
    }
  }

  @Nested
  class Reading {
    @Test
    void readsATypedRecordWithSelectedFields() {
      server.enqueue(
          200,
          "{\"attributes\":{\"type\":\"Lead\",\"url\":\"/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB\"},"
              + "\"Id\":\"00Q5f00000AbcdeEAB\",\"Name\":\"Ada Ng\",\"Status\":\"Open - Not Contacted\"}");

      Lead lead = sf.leads().get(LEAD_ID, "Name", "Status");

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.path()).isEqualTo("/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB");
      assertThat(request.rawQuery()).isEqualTo("fields=Name,Status");
      assertThat(lead.name()).contains("Ada Ng");
    }

    @Test
    void refusesAnIdOfAnotherObjectWithoutSendingAnything() {
      assertThatThrownBy(() -> sf.leads().get(SalesforceId.of("001D000000IqhSL")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("001 (Account)");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesMalformedFieldNamesWithoutSendingAnything() {
      assertThatThrownBy(() -> sf.leads().get(LEAD_ID, "Name,Email"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'Name,Email'");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void mapsNotFoundAndDeletedRecordsToNotFound() {
      server.enqueue(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]");
      server.enqueue(404, "[{\"message\":\"entity is deleted\",\"errorCode\":\"ENTITY_IS_DELETED\",\"fields\":[]}]");

      assertThatThrownBy(() -> sf.leads().get(LEAD_ID)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> sf.leads().get(LEAD_ID))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.hasErrorCode("ENTITY_IS_DELETED")).isTrue());
    }

    @Test
    void mapsInsufficientAccessToAuthorization() {
      server.enqueue(403, "[{\"errorCode\":\"INSUFFICIENT_ACCESS\",\"message\":\"insufficient access rights on object id\"}]");

      assertThatThrownBy(() -> sf.leads().get(LEAD_ID)).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void turnsAnHtmlErrorPageIntoATransportErrorWithAnExcerpt() {
      server.enqueue(
          new Answer(502, java.util.Map.of("Content-Type", "text/html"),
              "<html><body><h1>502 Bad Gateway</h1></body></html>", java.time.Duration.ZERO));

      assertThatThrownBy(() -> sf.leads().get(LEAD_ID))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> {
                assertThat(e.status()).contains(502);
                assertThat(e.getMessage()).contains("502 Bad Gateway").contains("GET /services/data");
              });
    }

    @Test
    void turnsAnEmptyErrorBodyIntoATransportError() {
      server.enqueue(new Answer(503, java.util.Map.of(), "", java.time.Duration.ZERO));

      assertThatThrownBy(() -> sf.leads().get(LEAD_ID))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("(empty body)");
    }

    @Test
    void readsAnyObjectAsAGenericRecord() {
      server.enqueue(
          200,
          "{\"attributes\":{\"type\":\"Invoice__c\"},\"Id\":\"a015f00000XyZabAAB\",\"Amount__c\":12.50}");

      SalesforceId id = SalesforceId.of("a015f00000XyZab");
      SObject invoice = sf.sobjects("Invoice__c").get(id);

      assertThat(server.takeRequest().path())
          .isEqualTo("/services/data/v66.0/sobjects/Invoice__c/" + id.value());
      assertThat(invoice.get("Amount__c", BigDecimal.class)).contains(new BigDecimal("12.50"));
    }
  }

  @Nested
  class UpdatingAndDeleting {
    @Test
    void patchesOnlyTheChangesWithClearedFieldsAsNull() throws Exception {
      server.enqueue(new Answer(204, java.util.Map.of(), "", java.time.Duration.ZERO));

      sf.leads().update(LEAD_ID, LeadPatch.builder().status("Working - Contacted").clear("Title").build());

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("PATCH");
      assertThat(request.path()).isEqualTo("/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB");
      assertThat(json(request.body()))
          .isEqualTo(json("{\"Status\":\"Working - Contacted\",\"Title\":null}"));
    }

    @Test
    void refusesAnEmptyPatchAndAPatchOfAnotherObject() {
      assertThatThrownBy(() -> sf.leads().update(LEAD_ID, LeadPatch.builder().build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("changes nothing");
      assertThatThrownBy(
              () -> sf.sobjects("Lead").update(LEAD_ID, SObjectPatch.builder("Contact").set("LastName", "x").build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact patch cannot be sent to the Lead sub-client");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void deletesWithADeleteRequest() {
      server.enqueue(new Answer(204, java.util.Map.of(), "", java.time.Duration.ZERO));

      sf.leads().delete(LEAD_ID);

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("DELETE");
      assertThat(request.path()).isEqualTo("/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB");
    }
  }
}
