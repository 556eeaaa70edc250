package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.composite.CompositeCall;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlSyntaxException;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.composite.CompositeResponse;
import dev.salescloud.model.composite.Reference;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.result.SaveResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.LeadPatch;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompositeCallTest extends LoopbackTest {
  static final SalesforceId ACCOUNT = SalesforceId.of("001D000000IqhSL");
  static final SalesforceId LEAD = SalesforceId.of("00QD000000IqhSL");
  static final String BASE = "/services/data/v66.0";

  @Nested
  class Request {
    @Test
    void postsEverySubrequestInOrderWithReferencesAndTheFlags() throws Exception {
      server.enqueue(200, "{\"compositeResponse\":[]}");

      sf.composite()
          .create("acct", Account.builder().name("Acme").build())
          .create("ng", Contact.builder().lastName("Ng").build(), Map.of("AccountId", Reference.id("acct")))
          .get("read", "Account", Reference.id("acct"), "Name", "Industry")
          .query("q", "SELECT Id FROM Contact WHERE AccountId = '@{acct.id}'")
          .update("status", LEAD, LeadPatch.builder().status("Working - Contacted").build())
          .upsert("erp", "Erp_Id__c", "E 1/2", Account.builder().name("Globex").build())
          .delete("gone", "Account", ACCOUNT)
          .send();

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo(BASE + "/composite");
      assertThat(json(request.body())).isEqualTo(json("{\"allOrNone\":true,\"collateSubrequests\":false,"
          + "\"compositeRequest\":["
          + "{\"method\":\"POST\",\"url\":\"" + BASE + "/sobjects/Account\",\"referenceId\":\"acct\","
          + "\"body\":{\"Name\":\"Acme\"}},"
          + "{\"method\":\"POST\",\"url\":\"" + BASE + "/sobjects/Contact\",\"referenceId\":\"ng\","
          + "\"body\":{\"LastName\":\"Ng\",\"AccountId\":\"@{acct.id}\"}},"
          + "{\"method\":\"GET\",\"url\":\"" + BASE + "/sobjects/Account/@{acct.id}?fields=Name,Industry\","
          + "\"referenceId\":\"read\"},"
          + "{\"method\":\"GET\",\"url\":\"" + BASE
          + "/query?q=SELECT+Id+FROM+Contact+WHERE+AccountId+%3D+%27@{acct.id}%27\",\"referenceId\":\"q\"},"
          + "{\"method\":\"PATCH\",\"url\":\"" + BASE + "/sobjects/Lead/" + LEAD.value() + "\","
          + "\"referenceId\":\"status\",\"body\":{\"Status\":\"Working - Contacted\"}},"
          + "{\"method\":\"PATCH\",\"url\":\"" + BASE + "/sobjects/Account/Erp_Id__c/E%201%2F2\","
          + "\"referenceId\":\"erp\",\"body\":{\"Name\":\"Globex\"}},"
          + "{\"method\":\"DELETE\",\"url\":\"" + BASE + "/sobjects/Account/" + ACCOUNT.value() + "\","
          + "\"referenceId\":\"gone\"}]}"));
    }

    @Test
    void sendsTheFlagsAsSet() throws Exception {
      server.enqueue(200, "{\"compositeResponse\":[]}");

      sf.composite().query("q", Soql.select("Id").from("Lead")).allOrNone(false).collateSubrequests(true).send();

      assertThat(json(server.takeRequest().body()).path("allOrNone").asBoolean()).isFalse();
    }
  }

  @Nested
  class Response {
    @Test
    void givesEachSubresponseAndMakesARollbackExplicit() {
      server.enqueue(200, "{\"compositeResponse\":["
          + "{\"body\":{\"id\":\"" + ACCOUNT.value() + "\",\"success\":true,\"errors\":[]},"
          + "\"httpHeaders\":{\"Location\":\"/services/data/v66.0/sobjects/Account/" + ACCOUNT.value() + "\"},"
          + "\"httpStatusCode\":201,\"referenceId\":\"acct\"},"
          + "{\"body\":[{\"errorCode\":\"REQUIRED_FIELD_MISSING\",\"message\":\"Required fields are missing: [LastName]\","
          + "\"fields\":[\"LastName\"]}],\"httpHeaders\":{},\"httpStatusCode\":400,\"referenceId\":\"ng\"}]}");

      CompositeResponse response = sf.composite()
          .create("acct", Account.builder().name("Acme").build())
          .create("ng", Contact.builder().firstName("Kim").build(), Map.of("AccountId", Reference.id("acct")))
          .send();

      assertThat(response.subresponse("acct").flatMap(r -> r.bodyAs(SaveResult.class)).flatMap(SaveResult::id))
          .contains(ACCOUNT);
      assertThat(response.hasErrors()).isTrue();
      assertThat(response.firstFailure().orElseThrow().errors().get(0).code()).isEqualTo("REQUIRED_FIELD_MISSING");
    }

    @Test
    void throwsOnlyWhenTheWholeRequestIsRefused() {
      server.enqueue(400, "[{\"message\":\"Invalid reference specified\",\"errorCode\":\"INVALID_REFERENCE\"}]");

      assertThatThrownBy(() -> sf.composite().create("a", Account.builder().name("Acme").build()).send())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("INVALID_REFERENCE");
    }
  }

  @Nested
  class CheckedAsBuilt {
    @Test
    void refusesTheTwentySixthSubrequestNamingTheLimit() {
      CompositeCall call = sf.composite();
      for (int i = 0; i < 25; i++) {
        call.delete("d" + i, "Account", ACCOUNT);
      }

      assertThatThrownBy(() -> call.delete("d25", "Account", ACCOUNT))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at most 25 subrequests");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesTheSixthQuery() {
      CompositeCall call = sf.composite();
      for (int i = 0; i < 5; i++) {
        call.query("q" + i, "SELECT Id FROM Lead");
      }

      assertThatThrownBy(() -> call.query("q5", "SELECT Id FROM Lead"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at most 5 query");
    }

    @Test
    void refusesADuplicateReferenceIdAndAReferenceToALaterSubrequest() {
      CompositeCall call = sf.composite().create("acct", Account.builder().name("A").build());

      assertThatThrownBy(() -> call.create("acct", Account.builder().name("B").build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Duplicate referenceId 'acct'");
      assertThatThrownBy(() -> call.get("read", "Account", Reference.id("later")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("no subrequest has referenceId 'later'");
    }

    @Test
    void refusesAnIdOfAnotherObjectAnEmptyPatchAndAnEmptyCall() {
      assertThatThrownBy(() -> sf.composite().delete("d", "Contact", ACCOUNT))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining(ACCOUNT.value());
      assertThatThrownBy(() -> sf.composite().update("u", LEAD, LeadPatch.builder().build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("changes nothing");
      assertThatThrownBy(() -> sf.composite().send())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at least one subrequest");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesMalformedRawSoqlBeforeSending() {
      assertThatThrownBy(() -> sf.composite().query("q", "SELECT FROM Lead"))
          .isInstanceOf(SoqlSyntaxException.class)
          .hasMessageContaining("unexpected token: 'FROM'");
    }
  }
}
