package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code limits} resource: {@code GET limits} answers every limit as
 * {@code {"Name":{"Max":n,"Remaining":n}}}, in Salesforce's alphabetical order.
 * {@code DailyApiRequests} comes from the org's API counter and counts the call to this resource
 * itself, as Salesforce does; the other limits are a Developer Edition org's allocations, with
 * nothing used.
 */
final class LimitsResource {
  /** The allocations of a Developer Edition org, by limit name; {@code 0} marks the daily API. */
  private static final Map<String, Long> ALLOCATIONS = allocations();

  private static final Pattern USAGE = Pattern.compile("api-usage=(\\d+)/(\\d+)");

  private LimitsResource() {}

  /** Answers {@code GET limits}; {@code limitInfo} is this call's counted usage. */
  static HttpResponse handle(String method, String limitInfo) {
    if (!method.equals("GET")) {
      return Responses.error(Responses.notAllowed(method, "GET"), limitInfo);
    }
    Matcher usage = USAGE.matcher(limitInfo);
    if (!usage.find()) {
      throw new IllegalStateException("The API counter's header has no api-usage");
    }
    long used = Long.parseLong(usage.group(1));
    long allocation = Long.parseLong(usage.group(2));
    ObjectNode body = Responses.MAPPER.createObjectNode();
    ALLOCATIONS.forEach((name, max) -> {
      ObjectNode limit = body.putObject(name);
      boolean daily = name.equals("DailyApiRequests");
      limit.put("Max", daily ? allocation : max);
      limit.put("Remaining", daily ? Math.max(0, allocation - used) : max);
    });
    return Responses.json(200, body, limitInfo);
  }

  private static Map<String, Long> allocations() {
    Map<String, Long> limits = new LinkedHashMap<>();
    limits.put("AnalyticsExternalDataSizeMB", 40_960L);
    limits.put("ConcurrentAsyncGetReportInstances", 200L);
    limits.put("ConcurrentSyncReportRuns", 20L);
    limits.put("DailyAnalyticsDataflowJobExecutions", 60L);
    limits.put("DailyApiRequests", 0L);
    limits.put("DailyAsyncApexExecutions", 250_000L);
    limits.put("DailyAsyncApexTests", 500L);
    limits.put("DailyBulkApiBatches", 15_000L);
    limits.put("DailyBulkV2QueryFileStorageMB", 976_562L);
    limits.put("DailyBulkV2QueryJobs", 10_000L);
    limits.put("DailyDurableGenericStreamingApiEvents", 10_000L);
    limits.put("DailyDurableStreamingApiEvents", 10_000L);
    limits.put("DailyGenericStreamingApiEvents", 10_000L);
    limits.put("DailyStandardVolumePlatformEvents", 10_000L);
    limits.put("DailyStreamingApiEvents", 10_000L);
    limits.put("DailyWorkflowEmails", 390L);
    limits.put("DataStorageMB", 5L);
    limits.put("DurableStreamingApiConcurrentClients", 20L);
    limits.put("FileStorageMB", 20L);
    limits.put("HourlyAsyncReportRuns", 1_200L);
    limits.put("HourlyDashboardRefreshes", 200L);
    limits.put("HourlyDashboardResults", 5_000L);
    limits.put("HourlyDashboardStatuses", 999_999_999L);
    limits.put("HourlyLongTermIdMapping", 100_000L);
    limits.put("HourlyODataCallout", 10_000L);
    limits.put("HourlyPublishedPlatformEvents", 50_000L);
    limits.put("HourlyPublishedStandardVolumePlatformEvents", 100_000L);
    limits.put("HourlyShortTermIdMapping", 100_000L);
    limits.put("HourlySyncReportRuns", 500L);
    limits.put("HourlyTimeBasedWorkflow", 50L);
    limits.put("MassEmail", 10L);
    limits.put("SingleEmail", 15L);
    limits.put("StreamingApiConcurrentClients", 20L);
    return Collections.unmodifiableMap(limits);
  }
}
