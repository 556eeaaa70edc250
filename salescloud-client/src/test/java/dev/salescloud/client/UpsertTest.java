package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.result.UpsertResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UpsertTest extends LoopbackTest {
  static final String ACCOUNT_ID = "001D000000IqhSLIAZ";
  static final String BY_ERP = "/services/data/v66.0/sobjects/Account/Erp_Number__c/";
  static final Account ACME = Account.builder().name("Acme").build();

  static String result(boolean created) {
    return "{\"id\":\"" + ACCOUNT_ID + "\",\"success\":true,\"errors\":[],\"created\":" + created + "}";
  }

  @Nested
  class Outcomes {
    @Test
    void patchesTheExternalIdPathAndReportsAnInsertOn201() throws Exception {
      server.enqueue(201, result(true));

      UpsertResult r = sf.accounts().upsert("Erp_Number__c", "A-1042", ACME);

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("PATCH");
      assertThat(request.path()).isEqualTo(BY_ERP + "A-1042");
      assertThat(request.rawQuery()).isNull();
      assertThat(json(request.body())).isEqualTo(json("{\"Name\":\"Acme\"}"));
      assertThat(request.header("Content-Type")).startsWith("application/json");
      assertThat(r.created()).contains(true);
      assertThat(r.success()).isTrue();
      assertThat(r.id()).contains(SalesforceId.of(ACCOUNT_ID));
    }

    @Test
    void reportsAnUpdateOn200WithTheVersion46Body() {
      server.enqueue(200, result(false));

      UpsertResult r = sf.accounts().upsert("Erp_Number__c", "A-1042", ACME);

      assertThat(r.created()).contains(false);
      assertThat(r.id()).contains(SalesforceId.of(ACCOUNT_ID));
    }

    @Test
    void reportsAnUpdateWithoutIdOn204FromOlderVersions() {
      server.enqueue(empty(204));

      UpsertResult r = sf.accounts().upsert("Erp_Number__c", "A-1042", ACME);

      assertThat(r.created()).contains(false);
      assertThat(r.success()).isTrue();
      assertThat(r.id()).isEmpty();
    }

    @Test
    void reportsAnUpdateWithoutIdOnA200WithoutBody() {
      server.enqueue(empty(200));

      UpsertResult r = sf.accounts().upsert("Erp_Number__c", "A-1042", ACME);

      assertThat(r.created()).contains(false);
      assertThat(r.id()).isEmpty();
    }

    @Test
    void takesTheOutcomeFromTheStatusWhenTheBodyLacksCreated() {
      server.enqueue(201, "{\"id\":\"" + ACCOUNT_ID + "\",\"success\":true,\"errors\":[]}");
      server.enqueue(200, "{\"id\":\"" + ACCOUNT_ID + "\",\"success\":true,\"errors\":[],\"warnings\":[]}");

      UpsertResult inserted = sf.accounts().upsert("Erp_Number__c", "A-1042", ACME);
      UpsertResult updated = sf.accounts().upsert("Erp_Number__c", "A-1042", ACME);

      assertThat(inserted.created()).contains(true);
      assertThat(updated.created()).contains(false);
      assertThat(updated.otherFields()).containsKey("warnings");
    }

    @Test
    void throwsTheErrorsOfAnUnsuccessfulBody() {
      server.enqueue(
          201,
          "{\"success\":false,\"errors\":[{\"statusCode\":\"DUPLICATES_DETECTED\",\"message\":\"Use one of these records?\"}]}");

      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", ACME))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.hasErrorCode("DUPLICATES_DETECTED")).isTrue();
            assertThat(e.method()).isEqualTo("PATCH");
            assertThat(e.path()).isEqualTo(BY_ERP + "A-1042");
          });
    }

    @Test
    void throwsOnAStatusSalesforceDoesNotSendForUpserts() {
      server.enqueue(202, "{}");

      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", ACME))
          .isExactlyInstanceOf(ApiException.class)
          .hasMessageContaining("PATCH " + BY_ERP + "A-1042 answered 202");
    }
  }

  @Nested
  class Ambiguity {
    static final String MATCHES =
        "[\"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ\","
            + "\"/services/data/v66.0/sobjects/Account/001D000000IqhSMIAZ\"]";

    @Test
    void throwsAnAmbiguityListingTheMatchedRecordsOn300() {
      server.enqueue(300, MATCHES);

      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", ACME))
          .isInstanceOfSatisfying(AmbiguousExternalIdException.class, e -> {
            assertThat(e.status()).isEqualTo(300);
            assertThat(e.externalIdField()).isEqualTo("Erp_Number__c");
            assertThat(e.ids())
                .containsExactly(SalesforceId.of("001D000000IqhSLIAZ"), SalesforceId.of("001D000000IqhSMIAZ"));
            assertThat(e.urls()).hasSize(2).allMatch(u -> u.startsWith("/services/data/v66.0/sobjects/Account/"));
            assertThat(e.matches().ids()).isEqualTo(e.ids());
            assertThat(e.errors()).isEmpty();
            assertThat(e.retryable()).isFalse();
            assertThat(e.method()).isEqualTo("PATCH");
            assertThat(e.path()).isEqualTo(BY_ERP + "A-1042");
            assertThat(e.getMessage())
                .contains("Erp_Number__c matched 2 records")
                .contains("001D000000IqhSLIAZ, 001D000000IqhSMIAZ")
                .contains("nothing was written")
                .doesNotContain("Acme");
          });
    }

    @Test
    void isNotRetriedEvenWithRetriesOn() {
      server.enqueue(300, MATCHES);
      SalesCloudClient retrying = client(b -> b.retryPolicy(RetryPolicy.defaults()));

      guard.assertThatThrownBy(() -> retrying.accounts().upsert("Erp_Number__c", "A-1042", ACME))
          .isInstanceOf(AmbiguousExternalIdException.class);
      assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void cutsALongListOfMatchesInTheMessage() {
      StringBuilder urls = new StringBuilder("[");
      for (int i = 0; i < 12; i++) {
        String id15 = "001D000000Iqh" + (char) ('A' + i) + "L";
        urls.append(i == 0 ? "" : ",").append("\"/services/data/v66.0/sobjects/Account/").append(id15).append('"');
      }
      server.enqueue(300, urls.append(']').toString());

      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", ACME))
          .isInstanceOfSatisfying(AmbiguousExternalIdException.class, e -> {
            assertThat(e.ids()).hasSize(12);
            assertThat(e.getMessage()).contains("matched 12 records").contains("(2 more)");
          });
    }

    @Test
    void aMultipleChoicesAnswerThatIsNotAListOfRecordsIsATransportError() {
      server.enqueue(300, "<html>Multiple Choices</html>");
      server.enqueue(300, "[]");

      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", ACME))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.status()).contains(300));
      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", ACME))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("not the expected JSON");
    }
  }

  @Nested
  class Errors {
    @Test
    void mapsAnUnknownExternalIdFieldSentAsAnArrayToNotFound() {
      server.enqueue(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]");

      guard.assertThatThrownBy(() -> sf.accounts().upsert("Nope__c", "A-1042", ACME))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.errorCode()).contains("NOT_FOUND");
            assertThat(e.path()).isEqualTo("/services/data/v66.0/sobjects/Account/Nope__c/A-1042");
          });
    }

    @Test
    void mapsAnUnknownExternalIdFieldSentAsASingleObjectToNotFound() {
      server.enqueue(404, "{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}");

      guard.assertThatThrownBy(() -> sf.accounts().upsert("Nope__c", "A-1042", ACME))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).message()).isEqualTo("The requested resource does not exist");
            assertThat(e.getMessage()).contains("NOT_FOUND");
          });
    }

    @Test
    void mapsARefusedValueToAValidationError() {
      server.enqueue(
          400,
          "[{\"message\":\"Account Name: data value too large\",\"errorCode\":\"STRING_TOO_LONG\",\"fields\":[\"Name\"]}]");

      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", ACME))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors().get(0).fields()).containsExactly("Name");
            assertThat(e.getMessage()).doesNotContain("Acme");
          });
    }
  }

  @Nested
  class Retries {
    @Test
    void retriesAnUpsertAfterAnAmbiguousFailureBecauseItIsIdempotent() {
      server.enqueue(502, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"edge\"}]");
      server.enqueue(201, result(true));
      SalesCloudClient retrying = client(b -> b.retryPolicy(RetryPolicy.defaults()));

      UpsertResult r = retrying.accounts().upsert("Erp_Number__c", "A-1042", ACME);

      assertThat(r.created()).contains(true);
      assertThat(server.takeAll()).extracting(Recorded::path).containsExactly(BY_ERP + "A-1042", BY_ERP + "A-1042");
      assertThat(waits).hasSize(1);
    }
  }

  @Nested
  class Encoding {
    String pathFor(String value) {
      server.enqueue(201, result(true));
      sf.accounts().upsert("Erp_Number__c", value, ACME);
      Recorded request = server.takeRequest();
      assertThat(request.rawQuery()).isNull();
      return request.path().substring(BY_ERP.length());
    }

    @Test
    void encodesSpacesAsPercent20() {
      assertThat(pathFor("Acme Ltd")).isEqualTo("Acme%20Ltd");
    }

    @Test
    void encodesSlashQuestionMarkAndHashSoTheyCannotChangeThePath() {
      assertThat(pathFor("a/b?c=d#e")).isEqualTo("a%2Fb%3Fc%3Dd%23e");
      assertThat(pathFor("../Lead")).isEqualTo("..%2FLead");
    }

    @Test
    void encodesPlusPercentAndAtAndKeepsUnreservedCharacters() {
      assertThat(pathFor("ada+1@acme.example")).isEqualTo("ada%2B1%40acme.example");
      assertThat(pathFor("100%")).isEqualTo("100%25");
      assertThat(pathFor("A-1_2.3~4")).isEqualTo("A-1_2.3~4");
    }

    @Test
    void encodesNonAsciiAsUtf8() {
      assertThat(pathFor("Café Zürich")).isEqualTo("Caf%C3%A9%20Z%C3%BCrich");
    }
  }

  @Nested
  class Body {
    @Test
    void leavesTheExternalIdFieldOutOfTheBodyWhenTheRecordSetsTheSameValue() throws Exception {
      server.enqueue(201, result(true));
      Account account = Account.builder().name("Acme").customField("Erp_Number__c", "A-1042").build();

      sf.accounts().upsert("ERP_NUMBER__C", "A-1042", account);

      Recorded request = server.takeRequest();
      assertThat(request.path()).isEqualTo("/services/data/v66.0/sobjects/Account/ERP_NUMBER__C/A-1042");
      assertThat(json(request.body())).isEqualTo(json("{\"Name\":\"Acme\"}"));
    }

    @Test
    void acceptsANumericExternalIdEqualToTheUrlValue() throws Exception {
      server.enqueue(201, result(true));
      Account account = Account.builder().name("Acme").customField("Legacy_No__c", new BigDecimal("1042")).build();

      sf.accounts().upsert("Legacy_No__c", "1042", account);

      assertThat(json(server.takeRequest().body())).isEqualTo(json("{\"Name\":\"Acme\"}"));
    }

    @Test
    void sendsAnEmptyObjectWhenTheRecordHoldsOnlyTheExternalId() throws Exception {
      server.enqueue(201, result(true));

      sf.accounts().upsert("Erp_Number__c", "A-1042", Account.builder().customField("Erp_Number__c", "A-1042").build());

      assertThat(json(server.takeRequest().body())).isEqualTo(json("{}"));
    }

    @Test
    void upsertsGenericRecordsOfCustomObjects() throws Exception {
      server.enqueue(201, "{\"id\":\"a015f00000XyZabAAB\",\"success\":true,\"errors\":[],\"created\":true}");

      UpsertResult r =
          sf.sobjects("Invoice__c")
              .upsert("Number__c", "INV 7", SObject.builder("Invoice__c").put("Amount__c", new BigDecimal("12.50")).build());

      Recorded request = server.takeRequest();
      assertThat(request.path()).isEqualTo("/services/data/v66.0/sobjects/Invoice__c/Number__c/INV%207");
      assertThat(json(request.body())).isEqualTo(json("{\"Amount__c\":12.50}"));
      assertThat(r.id()).contains(SalesforceId.of("a015f00000XyZabAAB"));
    }

    @Test
    void upsertsContactsByEmail() throws Exception {
      server.enqueue(200, "{\"id\":\"0035f00000Xyz12AAB\",\"success\":true,\"errors\":[],\"created\":false}");

      sf.contacts().upsert("Email", "ada@acme.example", Contact.builder().lastName("Ng").email("ada@acme.example").build());

      Recorded request = server.takeRequest();
      assertThat(request.path()).isEqualTo("/services/data/v66.0/sobjects/Contact/Email/ada%40acme.example");
      assertThat(json(request.body())).isEqualTo(json("{\"LastName\":\"Ng\"}"));
    }
  }

  @Nested
  class Refusals {
    @Test
    void refusesABlankOrMissingValue() {
      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "  ", ACME))
          .isInstanceOfSatisfying(InvalidArgumentException.class, e -> assertThat(e.argument()).isEqualTo("value"))
          .hasMessageContaining("Erp_Number__c value to upsert by is blank");
      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "", ACME))
          .isInstanceOf(InvalidArgumentException.class);
      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", null, ACME))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("value must not be null");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesDotSegmentsThatAServerWouldResolve() {
      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "..", ACME))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'..' cannot be a URL path segment");
      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", ".", ACME))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'.'");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesAMalformedFieldNameAndId() {
      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp Number", "A-1042", ACME))
          .isInstanceOfSatisfying(InvalidArgumentException.class,
              e -> assertThat(e.argument()).isEqualTo("externalIdField"))
          .hasMessageContaining("'Erp Number'");
      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp/../Id", "A-1042", ACME))
          .isInstanceOf(InvalidArgumentException.class);
      guard.assertThatThrownBy(() -> sf.accounts().upsert("id", ACCOUNT_ID, ACME))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("not on Id")
          .hasMessageContaining("update(id, patch)");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesARecordWhoseExternalIdDiffersFromTheUrlValue() {
      Account other = Account.builder().name("Acme").customField("Erp_Number__c", "A-9999").build();

      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", other))
          .isInstanceOfSatisfying(InvalidArgumentException.class,
              e -> assertThat(e.argument()).isEqualTo("Account.Erp_Number__c"))
          .hasMessageContaining("sets Account.Erp_Number__c to 'A-9999'")
          .hasMessageContaining("matches on 'A-1042'");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesARecordThatClearsTheExternalId() {
      Account cleared =
          Account.builder().name("Acme")
              .putOtherField("Erp_Number__c", com.fasterxml.jackson.databind.node.NullNode.getInstance())
              .build();

      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", cleared))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("to null");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesARecordOfAnotherObjectAndReadOnlyFields() {
      guard.assertThatThrownBy(
              () -> sf.sobjects("Account").upsert("Erp_Number__c", "A-1042", SObject.builder("Contact").put("LastName", "Ng").build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact record cannot be sent to the Account sub-client");
      guard.assertThatThrownBy(
              () -> sf.leads().upsert("Erp_Number__c", "L-1", Lead.builder().lastName("Ng").isConverted(true).build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Lead.IsConverted is read-only");
      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("record must not be null");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesMissingOptions() {
      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", ACME, null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("options");
      assertThat(server.requestCount()).isZero();
    }
  }

  @Nested
  class Options {
    @Test
    void sendsThePerCallHeaders() {
      server.enqueue(201, result(true));

      sf.accounts().upsert("Erp_Number__c", "A-1042", ACME, RequestOptions.builder().autoAssign(false).build());

      assertThat(server.takeRequest().header("Sforce-Auto-Assign")).isEqualTo("FALSE");
    }

    @Test
    void anAnswerWithAnHtmlErrorPageIsATransportError() {
      server.enqueue(new Answer(503, java.util.Map.of("Content-Type", "text/html"), "<html>down</html>", java.time.Duration.ZERO));

      guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp_Number__c", "A-1042", ACME))
          .isInstanceOf(TransportException.class);
    }
  }
}
