package dev.salescloud.model.composite;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompositeRequestTest {
  static final String SPEC_REQUEST =
      """
      {"allOrNone":true,"collateSubrequests":false,
       "compositeRequest":[
        {"method":"POST","url":"/services/data/v62.0/sobjects/Account","referenceId":"refAccount",
         "body":{"Name":"Sample Account"}},
        {"method":"POST","url":"/services/data/v62.0/sobjects/Contact","referenceId":"refContact",
         "body":{"LastName":"Sample","AccountId":"@{refAccount.id}"}},
        {"method":"GET","url":"/services/data/v62.0/query?q=SELECT+Id+FROM+Contact+WHERE+AccountId='@{refAccount.id}'",
         "referenceId":"refQuery"}]}
      """;

  static CompositeSubrequest query(String referenceId) {
    return CompositeSubrequest.get(
        referenceId, "/services/data/v66.0/query?q=SELECT+Id+FROM+Account+LIMIT+1");
  }

  static CompositeSubrequest readAccount(String referenceId) {
    return CompositeSubrequest.get(
        referenceId, "/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ");
  }

  static ObjectNode body(String text) {
    return (ObjectNode) json(text);
  }

  static InvalidArgumentException refusal(Runnable build) {
    try {
      build.run();
    } catch (InvalidArgumentException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidArgumentException");
  }

  @Nested
  class Json {
    @Test
    void roundTripsTheDocumentedRequest() {
      CompositeRequest request = assertRoundTrip(SPEC_REQUEST, CompositeRequest.class);

      assertThat(request.allOrNone()).isTrue();
      assertThat(request.subrequests()).hasSize(3);
      assertThat(request.subrequests().get(1).references()).containsExactly(Reference.id("refAccount"));
      assertThat(request.subrequests().get(2).isQueryOrCollections()).isTrue();
    }

    @Test
    void writesBothFlagsEvenWhenLeftAtTheirDefaults() {
      CompositeRequest request = CompositeRequest.builder().addSubrequest(readAccount("acct")).build();

      assertThat(json(write(request)))
          .isEqualTo(
              json(
                  """
                  {"allOrNone":true,"collateSubrequests":false,"compositeRequest":[
                    {"method":"GET","url":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ",
                     "referenceId":"acct"}]}
                  """));
    }

    @Test
    void writesHeadersAndKeepsBodiesExactly() {
      CompositeSubrequest patch =
          CompositeSubrequest.builder()
              .method(HttpMethod.PATCH)
              .url("/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB")
              .referenceId("lead")
              .body(body("{\"Title\":null,\"AnnualRevenue\":1250000.50,\"Score__c\":87.50}"))
              .putHttpHeader("Sforce-Auto-Assign", "FALSE")
              .putHttpHeader("If-Unmodified-Since", "Tue, 01 Dec 2026 10:00:00 GMT")
              .build();

      assertThat(json(write(patch)))
          .isEqualTo(
              json(
                  """
                  {"method":"PATCH","url":"/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB",
                   "referenceId":"lead","body":{"Title":null,"AnnualRevenue":1250000.50,"Score__c":87.50},
                   "httpHeaders":{"Sforce-Auto-Assign":"FALSE",
                                  "If-Unmodified-Since":"Tue, 01 Dec 2026 10:00:00 GMT"}}
                  """));
      assertThat(json(write(patch)).at("/body/Title").isNull()).isTrue();
      assertThat(json(write(patch)).at("/body/AnnualRevenue").decimalValue())
          .isEqualByComparingTo("1250000.50");
    }

    @Test
    void readsTheFlagsAsSentAndDefaultsTheMissingOnes() {
      CompositeRequest request =
          read(
              "{\"compositeRequest\":[{\"method\":\"GET\",\"url\":\"/services/data/v66.0/limits\","
                  + "\"referenceId\":\"l\"}]}",
              CompositeRequest.class);

      assertThat(request.allOrNone()).isTrue();
      assertThat(request.collateSubrequests()).isFalse();
    }

    @Test
    void readsAJsonNullBodyAsNoBody() {
      CompositeSubrequest subrequest =
          read(
              "{\"method\":\"DELETE\",\"url\":\"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ\","
                  + "\"referenceId\":\"del\",\"body\":null}",
              CompositeSubrequest.class);

      assertThat(subrequest.body()).isEmpty();
      assertThat(subrequest).isEqualTo(
          CompositeSubrequest.delete("del", "/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"));
    }

    @Test
    void refusesAMethodInLowerCaseAsSalesforceDoes() {
      assertThatThrownBy(
              () ->
                  read(
                      "{\"method\":\"get\",\"url\":\"/services/data/v66.0/limits\",\"referenceId\":\"l\"}",
                      CompositeSubrequest.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("get");
    }
  }

  @Nested
  class Subrequests {
    @Test
    void refusesAUrlOutsideServicesDataNamingIt() {
      InvalidArgumentException e =
          refusal(() -> CompositeSubrequest.get("acct", "v66.0/sobjects/Account/001D000000IqhSLIAZ"));

      assertThat(e.argument()).isEqualTo("url");
      assertThat(e.getMessage())
          .contains("'v66.0/sobjects/Account/001D000000IqhSLIAZ'")
          .contains("must start with /services/data/vNN.0/");
    }

    @Test
    void refusesAUrlWithoutAVersionOrResource() {
      for (String bad :
          List.of("/services/data/latest/sobjects/Account", "/services/data/v66.0",
              "/services/data/v66/sobjects", "https://acme.my.salesforce.com/services/data/v66.0/limits")) {
        assertThatThrownBy(() -> CompositeSubrequest.get("x", bad))
            .as(bad)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining(bad);
      }
    }

    @Test
    void refusesAnUnencodedQueryString() {
      assertThatThrownBy(
              () -> CompositeSubrequest.get("q", "/services/data/v66.0/query?q=SELECT Id FROM Account"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("whitespace at character 36")
          .hasMessageContaining("URL-encode");
    }

    @Test
    void refusesAMalformedReferenceId() {
      InvalidArgumentException e =
          refusal(() -> CompositeSubrequest.get("ref-account", "/services/data/v66.0/limits"));

      assertThat(e.argument()).isEqualTo("referenceId");
      assertThat(e.getMessage()).contains("'ref-account' is not a valid referenceId");
    }

    @Test
    void refusesTheHeadersSubrequestsInheritInAnyCase() {
      for (String header :
          List.of("Accept", "Authorization", "Content-Type", "content-type", "AUTHORIZATION")) {
        InvalidArgumentException e =
            refusal(
                () ->
                    CompositeSubrequest.builder()
                        .method(HttpMethod.GET)
                        .url("/services/data/v66.0/limits")
                        .referenceId("limits")
                        .putHttpHeader(header, "x")
                        .build());

        assertThat(e.argument()).isEqualTo("httpHeaders");
        assertThat(e.getMessage())
            .contains("Subrequest 'limits' sets the header " + header)
            .contains("fails the whole request");
      }
    }

    @Test
    void refusesAMalformedReferenceInTheBodyNamingTheSubrequest() {
      InvalidArgumentException e =
          refusal(
              () ->
                  CompositeSubrequest.post(
                      "refContact",
                      "/services/data/v66.0/sobjects/Contact",
                      body("{\"LastName\":\"Ng\",\"AccountId\":\"@{refAccount.records[x]}\"}")));

      assertThat(e.getMessage())
          .contains("Subrequest 'refContact'")
          .contains("'records[x]' is not a valid path for a reference to refAccount");
    }

    @Test
    void findsReferencesInNestedBodyValuesAndTheUrl() {
      CompositeSubrequest subrequest =
          CompositeSubrequest.patch(
              "upd",
              "/services/data/v66.0/sobjects/Account/@{acct.id}",
              body("{\"records\":[{\"ParentId\":\"@{parent.records[0].Id}\"}],\"Name\":\"x\"}"));

      assertThat(subrequest.references())
          .containsExactly(Reference.id("acct"), Reference.field("parent", "records[0].Id"));
    }

    @Test
    void countsQueryQueryAllAndCollectionsSubrequests() {
      assertThat(query("q").isQueryOrCollections()).isTrue();
      assertThat(CompositeSubrequest.get("q", "/services/data/v66.0/queryAll?q=SELECT+Id+FROM+Lead")
              .isQueryOrCollections()).isTrue();
      assertThat(CompositeSubrequest.get("q", "/services/data/v66.0/query/01gRO0000016PIAYA2-2000")
              .isQueryOrCollections()).isTrue();
      assertThat(CompositeSubrequest.post("c", "/services/data/v66.0/composite/sobjects", body("{}"))
              .isQueryOrCollections()).isTrue();
      assertThat(readAccount("r").isQueryOrCollections()).isFalse();
      assertThat(CompositeSubrequest.get("s", "/services/data/v66.0/sobjects/Query__c/a00D000000IqhSLIAZ")
              .isQueryOrCollections()).isFalse();
      assertThat(CompositeSubrequest.get("s", "/services/data/v66.0/sobjects/Account/describe?x=/query")
              .isQueryOrCollections()).isFalse();
    }

    @Test
    void toStringLeavesOutBodiesAndQueryStrings() {
      CompositeSubrequest subrequest =
          CompositeSubrequest.post(
              "lead", "/services/data/v66.0/sobjects/Lead?x=secret", body("{\"Email\":\"ada@acme.example\"}"));

      assertThat(subrequest.toString())
          .contains("lead", "POST", "/services/data/v66.0/sobjects/Lead")
          .doesNotContain("ada@acme.example")
          .doesNotContain("secret");
    }
  }

  @Nested
  class Limits {
    @Test
    void acceptsTwentyFiveSubrequestsAndRefusesTheTwentySixth() {
      List<CompositeSubrequest> subrequests = new ArrayList<>();
      for (int i = 1; i <= 25; i++) {
        subrequests.add(readAccount("r" + i));
      }
      assertThat(CompositeRequest.builder().subrequests(subrequests).build().subrequests()).hasSize(25);

      subrequests.add(readAccount("r26"));
      InvalidArgumentException e =
          refusal(() -> CompositeRequest.builder().subrequests(subrequests).build());

      assertThat(e.argument()).isEqualTo("compositeRequest");
      assertThat(e.getMessage()).contains("at most 25 subrequests").contains("this one has 26");
    }

    @Test
    void acceptsFiveQueriesAndRefusesTheSixthNamingThem() {
      CompositeRequest.Builder builder = CompositeRequest.builder().addSubrequest(readAccount("acct"));
      for (int i = 1; i <= 5; i++) {
        builder.addSubrequest(query("q" + i));
      }
      assertThat(builder.build().subrequests()).hasSize(6);

      builder.addSubrequest(
          CompositeSubrequest.post("coll", "/services/data/v66.0/composite/sobjects", body("{}")));
      InvalidArgumentException e = refusal(builder::build);

      assertThat(e.getMessage())
          .contains("at most 5 query, queryAll or sObject Collections subrequests")
          .contains("this one has 6")
          .contains("[q1, q2, q3, q4, q5, coll]");
    }

    @Test
    void refusesAnEmptyRequest() {
      assertThatThrownBy(() -> CompositeRequest.builder().build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at least one subrequest");
    }

    @Test
    void refusesADuplicateReferenceIdNamingItAndBothPositions() {
      InvalidArgumentException e =
          refusal(
              () ->
                  CompositeRequest.builder()
                      .addSubrequests(readAccount("acct"), query("q"), readAccount("acct"))
                      .build());

      assertThat(e.getMessage())
          .contains("Duplicate referenceId 'acct'")
          .contains("#1 and #3");
    }

    @Test
    void refusesTheSameLimitsWhenReadingJson() {
      StringBuilder json = new StringBuilder("{\"compositeRequest\":[");
      for (int i = 0; i < 26; i++) {
        json.append(i == 0 ? "" : ",")
            .append("{\"method\":\"GET\",\"url\":\"/services/data/v66.0/limits\",\"referenceId\":\"l")
            .append(i)
            .append("\"}");
      }
      json.append("]}");

      assertThatThrownBy(() -> read(json.toString(), CompositeRequest.class))
          .hasMessageContaining("this one has 26");
    }
  }

  @Nested
  class References {
    @Test
    void acceptsReferencesToEarlierSubrequests() {
      CompositeRequest request = read(SPEC_REQUEST, CompositeRequest.class);

      assertThat(request.subrequest("refQuery").map(CompositeSubrequest::references).orElseThrow())
          .containsExactly(Reference.id("refAccount"));
    }

    @Test
    void refusesAForwardReferenceNamingItAndWhereItPoints() {
      InvalidArgumentException e =
          refusal(
              () ->
                  CompositeRequest.builder()
                      .addSubrequest(
                          CompositeSubrequest.post(
                              "refContact",
                              "/services/data/v66.0/sobjects/Contact",
                              body("{\"LastName\":\"Ng\",\"AccountId\":\"@{refAccount.id}\"}")))
                      .addSubrequest(
                          CompositeSubrequest.post(
                              "refAccount", "/services/data/v66.0/sobjects/Account",
                              body("{\"Name\":\"Acme\"}")))
                      .build());

      assertThat(e.argument()).isEqualTo("compositeRequest");
      assertThat(e.getMessage())
          .contains("subrequest #1 'refContact' uses @{refAccount.id}")
          .contains("'refAccount' is subrequest #2, which runs later");
    }

    @Test
    void refusesUnknownAndSelfReferencesListingThemAll() {
      InvalidArgumentException e =
          refusal(
              () ->
                  CompositeRequest.builder()
                      .addSubrequest(readAccount("acct"))
                      .addSubrequest(
                          CompositeSubrequest.patch(
                              "upd",
                              "/services/data/v66.0/sobjects/Account/@{upd.id}",
                              body("{\"OwnerId\":\"@{owner.records[0].Id}\"}")))
                      .build());

      assertThat(e.getMessage())
          .contains("uses @{upd.id}, but 'upd' is the subrequest itself")
          .contains("uses @{owner.records[0].Id}, but no subrequest has referenceId 'owner'");
    }

    @Test
    void checksReferencesInUrlsToo() {
      assertThatThrownBy(
              () ->
                  CompositeRequest.builder()
                      .addSubrequest(
                          CompositeSubrequest.get(
                              "q",
                              "/services/data/v66.0/query?q=SELECT+Id+FROM+Contact+WHERE+AccountId='@{nope.id}'"))
                      .build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("@{nope.id}")
          .hasMessageContaining("no subrequest has referenceId 'nope'");
    }

    @Test
    void everyOrderOfIndependentAndChainedSubrequestsIsJudgedByPosition() {
      Random random = new Random(20261201L);
      for (int round = 0; round < 200; round++) {
        int count = 2 + random.nextInt(10);
        List<CompositeSubrequest> subrequests = new ArrayList<>();
        boolean forward = false;
        for (int i = 0; i < count; i++) {
          int target = random.nextInt(count + 1) - 1;   // -1: no reference
          if (target >= i) {
            forward = true;
          }
          String body = target < 0 ? "{\"Name\":\"n\"}" : "{\"ParentId\":\"@{s" + target + ".id}\"}";
          subrequests.add(
              CompositeSubrequest.post("s" + i, "/services/data/v66.0/sobjects/Account", body(body)));
        }

        if (forward) {
          assertThatThrownBy(() -> CompositeRequest.builder().subrequests(subrequests).build())
              .isInstanceOf(InvalidArgumentException.class)
              .hasMessageContaining("earlier subrequest");
        } else {
          assertThat(CompositeRequest.builder().subrequests(subrequests).build().subrequests())
              .hasSize(count);
        }
      }
    }
  }

  @Nested
  class Copies {
    @Test
    void derivesAChangedCopyWithToBuilder() {
      CompositeRequest request = read(SPEC_REQUEST, CompositeRequest.class);

      CompositeRequest relaxed = request.toBuilder().allOrNone(false).build();

      assertThat(relaxed.allOrNone()).isFalse();
      assertThat(relaxed.subrequests()).isEqualTo(request.subrequests());
      assertThat(request.allOrNone()).isTrue();
    }

    @Test
    void toStringShowsNoBodies() {
      CompositeRequest request = read(SPEC_REQUEST, CompositeRequest.class);

      assertThat(request.toString()).contains("refAccount", "refContact").doesNotContain("Sample");
    }
  }
}
