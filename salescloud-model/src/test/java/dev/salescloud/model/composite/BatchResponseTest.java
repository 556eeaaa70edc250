package dev.salescloud.model.composite;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.model.SObject;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.query.QueryResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BatchResponseTest {
  static final String SPEC_RESPONSE =
      """
      {"hasErrors":false,"results":[{"statusCode":204,"result":null},
        {"statusCode":200,"result":{"attributes":{"type":"Account",
           "url":"/services/data/v62.0/sobjects/Account/001D000000K0fXOIAZ"},
           "Name":"NewName","BillingPostalCode":"94105","Id":"001D000000K0fXOIAZ"}}]}
      """;

  static final String HALTED_RESPONSE =
      """
      {"hasErrors":true,"results":[
        {"statusCode":204,"result":null},
        {"statusCode":400,"result":[{"message":"Account Name: data value too large","errorCode":"STRING_TOO_LONG","fields":["Name"]}]},
        {"statusCode":412,"result":[{"errorCode":"BATCH_PROCESSING_HALTED","message":"Batch processing halted per request"}]},
        {"statusCode":412,"result":[{"errorCode":"BATCH_PROCESSING_HALTED","message":"Batch processing halted per request"}]}]}
      """;

  @Nested
  class Json {
    @Test
    void roundTripsTheDocumentedResponse() {
      BatchResponse response = assertRoundTrip(SPEC_RESPONSE, BatchResponse.class);

      assertThat(response.hasErrors()).isFalse();
      assertThat(response.results()).extracting(BatchResult::statusCode).containsExactly(204, 200);
    }

    @Test
    void roundTripsAHaltedBatch() {
      assertRoundTrip(HALTED_RESPONSE, BatchResponse.class);
    }

    @Test
    void writesAMissingResultAsNull() {
      assertThat(write(BatchResult.builder().statusCode(204).build()))
          .isEqualTo("{\"statusCode\":204,\"result\":null}");
    }
  }

  @Nested
  class Results {
    @Test
    void readsAnEmptyResultAsNone() {
      BatchResult noContent = read(SPEC_RESPONSE, BatchResponse.class).results().get(0);

      assertThat(noContent.isSuccess()).isTrue();
      assertThat(noContent.result()).isEmpty();
      assertThat(noContent.resultAs(SObject.class)).isEmpty();
      assertThat(noContent.errors()).isEmpty();
    }

    @Test
    void readsARecordResultTyped() {
      BatchResult read = read(SPEC_RESPONSE, BatchResponse.class).results().get(1);

      SObject account = read.resultAs(SObject.class).orElseThrow();

      assertThat(account.sobjectType()).isEqualTo("Account");
      assertThat(account.get("BillingPostalCode", String.class)).contains("94105");
    }

    @Test
    void readsAQueryResultThroughATypeReference() {
      BatchResult query =
          read(
              """
              {"statusCode":200,"result":{"totalSize":1,"done":true,"records":[
                {"attributes":{"type":"Lead","url":"/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB"},
                 "Id":"00Q5f00000AbcdeEAB"}]}}
              """,
              BatchResult.class);

      QueryResult<SObject> rows = query.resultAs(new TypeReference<QueryResult<SObject>>() {}).orElseThrow();

      assertThat(rows.records()).hasSize(1);
    }

    @Test
    void readsTheErrorsOfAFailedAndOfAHaltedSubrequest() {
      BatchResponse response = read(HALTED_RESPONSE, BatchResponse.class);
      BatchResult failed = response.results().get(1);
      BatchResult halted = response.results().get(2);

      assertThat(failed.isHalted()).isFalse();
      assertThat(failed.errors())
          .containsExactly(ApiError.of("STRING_TOO_LONG", "Account Name: data value too large", "Name"));
      assertThat(halted.isSuccess()).isFalse();
      assertThat(halted.isHalted()).isTrue();
      assertThat(halted.errors()).extracting(ApiError::code).containsExactly("BATCH_PROCESSING_HALTED");
    }

    @Test
    void aPreconditionFailureIsNotAHalt() {
      BatchResult preconditionFailed =
          read(
              "{\"statusCode\":412,\"result\":[{\"errorCode\":\"PRECONDITION_FAILED\",\"message\":\"x\"}]}",
              BatchResult.class);

      assertThat(preconditionFailed.isHalted()).isFalse();
    }

    @Test
    void refusesToReadAnErrorResultAsARecord() {
      BatchResult failed = read(HALTED_RESPONSE, BatchResponse.class).results().get(1);

      assertThatThrownBy(() -> failed.resultAs(SObject.class))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("a batch result (HTTP 400, STRING_TOO_LONG)")
          .hasMessageContaining("SObject");
    }
  }

  @Nested
  class Failures {
    @Test
    void pointsAtTheSubrequestThatHaltedTheBatch() {
      BatchResponse response = read(HALTED_RESPONSE, BatchResponse.class);

      assertThat(response.hasErrors()).isTrue();
      assertThat(response.firstFailureIndex()).contains(1);
      assertThat(response.failures()).hasSize(1);
      assertThat(response.haltedCount()).isEqualTo(2);
    }

    @Test
    void reportsNothingForABatchThatSucceeded() {
      BatchResponse response = read(SPEC_RESPONSE, BatchResponse.class);

      assertThat(response.firstFailureIndex()).isEmpty();
      assertThat(response.failures()).isEmpty();
      assertThat(response.haltedCount()).isZero();
    }

    @Test
    void toStringShowsStatusesAndCodesOnly() {
      BatchResponse response = read(HALTED_RESPONSE, BatchResponse.class);

      assertThat(response.toString())
          .contains("412", "BATCH_PROCESSING_HALTED", "STRING_TOO_LONG")
          .doesNotContain("data value too large");
      assertThat(json(write(response)).at("/results/1/result/0/fields/0").asText()).isEqualTo("Name");
    }
  }
}
