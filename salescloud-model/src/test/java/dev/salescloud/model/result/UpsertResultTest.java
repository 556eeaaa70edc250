package dev.salescloud.model.result;

import static dev.salescloud.model.JsonAssertions.MAPPER;
import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UpsertResultTest {
  static final SalesforceId LEAD = SalesforceId.of("00Q5f00000AbcdeEAB");

  @Nested
  class ReadingJson {
    @Test
    void readsTheInsertOutcomeOfA201() {
      UpsertResult result =
          assertRoundTrip(
              "{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[],\"created\":true}",
              UpsertResult.class);

      assertThat(result.id()).contains(LEAD);
      assertThat(result.success()).isTrue();
      assertThat(result.errors()).isEmpty();
      assertThat(result.created()).contains(true);
    }

    @Test
    void readsTheUpdateOutcomeOfA200() {
      UpsertResult result =
          assertRoundTrip(
              "{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[],\"created\":false}",
              UpsertResult.class);

      assertThat(result.created()).contains(false);
      assertThat(result).isEqualTo(UpsertResult.updated(LEAD));
    }

    @Test
    void readsABodyWithoutCreatedAsOlderVersionsSendIt() {
      UpsertResult result =
          assertRoundTrip("{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[]}", UpsertResult.class);

      assertThat(result.created()).isEmpty();
      assertThat(write(result)).doesNotContain("created");
    }

    @Test
    void readsAFailedElementOfACollectionsUpsert() {
      UpsertResult result =
          assertRoundTrip(
              """
              {"success":false,"errors":[{"message":"Email: invalid email address: ada@","statusCode":"INVALID_EMAIL_ADDRESS","fields":["Email"]}],
               "created":false}
              """,
              UpsertResult.class);

      assertThat(result.id()).isEmpty();
      assertThat(result.errors()).extracting(ApiError::code).containsExactly("INVALID_EMAIL_ADDRESS");
      assertThat(result.errors().get(0).fields()).containsExactly("Email");
    }

    @Test
    void readsACollectionsUpsertResultInRequestOrder() throws JsonProcessingException {
      List<UpsertResult> results =
          MAPPER.readValue(
              """
              [{"id":"00Q5f00000AbcdeEAB","success":true,"errors":[],"created":true},
               {"id":"00Q5f00000AbcdfEAB","success":true,"errors":[],"created":false},
               {"success":false,"errors":[{"statusCode":"DUPLICATE_EXTERNAL_ID","message":"Lead_Key__c: more than one record found for external id field: [00Q5f00000AbcdgEAB, 00Q5f00000AbcdhEAB]","fields":[]}]}]
              """,
              new TypeReference<List<UpsertResult>>() {});

      assertThat(results).extracting(UpsertResult::created)
          .containsExactly(java.util.Optional.of(true), java.util.Optional.of(false), java.util.Optional.empty());
      assertThat(results.get(2).errors().get(0).statusCode()).contains("DUPLICATE_EXTERNAL_ID");
    }

    @Test
    void keepsKeysOfNewerVersions() {
      UpsertResult result =
          assertRoundTrip(
              "{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[],\"created\":true,"
                  + "\"warnings\":[],\"infos\":[{\"message\":\"saved\"}]}",
              UpsertResult.class);

      assertThat(result.otherFields()).containsOnlyKeys("warnings", "infos");
      assertThat(result.otherFields().get("infos")).isEqualTo(json("[{\"message\":\"saved\"}]"));
    }

    @Test
    void keepsKeysOfNewerVersionsInTheOrderSent() {
      String text =
          "{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[],\"created\":true,"
              + "\"warnings\":[],\"infos\":[],\"zeta\":1,\"alpha\":2}";

      assertThat(read(text, UpsertResult.class).otherFields().keySet())
          .containsExactly("warnings", "infos", "zeta", "alpha");
      assertThat(write(read(text, UpsertResult.class))).isEqualTo(text);
    }

    @Test
    void readsAFifteenCharacterIdAndWritesEighteen() {
      UpsertResult result =
          read("{\"id\":\"00Q5f00000Abcde\",\"success\":true,\"errors\":[],\"created\":true}", UpsertResult.class);

      assertThat(result.id()).contains(LEAD);
      assertThat(write(result)).contains("\"00Q5f00000AbcdeEAB\"");
    }
  }

  @Nested
  class Invariants {
    @Test
    void refusesASuccessWithErrors() {
      String text =
          "{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[{\"statusCode\":\"X\",\"message\":\"m\"}]}";

      assertThatThrownBy(() -> read(text, UpsertResult.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("A successful upsert result cannot carry errors")
          .hasRootCauseInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void refusesAFailureWithoutErrors() {
      assertThatThrownBy(() -> read("{\"success\":false,\"errors\":[]}", UpsertResult.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("A failed upsert result must say why");
      assertThatThrownBy(() -> UpsertResult.failure(List.of()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at least one error")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("errors");
    }

    @Test
    void refusesAMalformedIdNamingIt() {
      assertThatThrownBy(
              () -> read("{\"id\":\"00Q5f00000Abcd\",\"success\":true,\"errors\":[]}", UpsertResult.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("00Q5f00000Abcd")
          .hasMessageContaining("\"id\"");
    }
  }

  @Nested
  class Building {
    @Test
    void writesTheBodiesSalesforceSends() {
      assertThat(write(UpsertResult.inserted(LEAD)))
          .isEqualTo("{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[],\"created\":true}");
      assertThat(write(UpsertResult.updated(LEAD)))
          .isEqualTo("{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[],\"created\":false}");
      assertThat(write(UpsertResult.failure(List.of(ApiError.of("DUPLICATE_VALUE", "duplicate value found")))))
          .isEqualTo(
              "{\"success\":false,\"errors\":[{\"message\":\"duplicate value found\",\"errorCode\":\"DUPLICATE_VALUE\",\"fields\":[]}]}");
    }
  }
}
