package dev.salescloud.model.report;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportResultTest {
  static final List<String> NONE = List.of();

  static BigDecimal sum(ReportResult run, String rowKey, String colKey) {
    return run.fact(rowKey, colKey).orElseThrow().aggregate("s!AMOUNT").number().orElseThrow();
  }

  static long count(ReportResult run, String rowKey, String colKey) {
    return run.fact(rowKey, colKey).orElseThrow().aggregate("RowCount").number().orElseThrow()
        .longValueExact();
  }

  @Nested
  class SummaryRun {
    final ReportResult run = read(ReportFixtures.SUMMARY_RUN, ReportResult.class);

    @Test
    void roundTripsExactlyKeepingUnmodelledKeys() {
      ReportResult read = assertRoundTrip(ReportFixtures.SUMMARY_RUN, ReportResult.class);

      assertThat(read.otherFields()).containsKey("hasExceededTabularRowLimit");
      assertThat(read.reportMetadata().otherFields())
          .containsKeys("buckets", "crossFilters", "customSummaryFormula", "chart", "folderId");
      assertThat(read.reportMetadata().otherFields().get("chart").isNull()).isTrue();
      assertThat(
              read.reportExtendedMetadata().orElseThrow().groupingColumnInfo().get("STAGE_NAME")
                  .otherFields().get("groupingLevel").intValue())
          .isEqualTo(1);
    }

    @Test
    void readsTheAttributesAndTheFormat() {
      assertThat(run.format()).isEqualTo(ReportMetadata.Format.SUMMARY);
      assertThat(run.attributes().map(ReportAttributes::type)).contains(ReportAttributes.REPORT);
      assertThat(run.attributes().flatMap(ReportAttributes::reportId))
          .contains(SalesforceId.of("00OD0000001ZbP7MAK"));
      assertThat(run.allData()).contains(true);
      assertThat(run.isTruncated()).isFalse();
      assertThat(run.reportMetadata().aggregates()).containsExactly("s!AMOUNT", "RowCount");
    }

    @Test
    void saysARunIsTruncatedWhenNotAllDataCameBackAndNeverWritesTheFlag() throws Exception {
      ReportResult truncated = ReportResult.builder().from(run).allData(false).build();

      assertThat(truncated.isTruncated()).isTrue();
      assertThat(ReportResult.builder().from(run).allData(java.util.Optional.empty()).build().isTruncated())
          .isFalse();
      assertThat(write(truncated)).doesNotContain("truncated").contains("\"allData\":false");
    }

    @Test
    void readsTheGrandTotalByAggregateName() {
      Fact total = run.grandTotal();

      assertThat(total.aggregate("s!AMOUNT").number()).contains(new BigDecimal("210000.50"));
      assertThat(total.aggregate("s!AMOUNT").label()).isEqualTo("$210,000.50");
      assertThat(total.aggregate("RowCount").number()).contains(new BigDecimal("4"));
      assertThat(total.aggregatesByName()).containsOnlyKeys("s!AMOUNT", "RowCount");
    }

    @Test
    void matchesAggregateNamesIgnoringCaseWhenNoneMatchesExactly() {
      assertThat(run.grandTotal().aggregate("s!Amount").number())
          .contains(new BigDecimal("210000.50"));
      assertThat(run.grandTotal().aggregate("rowcount").number()).contains(new BigDecimal("4"));
    }

    @Test
    void findsGroupingKeysByLabelsOrValues() {
      assertThat(run.groupingDown(List.of("Existing Customer - Upgrade"))).contains("0");
      assertThat(run.groupingDown(List.of("Existing Customer - Upgrade", "Negotiation/Review")))
          .contains("0_1");
      assertThat(run.groupingDown(List.of("New Customer", "Prospecting"))).contains("1_0");
      assertThat(run.groupingDown(NONE)).contains("T");
      assertThat(run.groupingDown(List.of("New Customer", "Closed Won"))).isEmpty();
    }

    @Test
    void readsFactsByGroupingPathWithTotalsForEmptyPaths() {
      assertThat(run.fact(List.of("Existing Customer - Upgrade", "Closed Won"), NONE)
              .map(f -> f.aggregate("s!AMOUNT").number().orElseThrow()))
          .contains(new BigDecimal("75000.50"));
      assertThat(run.fact(List.of("Existing Customer - Upgrade"), NONE)
              .map(f -> f.aggregate("RowCount").number().orElseThrow()))
          .contains(new BigDecimal("3"));
      assertThat(run.fact(NONE, NONE)).contains(run.grandTotal());
      assertThat(sum(run, "0", "T")).isEqualByComparingTo("195000.50");
      assertThat(sum(run, "1", "T")).isEqualByComparingTo("15000");
      assertThat(sum(run, "1_0", "T")).isEqualByComparingTo("15000");
    }

    @Test
    void readsDetailCellsByColumnName() {
      List<DetailRow> rows = run.fact("0_0", "T").orElseThrow().rows();

      assertThat(rows).hasSize(2);
      DetailRow acme = rows.get(0);
      assertThat(acme.cell("OPPORTUNITY_NAME").label()).isEqualTo("Acme - 50 seats");
      assertThat(acme.cell("OPPORTUNITY_NAME").id()).contains(SalesforceId.of("006D000000CvZ9TIAV"));
      assertThat(acme.cell("FULL_NAME").label()).isEqualTo("Chris Hall");
      assertThat(acme.cell("FULL_NAME").id()).contains(SalesforceId.of("00558000000FkaVAAS"));
      assertThat(acme.cell("CLOSE_DATE").date()).contains(LocalDate.of(2026, 5, 31));
      assertThat(acme.cell("NEXT_STEP").text()).contains("Send countersigned contract");
      assertThat(acme.cell("amount").amount()).contains(new BigDecimal("50000"));
      assertThat(rows.get(1).cell("AMOUNT").amount()).contains(new BigDecimal("25000.50"));
      assertThat(acme.cellsByColumn().keySet())
          .containsExactly("OPPORTUNITY_NAME", "FULL_NAME", "CLOSE_DATE", "AMOUNT", "NEXT_STEP");
    }

    @Test
    void readsCurrencyCellsAsAmountsWithoutACurrencyInSingleCurrencyOrgs() {
      DataCell amount = run.fact("0_1", "T").orElseThrow().rows().get(0).cell("AMOUNT");

      assertThat(amount.amount()).contains(new BigDecimal("120000"));
      assertThat(amount.number()).contains(new BigDecimal("120000"));
      assertThat(amount.currency()).isEmpty();
      assertThat(amount.text()).isEmpty();
      assertThat(amount.label()).isEqualTo("$120,000.00");
    }

    @Test
    void readsEmptyCellsAsEmpty() {
      DataCell nextStep = run.fact("1_0", "T").orElseThrow().rows().get(0).cell("NEXT_STEP");

      assertThat(nextStep.isEmpty()).isTrue();
      assertThat(nextStep.label()).isEqualTo(DataCell.EMPTY_LABEL);
      assertThat(nextStep.value().isNull()).isTrue();
      assertThat(nextStep.text()).isEmpty();
      assertThat(nextStep.amount()).isEmpty();
      assertThat(nextStep.id()).isEmpty();
      assertThat(nextStep.date()).isEmpty();
      assertThat(nextStep).isEqualTo(DataCell.empty());
      assertThat(json(write(nextStep))).isEqualTo(json("{\"label\":\"-\",\"value\":null}"));
    }

    @Test
    void keepsDetailRowsOnlyOnTheInnermostGroups() {
      assertThat(run.fact("0", "T").orElseThrow().rows()).isEmpty();
      assertThat(run.grandTotal().rows()).isEmpty();
      assertThat(run.fact("1_0", "T").orElseThrow().rows()).hasSize(1);
    }

    @Test
    void answersEmptyForFactsThatDoNotExist() {
      assertThat(run.fact("7", "T")).isEmpty();
      assertThat(run.fact("0_0", "0")).isEmpty();
      assertThat(run.fact("0_0!0")).isEmpty();
      assertThat(run.fact(List.of("Renewal"), NONE)).isEmpty();
      assertThat(run.fact(List.of("New Customer"), List.of("May 2026"))).isEmpty();
    }

    @Test
    void refusesAnAggregateNameNotInTheMetadataListingTheValidOnes() {
      Fact total = run.grandTotal();

      assertThatThrownBy(() -> total.aggregate("a!AMOUNT"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'a!AMOUNT'")
          .hasMessageContaining("[s!AMOUNT, RowCount]")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("aggregate");
    }

    @Test
    void refusesAColumnNotInTheMetadataListingTheValidOnes() {
      DetailRow row = run.fact("0_0", "T").orElseThrow().rows().get(0);

      assertThatThrownBy(() -> row.cell("PROBABILITY"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'PROBABILITY'")
          .hasMessageContaining("[OPPORTUNITY_NAME, FULL_NAME, CLOSE_DATE, AMOUNT, NEXT_STEP]");
    }

    @Test
    void refusesNullPathsNamingThem() {
      assertThatThrownBy(() -> run.fact(null, NONE))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("downPath");
      assertThatThrownBy(() -> run.groupingDown(java.util.Arrays.asList("New Customer", null)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("path[1]");
    }

    @Test
    void showsNoDataInToString() {
      String shown =
          run + " " + run.grandTotal() + " " + run.fact("0_0", "T").orElseThrow().rows()
              + run.groupingsDown().groupings() + run.reportMetadata().reportFilters();

      assertThat(shown)
          .contains("SUMMARY", "00OD0000001ZbP7MAK")
          .doesNotContain("Acme", "Chris Hall", "50000", "210,000", "Existing Customer", "1000");
    }
  }

  @Nested
  class MatrixRun {
    final ReportResult run = read(ReportFixtures.MATRIX_RUN, ReportResult.class);

    @Test
    void roundTripsExactly() {
      assertRoundTrip(ReportFixtures.MATRIX_RUN, ReportResult.class);
    }

    @Test
    void readsCellsOfTheMatrixByRowAndColumnPaths() {
      assertThat(run.format()).isEqualTo(ReportMetadata.Format.MATRIX);
      // Existing customers' closed-won deals in June from partner referrals: the 25,000 one.
      assertThat(run.fact(
              List.of("Existing Customer - Upgrade", "Closed Won"),
              List.of("June 2026", "Partner Referral")))
          .isEqualTo(run.fact("0_0", "1_0"));
      assertThat(sum(run, "0_0", "1_0")).isEqualByComparingTo("25000");
      // Negotiation in June came from the web, so the partner-referral cell is zero.
      assertThat(run.groupingDown(List.of("Existing Customer - Upgrade", "Negotiation/Review")))
          .contains("0_1");
      assertThat(run.groupingAcross(List.of("June 2026", "Partner Referral"))).contains("1_0");
      assertThat(count(run, "0_1", "1_0")).isZero();
      assertThat(sum(run, "0_1", "1_1")).isEqualByComparingTo("120000");
      assertThat(sum(run, "0", "0")).isEqualByComparingTo("50000");
    }

    @Test
    void readsRowColumnAndGrandTotals() {
      assertThat(run.fact(List.of("Existing Customer - Upgrade"), NONE)).isEqualTo(run.fact("0", "T"));
      assertThat(sum(run, "0", "T")).isEqualByComparingTo("195000");
      assertThat(run.fact(NONE, List.of("May 2026"))).isEqualTo(run.fact("T", "0"));
      assertThat(sum(run, "T", "0")).isEqualByComparingTo("65000");
      assertThat(count(run, "T", "1")).isEqualTo(2);
      assertThat(sum(run, "T", "T")).isEqualByComparingTo("210000");
      assertThat(run.grandTotal().aggregate("RowCount").number()).contains(new BigDecimal("4"));
    }

    @Test
    void findsDateGroupsByValueAsWellAsByLabel() {
      assertThat(run.groupingAcross(List.of("2026-05-01"))).contains("0");
      assertThat(run.groupingAcross(List.of("May 2026"))).contains("0");
      assertThat(run.groupingsAcross().byKey("1_1").map(GroupingValue::label)).contains("Web");
      assertThat(run.groupingsAcross().byKey("1_2")).isEmpty();
      assertThat(run.groupingsAcross().byKey("1").flatMap(GroupingValue::valueText))
          .contains("2026-06-01");
    }

    @Test
    void alignsAggregatesWithTheMetadataOrder() {
      Fact june = run.fact("T", "1").orElseThrow();

      assertThat(june.aggregates().get(0).number()).contains(new BigDecimal("2"));
      assertThat(june.aggregate("RowCount").number()).contains(new BigDecimal("2"));
      assertThat(june.aggregate("s!AMOUNT").number()).contains(new BigDecimal("145000"));
    }

    @Test
    void answersEmptyForPathsThatNameNoGroup() {
      assertThat(run.fact(List.of("Existing Customer - Upgrade"), List.of("July 2026"))).isEmpty();
      assertThat(run.fact(List.of("New Customer", "Closed Won"), NONE)).isEmpty();
      assertThat(run.fact("2", "0")).isEmpty();
    }
  }

  @Nested
  class TabularRun {
    final ReportResult run = read(ReportFixtures.TABULAR_RUN, ReportResult.class);

    @Test
    void roundTripsExactly() {
      assertRoundTrip(ReportFixtures.TABULAR_RUN, ReportResult.class);
    }

    @Test
    void holdsEveryRowAndTheTotalInTheOnlyFact() {
      assertThat(run.format()).isEqualTo(ReportMetadata.Format.TABULAR);
      assertThat(run.factMap()).containsOnlyKeys("T!T");
      assertThat(run.fact(NONE, NONE)).contains(run.grandTotal());
      assertThat(run.grandTotal().rows()).hasSize(3);
      assertThat(run.grandTotal().aggregate("s!AMOUNT").number()).contains(new BigDecimal("135000"));
      assertThat(run.fact(List.of("Prospecting"), NONE)).isEmpty();
      assertThat(run.groupingsDown().groupings()).isEmpty();
    }

    @Test
    void readsEveryKindOfCell() {
      List<DetailRow> rows = run.grandTotal().rows();

      assertThat(rows.get(0).cell("STAGE_NAME").text()).contains("Negotiation/Review");
      assertThat(rows.get(0).cell("PROBABILITY").number()).contains(new BigDecimal("90"));
      assertThat(rows.get(0).cell("PROBABILITY").amount()).isEmpty();
      assertThat(rows.get(1).cell("CLOSE_DATE").date()).contains(LocalDate.of(2026, 7, 1));
      DataCell noAmount = rows.get(2).cell("AMOUNT");
      assertThat(noAmount.isEmpty()).isTrue();
      assertThat(noAmount.amount()).isEmpty();
      assertThat(noAmount.number()).isEmpty();
    }

    @Test
    void readsTheMetadataOfTheRun() {
      ReportMetadata metadata = run.reportMetadata();

      assertThat(metadata.topRows().map(TopRows::rowLimit)).contains(25);
      assertThat(metadata.currency()).contains("USD");
      assertThat(metadata.sortBy()).containsExactly(SortColumn.of("AMOUNT", "Desc"));
      assertThat(metadata.reportFilters().get(0).value()).contains("Closed Won,Closed Lost");
      assertThat(run.reportExtendedMetadata().orElseThrow().detailColumnInfo().get("PROBABILITY")
              .dataType())
          .contains("percent");
    }
  }

  @Nested
  class Building {
    final ReportMetadata metadata =
        ReportMetadata.builder()
            .reportFormat(ReportMetadata.Format.SUMMARY)
            .addAggregates("s!AMOUNT", "RowCount")
            .addDetailColumns("OPPORTUNITY_NAME", "AMOUNT")
            .build();

    final Fact unnamed =
        Fact.builder()
            .addAggregates(
                AggregateValue.of("$10.00", new BigDecimal("10")),
                AggregateValue.of("1", BigDecimal.ONE))
            .addRows(
                DetailRow.of(
                    List.of(
                        DataCell.of("Acme", json("\"006D000000CvZ9TIAV\"")),
                        DataCell.of("$10.00", json("{\"amount\":10,\"currency\":\"EUR\"}")))))
            .build();

    @Test
    void givesFactsOfABuiltResultTheMetadataNames() {
      ReportResult result =
          ReportResult.builder().reportMetadata(metadata).putFactMap("T!T", unnamed).build();

      Fact total = result.grandTotal();
      assertThat(total.aggregateNames()).containsExactly("s!AMOUNT", "RowCount");
      assertThat(total.aggregate("RowCount").number()).contains(BigDecimal.ONE);
      assertThat(total.rows().get(0).cell("AMOUNT").currency()).contains("EUR");
      assertThat(total).isEqualTo(unnamed);
    }

    @Test
    void refusesAggregateLookupsOnAFactThatKnowsNoNames() {
      assertThatThrownBy(() -> unnamed.aggregate("s!AMOUNT"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'s!AMOUNT'")
          .hasMessageContaining("reportMetadata.aggregates is empty");
      assertThatThrownBy(() -> unnamed.rows().get(0).cell("AMOUNT"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("reportMetadata.detailColumns is empty");
    }

    @Test
    void refusesAFactWithFewerValuesThanTheMetadataNames() {
      Fact short1 = Fact.builder().addAggregates(AggregateValue.of("1", BigDecimal.ONE))
          .aggregateNames(List.of("RowCount", "s!AMOUNT")).build();

      assertThatThrownBy(() -> short1.aggregate("s!AMOUNT"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("holds only 1 values");
    }

    @Test
    void neverWritesTheNamesIntoJson() {
      ReportResult result =
          ReportResult.builder().reportMetadata(metadata).putFactMap("T!T", unnamed).build();

      JsonNode fact = json(write(result)).get("factMap").get("T!T");
      assertThat(fact.has("aggregateNames")).isFalse();
      assertThat(fact.get("rows").get(0).has("columnNames")).isFalse();
      assertThat(read("{\"aggregates\":[],\"rows\":[],\"aggregateNames\":[\"x\"]}", Fact.class)
              .aggregateNames())
          .isEmpty();
    }

    @Test
    void refusesAResultWithoutAGrandTotalNamingTheFactMap() {
      assertThatThrownBy(
              () -> ReportResult.builder().reportMetadata(metadata).putFactMap("0!T", unnamed).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("SUMMARY")
          .hasMessageContaining("T!T")
          .hasMessageContaining("[0!T]")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("factMap");
    }

    @Test
    void infersTheFormatFromTheGroupingsWhenTheMetadataDoesNotSayIt() {
      Fact total = Fact.builder().build();
      ReportMetadata across =
          ReportMetadata.builder()
              .addGroupingsDown(GroupingInfo.of("STAGE_NAME"))
              .addGroupingsAcross(GroupingInfo.of("CLOSE_DATE"))
              .build();

      assertThat(ReportResult.builder().reportMetadata(across).putFactMap("T!T", total).build()
              .format())
          .isEqualTo(ReportMetadata.Format.MATRIX);
      assertThat(ReportResult.builder()
              .reportMetadata(ReportMetadata.builder().addGroupingsDown(GroupingInfo.of("TYPE")).build())
              .putFactMap("T!T", total).build().format())
          .isEqualTo(ReportMetadata.Format.SUMMARY);
      assertThat(ReportResult.builder().reportMetadata(ReportMetadata.builder().build())
              .putFactMap("T!T", total).build().format())
          .isEqualTo(ReportMetadata.Format.TABULAR);
    }

    @Test
    void reportsAMissingGrandTotalOfAJoinedReportWhenAskedForIt() {
      ReportResult joined =
          ReportResult.builder()
              .reportMetadata(ReportMetadata.builder().reportFormat(ReportMetadata.Format.MULTI_BLOCK).build())
              .putFactMap("B0#T!T", Fact.builder().build())
              .build();

      assertThat(joined.fact("B0#T!T")).isPresent();
      assertThatThrownBy(joined::grandTotal)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("MULTI_BLOCK")
          .hasMessageContaining("[B0#T!T]");
    }

    @Test
    void readsTheSameResultEqualTwice() {
      assertThat(read(ReportFixtures.SUMMARY_RUN, ReportResult.class))
          .isEqualTo(read(ReportFixtures.SUMMARY_RUN, ReportResult.class))
          .isNotEqualTo(read(ReportFixtures.TABULAR_RUN, ReportResult.class));
      assertThat(Map.of("k", read(ReportFixtures.SUMMARY_RUN, ReportResult.class).grandTotal()))
          .containsValue(read(ReportFixtures.SUMMARY_RUN, ReportResult.class).grandTotal());
    }
  }
}
