package dev.salescloud.model.composite;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.query.QueryResult;
import dev.salescloud.model.result.SaveResult;
import dev.salescloud.model.sales.Lead;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompositeResponseTest {
  static final String MIXED =
      """
      {"compositeResponse":[
        {"body":{"id":"001D000000IqhSLIAZ","success":true,"errors":[]},
         "httpHeaders":{"Location":"/services/data/v62.0/sobjects/Account/001D000000IqhSLIAZ"},
         "httpStatusCode":201,"referenceId":"refAccount"},
        {"body":null,"httpHeaders":{},"httpStatusCode":204,"referenceId":"UpdatedAccount"},
        {"body":[{"message":"Email: invalid email address: Not a real email address","errorCode":"INVALID_EMAIL_ADDRESS","fields":["Email"]}],
         "httpHeaders":{},"httpStatusCode":400,"referenceId":"badContact"},
        {"body":{"totalSize":1,"done":true,"records":[
           {"attributes":{"type":"Lead","url":"/services/data/v62.0/sobjects/Lead/00Q5f00000AbcdeEAB"},
            "Id":"00Q5f00000AbcdeEAB","LastName":"Ng","AnnualRevenue":1250000.50,"Score__c":12345678901234567.89}]},
         "httpHeaders":{},"httpStatusCode":200,"referenceId":"refQuery"},
        {"body":{"attributes":{"type":"Lead","url":"/services/data/v62.0/sobjects/Lead/00Q5f00000AbcdeEAB"},
                 "Id":"00Q5f00000AbcdeEAB","LastName":"Ng","Company":"Acme"},
         "httpHeaders":{"ETag":"\\"abc123\\"","Last-Modified":"Tue, 01 Dec 2026 10:00:00 GMT"},
         "httpStatusCode":200,"referenceId":"refLead"}]}
      """;

  static final String HALTED_MESSAGE =
      "The transaction was rolled back since another operation in the same transaction failed.";

  static final String ALL_OR_NONE_FAILURE =
      """
      {"compositeResponse":[
        {"body":[{"errorCode":"PROCESSING_HALTED","message":"%1$s"}],
         "httpHeaders":{},"httpStatusCode":400,"referenceId":"refAccount"},
        {"body":[{"message":"Required fields are missing: [LastName]","errorCode":"REQUIRED_FIELD_MISSING","fields":["LastName"]}],
         "httpHeaders":{},"httpStatusCode":400,"referenceId":"refContact"},
        {"body":[{"errorCode":"PROCESSING_HALTED","message":"%1$s"}],
         "httpHeaders":{},"httpStatusCode":400,"referenceId":"refQuery"}]}
      """
          .formatted(HALTED_MESSAGE);

  static final String PARTIAL_FAILURE =
      """
      {"compositeResponse":[
        {"body":{"id":"001D000000IqhSLIAZ","success":true,"errors":[]},
         "httpHeaders":{"Location":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"},
         "httpStatusCode":201,"referenceId":"refAccount"},
        {"body":[{"message":"Email: invalid email address: nope","errorCode":"INVALID_EMAIL_ADDRESS","fields":["Email"]}],
         "httpHeaders":{},"httpStatusCode":400,"referenceId":"refContact"},
        {"body":[{"errorCode":"PROCESSING_HALTED","message":"Invalid reference specified. No value for refContact.id found in refContact. Provided referenceId ('refContact') or field name ('id') is invalid."}],
         "httpHeaders":{},"httpStatusCode":400,"referenceId":"refTask"}]}
      """;

  @Nested
  class Json {
    @Test
    void roundTripsSubresponsesOfEveryKind() {
      CompositeResponse response = assertRoundTrip(MIXED, CompositeResponse.class);

      assertThat(response.subresponses()).extracting(CompositeSubresponse::referenceId)
          .containsExactly("refAccount", "UpdatedAccount", "badContact", "refQuery", "refLead");
    }

    @Test
    void roundTripsTheAllOrNoneFailure() {
      assertRoundTrip(ALL_OR_NONE_FAILURE, CompositeResponse.class);
    }

    @Test
    void writesAMissingBodyAsNullAndKeepsEmptyHeaders() {
      CompositeSubresponse noContent =
          CompositeSubresponse.builder().httpStatusCode(204).referenceId("upd").build();

      assertThat(json(write(noContent)))
          .isEqualTo(json("{\"body\":null,\"httpHeaders\":{},\"httpStatusCode\":204,\"referenceId\":\"upd\"}"));
    }

    @Test
    void keepsDecimalsOfEmbeddedBodiesExact() {
      CompositeResponse response = read(MIXED, CompositeResponse.class);

      assertThat(json(write(response)).at("/compositeResponse/3/body/records/0/Score__c").decimalValue())
          .isEqualByComparingTo("12345678901234567.89");
    }
  }

  @Nested
  class Subresponses {
    @Test
    void readsACreatedRecordsLocationAndSaveResult() {
      CompositeSubresponse created =
          read(MIXED, CompositeResponse.class).subresponse("refAccount").orElseThrow();

      assertThat(created.isSuccess()).isTrue();
      assertThat(created.errors()).isEmpty();
      assertThat(created.header("location"))
          .contains("/services/data/v62.0/sobjects/Account/001D000000IqhSLIAZ");
      assertThat(created.bodyAs(SaveResult.class).flatMap(SaveResult::id))
          .contains(SalesforceId.of("001D000000IqhSLIAZ"));
    }

    @Test
    void readsANoContentAnswerWithoutBody() {
      CompositeSubresponse updated =
          read(MIXED, CompositeResponse.class).subresponse("UpdatedAccount").orElseThrow();

      assertThat(updated.isSuccess()).isTrue();
      assertThat(updated.body()).isEmpty();
      assertThat(updated.bodyAs(SaveResult.class)).isEmpty();
      assertThat(updated.errors()).isEmpty();
      assertThat(updated.httpHeaders()).isEmpty();
    }

    @Test
    void readsTheErrorArrayOfAFailedSubrequest() {
      CompositeSubresponse failed =
          read(MIXED, CompositeResponse.class).subresponse("badContact").orElseThrow();

      assertThat(failed.isSuccess()).isFalse();
      assertThat(failed.isProcessingHalted()).isFalse();
      assertThat(failed.errors())
          .containsExactly(
              ApiError.of(
                  "INVALID_EMAIL_ADDRESS",
                  "Email: invalid email address: Not a real email address",
                  "Email"));
    }

    @Test
    void refusesToReadAnErrorBodyAsAResultNamingTheSubresponse() {
      CompositeSubresponse failed =
          read(MIXED, CompositeResponse.class).subresponse("badContact").orElseThrow();

      assertThatThrownBy(() -> failed.bodyAs(SaveResult.class))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("subresponse 'badContact' (HTTP 400, INVALID_EMAIL_ADDRESS)")
          .hasMessageContaining("SaveResult")
          .hasMessageNotContaining("Not a real email address");
    }

    @Test
    void readsQueryResultsAndRecordsTyped() {
      CompositeResponse response = read(MIXED, CompositeResponse.class);

      QueryResult<Lead> leads =
          response.subresponse("refQuery").orElseThrow().queryResult(Lead.class).orElseThrow();
      Lead lead = response.subresponse("refLead").orElseThrow().bodyAs(Lead.class).orElseThrow();

      assertThat(leads.totalSize()).isEqualTo(1);
      assertThat(leads.records().get(0).annualRevenue()).contains(new BigDecimal("1250000.50"));
      assertThat(leads.records().get(0).customField("Score__c", BigDecimal.class))
          .contains(new BigDecimal("12345678901234567.89"));
      assertThat(lead.company()).contains("Acme");
    }

    @Test
    void readsBodiesThroughTypeReferences() {
      CompositeSubresponse query =
          read(MIXED, CompositeResponse.class).subresponse("refQuery").orElseThrow();

      QueryResult<SObject> rows = query.bodyAs(new TypeReference<QueryResult<SObject>>() {}).orElseThrow();

      assertThat(rows.records().get(0).get("LastName", String.class)).contains("Ng");
    }

    @Test
    void readsASingleErrorObjectAsOneError() {
      CompositeSubresponse failed =
          read(
              "{\"body\":{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"},"
                  + "\"httpHeaders\":{},\"httpStatusCode\":404,\"referenceId\":\"r\"}",
              CompositeSubresponse.class);

      assertThat(failed.errors()).extracting(ApiError::code).containsExactly("NOT_FOUND");
    }

    @Test
    void findsNoErrorsInSuccessfulArraysOrForeignBodies() {
      CompositeSubresponse array =
          read(
              "{\"body\":[{\"id\":\"001D000000IqhSLIAZ\",\"success\":true,\"errors\":[]}],"
                  + "\"httpHeaders\":{},\"httpStatusCode\":200,\"referenceId\":\"c\"}",
              CompositeSubresponse.class);
      CompositeSubresponse html =
          read(
              "{\"body\":\"<html>Bad gateway</html>\",\"httpHeaders\":{},\"httpStatusCode\":502,"
                  + "\"referenceId\":\"c\"}",
              CompositeSubresponse.class);

      assertThat(array.errors()).isEmpty();
      assertThat(html.errors()).isEmpty();
      assertThat(html.isSuccess()).isFalse();
    }

    @Test
    void toStringShowsCodesNotBodies() {
      CompositeSubresponse failed =
          read(MIXED, CompositeResponse.class).subresponse("badContact").orElseThrow();

      assertThat(failed.toString())
          .contains("badContact", "400", "INVALID_EMAIL_ADDRESS")
          .doesNotContain("Not a real email address");
    }
  }

  @Nested
  class Failures {
    @Test
    void recognisesAnAllOrNoneRollBackAndItsCause() {
      CompositeResponse response = read(ALL_OR_NONE_FAILURE, CompositeResponse.class);

      assertThat(response.hasErrors()).isTrue();
      assertThat(response.rolledBack()).isTrue();
      assertThat(response.firstFailure().map(CompositeSubresponse::referenceId)).contains("refContact");
      assertThat(response.failures()).hasSize(1);
      assertThat(response.subresponse("refAccount").orElseThrow().isProcessingHalted()).isTrue();
      assertThat(response.subresponse("refQuery").orElseThrow().errors())
          .extracting(ApiError::message)
          .containsExactly(HALTED_MESSAGE);
    }

    @Test
    void separatesAPartialFailureFromARollBack() {
      CompositeResponse response = read(PARTIAL_FAILURE, CompositeResponse.class);

      assertThat(response.hasErrors()).isTrue();
      assertThat(response.rolledBack()).isFalse();
      assertThat(response.firstFailure().map(CompositeSubresponse::referenceId)).contains("refContact");
      assertThat(response.subresponse("refTask").orElseThrow().isProcessingHalted()).isTrue();
    }

    @Test
    void reportsNoErrorsWhenEverySubrequestSucceeded() {
      CompositeResponse response =
          CompositeResponse.builder()
              .addSubresponse(CompositeSubresponse.builder().httpStatusCode(204).referenceId("a").build())
              .build();

      assertThat(response.hasErrors()).isFalse();
      assertThat(response.rolledBack()).isFalse();
      assertThat(response.firstFailure()).isEmpty();
      assertThat(response.subresponse("missing")).isEmpty();
    }

    @Test
    void aHaltedSubrequestAloneIsNotARealFailure() {
      CompositeResponse response =
          read(
              """
              {"compositeResponse":[{"body":[{"errorCode":"PROCESSING_HALTED","message":"x"}],
                "httpHeaders":{},"httpStatusCode":400,"referenceId":"a"}]}
              """,
              CompositeResponse.class);

      assertThat(response.failures()).isEmpty();
      assertThat(response.rolledBack()).isFalse();
      assertThat(response.hasErrors()).isTrue();
      assertThat(response.toString()).contains("PROCESSING_HALTED");
    }
  }
}
