package dev.salescloud.testkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.report.DetailRow;
import dev.salescloud.model.report.GroupingInfo;
import dev.salescloud.model.report.ReportResult;
import dev.salescloud.model.report.GroupingValue;
import dev.salescloud.model.report.ReportInstance;
import dev.salescloud.model.report.ReportMetadata;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.MovingClock;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrgReportsTest {
  private final FakeSalesCloud org = FakeSalesCloud.builder()
      .fixedAt(Instant.parse("2026-05-20T09:00:00Z")).fiscalYearStartMonth(Month.APRIL).build();

  private SalesforceId insert(String type, ObjectNode fields) {
    return org.store().insert(type, fields);
  }

  private static ObjectNode fields() {
    return JsonNodeFactory.instance.objectNode();
  }

  private void records() {
    SalesforceId account = insert("Account", fields().put("Name", "Acme").put("Industry", "Energy")
        .put("AnnualRevenue", 1000000).put("BillingCity", "Lyon"));
    insert("Lead", fields().put("LastName", "Ng").put("Company", "Acme").put("LeadSource", "Web"));
    insert("Task", fields().put("Subject", "Call").put("Status", "Not Started").put("Priority", "High")
        .put("ActivityDate", "2026-05-21").put("WhatId", account.value()));
    insert("Opportunity", fields().put("Name", "Deal").put("StageName", "Prospecting")
        .put("CloseDate", "2026-05-31").put("Amount", 10).put("AccountId", account.value()));
  }

  @Nested
  class EveryReportType {
    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void runsWithEveryColumnOfTheTypeAsADetailCell(ReportKind kind) {
      records();
      SalesforceId id = org.reports().define(ReportDefinition.tabular(kind, kind.name())
          .columns(kind.columnNames().toArray(String[]::new)).aggregates("RowCount").build());

      ReportResult run = org.reports().run(id, true);

      assertThat(run.grandTotal().rows()).hasSize(1);
      DetailRow row = run.grandTotal().rows().get(0);
      assertThat(row.dataCells()).hasSize(kind.columnNames().size());
      assertThat(row.cell("CREATED_DATE").label()).isEqualTo("5/20/2026 9:00 AM");
      assertThat(run.reportMetadata().reportType().orElseThrow()).isEqualTo(kind.reportType());
    }

    @Test
    void lookupsShowTheRelatedNameAndHoldItsId() {
      records();
      SalesforceId id = org.reports().define(ReportDefinition.tabular(ReportKind.ACTIVITIES, "Tasks")
          .columns("SUBJECT", "ASSIGNED", "DUE_DATE").build());

      DetailRow row = org.reports().run(id, true).grandTotal().rows().get(0);

      assertThat(row.cell("ASSIGNED").label()).isEqualTo("Admin User");
      assertThat(row.cell("ASSIGNED").id()).contains(org.store().runningUserId());
      assertThat(row.cell("DUE_DATE").label()).isEqualTo("5/21/2026");
    }
  }

  @Nested
  class DateGroupings {
    @Test
    void bucketsByWeekQuarterYearAndFiscalPeriods() {
      records();
      SalesforceId id = org.reports().define(ReportDefinition.summary(ReportKind.OPPORTUNITIES, "Dates")
          .groupDown("CLOSE_DATE", GroupingInfo.DateGranularity.FISCAL_YEAR)
          .groupDown("CLOSE_DATE", GroupingInfo.DateGranularity.FISCAL_QUARTER)
          .groupDown("CLOSE_DATE", GroupingInfo.DateGranularity.WEEK)
          .aggregates("RowCount").build());

      ReportResult run = org.reports().run(id, false);

      var year = run.groupingsDown().groupings().get(0);
      assertThat(year.label()).isEqualTo("FY2027");
      assertThat(year.valueText()).contains("2026-04-01");
      assertThat(year.groupings().get(0).label()).isEqualTo("Q1-2027");
      assertThat(year.groupings().get(0).groupings().get(0).valueText()).contains("2026-05-31");
      assertThat(run.fact("0_0_0", "T")).isPresent();
    }

    @Test
    void emptyValuesFormTheirOwnGroupFirst() {
      records();
      insert("Opportunity", fields().put("Name", "No source").put("StageName", "Prospecting")
          .put("CloseDate", "2026-05-31").put("LeadSource", "Web"));
      SalesforceId id = org.reports().define(ReportDefinition.summary(ReportKind.OPPORTUNITIES, "By source")
          .groupDown("LEAD_SOURCE").aggregates("RowCount").build());

      ReportResult run = org.reports().run(id, false);

      assertThat(run.groupingsDown().groupings().get(0).label()).isEqualTo("-");
      assertThat(run.groupingsDown().groupings().get(0).value().isNull()).isTrue();
      assertThat(run.groupingsDown().groupings().get(1).label()).isEqualTo("Web");
    }
  }

  @Nested
  class Sorting {
    @Test
    void aDescendingGroupingListsItsGroupsLastFirst() {
      records();
      insert("Opportunity", fields().put("Name", "Won").put("StageName", "Closed Won").put("CloseDate", "2026-05-01"));
      SalesforceId id = org.reports().define(ReportDefinition.summary(ReportKind.OPPORTUNITIES, "Stages")
          .groupDown("STAGE_NAME").aggregates("RowCount").build());
      ReportMetadata descending = org.reports().metadata(id).toBuilder()
          .groupingsDown(List.of(GroupingInfo.builder().name("STAGE_NAME").sortOrder("Desc").build())).build();

      ReportResult run = org.reports().run(id, descending, false);

      assertThat(run.groupingsDown().groupings()).extracting(GroupingValue::label)
          .containsExactly("Closed Won", "Prospecting");
    }

    @Test
    void detailRowsFollowTheSortColumn() {
      records();
      insert("Opportunity", fields().put("Name", "Big").put("StageName", "Prospecting")
          .put("CloseDate", "2026-05-01").put("Amount", 500));
      SalesforceId id = org.reports().define(ReportDefinition.tabular(ReportKind.OPPORTUNITIES, "By amount")
          .columns("OPPORTUNITY_NAME", "AMOUNT").sortBy("AMOUNT", "Desc").build());

      ReportResult run = org.reports().run(id, true);

      assertThat(run.grandTotal().rows()).extracting(r -> r.cell("OPPORTUNITY_NAME").label())
          .containsExactly("Big", "Deal");
    }

    @Test
    void matrixReportsCannotSortRows() {
      assertThatThrownBy(() -> ReportDefinition.matrix(ReportKind.OPPORTUNITIES, "x").columns("AMOUNT")
              .groupDown("TYPE").groupAcross("STAGE_NAME").sortBy("AMOUNT", "Asc").build())
          .hasMessageContaining("Column sorting isn't supported for matrix reports.");
    }

    @Test
    void theSortColumnMustBeASelectedColumn() {
      assertThatThrownBy(() -> ReportDefinition.tabular(ReportKind.OPPORTUNITIES, "x").columns("AMOUNT")
              .sortBy("CLOSE_DATE", "Asc").build())
          .hasMessageContaining("The sort column name must be from a selected column.");
    }
  }

  @Nested
  class AsynchronousRuns {
    @Test
    void resultsAreGoneAfterTwentyFourHours() {
      MovingClock clock = new MovingClock(Instant.parse("2026-05-20T09:00:00Z"));
      FakeSalesCloud moving = FakeSalesCloud.builder().clock(clock).build();
      SalesforceId id = moving.reports().define(ReportDefinition.tabular(ReportKind.LEADS, "Leads")
          .columns("LAST_NAME").build());
      ReportInstance started = moving.reports().start(id, moving.reports().metadata(id), false, "/services/data/v66.0");

      assertThat(moving.reports().look(id, started.id()).status()).isEqualTo("Running");
      assertThat(moving.reports().look(id, started.id()).status()).isEqualTo("Success");
      assertThat(moving.reports().look(id, started.id()).completionDate()).contains(clock.instant());
      clock.advance(Duration.ofHours(24).plusSeconds(1));

      assertThat(moving.reports().instances(id)).isEmpty();
      assertThatThrownBy(() -> moving.reports().instanceResult(id, started.id()))
          .isInstanceOfSatisfying(SalesforceFault.class, f -> assertThat(f.status()).isEqualTo(404));
    }
  }

  @Nested
  class Definitions {
    @Test
    void anUnknownColumnIsRefusedNamingTheValidOnes() {
      assertThatThrownBy(() -> ReportDefinition.tabular(ReportKind.LEADS, "x").columns("AMOUNT").build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("The column AMOUNT is not valid for the report type LeadList")
          .hasMessageContaining("LAST_NAME");
    }

    @Test
    void aMatrixWithoutColumnGroupingsIsRefused() {
      assertThatThrownBy(() -> ReportDefinition.matrix(ReportKind.OPPORTUNITIES, "x").groupDown("TYPE").build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("A matrix report needs 1 or 2 row groupings and 1 or 2 column groupings.");
    }

    @Test
    void summingATextColumnIsRefused() {
      assertThatThrownBy(() -> ReportDefinition.tabular(ReportKind.OPPORTUNITIES, "x").aggregates("s!STAGE_NAME").build())
          .hasMessageContaining("STAGE_NAME is not a number column");
    }

    @Test
    void aDateGranularityOnATextColumnIsRefused() {
      assertThatThrownBy(() -> ReportDefinition.summary(ReportKind.OPPORTUNITIES, "x")
              .groupDown("STAGE_NAME", GroupingInfo.DateGranularity.MONTH).build())
          .hasMessageContaining("not a date column");
    }

    @Test
    void filterLogicLeavingAFilterOutIsRefused() {
      assertThatThrownBy(() -> ReportDefinition.tabular(ReportKind.OPPORTUNITIES, "x")
              .filter("AMOUNT", "greaterThan", "1").filter("TYPE", "equals", "New Customer")
              .filterLogic("1").build())
          .hasMessageContaining("The filter logic 1 is invalid: filter 2 is not used.");
    }

    @Test
    void withinIsNotValidForAnyColumnOfTheseTypes() {
      assertThatThrownBy(() -> ReportDefinition.tabular(ReportKind.ACCOUNTS, "x")
              .filter("ADDRESS1_CITY", "within", "10").build())
          .hasMessageContaining("The filter operator within isn't valid for the column ADDRESS1_CITY of type string.");
    }

    @Test
    void anIdThatNamesNoReportIsNotFound() {
      assertThatThrownBy(() -> org.reports().run(SalesforceId.of("00O5g0000000099"), false))
          .isInstanceOfSatisfying(SalesforceFault.class, f -> {
            assertThat(f.status()).isEqualTo(404);
            assertThat(f.errorCode()).isEqualTo("NOT_FOUND");
          });
    }
  }
}
