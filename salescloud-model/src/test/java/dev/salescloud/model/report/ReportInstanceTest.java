package dev.salescloud.model.report;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.model.JsonAssertions;
import dev.salescloud.model.SalesforceId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportInstanceTest {
  static final String INSTANCES =
      """
      [{"id":"0LGD000000000IyOAI","requestDate":"2013-08-12T19:06:47Z","status":"Success",
        "url":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/instances/0LGD000000000IyOAI",
        "ownerId":"005D0000001KvxRIAS","queryable":false,"hasDetailRows":false,
        "completionDate":"2013-08-12T19:06:48Z"},
       {"id":"0LGD000000000IjOAI","requestDate":"2013-08-12T18:39:06.250Z","status":"Running",
        "url":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/instances/0LGD000000000IjOAI",
        "ownerId":"005D0000001KvxRIAS","queryable":false,"hasDetailRows":true}]
      """;

  @Nested
  class ReadingJson {
    @Test
    void roundTripsTheInstancesListWithItsDatesAsWritten() throws Exception {
      List<ReportInstance> instances =
          JsonAssertions.MAPPER.readValue(INSTANCES, new TypeReference<List<ReportInstance>>() {});

      assertThat(json(JsonAssertions.MAPPER.writeValueAsString(instances))).isEqualTo(json(INSTANCES));
      assertThat(instances.get(0).requestDate()).contains(Instant.parse("2013-08-12T19:06:47Z"));
      assertThat(instances.get(0).ownerId()).contains(SalesforceId.of("005D0000001KvxRIAS"));
      assertThat(instances.get(0).otherFields()).containsKey("queryable");
      assertThat(instances.get(1).completionDate()).isEmpty();
    }

    @Test
    void readsDatetimesInTheSobjectFormToo() {
      ReportInstance instance =
          read(
              "{\"id\":\"0LGD000000000IyOAI\",\"status\":\"New\","
                  + "\"requestDate\":\"2013-08-12T19:06:47.000+0000\"}",
              ReportInstance.class);

      assertThat(instance.requestDate()).contains(Instant.parse("2013-08-12T19:06:47Z"));
      assertThat(json(write(instance)).get("requestDate").textValue()).isEqualTo("2013-08-12T19:06:47Z");
    }

    @Test
    void readsAFailedRunWithoutAUrl() {
      ReportInstance failed =
          read(
              "{\"id\":\"0LGD000000000IyOAI\",\"status\":\"Error\",\"url\":null,"
                  + "\"requestDate\":\"2013-08-12T19:06:47Z\",\"completionDate\":\"2013-08-12T19:06:49Z\"}",
              ReportInstance.class);

      assertThat(failed.url()).isEmpty();
      assertThat(failed.isDone()).isTrue();
      assertThat(failed.isSuccess()).isFalse();
    }
  }

  @Nested
  class Status {
    @Test
    void isDoneOnlyOnceTheRunSucceededOrFailed() {
      ReportInstance.Builder base = ReportInstance.builder().id(SalesforceId.of("0LGD000000000IyOAI"));

      assertThat(base.status(ReportInstance.Status.NEW).build().isDone()).isFalse();
      assertThat(base.status(ReportInstance.Status.RUNNING).build().isDone()).isFalse();
      assertThat(base.status(ReportInstance.Status.SUCCESS).build().isSuccess()).isTrue();
      assertThat(base.status(ReportInstance.Status.ERROR).build().isDone()).isTrue();
      assertThat(base.status("Success").build().toString())
          .isEqualTo("ReportInstance{0LGD000000000IyOAI Success}");
    }
  }

  @Nested
  class InstanceResult {
    @Test
    void roundTripsTheResultOfASuccessfulAsynchronousRun() {
      String result =
          ReportFixtures.TABULAR_RUN.replace(
              "{\"type\":\"Report\",\"reportId\":\"00OD0000001ZbP7MAK\",\"reportName\":\"Open Opportunities\",",
              "{\"type\":\"ReportInstance\",\"id\":\"0LGD000000000IyOAI\",\"status\":\"Success\","
                  + "\"ownerId\":\"005D0000001KvxRIAS\",\"requestDate\":\"2013-08-12T19:06:47Z\","
                  + "\"completionDate\":\"2013-08-12T19:06:48Z\","
                  + "\"reportId\":\"00OD0000001ZbP7MAK\",\"reportName\":\"Open Opportunities\",");

      ReportResult run = assertRoundTrip(result, ReportResult.class);

      ReportAttributes attributes = run.attributes().orElseThrow();
      assertThat(attributes.type()).isEqualTo(ReportAttributes.REPORT_INSTANCE);
      assertThat(attributes.id()).contains(SalesforceId.of("0LGD000000000IyOAI"));
      assertThat(attributes.status()).contains(ReportInstance.Status.SUCCESS);
      assertThat(attributes.completionDate()).contains(Instant.parse("2013-08-12T19:06:48Z"));
      assertThat(run.grandTotal().rows()).hasSize(3);
    }
  }
}
