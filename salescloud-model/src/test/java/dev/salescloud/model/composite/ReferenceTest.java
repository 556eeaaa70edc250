package dev.salescloud.model.composite;

import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SObjectPatch;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReferenceTest {

  @Nested
  class Rendering {
    @Test
    void rendersTheIdOfACreateInLowerCase() {
      assertThat(Reference.id("acct")).hasToString("@{acct.id}");
    }

    @Test
    void rendersFieldPathsWithNamesAndIndexes() {
      assertThat(Reference.field("q", "records[0].Id")).hasToString("@{q.records[0].Id}");
      assertThat(Reference.field("NewAccount", "BillingAddress.city"))
          .hasToString("@{NewAccount.BillingAddress.city}");
      assertThat(Reference.field("AccountInfo", "recentItems[12].Id"))
          .hasToString("@{AccountInfo.recentItems[12].Id}");
    }

    @Test
    void rendersAPathStartingWithAnIndexWithoutADot() {
      Reference reference = Reference.field("newAccounts", "[1].id");

      assertThat(reference).hasToString("@{newAccounts[1].id}");
      assertThat(reference.path()).isEqualTo("[1].id");
    }

    @Test
    void acceptsAPathGivenWithItsLeadingDot() {
      assertThat(Reference.field("acct", ".id")).isEqualTo(Reference.id("acct"));
    }

    @Test
    void writesItselfAsTheReferenceStringInJson() {
      assertThat(write(Reference.field("q", "records[0].Id"))).isEqualTo("\"@{q.records[0].Id}\"");
      assertThat(read("\"@{q.records[0].Id}\"", Reference.class))
          .isEqualTo(Reference.field("q", "records[0].Id"));
    }

    @Test
    void goesIntoAPatchAsAJsonString() {
      SObjectPatch patch =
          SObjectPatch.builder("Contact").set("AccountId", Reference.id("refAccount").toJson()).build();

      assertThat(json(write(patch))).isEqualTo(json("{\"AccountId\":\"@{refAccount.id}\"}"));
    }
  }

  @Nested
  class Parsing {
    @Test
    void parsesTheRenderedForm() {
      Reference reference = Reference.parse("@{refQuery.records[0].Id}");

      assertThat(reference.referenceId()).isEqualTo("refQuery");
      assertThat(reference.path()).isEqualTo("records[0].Id");
      assertThat(Reference.parse("@{refs[0].id}").path()).isEqualTo("[0].id");
    }

    @Test
    void findsEveryReferenceInAText() {
      List<Reference> found =
          Reference.findIn(
              "/services/data/v66.0/query?q=SELECT+Id+FROM+Contact+WHERE+AccountId='@{a.id}'"
                  + "+AND+OwnerId='@{u.records[0].Id}'");

      assertThat(found).containsExactly(Reference.id("a"), Reference.field("u", "records[0].Id"));
      assertThat(Reference.findIn("no references, just an email@example.com {x}")).isEmpty();
    }

    @Test
    void refusesTextThatIsNotAReference() {
      assertThatThrownBy(() -> Reference.parse("acct.id"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'acct.id' is not a reference")
          .hasMessageContaining("@{refAccount.id}");
    }

    @Test
    void refusesAReferenceWithoutAPath() {
      assertThatThrownBy(() -> Reference.parse("@{acct}"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("@{acct} has no path")
          .hasMessageContaining("@{acct.id}");
    }
  }

  @Nested
  class Validating {
    @Test
    void refusesAMalformedReferenceIdNamingIt() {
      for (String bad : List.of("", "_acct", "acct-1", "acct.x", "ac ct", "accté")) {
        assertThatThrownBy(() -> Reference.id(bad))
            .as(bad)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("'" + bad + "' is not a valid referenceId")
            .hasMessageContaining("letter or digit")
            .extracting(e -> ((InvalidArgumentException) e).argument())
            .isEqualTo("referenceId");
      }
    }

    @Test
    void acceptsReferenceIdsStartingWithADigit() {
      assertThat(Reference.id("1st_account")).hasToString("@{1st_account.id}");
    }

    @Test
    void refusesAnUnclosedIndexNamingThePathAndPosition() {
      assertThatThrownBy(() -> Reference.field("q", "records[0.Id"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'records[0.Id' is not a valid path for a reference to q")
          .hasMessageContaining("character 8")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("path");
    }

    @Test
    void refusesMalformedPaths() {
      for (String bad :
          List.of("", "records[]", "records[-1]", "records[01]", "records..Id", "records.",
              "records[0]Id", "Billing Address", "a.1b", "records[x]")) {
        assertThatThrownBy(() -> Reference.field("q", bad))
            .as(bad)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("'" + bad + "' is not a valid path");
      }
    }

    @Test
    void refusesAMalformedPathInsideTheReferenceForm() {
      assertThatThrownBy(() -> Reference.parse("@{q.records[0]..Id}"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("records[0]..Id");
    }

    @Test
    void refusesNulls() {
      assertThatThrownBy(() -> Reference.field("q", null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("path must not be null");
      assertThatThrownBy(() -> Reference.id(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("referenceId must not be null");
    }
  }
}
