package dev.salescloud.model.query;

import static dev.salescloud.model.JsonAssertions.MAPPER;
import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.salescloud.model.RecordAttributes;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AggregateResultTest {
  /** SELECT CampaignId, SUM(Amount), COUNT(Id) total FROM Opportunity GROUP BY CampaignId. */
  static final String CAMPAIGN_ROW =
      "{\"attributes\":{\"type\":\"AggregateResult\"},\"CampaignId\":\"701E0000000JuFHIA0\","
          + "\"expr0\":300.0,\"total\":12}";

  /** The §3.4 page, three groups, one of them the null campaign. */
  static final String CAMPAIGN_PAGE =
      """
      {"totalSize":3,"done":true,"records":[
        {"attributes":{"type":"AggregateResult"},"CampaignId":"701E0000000JuFHIA0","expr0":300.0},
        {"attributes":{"type":"AggregateResult"},"CampaignId":"701E0000000JuFMIA0","expr0":1250000.55},
        {"attributes":{"type":"AggregateResult"},"CampaignId":null,"expr0":12345678901234567.89}]}
      """;

  static final TypeReference<QueryResult<AggregateResult>> AGGREGATE_PAGE = new TypeReference<>() {};

  /** The JSON text without the line breaks and indentation of a text block. */
  static String compact(String text) {
    return text.replaceAll("\\s*\\n\\s*", "");
  }

  static <T> T readAs(String text, TypeReference<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class ReadingJson {
    @Test
    void keepsTheColumnsInTheOrderSalesforceSentThem() {
      AggregateResult row = read(CAMPAIGN_ROW, AggregateResult.class);

      assertThat(row.aliases()).containsExactly("CampaignId", "expr0", "total");
      assertThat(row.columns().keySet()).containsExactly("CampaignId", "expr0", "total");
      assertThat(row.attributes()).contains(RecordAttributes.of("AggregateResult"));
    }

    @Test
    void writesTheRowBackExactlyAsReceived() {
      AggregateResult row = read(CAMPAIGN_ROW, AggregateResult.class);

      assertThat(write(row)).isEqualTo(CAMPAIGN_ROW);
    }

    @Test
    void keepsDecimalsExactWithTheirScale() {
      AggregateResult row =
          read(
              "{\"attributes\":{\"type\":\"AggregateResult\"},\"expr0\":12345678901234567.89,"
                  + "\"avg\":0.10000000000000000555,\"expr1\":300.0}",
              AggregateResult.class);

      assertThat(row.expr(0, BigDecimal.class)).contains(new BigDecimal("12345678901234567.89"));
      assertThat(row.get("avg", BigDecimal.class)).contains(new BigDecimal("0.10000000000000000555"));
      assertThat(row.expr(1, BigDecimal.class)).contains(new BigDecimal("300.0"));
      assertThat(write(row)).contains("12345678901234567.89", "0.10000000000000000555", "300.0");
    }

    @Test
    void readsARowWithoutAttributesAndWritesItWithout() {
      AggregateResult row = assertRoundTrip("{\"LeadSource\":\"Web\",\"expr0\":7}", AggregateResult.class);

      assertThat(row.attributes()).isEmpty();
      assertThat(write(row)).isEqualTo("{\"LeadSource\":\"Web\",\"expr0\":7}");
    }

    @Test
    void keepsTheNullGroupAsJsonNull() {
      AggregateResult row =
          read(
              "{\"attributes\":{\"type\":\"AggregateResult\"},\"LeadSource\":null,\"expr0\":3}",
              AggregateResult.class);

      assertThat(row.get("LeadSource")).map(JsonNode::isNull).contains(true);
      assertThat(row.get("LeadSource", String.class)).isEmpty();
      assertThat(write(row)).contains("\"LeadSource\":null");
    }

    @Test
    void refusesARecordOfAnotherTypeNamingBothTypes() {
      assertThatThrownBy(
              () ->
                  read(
                      "{\"attributes\":{\"type\":\"Lead\",\"url\":\"/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB\"},"
                          + "\"Id\":\"00Q5f00000AbcdeEAB\"}",
                      AggregateResult.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("\"Lead\"")
          .hasMessageContaining("attributes.type must be AggregateResult");
    }

    @Test
    void refusesAttributesWithoutAType() {
      assertThatThrownBy(() -> read("{\"attributes\":{},\"expr0\":1}", AggregateResult.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("no type");
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
      assertThatThrownBy(() -> read("[{\"expr0\":1}]", AggregateResult.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("AggregateResult");
      assertThatThrownBy(() -> read("\"expr0\"", AggregateResult.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("AggregateResult");
    }
  }

  @Nested
  class TypedAccess {
    final AggregateResult row = read(CAMPAIGN_ROW, AggregateResult.class);

    @Test
    void readsColumnsAsJavaTypes() {
      assertThat(row.get("CampaignId", SalesforceId.class))
          .contains(SalesforceId.of("701E0000000JuFHIA0"));
      assertThat(row.get("CampaignId", SalesforceId.class).flatMap(SalesforceId::objectType))
          .contains("Campaign");
      assertThat(row.get("total", Integer.class)).contains(12);
      assertThat(row.get("expr0")).map(JsonNode::decimalValue).contains(new BigDecimal("300.0"));
    }

    @Test
    void readsUnaliasedAggregatesByPosition() {
      assertThat(row.expr(0)).isEqualTo(row.get("expr0"));
      assertThat(row.expr(0, BigDecimal.class)).contains(new BigDecimal("300.0"));
      assertThat(row.expr(1)).isEmpty();
    }

    @Test
    void refusesANegativePositionNamingIt() {
      assertThatThrownBy(() -> row.expr(-1))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("n is -1")
          .hasMessageContaining("expr0")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("n");
    }

    @Test
    void countsFromExpr0OrANamedColumn() {
      AggregateResult counted =
          read(
              "{\"attributes\":{\"type\":\"AggregateResult\"},\"LeadSource\":\"Web\",\"expr0\":42,"
                  + "\"converted\":17}",
              AggregateResult.class);

      assertThat(counted.count()).contains(42L);
      assertThat(counted.count("converted")).contains(17L);
      assertThat(counted.count("missing")).isEmpty();
      assertThat(row.count("total")).contains(12L);
    }

    @Test
    void refusesACountThatIsNotAWholeNumber() {
      AggregateResult averaged =
          read("{\"attributes\":{\"type\":\"AggregateResult\"},\"expr0\":2.5}", AggregateResult.class);

      assertThatThrownBy(averaged::count)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("AggregateResult.expr0")
          .hasMessageContaining("2.5");
    }

    @Test
    void matchesAliasesIgnoringCase() {
      assertThat(row.get("TOTAL", Integer.class)).contains(12);
      assertThat(row.get("campaignid", SalesforceId.class)).isPresent();
    }

    @Test
    void prefersTheExactlyMatchingColumnOverOneDifferingInCase() {
      AggregateResult twoCases = AggregateResult.builder().put("Total", 1).put("total", 2).build();

      assertThat(twoCases.get("total", Integer.class)).contains(2);
      assertThat(twoCases.get("Total", Integer.class)).contains(1);
    }

    @Test
    void findsGroupedParentFieldsByTheirDottedPath() {
      // SELECT Owner.Name, Account__r.Region__c, COUNT(Id) FROM Lead GROUP BY Owner.Name, Account__r.Region__c
      AggregateResult grouped =
          read(
              "{\"attributes\":{\"type\":\"AggregateResult\"},\"Name\":\"Sam Rep\","
                  + "\"Region__c\":\"EMEA\",\"expr0\":4}",
              AggregateResult.class);

      assertThat(grouped.get("Owner.Name", String.class)).contains("Sam Rep");
      assertThat(grouped.get("Account__r.Region__c", String.class)).contains("EMEA");
      assertThat(grouped.get("Owner.Manager.Name", String.class)).contains("Sam Rep");
      assertThat(grouped.get("Owner.Alias")).isEmpty();
    }

    @Test
    void readsDatesOfGroupedDateFunctions() {
      // SELECT DAY_ONLY(CreatedDate) day, COUNT(Id) FROM Lead GROUP BY DAY_ONLY(CreatedDate)
      AggregateResult byDay =
          read(
              "{\"attributes\":{\"type\":\"AggregateResult\"},\"day\":\"2026-11-02\",\"expr0\":5}",
              AggregateResult.class);

      assertThat(byDay.get("day", LocalDate.class)).contains(LocalDate.of(2026, 11, 2));
    }

    @Test
    void refusesMalformedColumnNamesNamingThem() {
      assertThatThrownBy(() -> row.get("Owner..Name"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("''")
          .hasMessageContaining("column");
      assertThatThrownBy(() -> row.get("SUM(Amount)"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'SUM(Amount)'");
      assertThatThrownBy(() -> row.get(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("column must not be null");
    }

    @Test
    void refusesATypeFieldValuesCannotConvert() {
      assertThatThrownBy(() -> row.get("total", List.class))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("AggregateResult.total")
          .hasMessageContaining("List");
    }

    @Test
    void refusesAValueOfAnotherTypeNamingTheColumnAndValue() {
      assertThatThrownBy(() -> row.get("total", String.class))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("AggregateResult.total")
          .hasMessageContaining("12");
    }
  }

  @Nested
  class InsideAQueryResult {
    @Test
    void readsAPageOfAggregateRows() {
      QueryResult<AggregateResult> page = readAs(CAMPAIGN_PAGE, AGGREGATE_PAGE);

      assertThat(page.totalSize()).isEqualTo(3);
      assertThat(page.records()).hasSize(3).allSatisfy(r -> assertThat(r).isInstanceOf(AggregateResult.class));
      assertThat(page.records().get(1).expr(0, BigDecimal.class))
          .contains(new BigDecimal("1250000.55"));
      assertThat(page.records().get(2).get("CampaignId", SalesforceId.class)).isEmpty();
      assertThat(page.records().get(2).expr(0, BigDecimal.class))
          .contains(new BigDecimal("12345678901234567.89"));
    }

    @Test
    void writesThePageBackExactly() {
      QueryResult<AggregateResult> page = readAs(CAMPAIGN_PAGE, AGGREGATE_PAGE);

      assertThat(write(page)).isEqualTo(compact(CAMPAIGN_PAGE));
    }

    @Test
    void refusesAPageOfOrdinaryRecordsAsAggregates() {
      String leads =
          "{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":{\"type\":\"Lead\"},\"Id\":\"00Q5f00000AbcdeEAB\"}]}";

      assertThatThrownBy(() -> readAs(leads, AGGREGATE_PAGE))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("records")
          .hasMessageContaining("\"Lead\"");
    }
  }

  @Nested
  class Building {
    @Test
    void buildsARowWithTheAttributesSalesforceSends() {
      AggregateResult row =
          AggregateResult.builder()
              .put("LeadSource", "Web")
              .put("expr0", 42)
              .put("amount", new BigDecimal("1E+3"))
              .putNull("Industry")
              .build();

      assertThat(write(row))
          .isEqualTo(
              "{\"attributes\":{\"type\":\"AggregateResult\"},\"LeadSource\":\"Web\",\"expr0\":42,"
                  + "\"amount\":1000,\"Industry\":null}");
      assertThat(write(read(write(row), AggregateResult.class))).isEqualTo(write(row));
    }

    @Test
    void copiesARowToChangeIt() {
      AggregateResult row = read(CAMPAIGN_ROW, AggregateResult.class);

      AggregateResult changed = row.toBuilder().put("total", 13).build();

      assertThat(changed.aliases()).containsExactly("CampaignId", "expr0", "total");
      assertThat(changed.count("total")).contains(13L);
      assertThat(row.count("total")).contains(12L);
      assertThat(changed).isNotEqualTo(row);
      assertThat(row.toBuilder().build()).isEqualTo(row).hasSameHashCodeAs(row);
    }

    @Test
    void refusesAttributesOfAnotherType() {
      assertThatThrownBy(() -> AggregateResult.builder().attributes(RecordAttributes.of("Lead")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("attributes.type is Lead")
          .hasMessageContaining("AggregateResult");
    }

    @Test
    void refusesTheAttributesKeyAsAColumn() {
      assertThatThrownBy(() -> AggregateResult.builder().put("attributes", "x"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'attributes'");
    }

    @Test
    void refusesMalformedAliasesAndNullValues() {
      assertThatThrownBy(() -> AggregateResult.builder().put("expr 0", 1))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'expr 0'")
          .hasMessageContaining("alias");
      assertThatThrownBy(() -> AggregateResult.builder().put("total", null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("AggregateResult.total must not be null");
    }

    @Test
    void showsColumnNamesButNoValuesInToString() {
      AggregateResult row =
          AggregateResult.builder().put("Name", "Ada Secret-Person").put("expr0", 3).build();

      assertThat(row.toString()).contains("Name", "expr0").doesNotContain("Ada", "Secret");
    }
  }
}
