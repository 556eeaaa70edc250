package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.client.soql.DateLiteral;
import dev.salescloud.client.soql.SearchGroup;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.Sosl;
import dev.salescloud.client.sobject.RecordClient;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.query.AggregateResult;
import dev.salescloud.model.result.UpsertResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Event;
import dev.salescloud.model.sales.Industry;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.OpportunityPatch;
import dev.salescloud.model.sales.Task;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The README's client examples, compiled and run against a loopback server. */
class ReadmeClientExamplesTest {
  static final String EMPTY_PAGE = "{\"totalSize\":0,\"done\":true,\"records\":[]}";

  final LoopbackServer server = new LoopbackServer();
  final SalesCloudClient sf =
      SalesCloudClient.builder()
          .credentials(StaticCredentials.of("token", server.baseUri()))
          .apiVersion("66.0")
          .timeout(Duration.ofSeconds(30))
          .retryPolicy(RetryPolicy.defaults())
          .maxDailyApiShare(0.8)
          .build();

  @AfterEach
  void stop() {
    sf.close();
    server.close();
  }

  @Test
  void everyExampleRuns() {
    server.dispatch(r -> {
      String path = r.path();
      if (r.method().equals("POST")) {
        return Answer.json(201, "{\"id\":\"" + idFor(path) + "\",\"success\":true,\"errors\":[]}");
      }
      if (r.method().equals("PATCH") && path.contains("Erp_Number__c")) {
        return Answer.json(201, "{\"id\":\"001D000000IqhSLIAZ\",\"success\":true,\"errors\":[],\"created\":true}");
      }
      if (r.method().equals("PATCH") || r.method().equals("DELETE")) {
        return new Answer(204, Map.of(), "", Duration.ZERO);
      }
      if (path.endsWith("/describe")) {
        return Answer.json(200, "{\"name\":\"Lead\",\"label\":\"Lead\",\"labelPlural\":\"Leads\",\"fields\":[]}");
      }
      if (path.endsWith("/limits")) {
        return Answer.json(200, "{\"DailyApiRequests\":{\"Max\":15000,\"Remaining\":14990}}");
      }
      if (path.endsWith("/search")) {
        return Answer.json(200, "{\"searchRecords\":[]}");
      }
      if (path.endsWith("/query")) {
        return Answer.json(200, EMPTY_PAGE);
      }
      if (path.contains("/sobjects/Account/")) {
        return Answer.json(200, "{\"attributes\":{\"type\":\"Account\"},\"ParentId\":null}");
      }
      return Answer.json(200, "{\"attributes\":{\"type\":\"Lead\"},\"Name\":\"Ada Ng\",\"Status\":\"Open\"}");
    });
    SalesforceId accountId = SalesforceId.of("001D000000IqhSLIAZ");
    SalesforceId leadId = SalesforceId.of("00Q5f00000AbcdeEAB");
    SalesforceId oppId = SalesforceId.of("0065f00000AbcdeAAA");
    Instant start = Instant.parse("2026-12-01T10:00:00Z");
    String userInput = "Energy";

    SalesforceId id = sf.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
    Lead lead = sf.leads().get(id, "Name", "Status");
    sf.leads().update(id, LeadPatch.builder().status(Lead.Status.WORKING_CONTACTED).clear("Title").build());
    sf.leads().delete(id);

    UpsertResult acme = sf.accounts().upsert("Erp_Number__c", "A-1042",
        Account.builder().name("Acme").industry(Industry.MANUFACTURING).build());
    Optional<Account> parent = sf.accounts().parent(acme.id().orElseThrow());
    List<Contact> people = sf.accounts().contacts(accountId).toList();
    long deals = sf.accounts().opportunities(accountId).count();

    sf.contacts().create(Contact.builder().lastName("Ng").accountId(accountId).email("ada@acme.example").build());
    sf.opportunities().update(oppId, OpportunityPatch.builder().stageName(Opportunity.Stage.PROPOSAL_PRICE_QUOTE).build());
    sf.tasks().create(Task.builder().subject("Call back").whoId(leadId).activityDate(LocalDate.now()).build());
    sf.events().create(Event.builder().subject("Demo").whatId(oppId)
        .startDateTime(start).endDateTime(start.plus(Duration.ofHours(1))).build());

    RecordClient<SObject, SObjectPatch> invoices = sf.sobjects("Invoice__c");
    var describe = sf.leads().describe();
    sf.leads().create(lead.toBuilder().name(Optional.empty()).build(),
        RequestOptions.builder().autoAssign(true).timeout(Duration.ofSeconds(5)).build());
    var limits = sf.limits().fetch();

    Query<Account> energy = sf.query(
        Soql.select("Id", "Name", "Owner.Name").from("Account")
            .where(Soql.field("Industry").eq(userInput).and(Soql.field("AnnualRevenue").gt(new BigDecimal("1e6"))))
            .orderBy(Soql.field("Name").asc().nullsLast()),
        Account.class);
    for (Account a : energy.batchSize(500)) {
      assertThat(a).isNotNull();
    }
    long count = energy.count();
    Optional<Account> first = energy.first();
    List<AggregateResult> byStage = sf.query(Soql.select("StageName", Soql.sum("Amount").as("total"))
        .from("Opportunity").where(Soql.field("CloseDate").eq(DateLiteral.THIS_QUARTER))
        .groupBy("StageName"), AggregateResult.class).toList();
    Query<Lead> raw = sf.query("SELECT Id, Name FROM Lead WHERE IsConverted = false", Lead.class);

    SearchResults found = sf.search(Sosl.find("ada@acme.example").in(SearchGroup.EMAIL_FIELDS)
        .returning(Lead.class, "Id", "Name", "Email").returning(Contact.class, "Id", "Name"));
    List<Lead> leads = found.records(Lead.class);

    assertThat(lead.name()).contains("Ada Ng");
    assertThat(parent).isEmpty();
    assertThat(people).isEmpty();
    assertThat(deals).isZero();
    assertThat(invoices.sobjectType()).isEqualTo("Invoice__c");
    assertThat(describe.name()).isEqualTo("Lead");
    assertThat(limits.dailyApiRequests()).isPresent();
    assertThat(count).isZero();
    assertThat(first).isEmpty();
    assertThat(byStage).isEmpty();
    assertThat(raw.soql().object()).isEqualTo("Lead");
    assertThat(leads).isEmpty();
  }

  private static String idFor(String path) {
    if (path.endsWith("/Contact")) {
      return "0035f00000Xyz12AAB";
    }
    if (path.endsWith("/Task")) {
      return "00T5f00000AbcdeEAA";
    }
    if (path.endsWith("/Event")) {
      return "00U5f00000AbcdeEAA";
    }
    return "00Q5f00000AbcdeEAB";
  }
}
