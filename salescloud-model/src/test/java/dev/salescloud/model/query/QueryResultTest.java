package dev.salescloud.model.query;

import static dev.salescloud.model.JsonAssertions.MAPPER;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Lead;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueryResultTest {
  static final TypeReference<QueryResult<SObject>> SOBJECT_PAGE = new TypeReference<>() {};
  static final TypeReference<QueryResult<Lead>> LEAD_PAGE = new TypeReference<>() {};

  /** The first page of §3.2: more pages follow. */
  static final String FIRST_PAGE =
      """
      {"totalSize":3222,"done":false,
       "nextRecordsUrl":"/services/data/v66.0/query/01gRO0000016PIAYA2-2000",
       "records":[{"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO0000035WQgYAM"},
                   "Id":"003RO0000035WQgYAM","Name":"John Smith"},
                  {"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO0000035WQhYAM"},
                   "Id":"003RO0000035WQhYAM","Name":"Jane Doe","Account":null}]}
      """;

  /** The last page of the same query. */
  static final String LAST_PAGE =
      """
      {"totalSize":3222,"done":true,
       "records":[{"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO0000035WQiYAM"},
                   "Id":"003RO0000035WQiYAM","Name":"Ada Ng"}]}
      """;

  static final String LEADS =
      """
      {"totalSize":2,"done":true,"records":[
        {"attributes":{"type":"Lead","url":"/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB"},
         "Id":"00Q5f00000AbcdeEAB","LastName":"Ng","Company":"Acme","Status":"Open - Not Contacted",
         "AnnualRevenue":1250000.50,"Owner":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},"Name":"Sam Rep"},
         "Score__c":87.50},
        {"attributes":{"type":"Lead","url":"/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdfEAB"},
         "Id":"00Q5f00000AbcdfEAB","LastName":"Okafor","Company":"Globex","Status":"Working - Contacted",
         "AnnualRevenue":null,"Owner":null,"Score__c":null}]}
      """;

  static <T> T readAs(String text, TypeReference<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class ReadingPages {
    @Test
    void readsAPageThatContinuesAtNextRecordsUrl() {
      QueryResult<SObject> page = readAs(FIRST_PAGE, SOBJECT_PAGE);

      assertThat(page.totalSize()).isEqualTo(3222);
      assertThat(page.done()).isFalse();
      assertThat(page.nextRecordsUrl()).contains("/services/data/v66.0/query/01gRO0000016PIAYA2-2000");
      assertThat(page.records()).hasSize(2);
      assertThat(page.records().get(0).sobjectType()).isEqualTo("Contact");
      assertThat(page.records().get(0).id()).contains(SalesforceId.of("003RO0000035WQgYAM"));
      assertThat(page.records().get(1).get("Name", String.class)).contains("Jane Doe");
    }

    @Test
    void readsTheLastPageWithoutNextRecordsUrl() {
      QueryResult<SObject> page = readAs(LAST_PAGE, SOBJECT_PAGE);

      assertThat(page.done()).isTrue();
      assertThat(page.nextRecordsUrl()).isEmpty();
      assertThat(page.totalSize()).isEqualTo(3222);
      assertThat(page.records()).hasSize(1);
    }

    @Test
    void readsACountQueryAsATotalWithoutRecords() {
      QueryResult<SObject> count = readAs("{\"totalSize\":42,\"done\":true,\"records\":[]}", SOBJECT_PAGE);

      assertThat(count.totalSize()).isEqualTo(42);
      assertThat(count.done()).isTrue();
      assertThat(count.records()).isEmpty();
    }

    @Test
    void readsAnEmptyResult() {
      QueryResult<Lead> empty = readAs("{\"totalSize\":0,\"done\":true,\"records\":[]}", LEAD_PAGE);

      assertThat(empty.totalSize()).isZero();
      assertThat(empty.records()).isEmpty();
    }

    @Test
    void writesPagesBackExactly() {
      for (String text : List.of(FIRST_PAGE, LAST_PAGE, "{\"totalSize\":42,\"done\":true,\"records\":[]}")) {
        QueryResult<SObject> page = readAs(text, SOBJECT_PAGE);

        assertThat(write(page)).isEqualTo(AggregateResultTest.compact(text));
      }
    }

    @Test
    void infersTheMissingDoneAndTotalSize() {
      QueryResult<SObject> continuing =
          readAs("{\"nextRecordsUrl\":\"/services/data/v66.0/query/01g-2000\",\"records\":[]}", SOBJECT_PAGE);
      QueryResult<SObject> finished = readAs(LAST_PAGE.replace("\"totalSize\":3222,", ""), SOBJECT_PAGE);

      assertThat(continuing.done()).isFalse();
      assertThat(finished.done()).isTrue();
      assertThat(finished.totalSize()).isEqualTo(1);
    }

    @Test
    void readsChildRelationshipsAsQueryResults() {
      SObject account =
          readAs(
              """
              {"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"},
               "Name":"Acme",
               "Contacts":{"totalSize":1,"done":true,"records":[
                 {"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO0000035WQgYAM"},
                  "LastName":"Smith"}]}}
              """,
              new TypeReference<SObject>() {});
      JsonNode contacts = account.get("Contacts").orElseThrow();

      QueryResult<SObject> children = MAPPER.convertValue(contacts, SOBJECT_PAGE);

      assertThat(children.totalSize()).isEqualTo(1);
      assertThat(children.records().get(0).get("LastName", String.class)).contains("Smith");
    }
  }

  @Nested
  class ReadingTypedRecords {
    @Test
    void readsRecordsAsTypedLeads() {
      QueryResult<Lead> page = readAs(LEADS, LEAD_PAGE);

      assertThat(page.records()).hasSize(2);
      Lead first = page.records().get(0);
      assertThat(first).isInstanceOf(Lead.class);
      assertThat(first.lastName()).contains("Ng");
      assertThat(first.annualRevenue()).contains(new BigDecimal("1250000.50"));
      assertThat(first.customField("Score__c", BigDecimal.class)).contains(new BigDecimal("87.50"));
      assertThat(first.owner().flatMap(o -> o.get("Name", String.class))).contains("Sam Rep");
      Lead second = page.records().get(1);
      assertThat(second.annualRevenue()).isEmpty();
      assertThat(second.owner()).isEmpty();
    }

    @Test
    void readsTheSameRecordsGenerically() {
      QueryResult<SObject> page = readAs(LEADS, SOBJECT_PAGE);

      assertThat(page.records()).extracting(SObject::sobjectType).containsExactly("Lead", "Lead");
      assertThat(page.records().get(0).get("AnnualRevenue", BigDecimal.class))
          .contains(new BigDecimal("1250000.50"));
      assertThat(page.records().get(0).as(Lead.class))
          .isEqualTo(readAs(LEADS, LEAD_PAGE).records().get(0));
    }

    @Test
    void refusesATypedPageWhoseRecordsDoNotFit() {
      String badLead = LEADS.replace("\"AnnualRevenue\":1250000.50", "\"AnnualRevenue\":\"lots\"");

      assertThatThrownBy(() -> readAs(badLead, LEAD_PAGE))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("AnnualRevenue")
          .hasMessageContaining("records");
    }
  }

  @Nested
  class Invariants {
    @Test
    void refusesADonePageWithNextRecordsUrl() {
      String text =
          "{\"totalSize\":3,\"done\":true,\"nextRecordsUrl\":\"/services/data/v66.0/query/01g-2000\",\"records\":[]}";

      assertThatThrownBy(() -> readAs(text, SOBJECT_PAGE))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("A result that is done has no nextRecordsUrl")
          .hasRootCauseInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void refusesAPageThatIsNotDoneWithoutNextRecordsUrl() {
      String text = "{\"totalSize\":3222,\"done\":false,\"records\":[]}";

      assertThatThrownBy(() -> readAs(text, SOBJECT_PAGE))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("A result that is not done needs a nextRecordsUrl")
          .hasRootCauseInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void refusesANegativeTotalSize() {
      assertThatThrownBy(() -> readAs("{\"totalSize\":-1,\"done\":true,\"records\":[]}", SOBJECT_PAGE))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("totalSize must not be negative");
    }

    @Test
    void refusesNullRecords() {
      assertThatThrownBy(() -> readAs("{\"totalSize\":1,\"done\":true,\"records\":[null]}", SOBJECT_PAGE))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("cannot hold null records");
      assertThatThrownBy(() -> QueryResult.of(new ArrayList<>(Arrays.asList((SObject) null))))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("cannot hold null records");
    }

    @Test
    void refusesNullListsInTheFactories() {
      assertThatThrownBy(() -> QueryResult.of(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("records must not be null");
      assertThatThrownBy(() -> QueryResult.page(10, null, null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("records must not be null");
    }
  }

  @Nested
  class Building {
    @Test
    void buildsACompleteResult() {
      SObject record = SObject.builder("Invoice__c").put("Name", "INV-1").build();

      QueryResult<SObject> result = QueryResult.of(List.of(record));

      assertThat(result.done()).isTrue();
      assertThat(result.totalSize()).isEqualTo(1);
      assertThat(write(result))
          .isEqualTo("{\"totalSize\":1,\"done\":true,\"records\":[{\"Name\":\"INV-1\"}]}");
    }

    @Test
    void buildsPagesWhoseDoneFollowsNextRecordsUrl() {
      QueryResult<String> first = QueryResult.page(4000, List.of("a"), "/services/data/v66.0/query/01g-2000");
      QueryResult<String> last = QueryResult.page(4000, List.of("b"), null);

      assertThat(first.done()).isFalse();
      assertThat(last.done()).isTrue();
      assertThat(first).isEqualTo(QueryResult.page(4000, List.of("a"), "/services/data/v66.0/query/01g-2000"));
      assertThat(first).isNotEqualTo(last);
    }

    @Test
    void keepsItsRecordsUnmodifiable() {
      List<String> records = new ArrayList<>(List.of("a"));
      QueryResult<String> result = QueryResult.of(records);

      records.add("b");

      assertThat(result.records()).containsExactly("a");
      assertThatThrownBy(() -> result.records().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void countsRecordsButNeverShowsThemInToString() {
      QueryResult<SObject> page = readAs(FIRST_PAGE, SOBJECT_PAGE);

      assertThat(page.toString())
          .contains("totalSize=3222", "records=2", "01gRO0000016PIAYA2-2000")
          .doesNotContain("John", "Smith");
    }
  }
}
