package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.bulk.RecordOutcome;
import dev.salescloud.client.imports.ImportOptions;
import dev.salescloud.client.imports.ImportPath;
import dev.salescloud.client.imports.ImportProgress;
import dev.salescloud.client.imports.ImportResult;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.FakeSalesCloud;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 10,000 trade-show leads imported through each path, every outcome checked against the org. */
class ImportsTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient sf = org.client();

  static List<Lead> tradeShow() {
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      leads.add(i % 500 == 9
          ? Lead.builder().company("Booth " + i).email("lead" + i + "@example.com").build()   // no LastName
          : Lead.builder().company("Booth " + i).lastName("Visitor " + i).email("lead" + i + "@example.com").build());
    }
    return leads;
  }

  @ParameterizedTest
  @EnumSource(ImportPath.class)
  void importsTenThousandLeadsWithOneCheckedOutcomeEachAndFewCalls(ImportPath path) {
    List<Lead> leads = tradeShow();
    List<ImportProgress> progress = new CopyOnWriteArrayList<>();
    ImportOptions options = ImportOptions.builder()
        .bulkThreshold(path == ImportPath.BULK ? ImportOptions.DEFAULT_BULK_THRESHOLD : 10_000)
        .listener(progress::add)
        .build();
    int before = org.apiCallsToday();

    ImportResult result = sf.imports().insert(leads, options);

    int spent = org.apiCallsToday() - before;
    System.out.println("imports() on " + path + ": " + spent + " API calls for 10,000 records");
    assertThat(result.path()).isEqualTo(path);
    assertThat(result.apiCalls()).isEqualTo(spent);
    assertThat(spent).isLessThanOrEqualTo(path == ImportPath.BULK ? 10 : 50);
    assertThat(result.outcomes()).hasSize(10_000);
    for (int i = 0; i < leads.size(); i++) {
      RecordOutcome outcome = result.outcomes().get(i);
      assertThat(outcome.index()).isEqualTo(i);
      if (i % 500 == 9) {
        assertThat(outcome.status()).isEqualTo(RecordOutcome.Status.FAILED);
        assertThat(outcome.errors().get(0).code()).isEqualTo("REQUIRED_FIELD_MISSING");
      } else {
        assertThat(outcome.isSaved()).isTrue();
        assertThat(org.store().get("Lead", outcome.id().orElseThrow().value()).get("Email").asText())
            .isEqualTo("lead" + i + "@example.com");
      }
    }
    assertThat(org.store().count("Lead")).isEqualTo(9_980);
    assertThat(progress.get(progress.size() - 1).done()).isEqualTo(10_000);
  }
}
