package dev.salescloud.model.composite;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BatchRequestTest {
  static final String SPEC_REQUEST =
      """
      {"haltOnError":false,"batchRequests":[
        {"method":"PATCH","url":"v62.0/sobjects/account/001D000000K0fXOIAZ","richInput":{"Name":"NewName"}},
        {"method":"GET","url":"v62.0/sobjects/account/001D000000K0fXOIAZ?fields=Name,BillingPostalCode"}]}
      """;

  static final String ACCOUNT_URL = "v66.0/sobjects/Account/001D000000K0fXOIAZ";

  @Nested
  class Json {
    @Test
    void roundTripsTheDocumentedRequest() {
      BatchRequest request = assertRoundTrip(SPEC_REQUEST, BatchRequest.class);

      assertThat(request.haltOnError()).isFalse();
      assertThat(request.subrequests()).extracting(BatchSubrequest::method)
          .containsExactly(HttpMethod.PATCH, HttpMethod.GET);
      assertThat(request.subrequests().get(0).richInput()).contains(json("{\"Name\":\"NewName\"}"));
    }

    @Test
    void writesTheFlagAndLeavesOutAbsentParts() {
      BatchRequest request =
          BatchRequest.builder()
              .haltOnError(true)
              .addSubrequest(BatchSubrequest.delete(ACCOUNT_URL))
              .build();

      assertThat(write(request))
          .isEqualTo(
              "{\"haltOnError\":true,\"batchRequests\":[{\"method\":\"DELETE\",\"url\":\""
                  + ACCOUNT_URL + "\"}]}");
    }

    @Test
    void readsAJsonNullRichInputAsNone() {
      BatchSubrequest subrequest =
          read("{\"method\":\"GET\",\"url\":\"v66.0/limits\",\"richInput\":null}", BatchSubrequest.class);

      assertThat(subrequest.richInput()).isEmpty();
      assertThat(write(subrequest)).isEqualTo("{\"method\":\"GET\",\"url\":\"v66.0/limits\"}");
    }

    @Test
    void roundTripsBinaryPartNames() {
      assertRoundTrip(
          """
          {"method":"POST","url":"v66.0/sobjects/ContentVersion",
           "richInput":{"Title":"Q3 deck","PathOnClient":"deck.pdf"},
           "binaryPartName":"binaryPart1","binaryPartNameAlias":"VersionData"}
          """,
          BatchSubrequest.class);
    }
  }

  @Nested
  class Urls {
    @Test
    void refusesAUrlFromServicesDataShowingTheRelativeForm() {
      for (String absolute :
          List.of("/services/data/" + ACCOUNT_URL, "services/data/" + ACCOUNT_URL)) {
        assertThatThrownBy(() -> BatchSubrequest.get(absolute))
            .as(absolute)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("'" + absolute + "' must be relative to /services/data/")
            .hasMessageContaining("write '" + ACCOUNT_URL + "'");
      }
    }

    @Test
    void refusesAUrlWithoutTheVersion() {
      assertThatThrownBy(() -> BatchSubrequest.get("sobjects/Account/001D000000K0fXOIAZ"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'sobjects/Account/001D000000K0fXOIAZ'")
          .hasMessageContaining("must start with the API version");
      assertThatThrownBy(() -> BatchSubrequest.get("/v66.0/limits"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'/v66.0/limits'");
    }

    @Test
    void refusesVersionsBeforeThirtyFour() {
      assertThatThrownBy(() -> BatchSubrequest.get("v33.0/limits"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("v33.0")
          .hasMessageContaining("v34.0 or later");
      assertThat(BatchSubrequest.get("v34.0/limits").url()).isEqualTo("v34.0/limits");
    }

    @Test
    void refusesAnUnencodedQueryString() {
      assertThatThrownBy(() -> BatchSubrequest.get("v66.0/query?q=SELECT Id FROM Lead"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("whitespace at character 21");
    }

    @Test
    void refusesOneBinaryPartNameWithoutTheOther() {
      assertThatThrownBy(
              () ->
                  BatchSubrequest.builder()
                      .method(HttpMethod.POST)
                      .url("v66.0/sobjects/ContentVersion")
                      .binaryPartName("binaryPart1")
                      .build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("needs both binaryPartName and binaryPartNameAlias")
          .hasMessageContaining("only binaryPartName")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("binaryPartNameAlias");
    }

    @Test
    void toStringLeavesOutTheQueryStringAndBody() {
      BatchSubrequest subrequest =
          BatchSubrequest.patch(ACCOUNT_URL + "?x=ada@acme.example", json("{\"Name\":\"Secret Co\"}"));

      assertThat(subrequest.toString())
          .contains("PATCH", ACCOUNT_URL)
          .doesNotContain("ada@acme.example")
          .doesNotContain("Secret Co");
    }
  }

  @Nested
  class Limits {
    @Test
    void acceptsTwentyFiveSubrequestsAndRefusesTheTwentySixth() {
      List<BatchSubrequest> subrequests = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        subrequests.add(BatchSubrequest.get("v66.0/limits"));
      }
      assertThat(BatchRequest.builder().subrequests(subrequests).build().subrequests()).hasSize(25);

      subrequests.add(BatchSubrequest.get("v66.0/limits"));

      assertThatThrownBy(() -> BatchRequest.builder().subrequests(subrequests).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at most 25 subrequests")
          .hasMessageContaining("this one has 26")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("batchRequests");
    }

    @Test
    void refusesAnEmptyBatch() {
      assertThatThrownBy(() -> BatchRequest.builder().build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at least one subrequest");
    }

    @Test
    void refusesALimitBreakingBatchWhenReadingJsonToo() {
      assertThatThrownBy(
              () -> read("{\"batchRequests\":[{\"method\":\"GET\",\"url\":\"/services/data/v66.0/limits\"}]}",
                  BatchRequest.class))
          .hasMessageContaining("write 'v66.0/limits'");
    }

    @Test
    void derivesAHaltingCopy() {
      BatchRequest request = read(SPEC_REQUEST, BatchRequest.class);

      BatchRequest halting = request.toBuilder().haltOnError(true).build();

      assertThat(halting.haltOnError()).isTrue();
      assertThat(halting.subrequests()).isEqualTo(request.subrequests());
    }
  }
}
