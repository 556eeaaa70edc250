package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.composite.CollectionResults;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CollectionsClientTest extends LoopbackTest {
  static final SalesforceId LEAD = SalesforceId.of("00QD000000IqhSL");
  static final SalesforceId ACCOUNT = SalesforceId.of("001D000000IqhSL");
  static final String PATH = "/services/data/v66.0/composite/sobjects";
  static final String OK_LEAD = "{\"id\":\"" + LEAD.value() + "\",\"success\":true,\"errors\":[]}";
  static final String FAILED = "{\"success\":false,\"errors\":[{\"statusCode\":\"REQUIRED_FIELD_MISSING\","
      + "\"message\":\"Required fields are missing: [Company]\",\"fields\":[\"Company\"]}]}";

  @Nested
  class Saves {
    @Test
    void createsRecordsOfSeveralObjectsAndAlignsResultsWithTheInput() throws Exception {
      server.enqueue(200, "[" + OK_LEAD + "," + FAILED + ",{\"id\":\"" + ACCOUNT.value() + "\",\"success\":true,\"errors\":[]}]");

      CollectionResults results = sf.collections().create(List.of(
          Lead.builder().lastName("Ng").company("Acme").build(),
          Lead.builder().lastName("Kim").build(),
          Account.builder().name("Acme").build()));

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo(PATH);
      assertThat(json(request.body())).isEqualTo(json("{\"allOrNone\":false,\"records\":["
          + "{\"attributes\":{\"type\":\"Lead\"},\"LastName\":\"Ng\",\"Company\":\"Acme\"},"
          + "{\"attributes\":{\"type\":\"Lead\"},\"LastName\":\"Kim\"},"
          + "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"Acme\"}]}"));
      assertThat(results.ids()).containsExactly(Optional.of(LEAD), Optional.empty(), Optional.of(ACCOUNT));
      assertThat(results.failedIndexes()).containsExactly(1);
      assertThat(results.get(1).errors().get(0).code()).isEqualTo("REQUIRED_FIELD_MISSING");
    }

    @Test
    void updatesWithPatchesAllOrNone() throws Exception {
      server.enqueue(200, "[" + OK_LEAD + "]");
      Map<SalesforceId, LeadPatch> patches = new LinkedHashMap<>();
      patches.put(LEAD, LeadPatch.builder().status("Working - Contacted").clear("Phone").build());

      sf.collections().update(patches, true);

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("PATCH");
      assertThat(json(request.body())).isEqualTo(json("{\"allOrNone\":true,\"records\":["
          + "{\"attributes\":{\"type\":\"Lead\"},\"id\":\"" + LEAD.value() + "\","
          + "\"Status\":\"Working - Contacted\",\"Phone\":null}]}"));
    }

    @Test
    void upsertsByTheExternalIdPathAndReportsCreated() {
      server.enqueue(200, "[{\"id\":\"" + ACCOUNT.value() + "\",\"success\":true,\"errors\":[],\"created\":true}]");

      CollectionResults results = sf.collections().upsert("Erp_Id__c",
          List.of(Account.builder().name("Acme").customField("Erp_Id__c", "E-1").build()));

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("PATCH");
      assertThat(request.path()).isEqualTo(PATH + "/Account/Erp_Id__c");
      assertThat(results.created(0)).contains(true);
    }

    @Test
    void deletesByIdsInTheQueryString() {
      server.enqueue(200, "[" + OK_LEAD + ",{\"id\":\"" + ACCOUNT.value() + "\",\"success\":false,"
          + "\"errors\":[{\"statusCode\":\"ALL_OR_NONE_OPERATION_ROLLED_BACK\",\"message\":\"rolled back\",\"fields\":[]}]}]");

      CollectionResults results = sf.collections().delete(List.of(LEAD, ACCOUNT), true);

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("DELETE");
      assertThat(request.rawQuery()).isEqualTo("ids=" + LEAD.value() + "," + ACCOUNT.value() + "&allOrNone=true");
      assertThat(results.rolledBack()).isTrue();
    }

    @Test
    void refusesMoreThanTwoHundredRecordsBeforeSending() {
      List<Lead> leads = new ArrayList<>();
      for (int i = 0; i < 201; i++) {
        leads.add(Lead.builder().lastName("L" + i).company("C").build());
      }

      assertThatThrownBy(() -> sf.collections().create(leads))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at most 200 records")
          .hasMessageContaining("201");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void reportsAnAnswerThatDoesNotMatchTheRecords() {
      server.enqueue(200, "[" + OK_LEAD + "]");

      assertThatThrownBy(() -> sf.collections().create(List.of(
              Lead.builder().lastName("A").company("C").build(), Lead.builder().lastName("B").company("C").build())))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("1 results for 2 records");
    }
  }

  @Nested
  class Retrieve {
    @Test
    void readsTypedRecordsInInputOrderWithGapsForMissingIds() throws Exception {
      SalesforceId missing = SalesforceId.of("00QD000000IqhSM");
      server.enqueue(200, "[{\"attributes\":{\"type\":\"Lead\",\"url\":\"/services/data/v66.0/sobjects/Lead/"
          + LEAD.value() + "\"},\"Id\":\"" + LEAD.value() + "\",\"LastName\":\"Ng\"},null]");

      List<Optional<Lead>> leads = sf.collections().retrieve(Lead.class, List.of(LEAD, missing), "LastName");

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo(PATH + "/Lead");
      assertThat(json(request.body())).isEqualTo(json(
          "{\"ids\":[\"" + LEAD.value() + "\",\"" + missing.value() + "\"],\"fields\":[\"LastName\"]}"));
      assertThat(leads).hasSize(2);
      assertThat(leads.get(0).orElseThrow().lastName()).contains("Ng");
      assertThat(leads.get(1)).isEmpty();
    }

    @Test
    void readsAnyObjectAsSObjects() {
      server.enqueue(200, "[{\"attributes\":{\"type\":\"Invoice__c\"},\"Id\":\"a01D000000IqhSLIAZ\",\"Name\":\"INV-1\"}]");

      List<Optional<SObject>> rows = sf.collections().retrieve("Invoice__c", List.of(SalesforceId.of("a01D000000IqhSL")), "Name");

      assertThat(rows.get(0).orElseThrow().sobjectType()).isEqualTo("Invoice__c");
    }

    @Test
    void refusesNoFieldsAndIdsOfAnotherObject() {
      assertThatThrownBy(() -> sf.collections().retrieve(Lead.class, List.of(LEAD)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at least one");
      assertThatThrownBy(() -> sf.collections().retrieve(Lead.class, List.of(ACCOUNT), "Name"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining(ACCOUNT.value());
      assertThat(server.requestCount()).isZero();
    }
  }
}
