package dev.salescloud.model.report;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportMetadataTest {
  static final String DESCRIBED =
      """
      {"id":"00OD0000001ZbP7MAK","name":"Closed Sales This Quarter",
       "developerName":"Closed_Sales_This_Quarter","reportFormat":"SUMMARY",
       "reportType":{"type":"Opportunity","label":"Opportunities"},
       "detailColumns":["OPPORTUNITY_NAME","TYPE","LEAD_SOURCE","AMOUNT"],
       "groupingsDown":[{"name":"CLOSE_DATE","sortOrder":"Desc","dateGranularity":"Month",
                         "sortAggregate":"s!AMOUNT"}],
       "groupingsAcross":[],
       "aggregates":["s!AMOUNT","a!AMOUNT","x!AMOUNT","u!ACCOUNT_NAME","RowCount","FORMULA1"],
       "reportFilters":[{"column":"STAGE_NAME","operator":"equals","value":"Closed Won"},
                        {"column":"AMOUNT","operator":"greaterOrEqual","value":"5000"},
                        {"column":"LEAD_SOURCE","operator":"notEqual","value":"Other"}],
       "reportBooleanFilter":"1 AND (2 OR 3)",
       "standardDateFilter":{"column":"CLOSE_DATE","durationValue":"THIS_FISCAL_QUARTER",
                             "startDate":"2026-10-01","endDate":"2026-12-31"},
       "standardFilters":[{"name":"open","value":"closedwon"}],
       "scope":"organization","hasDetailRows":true,"showGrandTotal":true,"showSubtotals":true,
       "sortBy":[],"currency":"EUR",
       "customSummaryFormula":{"FORMULA1":{"label":"Average deal","formulaType":"currency"}},
       "crossFilters":[{"criteria":[],"includesObject":true,"primaryEntityField":"OPPORTUNITY_ID",
                        "relatedEntity":"OpportunityLineItem","relatedEntityJoinField":"OPPORTUNITY_ID"}],
       "buckets":[],"chart":{"chartType":"Bar","groupings":["CLOSE_DATE"],"summaries":["s!AMOUNT"]}}
      """;

  @Nested
  class ReadingJson {
    @Test
    void roundTripsADescribedDefinitionKeepingUnmodelledKeys() {
      ReportMetadata metadata = assertRoundTrip(DESCRIBED, ReportMetadata.class);

      assertThat(metadata.id()).contains(SalesforceId.of("00OD0000001ZbP7MAK"));
      assertThat(metadata.reportBooleanFilter()).contains("1 AND (2 OR 3)");
      assertThat(metadata.groupingsDown().get(0).dateGranularity())
          .contains(GroupingInfo.DateGranularity.MONTH);
      assertThat(metadata.groupingsDown().get(0).sortAggregate()).contains("s!AMOUNT");
      assertThat(metadata.standardDateFilter().flatMap(StandardDateFilter::startDate))
          .contains(LocalDate.of(2026, 10, 1));
      assertThat(metadata.reportFilters())
          .extracting(ReportFilter::operator)
          .containsExactly(
              ReportFilter.Operator.EQUALS,
              ReportFilter.Operator.GREATER_OR_EQUAL,
              ReportFilter.Operator.NOT_EQUAL);
      assertThat(metadata.otherFields())
          .containsOnlyKeys("customSummaryFormula", "crossFilters", "buckets", "chart");
    }

    @Test
    void findsAggregatesAndColumnsByName() {
      ReportMetadata metadata = read(DESCRIBED, ReportMetadata.class);

      assertThat(metadata.aggregateIndex("x!AMOUNT")).isEqualTo(2);
      assertThat(metadata.aggregateIndex("FORMULA1")).isEqualTo(5);
      assertThat(metadata.detailColumnIndex("lead_source")).isEqualTo(2);
      assertThatThrownBy(() -> metadata.aggregateIndex("m!AMOUNT"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'m!AMOUNT' is not an aggregate")
          .hasMessageContaining("[s!AMOUNT, a!AMOUNT, x!AMOUNT, u!ACCOUNT_NAME, RowCount, FORMULA1]");
    }

    @Test
    void readsNullsOfModelledOptionalKeysAsAbsent() {
      ReportMetadata metadata =
          read(
              """
              {"name":"Pipeline","reportFormat":"TABULAR","currency":null,"reportBooleanFilter":null,
               "topRows":null,"standardDateFilter":null,
               "groupingsDown":[{"name":"STAGE_NAME","sortOrder":"Asc","dateGranularity":"None","sortAggregate":null}],
               "detailColumns":null}
              """,
              ReportMetadata.class);

      assertThat(metadata.currency()).isEmpty();
      assertThat(metadata.reportBooleanFilter()).isEmpty();
      assertThat(metadata.topRows()).isEmpty();
      assertThat(metadata.groupingsDown().get(0).sortAggregate()).isEmpty();
      assertThat(metadata.detailColumns()).isEmpty();
      assertThat(json(write(metadata)).has("currency")).isFalse();
    }

    @Test
    void refusesAnIdOfAnotherObjectNamingItsType() {
      assertThatThrownBy(() -> read("{\"id\":\"005D0000001KvxRIAS\"}", ReportMetadata.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("005D0000001KvxRIAS")
          .hasMessageContaining("Report");
    }
  }

  @Nested
  class BuildingFilters {
    @Test
    void writesAFilterAsTheApiTakesIt() {
      ReportFilter filter =
          ReportFilter.of("AMOUNT", ReportFilter.Operator.GREATER_THAN, "100000");

      assertThat(json(write(filter)))
          .isEqualTo(json("{\"column\":\"AMOUNT\",\"operator\":\"greaterThan\",\"value\":\"100000\"}"));
      assertThat(filter.toString()).contains("AMOUNT", "greaterThan").doesNotContain("100000");
    }

    @Test
    void addsFiltersToADescribedDefinitionForARun() {
      ReportMetadata described = read(DESCRIBED, ReportMetadata.class);

      ReportMetadata narrowed =
          described.toBuilder()
              .addReportFilter(ReportFilter.of("ACCOUNT_NAME", ReportFilter.Operator.STARTS_WITH, "Ac"))
              .reportBooleanFilter("1 AND (2 OR 3) AND 4")
              .build();

      assertThat(narrowed.reportFilters()).hasSize(4);
      assertThat(json(write(narrowed)).get("reportFilters").get(3))
          .isEqualTo(json("{\"column\":\"ACCOUNT_NAME\",\"operator\":\"startsWith\",\"value\":\"Ac\"}"));
      assertThat(described.reportFilters()).hasSize(3);
    }

    @Test
    void refusesABlankColumnOrOperatorNamingIt() {
      assertThatThrownBy(() -> ReportFilter.of(" ", ReportFilter.Operator.EQUALS, "x"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ReportFilter.column")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("ReportFilter.column");
      assertThatThrownBy(() -> ReportFilter.of("AMOUNT", "", "x"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ReportFilter.operator of column AMOUNT");
    }

    @Test
    void refusesADateRangeThatEndsBeforeItStarts() {
      assertThatThrownBy(
              () ->
                  StandardDateFilter.between(
                      "CLOSE_DATE", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 10, 1)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("StandardDateFilter.endDate 2026-10-01 is before startDate 2026-12-31");
      assertThat(json(write(StandardDateFilter.between(
              "CLOSE_DATE", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)))))
          .isEqualTo(json("{\"column\":\"CLOSE_DATE\",\"durationValue\":\"CUSTOM\","
              + "\"startDate\":\"2026-10-01\",\"endDate\":\"2026-12-31\"}"));
    }
  }
}
