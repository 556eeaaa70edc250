package dev.salescloud.model.result;

import static dev.salescloud.model.JsonAssertions.MAPPER;
import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
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

class DeleteResultTest {
  static final SalesforceId ACCOUNT = SalesforceId.of("001RM000003oLnnYAE");

  @Nested
  class ReadingJson {
    @Test
    void readsACollectionsDeleteResultInRequestOrder() throws JsonProcessingException {
      String body =
          """
          [{"id":"001RM000003oLnnYAE","success":true,"errors":[]},
           {"id":"001RM000003oLrfYAE","success":false,"errors":[{"statusCode":"ENTITY_IS_DELETED","message":"entity is deleted","fields":[]}]},
           {"id":"003RM000006mFmDYAU","success":false,"errors":[{"statusCode":"ALL_OR_NONE_OPERATION_ROLLED_BACK","message":"Record rolled back because not all records were valid and the request was using AllOrNone header","fields":[]}]}]
          """;

      List<DeleteResult> results = MAPPER.readValue(body, new TypeReference<List<DeleteResult>>() {});

      assertThat(results).extracting(DeleteResult::success).containsExactly(true, false, false);
      assertThat(results.get(0).id()).contains(ACCOUNT);
      assertThat(results.get(1).errors()).extracting(ApiError::code).containsExactly("ENTITY_IS_DELETED");
      assertThat(results.get(2).id().flatMap(SalesforceId::objectType)).contains("Contact");
      assertThat(results.get(2).errors().get(0).code()).isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
    }

    @Test
    void roundTripsSuccessesAndFailures() {
      assertRoundTrip("{\"id\":\"001RM000003oLnnYAE\",\"success\":true,\"errors\":[]}", DeleteResult.class);
      DeleteResult failure =
          assertRoundTrip(
              "{\"id\":\"001RM000003oLnnYAE\",\"success\":false,"
                  + "\"errors\":[{\"message\":\"entity is deleted\",\"statusCode\":\"ENTITY_IS_DELETED\",\"fields\":[]}],\"warnings\":[]}",
              DeleteResult.class);

      assertThat(failure.otherFields()).containsOnlyKeys("warnings");
    }

    @Test
    void readsAFailureWithoutTheId() {
      DeleteResult result =
          read(
              "{\"success\":false,\"errors\":[{\"statusCode\":\"MALFORMED_ID\",\"message\":\"malformed id 001xyz\",\"fields\":[]}]}",
              DeleteResult.class);

      assertThat(result.id()).isEmpty();
      assertThat(result.errors().get(0).statusCode()).contains("MALFORMED_ID");
    }
  }

  @Nested
  class Invariants {
    @Test
    void refusesASuccessWithErrors() {
      assertThatThrownBy(
              () ->
                  read(
                      "{\"id\":\"001RM000003oLnnYAE\",\"success\":true,\"errors\":[{\"statusCode\":\"X\",\"message\":\"m\"}]}",
                      DeleteResult.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("A successful delete result cannot carry errors");
    }

    @Test
    void refusesAFailureWithoutErrors() {
      assertThatThrownBy(() -> DeleteResult.failure(ACCOUNT, List.of()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("A failed delete result must say why")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("errors");
      assertThatThrownBy(() -> read("{\"id\":\"001RM000003oLnnYAE\",\"success\":false}", DeleteResult.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("A failed delete result must say why");
    }
  }

  @Nested
  class Building {
    @Test
    void writesTheElementsSalesforceSends() {
      assertThat(write(DeleteResult.success(ACCOUNT)))
          .isEqualTo("{\"id\":\"001RM000003oLnnYAE\",\"success\":true,\"errors\":[]}");
      assertThat(
              write(
                  DeleteResult.failure(
                      ACCOUNT,
                      List.of(ApiError.builder().statusCode("ENTITY_IS_DELETED").message("entity is deleted").build()))))
          .isEqualTo(
              "{\"id\":\"001RM000003oLnnYAE\",\"success\":false,"
                  + "\"errors\":[{\"message\":\"entity is deleted\",\"statusCode\":\"ENTITY_IS_DELETED\",\"fields\":[]}]}");
    }
  }
}
