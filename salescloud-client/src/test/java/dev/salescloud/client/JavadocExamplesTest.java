package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.auth.CredentialsProvider;
import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.describe.DescribeGlobal;
import dev.salescloud.model.describe.PicklistValue;
import dev.salescloud.model.describe.SObjectDescribe;
import dev.salescloud.model.limits.Limit;
import dev.salescloud.model.limits.Limits;
import dev.salescloud.model.result.UpsertResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.AccountPatch;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.ContactPatch;
import dev.salescloud.model.sales.Event;
import dev.salescloud.model.sales.EventPatch;
import dev.salescloud.model.sales.Industry;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.OpportunityPatch;
import dev.salescloud.model.sales.Task;
import dev.salescloud.model.sales.TaskPatch;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Javadoc examples of the client's public types, compiled and run against a loopback
 * server that answers like Salesforce, so they cannot drift from the API.
 */
class JavadocExamplesTest extends LoopbackTest {
  static final Map<String, String> IDS =
      Map.of(
          "Lead", "00Q5f00000AbcdeEAB",
          "Account", "001D000000IqhSLIAZ",
          "Contact", "0035f00000Xyz12AAB",
          "Opportunity", "0065f00000AbCdEAAV",
          "Task", "00T5f00000AbCdEEA1",
          "Event", "00U5f00000AbCdEEA1");

  @BeforeEach
  void answerLikeSalesforce() {
    server.dispatch(JavadocExamplesTest::answer);
  }

  static Answer answer(Recorded r) {
    String path = r.path().replaceFirst("^/services/data/v\\d+\\.0", "");
    String[] s = path.split("/");
    if (path.equals("/limits")) {
      return Answer.json(200, ApiLimitsTest.LIMITS);
    }
    if (path.equals("/sobjects/")) {
      return Answer.json(200, DescribeTest.GLOBAL);
    }
    if (path.endsWith("/describe")) {
      return Answer.json(200, DescribeTest.LEAD_DESCRIBE);
    }
    String type = s[2];
    String id = IDS.getOrDefault(type, "a015f00000XyZabAAB");
    switch (r.method()) {
      case "POST":
        return Answer.json(201, "{\"id\":\"" + id + "\",\"success\":true,\"errors\":[]}");
      case "GET":
        return Answer.json(200, "{\"attributes\":{\"type\":\"" + type + "\"},\"Id\":\"" + id + "\",\"Name\":\"Ada Ng\"}");
      case "PATCH":
        if (s.length == 5) {
          return Answer.json(201, "{\"id\":\"" + id + "\",\"success\":true,\"errors\":[],\"created\":true}");
        }
        return empty(204);
      default:
        return empty(204);
    }
  }

  @Test
  void salesCloudClient() {
    String token = TOKEN;
    URI instance = server.baseUri();
    CredentialsProvider credentials = StaticCredentials.of(token, instance);
    SalesCloudClient sf = SalesCloudClient.builder()
        .credentials(StaticCredentials.of(token, instance))
        .apiVersion("66.0")                       // the default
        .timeout(Duration.ofSeconds(30))          // the default
        .build();

    SalesforceId id = sf.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
    Lead lead = sf.leads().get(id);

    UpsertResult r = sf.contacts().upsert("Legacy_Id__c", "C-1042",
        Contact.builder().lastName("Ng").email("ada@acme.example").build());
    DescribeGlobal objects = sf.describeGlobal();           // every object the user can see
    Limits limits = sf.limits().fetch();                    // every limit of the org

    SalesCloudClient debugging = SalesCloudClient.builder()
        .credentials(credentials)
        .logBodies(true)
        .redactFields("Email", "Phone", "MobilePhone")   // shown as "***"
        .build();
    debugging.contacts().upsert("Legacy_Id__c", "C-1042",
        Contact.builder().lastName("Ng").email("ada@acme.example").build());
    sf.close();
    debugging.close();

    assertThat(lead.id()).contains(id);
    assertThat(r.created()).contains(true);
    assertThat(objects.sobjects()).isNotEmpty();
    assertThat(limits.dailyApiRequests()).isPresent();
    assertThat(guard.log().messages(ApiExchange.class)).anyMatch(l -> l.contains("\"Email\":\"***\""));
  }

  @Test
  void recordClient() {
    SalesforceId id = sf.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
    Lead lead = sf.leads().get(id, "Name", "Status");
    sf.leads().update(id, LeadPatch.builder().status(Lead.Status.WORKING_CONTACTED).build());
    sf.leads().delete(id);

    UpsertResult r = sf.accounts().upsert("Erp_Number__c", "A-1042",
        Account.builder().name("Acme").industry(Industry.MANUFACTURING).build());
    boolean inserted = false;
    if (r.created().orElse(false)) {
      inserted = true;
    }

    SObjectDescribe described = sf.leads().describe();
    List<String> statuses = described.picklistValues("Status").stream().map(PicklistValue::value).toList();
    boolean canDelete = described.deletable();

    assertThat(lead.name()).contains("Ada Ng");
    assertThat(inserted).isTrue();
    assertThat(statuses).contains("Working - Contacted");
    assertThat(canDelete).isTrue();
    assertThat(server.takeAll()).extracting(Recorded::method)
        .containsExactly("POST", "GET", "PATCH", "DELETE", "PATCH", "GET");
  }

  @Test
  void recordClientOptions() {
    Lead lead = Lead.builder().lastName("Ng").company("Acme").build();

    sf.leads().create(lead, RequestOptions.builder().autoAssign(false).build());

    assertThat(server.takeRequest().header("Sforce-Auto-Assign")).isEqualTo("FALSE");
  }

