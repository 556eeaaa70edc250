package dev.salescloud.model.limits;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LimitsTest {
  /** The body of GET /services/data/v66.0/limits, trimmed, in the order Salesforce sends it. */
  static final String LIMITS =
      """
      {"ActiveScratchOrgs":{"Max":3,"Remaining":3},
       "ConcurrentAsyncGetReportInstances":{"Max":200,"Remaining":200},
       "ConcurrentSyncReportRuns":{"Max":20,"Remaining":19},
       "DailyApiRequests":{"Max":15000,"Remaining":14998,"Ant Migration Tool":{"Max":0,"Remaining":0},"Salesforce CLI":{"Max":0,"Remaining":0}},
       "DailyAsyncApexExecutions":{"Max":250000,"Remaining":250000},
       "DailyBulkApiBatches":{"Max":15000,"Remaining":14990},
       "DailyBulkV2QueryFileStorageMB":{"Max":976562,"Remaining":976562},
       "DailyBulkV2QueryJobs":{"Max":10000,"Remaining":9998},
       "DataStorageMB":{"Max":1024,"Remaining":1020},
       "FileStorageMB":{"Max":20480,"Remaining":20470},
       "HourlyAsyncReportRuns":{"Max":1200,"Remaining":1200},
       "HourlyDashboardRefreshes":{"Max":200,"Remaining":200},
       "HourlyDashboardResults":{"Max":5000,"Remaining":5000},
       "HourlyDashboardStatuses":{"Max":999999999,"Remaining":999999999},
       "HourlySyncReportRuns":{"Max":500,"Remaining":497},
       "MassEmail":{"Max":5000,"Remaining":5000},
       "PermissionSets":{"Max":1500,"Remaining":1499,"CreateCustom":{"Max":1000,"Remaining":999}},
       "SingleEmail":{"Max":5000,"Remaining":4999}}
      """;

  static String compact(String text) {
    return text.replaceAll("\\s*\\n\\s*", "");
  }

  @Nested
  class ReadingJson {
    final Limits limits = read(LIMITS, Limits.class);

    @Test
    void readsEveryLimitInOrder() {
      assertThat(limits.names())
          .hasSize(18)
          .startsWith("ActiveScratchOrgs", "ConcurrentAsyncGetReportInstances")
          .endsWith("PermissionSets", "SingleEmail");
      assertThat(limits.asMap().keySet()).containsExactlyElementsOf(limits.names());
    }

    @Test
    void roundTripsExactly() {
      assertRoundTrip(LIMITS, Limits.class);
      assertThat(write(limits)).isEqualTo(compact(LIMITS));
    }

    @Test
    void offersTypedAccessorsForTheImportantLimits() {
      assertThat(limits.dailyApiRequests()).map(Limit::remaining).contains(14998L);
      assertThat(limits.dailyApiRequests().flatMap(l -> l.breakdown("Ant Migration Tool"))).contains(Limit.of(0, 0));
      assertThat(limits.dailyBulkApiBatches()).map(Limit::used).contains(10L);
      assertThat(limits.dailyBulkV2QueryJobs()).map(Limit::used).contains(2L);
      assertThat(limits.dailyBulkV2QueryFileStorageMb()).map(Limit::max).contains(976562L);
      assertThat(limits.dailyAsyncApexExecutions()).map(Limit::max).contains(250000L);
      assertThat(limits.dataStorageMb()).map(Limit::used).contains(4L);
      assertThat(limits.fileStorageMb()).map(Limit::max).contains(20480L);
      assertThat(limits.concurrentSyncReportRuns()).map(Limit::max).contains(20L);
      assertThat(limits.concurrentAsyncGetReportInstances()).map(Limit::max).contains(200L);
      assertThat(limits.hourlySyncReportRuns()).map(Limit::remaining).contains(497L);
      assertThat(limits.hourlyAsyncReportRuns()).map(Limit::max).contains(1200L);
      assertThat(limits.hourlyDashboardRefreshes()).map(Limit::max).contains(200L);
      assertThat(limits.hourlyDashboardResults()).map(Limit::max).contains(5000L);
      assertThat(limits.hourlyDashboardStatuses()).map(Limit::max).contains(999999999L);
      assertThat(limits.singleEmail()).map(Limit::used).contains(1L);
      assertThat(limits.massEmail()).map(Limit::used).contains(0L);
    }

    @Test
    void readsAnyLimitByNameExactlyOrIgnoringCase() {
      assertThat(limits.get("PermissionSets").flatMap(l -> l.breakdown("CreateCustom"))).contains(Limit.of(1000, 999));
      assertThat(limits.get("permissionsets")).isEqualTo(limits.get("PermissionSets"));
      assertThat(limits.get(Limits.Names.DAILY_API_REQUESTS)).isEqualTo(limits.dailyApiRequests());
      assertThat(limits.get("NoSuchLimit")).isEmpty();
    }

    @Test
    void leavesLimitsTheOrgDidNotReportEmpty() {
      Limits few = read("{\"DailyApiRequests\":{\"Max\":5000,\"Remaining\":4937}}", Limits.class);

      assertThat(few.dataStorageMb()).isEmpty();
      assertThat(few.fileStorageMb()).isEmpty();
      assertThat(few.dailyBulkApiBatches()).isEmpty();
    }

    @Test
    void readsDailyBulkApiBatchesUnderItsOlderName() {
      Limits older = read("{\"DailyBulkApiRequests\":{\"Remaining\":\"3000\",\"Max\":\"3000\"}}", Limits.class);

      assertThat(older.dailyBulkApiBatches()).contains(Limit.of(3000, 3000));
    }

    @Test
    void refusesALimitThatIsNotAnObjectNamingIt() {
      assertThatThrownBy(() -> read("{\"DailyApiRequests\":null}", Limits.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Limit DailyApiRequests is null");
      assertThatThrownBy(() -> read("{\"DailyApiRequests\":{\"Max\":5000}}", Limits.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("DailyApiRequests")
          .hasMessageContaining("needs both Max and Remaining");
      assertThatThrownBy(() -> read("[]", Limits.class)).isInstanceOf(UncheckedIOException.class);
    }
  }

  @Nested
  class Building {
    @Test
    void keepsTheOrderOfTheGivenMapAndCopiesIt() {
      Map<String, Limit> map = new LinkedHashMap<>();
      map.put("SingleEmail", Limit.of(10, 9));
      map.put("DailyApiRequests", Limit.of(5000, 4000));

      Limits limits = Limits.of(map);
      map.clear();

      assertThat(limits.names()).containsExactly("SingleEmail", "DailyApiRequests");
      assertThat(write(limits))
          .isEqualTo("{\"SingleEmail\":{\"Max\":10,\"Remaining\":9},\"DailyApiRequests\":{\"Max\":5000,\"Remaining\":4000}}");
      assertThatThrownBy(() -> limits.asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNullsAndBlankNames() {
      Map<String, Limit> withNull = new HashMap<>();
      withNull.put("DailyApiRequests", null);
      Map<String, Limit> blank = Map.of(" ", Limit.of(1, 1));

      assertThatThrownBy(() -> Limits.of(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("limits must not be null");
      assertThatThrownBy(() -> Limits.of(withNull))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Limit DailyApiRequests is null");
      assertThatThrownBy(() -> Limits.of(blank))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("A limit needs a name");
    }

    @Test
    void comparesByContentAndSummarisesInToString() {
      Limits limits = read(LIMITS, Limits.class);

      assertThat(limits).isEqualTo(read(LIMITS, Limits.class)).hasSameHashCodeAs(read(LIMITS, Limits.class));
      assertThat(limits.toString()).contains("18 limits", "DailyApiRequests=14998/15000");
    }
  }
}
