package dev.salescloud.testkit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.FakeSalesCloud;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsResourceTest {
  private final FakeSalesCloud org = FakeSalesCloud.builder().dailyApiAllocation(5_000).build();
  private final RestCalls calls = new RestCalls(org);

  private HttpResponse send(String method, String path) {
    return calls.send(method, path);
  }

  @Test
  void dailyApiRequestsCountsEarlierCallsAndThisOne() {
    send("GET", "/services/data/v62.0/query?q=SELECT+Id+FROM+Lead");
    send("GET", "/services/data/v62.0/sobjects/Lead/00Q000000000001AAA");

    HttpResponse response = send("GET", "/services/data/v62.0/limits/");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Sforce-Limit-Info")).contains("api-usage=3/5000");
    assertThat(RestCalls.json(response).get("DailyApiRequests").toString())
        .isEqualTo("{\"Max\":5000,\"Remaining\":4997}");
  }

  @Test
  void listsTheCommonLimitsInAlphabeticalOrderWithNothingUsed() {
    JsonNode limits = RestCalls.json(send("GET", "/services/data/v62.0/limits"));

    List<String> names = new ArrayList<>();
    limits.fieldNames().forEachRemaining(names::add);
    assertThat(names).isSorted().contains(
        "ConcurrentAsyncGetReportInstances", "ConcurrentSyncReportRuns", "DailyBulkApiBatches",
        "DailyBulkV2QueryFileStorageMB", "DailyBulkV2QueryJobs", "DataStorageMB", "FileStorageMB",
        "HourlySyncReportRuns", "HourlyAsyncReportRuns", "SingleEmail", "MassEmail");
    assertThat(limits.get("ConcurrentSyncReportRuns").toString())
        .isEqualTo("{\"Max\":20,\"Remaining\":20}");
    assertThat(limits.get("DailyBulkV2QueryJobs").toString())
        .isEqualTo("{\"Max\":10000,\"Remaining\":10000}");
  }

  @Test
  void otherMethodsAreNotAllowed() {
    HttpResponse response = send("DELETE", "/services/data/v62.0/limits");

    assertThat(response.status()).isEqualTo(405);
    assertThat(RestCalls.errorCode(response)).isEqualTo("METHOD_NOT_ALLOWED");
  }

  @Test
  void needsAToken() {
    HttpResponse response = org.router().handle(
        HttpRequest.builder("GET", URI.create("https://fake.my.salesforce.com/services/data/v62.0/limits"))
            .build());

    assertThat(response.status()).isEqualTo(401);
    assertThat(org.apiCallsToday()).isZero();
  }
}
