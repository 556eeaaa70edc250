package dev.salescloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.model.composite.CompositeRequest;
import dev.salescloud.model.composite.CompositeSubrequest;
import dev.salescloud.model.composite.HttpMethod;
import dev.salescloud.model.composite.Reference;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.SalesCloudJackson;
import dev.salescloud.model.query.QueryResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Activity;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadConvert;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.OpportunityPatch;
import dev.salescloud.model.sales.Task;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's examples, compiled and run, so they cannot drift from the API. */
class ReadmeExamplesTest {
  private final ObjectMapper mapper = SalesCloudJackson.newObjectMapper();

  @Test
  void recordsToCreate() {
    Lead lead =
        Lead.builder()
            .firstName("Ada").lastName("Ng").company("Acme")
            .leadSource(Lead.LeadSource.WEB)
            .customField("Score__c", new BigDecimal("87.5"))
            .build();
    Map<String, JsonNode> body = lead.toCreateFields();

    assertThat(body).containsOnlyKeys("FirstName", "LastName", "Company", "LeadSource", "Score__c");
  }

  @Test
  void recordsReadFromSalesforce() throws Exception {
    String json =
        """
        {"attributes":{"type":"Contact"},"Id":"0035f00000Xyz12AAB","Email":"ada@acme.example",
         "Account":{"attributes":{"type":"Account"},"Name":"Acme"},"Score__c":87.5,
         "FieldOfANewerApiVersion":true}
        """;
    Contact contact = mapper.readValue(json, Contact.class);
    Optional<String> email = contact.email();
    Optional<String> accountName = contact.account().flatMap(Account::name);
    Optional<BigDecimal> score = contact.customField("Score__c", BigDecimal.class);
    Optional<JsonNode> newer = contact.otherField("FieldOfANewerApiVersion");

    Account account =
        mapper.readValue(
            """
            {"attributes":{"type":"Account"},"Name":"Acme","Contacts":{"totalSize":1,"done":true,
             "records":[{"attributes":{"type":"Contact"},"LastName":"Ng"}]}}
            """,
            Account.class);

    assertThat(email).contains("ada@acme.example");
    assertThat(accountName).contains("Acme");
    assertThat(score).contains(new BigDecimal("87.5"));
    assertThat(newer).isPresent();
    assertThat(account.contacts().map(QueryResult::records).orElseThrow()).hasSize(1);
  }

  @Test
  void genericRecords() {
    SObject invoice =
        SObject.builder("Invoice__c")
            .put("Amount__c", new BigDecimal("1200.50"))
            .put("Due__c", LocalDate.of(2026, 12, 31))
            .build();
    Optional<LocalDate> due = invoice.get("Due__c", LocalDate.class);

    assertThat(due).contains(LocalDate.of(2026, 12, 31));
  }

  @Test
  void updates() throws Exception {
    OpportunityPatch patch =
        OpportunityPatch.builder()
            .stageName(Opportunity.Stage.NEGOTIATION_REVIEW)
            .amount(new BigDecimal("62500.00"))
            .clear("NextStep")
            .build();

    assertThat(mapper.writeValueAsString(patch))
        .isEqualTo("{\"StageName\":\"Negotiation/Review\",\"Amount\":62500.00,\"NextStep\":null}");
  }

  @Test
  void ids() {
    SalesforceId id = SalesforceId.of("00558000001N0Ke");

    assertThat(id.value()).isEqualTo("00558000001N0KeAAK");
    assertThat(id.objectType()).contains("User");
    assertThatThrownBy(() -> SalesforceId.of("001D000000IqhSL", "Lead"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("key prefix 001 (Account)");
  }

  @Test
  void manyRecordsAndSalesOperations() {
    CompositeRequest composite =
        CompositeRequest.builder()
            .addSubrequest(
                CompositeSubrequest.builder().method(HttpMethod.POST)
                    .url("/services/data/v66.0/sobjects/Account").referenceId("acct")
                    .body(mapper.valueToTree(Map.of("Name", "Acme"))).build())
            .addSubrequest(
                CompositeSubrequest.builder().method(HttpMethod.POST)
                    .url("/services/data/v66.0/sobjects/Contact").referenceId("ct")
                    .body(mapper.valueToTree(
                        Map.of("LastName", "Ng", "AccountId", Reference.id("acct").toString())))
                    .build())
            .build();
    LeadConvert conversion =
        LeadConvert.builder()
            .leadId(SalesforceId.of("00Q5f00000AbcdeEAB"))
            .convertedStatus(Lead.Status.CLOSED_CONVERTED)
            .opportunityName("Acme — 50 seats")
            .build();
    List<SObjectRecord> tasksAndEvents =
        List.of(
            Task.builder().id(SalesforceId.of("00T5f00000AbcdeEAA")).subject("Call")
                .activityDate(LocalDate.of(2026, 11, 2)).build(),
            Task.builder().id(SalesforceId.of("00T5f00000AbcdfEAA")).subject("Email")
                .activityDate(LocalDate.of(2026, 11, 1)).build());
    List<Activity> timeline =
        tasksAndEvents.stream().map(Activity::from).sorted(Activity.timelineOrder()).toList();

    assertThat(composite.subrequests()).hasSize(2);
    assertThat(conversion.opportunityName()).contains("Acme — 50 seats");
    assertThat(timeline).extracting(a -> a.subject().orElseThrow()).containsExactly("Email", "Call");
  }
}
