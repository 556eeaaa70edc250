package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.report.FilterOperator;
import dev.salescloud.client.report.ReportDescription;
import dev.salescloud.client.report.ReportRun;
import dev.salescloud.client.report.ReportSummary;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.report.DataCell;
import dev.salescloud.model.report.DetailRow;
import dev.salescloud.model.report.Fact;
import dev.salescloud.model.report.GroupingInfo;
import dev.salescloud.model.report.GroupingValue;
import dev.salescloud.model.report.ReportInstance;
import dev.salescloud.model.report.ReportResult;
import dev.salescloud.model.report.StandardDateFilter;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.report.ReportDefinition;
import dev.salescloud.testkit.report.ReportKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportsTest {
  private final FakeSalesCloud org =
      FakeSalesCloud.builder().fixedAt(Instant.parse("2026-05-20T09:00:00Z")).build();
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final SalesCloudClient client = SalesCloudClient.builder()
      .credentials(StaticCredentials.of(org.accessToken(), FakeSalesCloud.INSTANCE_URL))
      .transport(org.transport())
      .sleeper(waits::add)
      .build();

  /** An opportunity as the test created it, to check report cells against. */
  private record Deal(SalesforceId id, String name, String stage, BigDecimal amount, LocalDate close) {}

  private final SalesforceId acme = client.accounts().create(Account.builder().name("Acme").build());
  private final List<Deal> deals = List.of(
      deal("Acme - 50 seats", "Prospecting", "50000", "2026-05-31"),
      deal("Acme renewal", "Closed Won", "25000.50", "2026-05-10"),
      deal("Globex platform", "Prospecting", "120000", "2026-06-15"),
      deal("Initech pilot", "Negotiation/Review", "15000", "2026-06-30"),
      deal("Umbrella", "Closed Won", null, "2026-06-02"));

  private Deal deal(String name, String stage, String amount, String close) {
    Opportunity.Builder b = Opportunity.builder().name(name).stageName(stage)
        .closeDate(LocalDate.parse(close)).accountId(acme);
    if (amount != null) {
      b.amount(new BigDecimal(amount));
    }
    SalesforceId id = client.opportunities().create(b.build());
    return new Deal(id, name, stage, amount == null ? null : new BigDecimal(amount), LocalDate.parse(close));
  }

  private SalesforceId tabular() {
    return org.reports().define(ReportDefinition.tabular(ReportKind.OPPORTUNITIES, "All Deals")
        .columns("OPPORTUNITY_NAME", "ACCOUNT_NAME", "AMOUNT", "STAGE_NAME", "CLOSE_DATE", "FULL_NAME")
        .aggregates("s!AMOUNT", "a!AMOUNT", "m!AMOUNT", "x!AMOUNT", "RowCount")
        .build());
  }

  private static BigDecimal sum(List<Deal> in) {
    return in.stream().map(Deal::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal number(Fact fact, String aggregate) {
    return fact.aggregate(aggregate).number().orElseThrow();
  }

  @Nested
  class Tabular {
    @Test
    void everyDetailCellIsTheRecordsValueInSalesforcesShape() {
      SalesforceId id = tabular();

      ReportResult run = client.reports().run(id, ReportRun.withDetails().build());

      assertThat(run.format()).isEqualTo("TABULAR");
      assertThat(run.allData()).contains(true);
      assertThat(run.factMap()).containsOnlyKeys("T!T");
      List<DetailRow> rows = run.grandTotal().rows();
      assertThat(rows).hasSize(deals.size());
      for (int i = 0; i < deals.size(); i++) {
        Deal d = deals.get(i);
        DetailRow row = rows.get(i);
        assertThat(row.cell("OPPORTUNITY_NAME").label()).isEqualTo(d.name());
        assertThat(row.cell("OPPORTUNITY_NAME").id()).contains(d.id());
        assertThat(row.cell("ACCOUNT_NAME").label()).isEqualTo("Acme");
        assertThat(row.cell("ACCOUNT_NAME").id()).contains(acme);
        assertThat(row.cell("STAGE_NAME").text()).contains(d.stage());
        assertThat(row.cell("CLOSE_DATE").date()).contains(d.close());
        assertThat(row.cell("FULL_NAME").label()).isEqualTo("Admin User");
        if (d.amount() == null) {
          assertThat(row.cell("AMOUNT").isEmpty()).isTrue();
          assertThat(row.cell("AMOUNT").label()).isEqualTo(DataCell.EMPTY_LABEL);
        } else {
          assertThat(row.cell("AMOUNT").amount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(d.amount()));
        }
      }
      assertThat(rows.get(1).cell("AMOUNT").label()).isEqualTo("$25,000.50");
      assertThat(rows.get(0).cell("CLOSE_DATE").label()).isEqualTo("5/31/2026");
    }

    @Test
    void grandTotalSummarisesEveryRecordWithLabelsFromTheMetadata() {
      SalesforceId id = tabular();

      ReportResult run = client.reports().run(id);

      Fact total = run.grandTotal();
      assertThat(total.rows()).isEmpty();
      assertThat(number(total, "s!AMOUNT")).isEqualByComparingTo(sum(deals));
      assertThat(total.aggregate("s!AMOUNT").label()).isEqualTo("$210,000.50");
      assertThat(number(total, "a!AMOUNT")).isEqualByComparingTo("52500.13");
      assertThat(number(total, "m!AMOUNT")).isEqualByComparingTo("15000");
      assertThat(number(total, "x!AMOUNT")).isEqualByComparingTo("120000");
      assertThat(number(total, "RowCount")).isEqualByComparingTo("5");
      assertThat(run.reportExtendedMetadata().orElseThrow().aggregateColumnInfo().get("s!AMOUNT").label())
          .contains("Sum of Amount");
      assertThat(run.hasDetailRows()).contains(false);
    }

    @Test
    void detailRowsStopAtTwoThousandWhileSummariesCoverEveryRecord() {
      for (int i = 0; i < 2_000; i++) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode()
            .put("Name", "Bulk " + i).put("StageName", "Prospecting").put("CloseDate", "2026-07-01")
            .put("Amount", 1);
        org.store().insert("Opportunity", fields);
      }
      SalesforceId id = tabular();

      ReportResult run = client.reports().run(id, ReportRun.withDetails().build());

      assertThat(run.allData()).contains(false);
      assertThat(run.isTruncated()).isTrue();
      assertThat(run.grandTotal().rows()).hasSize(2_000);
      assertThat(number(run.grandTotal(), "RowCount")).isEqualByComparingTo("2005");
      assertThat(number(run.grandTotal(), "s!AMOUNT")).isEqualByComparingTo(sum(deals).add(BigDecimal.valueOf(2_000)));
      assertThat(run.toString()).contains("truncated");
    }
  }

  @Nested
  class Summary {
    @Test
    void groupsFollowThePicklistOrderAndNestedMonthsCarryTheRows() {
      SalesforceId id = org.reports().define(ReportDefinition.summary(ReportKind.OPPORTUNITIES, "Pipeline")
          .columns("OPPORTUNITY_NAME", "AMOUNT")
          .groupDown("STAGE_NAME")
          .groupDown("CLOSE_DATE", GroupingInfo.DateGranularity.MONTH)
          .aggregates("s!AMOUNT", "RowCount")
          .build());

      ReportResult run = client.reports().run(id, ReportRun.withDetails().build());

      assertThat(run.groupingsDown().groupings()).extracting(GroupingValue::label)
          .containsExactly("Prospecting", "Negotiation/Review", "Closed Won");
      GroupingValue prospecting = run.groupingsDown().groupings().get(0);
      assertThat(prospecting.groupings()).extracting(GroupingValue::key).containsExactly("0_0", "0_1");
      assertThat(prospecting.groupings()).extracting(GroupingValue::label).containsExactly("May 2026", "June 2026");
      assertThat(prospecting.groupings().get(1).valueText()).contains("2026-06-01");
      for (String stage : List.of("Prospecting", "Negotiation/Review", "Closed Won")) {
        List<Deal> in = deals.stream().filter(d -> d.stage().equals(stage)).toList();
        Fact fact = run.fact(List.of(stage), List.of()).orElseThrow();
        assertThat(number(fact, "s!AMOUNT")).isEqualByComparingTo(sum(in));
        assertThat(number(fact, "RowCount")).isEqualByComparingTo(BigDecimal.valueOf(in.size()));
        assertThat(fact.rows()).isEmpty();
        for (String month : List.of("2026-05-01", "2026-06-01")) {
          List<Deal> inMonth = in.stream().filter(d -> d.close().withDayOfMonth(1).toString().equals(month)).toList();
          var leaf = run.fact(List.of(stage, month), List.of());
          if (inMonth.isEmpty()) {
            assertThat(leaf).isEmpty();
            continue;
          }
          assertThat(number(leaf.orElseThrow(), "s!AMOUNT")).isEqualByComparingTo(sum(inMonth));
          assertThat(leaf.orElseThrow().rows()).extracting(r -> r.cell("OPPORTUNITY_NAME").label())
              .containsExactlyElementsOf(inMonth.stream().map(Deal::name).toList());
        }
      }
      assertThat(run.fact("0_1", "T").orElseThrow().rows()).extracting(r -> r.cell("AMOUNT").label())
          .containsExactly("$120,000.00");
      assertThat(number(run.grandTotal(), "RowCount")).isEqualByComparingTo("5");
    }
  }

  @Nested
  class Matrix {
    @Test
    void everyCrossingOfStageAndMonthSumsItsRecords() {
      SalesforceId id = org.reports().define(ReportDefinition.matrix(ReportKind.OPPORTUNITIES, "Stage by Month")
          .groupDown("STAGE_NAME")
          .groupAcross("CLOSE_DATE", GroupingInfo.DateGranularity.MONTH)
          .aggregates("RowCount", "s!AMOUNT")
          .build());

      ReportResult run = client.reports().run(id);

      assertThat(run.groupingsAcross().groupings()).extracting(GroupingValue::label)
          .containsExactly("May 2026", "June 2026");
      assertThat(run.factMap()).hasSize((3 + 1) * (2 + 1));
      List<String> stages = List.of("Prospecting", "Negotiation/Review", "Closed Won");
      List<String> months = List.of("May 2026", "June 2026");
      for (String stage : List.of("Prospecting", "Negotiation/Review", "Closed Won", "")) {
        for (String month : List.of("May 2026", "June 2026", "")) {
          List<Deal> in = deals.stream()
              .filter(d -> stage.isEmpty() || d.stage().equals(stage))
              .filter(d -> month.isEmpty() || months.indexOf(month) == d.close().getMonthValue() - 5)
              .toList();
          Fact fact = run.fact(stage.isEmpty() ? List.of() : List.of(stage),
              month.isEmpty() ? List.of() : List.of(month)).orElseThrow();
          assertThat(number(fact, "RowCount")).as(stage + " x " + month).isEqualByComparingTo(BigDecimal.valueOf(in.size()));
          assertThat(number(fact, "s!AMOUNT")).as(stage + " x " + month).isEqualByComparingTo(sum(in));
        }
      }
      assertThat(run.fact(List.of("Negotiation/Review"), List.of("May 2026")).orElseThrow()
          .aggregate("s!AMOUNT").label()).isEqualTo("$0.00");
      assertThat(stages).hasSize(3);
    }
  }

  @Nested
  class RunTimeFilters {
    @Test
    void filtersReplaceTheSavedOnesForOneRun() {
      SalesforceId id = org.reports().define(ReportDefinition.tabular(ReportKind.OPPORTUNITIES, "Won")
          .columns("OPPORTUNITY_NAME").aggregates("RowCount")
          .filter("STAGE_NAME", "equals", "Closed Won").build());

      ReportResult saved = client.reports().run(id);
      ReportResult big = client.reports().run(id, ReportRun.withDetails()
          .filter("AMOUNT", FilterOperator.GREATER_OR_EQUAL, "50000").build());

      assertThat(number(saved.grandTotal(), "RowCount")).isEqualByComparingTo("2");
      assertThat(big.grandTotal().rows()).extracting(r -> r.cell("OPPORTUNITY_NAME").label())
          .containsExactly("Acme - 50 seats", "Globex platform");
      assertThat(client.reports().describe(id).metadata().reportFilters()).hasSize(1);
    }

    @Test
    void logicDateRangeAndTextOperatorsCombine() {
      SalesforceId id = tabular();

      ReportResult run = client.reports().run(id, ReportRun.withDetails()
          .filter("STAGE_NAME", FilterOperator.EQUALS, "Closed Won,Negotiation/Review")
          .filter("OPPORTUNITY_NAME", FilterOperator.STARTS_WITH, "globex")
          .filter("OPPORTUNITY_NAME", FilterOperator.NOT_CONTAIN, "renewal")
          .filterLogic("(1 OR 2) AND 3")
          .dateFilter(StandardDateFilter.between("CLOSE_DATE", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))
          .build());

      assertThat(run.grandTotal().rows()).extracting(r -> r.cell("OPPORTUNITY_NAME").label())
          .containsExactly("Globex platform", "Initech pilot", "Umbrella");
      assertThat(run.reportMetadata().reportBooleanFilter()).contains("(1 OR 2) AND 3");
    }

    @Test
    void relativeDatesAndBlankValuesFilterOnTheOrgsClock() {
      SalesforceId id = tabular();

      ReportResult thisMonth = client.reports().run(id, ReportRun.withDetails()
          .filter("CLOSE_DATE", FilterOperator.EQUALS, "THIS_MONTH")
          .filter("AMOUNT", FilterOperator.NOT_EQUAL, "").build());

      assertThat(thisMonth.grandTotal().rows()).extracting(r -> r.cell("OPPORTUNITY_NAME").label())
          .containsExactly("Acme - 50 seats", "Acme renewal");
    }

    @Test
    void aFilterTheReportTypeCannotRunIsAValidationErrorFromTheOrg() {
      SalesforceId id = tabular();

      assertThatThrownBy(() -> client.reports().run(id, ReportRun.summaries()
              .filter("AMOUNT", FilterOperator.GREATER_THAN, "lots").build()))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("BAD_REQUEST")
          .hasMessageContaining("The filter value lots isn't valid for the column AMOUNT of type currency.");
    }
  }

  @Nested
  class Asynchronous {
    @Test
    void runAndWaitPollsTheInstanceUntilSuccessAndReadsItsResult() {
      SalesforceId id = tabular();

      ReportResult result = client.reports().runAndWait(id, ReportRun.withDetails().build());

      assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
      assertThat(result.attributes().orElseThrow().type()).isEqualTo("ReportInstance");
      assertThat(result.attributes().orElseThrow().status()).contains("Success");
      assertThat(result.grandTotal().rows()).hasSize(5);
      List<ReportInstance> instances = client.reports().instances(id);
      assertThat(instances).hasSize(1);
      assertThat(instances.get(0).status()).isEqualTo("Success");
      assertThat(instances.get(0).id().keyPrefix()).isEqualTo("0LG");
      assertThat(instances.get(0).hasDetailRows()).contains(true);
    }

    @Test
    void theResultIsTakenWhenTheRunIsRequested() {
      SalesforceId id = tabular();
      ReportInstance requested = client.reports().runAsync(id, ReportRun.summaries().build());
      deal("Late", "Prospecting", "1", "2026-05-01");

      assertThat(requested.status()).isEqualTo("New");
      assertThat(client.reports().instanceResult(id, requested.id())).isEmpty();
      ReportResult result = client.reports().instanceResult(id, requested.id()).orElseThrow();

      assertThat(number(result.grandTotal(), "RowCount")).isEqualByComparingTo("5");
    }

    @Test
    void anUnknownInstanceIsNotFound() {
      SalesforceId id = tabular();

      assertThatThrownBy(() -> client.reports().instanceResult(id, SalesforceId.of("0LG5g0000000099")))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Nested
  class Finding {
    @Test
    void searchRecentAndDescribeFindTheDefinedReports() {
      SalesforceId all = tabular();
      SalesforceId leads = org.reports().define(ReportDefinition.tabular(ReportKind.LEADS, "Open Leads")
          .columns("LAST_NAME", "COMPANY").build());

      List<ReportSummary> found = client.reports().search("deals");
      List<ReportSummary> recent = client.reports().recent();
      ReportDescription d = client.reports().describe(all);

      assertThat(found).extracting(ReportSummary::id).containsExactly(all);
      assertThat(found.get(0).format()).contains("TABULAR");
      assertThat(recent).extracting(ReportSummary::id).containsExactly(leads, all);
      assertThat(d.metadata().detailColumns()).startsWith("OPPORTUNITY_NAME", "ACCOUNT_NAME");
      assertThat(d.extendedMetadata().orElseThrow().detailColumnInfo().get("CLOSE_DATE").dataType()).contains("date");
    }
  }
}