  @Test
  void requestOptions() {
    Lead lead = Lead.builder().lastName("Ng").company("Acme").build();
    SalesforceId accountId = SalesforceId.of(IDS.get("Account"));
    AccountPatch patch = AccountPatch.builder().name("Acme Ltd").build();

    RequestOptions quiet = RequestOptions.builder()
        .autoAssign(false)                        // Sforce-Auto-Assign: FALSE
        .updateMru(false)                         // Sforce-Mru: updateMru=false
        .timeout(Duration.ofSeconds(5))
        .build();
    SalesforceId id = sf.leads().create(lead, quiet);

    sf.accounts().update(accountId, patch, RequestOptions.builder()
        .header("Sforce-Duplicate-Rule-Header", "allowSave=true; includeRecordDetails=true")
        .build());

    assertThat(id.value()).isEqualTo(IDS.get("Lead"));
    assertThat(server.takeRequest().header("Sforce-Mru")).isEqualTo("updateMru=false");
    assertThat(server.takeRequest().header("Sforce-Duplicate-Rule-Header"))
        .isEqualTo("allowSave=true; includeRecordDetails=true");
  }

  @Test
  void ambiguousExternalIdException() {
    server.dispatch(r -> r.method().equals("PATCH") && r.path().contains("/Legacy_Id__c/")
        ? Answer.json(300, "[\"/services/data/v66.0/sobjects/Contact/0035f00000Xyz12AAB\","
            + "\"/services/data/v66.0/sobjects/Contact/0035f00000Xyz13AAB\"]")
        : answer(r));
    Contact contact = Contact.builder().lastName("Ng").build();
    ContactPatch patch = ContactPatch.builder().title("CTO").build();

    try {
      sf.contacts().upsert("Legacy_Id__c", "C-1042", contact);
    } catch (AmbiguousExternalIdException e) {
      SalesforceId first = e.ids().get(0);
      sf.contacts().update(first, patch);
    }

    assertThat(server.takeAll()).extracting(Recorded::path).containsExactly(
        "/services/data/v66.0/sobjects/Contact/Legacy_Id__c/C-1042",
        "/services/data/v66.0/sobjects/Contact/0035f00000Xyz12AAB");
  }

  @Test
  void apiLimits() {
    server.dispatch(r -> answer(r).withHeader("Sforce-Limit-Info", "api-usage=2/15000"));
    sf.leads().get(SalesforceId.of(IDS.get("Lead")));
    StringBuilder log = new StringBuilder();

    sf.limits().lastKnown().ifPresent(u -> log.append("API calls: " + u.used() + "/" + u.max()));
    Limits all = sf.limits().fetch();                     // GET /services/data/v66.0/limits
    long reportRunsLeft = all.hourlySyncReportRuns().map(Limit::remaining).orElse(0L);

    assertThat(log).hasToString("API calls: 2/15000");
    assertThat(reportRunsLeft).isEqualTo(499);
  }

  @Test
  void subClients() {
    SalesforceId leadId = SalesforceId.of(IDS.get("Lead"));
    SalesforceId dealId = SalesforceId.of(IDS.get("Opportunity"));

    SalesforceId acme = sf.accounts().create(Account.builder().name("Acme")
        .industry(Industry.MANUFACTURING).build());
    sf.accounts().update(acme, AccountPatch.builder().type(Account.Type.CUSTOMER_DIRECT).build());
    UpsertResult r = sf.accounts().upsert("Erp_Number__c", "A-1042",
        Account.builder().name("Acme").build());

    SalesforceId id = sf.leads().create(Lead.builder().lastName("Ng").company("Acme")
        .leadSource(Lead.LeadSource.WEB).build());
    sf.leads().update(id, LeadPatch.builder().status(Lead.Status.WORKING_CONTACTED).build());
    Lead lead = sf.leads().get(id, "Name", "Status");

    SalesforceId deal = sf.opportunities().create(Opportunity.builder().name("Acme - 50 seats")
        .stageName(Opportunity.Stage.PROSPECTING).closeDate(LocalDate.of(2026, 9, 30))
        .amount(new BigDecimal("50000")).build());
    sf.opportunities().update(deal,
        OpportunityPatch.builder().stageName(Opportunity.Stage.CLOSED_WON).build());

    SalesforceId call = sf.tasks().create(Task.builder().subject("Call back").whoId(leadId)
        .activityDate(LocalDate.of(2026, 5, 4)).build());
    sf.tasks().update(call, TaskPatch.builder().status(Task.Status.COMPLETED).build());

    Instant start = Instant.parse("2026-05-04T15:00:00Z");
    SalesforceId meeting = sf.events().create(Event.builder().subject("Demo").whatId(dealId)
        .startDateTime(start).endDateTime(start.plus(Duration.ofHours(1))).build());
    sf.events().update(meeting, EventPatch.builder().location("Zoom").build());

    assertThat(r.created()).contains(true);
    assertThat(lead.name()).contains("Ada Ng");
    assertThat(server.takeAll()).extracting(Recorded::path).contains(
        "/services/data/v66.0/sobjects/Account/Erp_Number__c/A-1042",
        "/services/data/v66.0/sobjects/Opportunity/" + deal.value(),
        "/services/data/v66.0/sobjects/Task/" + call.value(),
        "/services/data/v66.0/sobjects/Event/" + meeting.value());
    assertThat(call).isEqualTo(SalesforceId.of(IDS.get("Task")));
  }
}
