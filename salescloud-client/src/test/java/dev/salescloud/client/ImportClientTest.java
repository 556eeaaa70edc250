package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.bulk.RecordOutcome;
import dev.salescloud.client.imports.ImportOptions;
import dev.salescloud.client.imports.ImportPath;
import dev.salescloud.client.imports.ImportProgress;
import dev.salescloud.client.imports.ImportResult;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Lead;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ImportClientTest extends LoopbackTest {
  final AtomicInteger nextId = new AtomicInteger();

  /** Answers a collections create: records without a LastName fail, the others get ids in order. */
  Answer collections(Recorded request) {
    try {
      JsonNode records = json(request.body()).path("records");
      StringBuilder out = new StringBuilder("[");
      for (JsonNode record : records) {
        out.append(out.length() > 1 ? "," : "");
        if (record.path("attributes").path("type").asText().equals("Lead") && !record.has("LastName")) {
          out.append("{\"success\":false,\"errors\":[{\"statusCode\":\"REQUIRED_FIELD_MISSING\","
              + "\"message\":\"Required fields are missing: [LastName]\",\"fields\":[\"LastName\"]}]}");
        } else {
          String prefix = record.path("attributes").path("type").asText().equals("Lead") ? "00Q" : "001";
          out.append("{\"id\":\"").append(SalesforceId.of(prefix + String.format("D%011d", nextId.incrementAndGet())).value())
              .append("\",\"success\":true,\"errors\":[]}");
        }
      }
      return Answer.json(200, out.append("]").toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Lead> leads(int n) {
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leads.add(i % 100 == 7
          ? Lead.builder().company("Acme").firstName("No last name " + i).build()
          : Lead.builder().company("Acme").lastName("Lead " + i).build());
    }
    return leads;
  }

  @Nested
  class Collections {
    @Test
    void sendsUpToTheThresholdThroughCollectionsTwoHundredPerCallInInputOrder() {
      server.dispatch(ImportClientTest.this::collections);
      List<ImportProgress> progress = new CopyOnWriteArrayList<>();

      ImportResult result = sf.imports().insert(leads(450),
          ImportOptions.builder().listener(progress::add).build());

      assertThat(result.path()).isEqualTo(ImportPath.COLLECTIONS);
      assertThat(result.apiCalls()).isEqualTo(3);
      assertThat(server.requestCount()).isEqualTo(3);
      assertThat(result.outcomes()).hasSize(450);
      assertThat(result.failures()).extracting(RecordOutcome::index).containsExactly(7, 107, 207, 307, 407);
      assertThat(result.outcomes().get(0).id()).contains(SalesforceId.of("00QD00000000001"));
      assertThat(result.outcomes().get(8).id()).contains(SalesforceId.of("00QD00000000008"));
      assertThat(result.outcomes().get(0).created()).isTrue();
      assertThat(progress).extracting(ImportProgress::done).containsExactly(200, 400, 450);
      assertThat(progress.get(2).apiCalls()).isEqualTo(3);
    }

    @Test
    void runsCallsInParallelWhenAskedAndStillAnswersInInputOrder() {
      server.dispatch(ImportClientTest.this::collections);

      ImportResult result = sf.imports().insert(leads(1_000), ImportOptions.builder().parallelism(4).build());

      assertThat(result.apiCalls()).isEqualTo(5);
      assertThat(result.outcomes()).extracting(RecordOutcome::index).containsExactlyElementsOf(
          IntStream.range(0, 1_000).boxed().toList());
      assertThat(result.savedCount()).isEqualTo(990);
    }

    @Test
    void aFailedCallMarksOnlyItsOwnRecords() {
      AtomicInteger call = new AtomicInteger();
      server.dispatch(r -> call.incrementAndGet() == 2
          ? Answer.json(400, "[{\"message\":\"Some bad request\",\"errorCode\":\"INVALID_FIELD\"}]")
          : collections(r));

      ImportResult result = sf.imports().insert(leads(500));

      assertThat(result.outcomes().subList(200, 400)).allSatisfy(o -> {
        assertThat(o.status()).isEqualTo(RecordOutcome.Status.FAILED);
        assertThat(o.errors().get(0).code()).isEqualTo("INVALID_FIELD");
      });
      assertThat(result.outcomes().get(0).isSaved()).isTrue();
      assertThat(result.outcomes().get(499).isSaved()).isTrue();
    }

    @Test
    void aBrokenExchangeAfterSendingIsUnknownNeverRetried() {
      AtomicInteger call = new AtomicInteger();
      server.dispatch(r -> call.incrementAndGet() == 1 ? Answer.json(200, "not json") : collections(r));

      ImportResult result = sf.imports().insert(leads(300));

      assertThat(result.outcomes().subList(0, 200)).allSatisfy(
          o -> assertThat(o.status()).isEqualTo(RecordOutcome.Status.UNKNOWN));
      assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void mixesObjectsAndChecksEveryRecordBeforeTheFirstCall() {
      server.dispatch(ImportClientTest.this::collections);

      ImportResult mixed = sf.imports().insert(List.of(
          Lead.builder().lastName("A").company("C").build(), Account.builder().name("Acme").build()));

      assertThat(mixed.savedCount()).isEqualTo(2);
      List<Lead> withId = new ArrayList<>(leads(250));
      withId.add(Lead.builder().id(SalesforceId.of("00QD000000IqhSL")).lastName("X").build());
      int before = server.requestCount();
      assertThatThrownBy(() -> sf.imports().insert(withId))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("records[50]");
      assertThat(server.requestCount()).isEqualTo(before);
    }
  }

  @Nested
  class Bulk {
    @Test
    void sendsMoreThanTheThresholdThroughBulkWithAFewCalls() {
      BulkStandIn bulk = new BulkStandIn();
      server.dispatch(bulk::answer);

      ImportResult result = sf.imports().insert(leads(2_001).stream());

      assertThat(result.path()).isEqualTo(ImportPath.BULK);
      assertThat(result.jobs()).hasSize(1);
      assertThat(result.apiCalls()).isLessThanOrEqualTo(10);
      assertThat(result.outcomes()).hasSize(2_001);
      assertThat(result.failures()).hasSize(20).extracting(RecordOutcome::index).contains(7, 1_907);
      assertThat(result.outcomes().get(2_000).isSaved()).isTrue();
    }
  }
}
