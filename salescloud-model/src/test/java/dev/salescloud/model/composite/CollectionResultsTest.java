package dev.salescloud.model.composite;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.result.SaveResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CollectionResultsTest {
  static final String SPEC_RESULTS =
      """
      [{"id":"001RM000003oLnnYAE","success":true,"errors":[]},
       {"success":false,"errors":[{"statusCode":"DUPLICATES_DETECTED","message":"Use one of these records?","fields":[]}]}]
      """;

  static final String ROLLED_BACK =
      """
      [{"success":false,"errors":[{"statusCode":"ALL_OR_NONE_OPERATION_ROLLED_BACK",
          "message":"Record rolled back because not all records were valid and the request was using AllOrNone header","fields":[]}]},
       {"success":false,"errors":[{"statusCode":"REQUIRED_FIELD_MISSING",
          "message":"Required fields are missing: [LastName]","fields":["LastName"]}]},
       {"id":"001RM000003oLnoYAE","success":false,"errors":[{"statusCode":"ALL_OR_NONE_OPERATION_ROLLED_BACK",
          "message":"Record rolled back because not all records were valid and the request was using AllOrNone header","fields":[]}]}]
      """;

  @Nested
  class Reading {
    @Test
    void readsTheDocumentedMixOfSuccessAndStatusCodeErrors() {
      CollectionResults results = read(SPEC_RESULTS, CollectionResults.class);

      assertThat(results.size()).isEqualTo(2);
      assertThat(results.get(0).id()).contains(SalesforceId.of("001RM000003oLnnYAE"));
      assertThat(results.get(1).errors()).singleElement().satisfies(error -> {
        assertThat(error.statusCode()).contains("DUPLICATES_DETECTED");
        assertThat(error.errorCode()).isEmpty();
        assertThat(error.code()).isEqualTo("DUPLICATES_DETECTED");
      });
      assertThat(results.hasErrors()).isTrue();
      assertThat(results.rolledBack()).isFalse();
      assertThat(results.failedIndexes()).containsExactly(1);
      assertThat(results.ids())
          .containsExactly(Optional.of(SalesforceId.of("001RM000003oLnnYAE")), Optional.empty());
    }

    @Test
    void roundTripsMixedResultsKeepingTheStatusCodeKey() {
      CollectionResults results =
          assertRoundTrip(
              """
              [{"id":"001RM000003oLnnYAE","success":true,"errors":[]},
               {"success":false,"errors":[{"statusCode":"FIELD_CUSTOM_VALIDATION_EXCEPTION",
                 "message":"Close date cannot be in the past","fields":["CloseDate"]}]},
               {"id":"001RM000003oLnoYAE","success":true,"errors":[],"warnings":[]}]
              """,
              CollectionResults.class);

      assertThat(results.failedIndexes()).containsExactly(1);
    }

    @Test
    void roundTripsTheAllOrNoneFailure() {
      assertRoundTrip(ROLLED_BACK, CollectionResults.class);
    }

    @Test
    void readsTheResultsOfAnSObjectCollectionsSubrequestInsideAComposite() {
      CompositeSubresponse subresponse =
          read(
              "{\"body\":" + SPEC_RESULTS + ",\"httpHeaders\":{},\"httpStatusCode\":200,"
                  + "\"referenceId\":\"newAccounts\"}",
              CompositeSubresponse.class);

      CollectionResults results = subresponse.bodyAs(CollectionResults.class).orElseThrow();

      assertThat(subresponse.isSuccess()).isTrue();
      assertThat(subresponse.errors()).isEmpty();
      assertThat(results.failedIndexes()).containsExactly(1);
    }
  }

  @Nested
  class AllOrNone {
    @Test
    void makesTheRollBackExplicitAndPointsAtTheBadRecord() {
      CollectionResults results = read(ROLLED_BACK, CollectionResults.class);

      assertThat(results.rolledBack()).isTrue();
      assertThat(results.failedIndexes()).containsExactly(1);
      assertThat(CollectionResults.isRolledBack(results.get(0))).isTrue();
      assertThat(CollectionResults.isRolledBack(results.get(1))).isFalse();
      assertThat(results.ids())
          .containsExactly(Optional.empty(), Optional.empty(), Optional.of(SalesforceId.of("001RM000003oLnoYAE")));
    }

    @Test
    void classifiesEveryResultOfARandomMix() {
      Random random = new Random(42L);
      ApiError rolledBack =
          ApiError.builder().statusCode("ALL_OR_NONE_OPERATION_ROLLED_BACK").message("rolled back").build();
      ApiError own = ApiError.builder().statusCode("STRING_TOO_LONG").message("too long").build();
      for (int round = 0; round < 100; round++) {
        List<SaveResult> list = new ArrayList<>();
        List<Integer> expectedFailed = new ArrayList<>();
        boolean expectRolledBack = false;
        int size = 1 + random.nextInt(200);
        for (int i = 0; i < size; i++) {
          switch (random.nextInt(3)) {
            case 0 -> list.add(SaveResult.success(SalesforceId.of("001RM000003oLnnYAE")));
            case 1 -> {
              list.add(SaveResult.failure(List.of(rolledBack)));
              expectRolledBack = true;
            }
            default -> {
              list.add(SaveResult.failure(List.of(own)));
              expectedFailed.add(i);
            }
          }
        }

        CollectionResults results = CollectionResults.of(list);

        assertThat(results.failedIndexes()).isEqualTo(expectedFailed);
        assertThat(results.rolledBack()).isEqualTo(expectRolledBack);
        assertThat(results.hasErrors()).isEqualTo(expectRolledBack || !expectedFailed.isEmpty());
      }
    }
  }

  @Nested
  class UpsertsAndDeletes {
    @Test
    void readsTheCreatedFlagOfUpsertResults() {
      CollectionResults results =
          assertRoundTrip(
              """
              [{"id":"001RM000003oLnnYAE","success":true,"errors":[],"created":true},
               {"id":"001RM000003oLnoYAE","success":true,"errors":[],"created":false},
               {"success":false,"errors":[{"statusCode":"DUPLICATE_VALUE","message":"duplicate value found: Erp_Id__c","fields":["Erp_Id__c"]}]}]
              """,
              CollectionResults.class);

      assertThat(results.created(0)).contains(true);
      assertThat(results.created(1)).contains(false);
      assertThat(results.created(2)).isEmpty();
    }

    @Test
    void readsDeleteResultsWithIdsOnFailuresToo() {
      CollectionResults results =
          assertRoundTrip(
              """
              [{"id":"001RM000003oLnnYAE","success":true,"errors":[]},
               {"id":"001RM000003oLnoYAE","success":false,"errors":[{"statusCode":"ENTITY_IS_DELETED","message":"entity is deleted","fields":[]}]}]
              """,
              CollectionResults.class);

      assertThat(results.failedIndexes()).containsExactly(1);
      assertThat(results.get(1).id()).contains(SalesforceId.of("001RM000003oLnoYAE"));
      assertThat(results.created(0)).isEmpty();
    }
  }

  @Nested
  class Refusals {
    @Test
    void refusesAnIndexOutOfRangeNamingTheSize() {
      CollectionResults results = read(SPEC_RESULTS, CollectionResults.class);

      assertThatThrownBy(() -> results.get(2))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("No result at index 2; there are 2");
    }

    @Test
    void refusesNullResults() {
      assertThatThrownBy(() -> read("[null]", CollectionResults.class))
          .hasMessageContaining("results[0] must not be null");
    }

    @Test
    void toStringCountsAndNamesCodesOnly() {
      CollectionResults results = read(ROLLED_BACK, CollectionResults.class);

      assertThat(results.toString())
          .contains("3 results", "3 failed", "rolled back", "REQUIRED_FIELD_MISSING")
          .doesNotContain("Required fields are missing");
    }
  }
}
