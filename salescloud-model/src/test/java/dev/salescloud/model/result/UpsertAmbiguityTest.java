package dev.salescloud.model.result;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UpsertAmbiguityTest {
  static final String BODY =
      "[\"/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB\","
          + "\"/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdfEAB\"]";

  @Nested
  class ReadingJson {
    @Test
    void readsTheUrlsOfThe300Body() {
      UpsertAmbiguity matches = assertRoundTrip(BODY, UpsertAmbiguity.class);

      assertThat(matches.urls())
          .containsExactly(
              "/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB",
              "/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdfEAB");
      assertThat(write(matches)).isEqualTo(BODY);
    }

    @Test
    void takesTheIdsFromTheUrlTails() {
      UpsertAmbiguity matches = read(BODY, UpsertAmbiguity.class);

      assertThat(matches.ids())
          .containsExactly(SalesforceId.of("00Q5f00000AbcdeEAB"), SalesforceId.of("00Q5f00000AbcdfEAB"));
      assertThat(matches.ids()).allSatisfy(id -> assertThat(id.objectType()).contains("Lead"));
    }

    @Test
    void acceptsFifteenCharacterIdsCustomObjectsAndTrailingSlashes() {
      UpsertAmbiguity matches =
          UpsertAmbiguity.of(
              List.of(
                  "/services/data/v66.0/sobjects/Invoice__c/a015f00000Abcde",
                  "https://acme.my.salesforce.com/services/data/v66.0/sobjects/Invoice__c/a015f00000AbcdfAAB/"));

      assertThat(matches.ids())
          .extracting(SalesforceId::value)
          .containsExactly("a015f00000AbcdeAAB", "a015f00000AbcdfAAB");
    }

    @Test
    void refusesAUrlThatDoesNotEndInAnIdNamingIt() {
      assertThatThrownBy(() -> read("[\"/services/data/v23.0/sobjects/X/foo\"]", UpsertAmbiguity.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("/services/data/v23.0/sobjects/X/foo")
          .hasMessageContaining("does not end in a record id")
          .hasRootCauseInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void refusesAnIdOfAnotherObjectThanTheUrlNames() {
      assertThatThrownBy(
              () -> UpsertAmbiguity.of(List.of("/services/data/v66.0/sobjects/Lead/001D000000IqhSLIAZ")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("/services/data/v66.0/sobjects/Lead/001D000000IqhSLIAZ")
          .hasMessageContaining("Account")
          .hasMessageContaining("Lead");
    }

    @Test
    void refusesAnEmptyListAndNullUrls() {
      assertThatThrownBy(() -> read("[]", UpsertAmbiguity.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("the list of URLs is empty");
      assertThatThrownBy(() -> UpsertAmbiguity.of(Arrays.asList("/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB", null)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("null record URL");
      assertThatThrownBy(() -> UpsertAmbiguity.of(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("urls must not be null");
    }

    @Test
    void refusesAnObjectBody() {
      assertThatThrownBy(() -> read("{\"errorCode\":\"NOT_FOUND\"}", UpsertAmbiguity.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("from Object value");
    }
  }

  @Nested
  class Values {
    @Test
    void comparesByUrlsAndShowsTheIds() {
      UpsertAmbiguity matches = read(BODY, UpsertAmbiguity.class);

      assertThat(matches).isEqualTo(read(BODY, UpsertAmbiguity.class)).hasSameHashCodeAs(read(BODY, UpsertAmbiguity.class));
      assertThat(matches.toString()).contains("2 matches", "00Q5f00000AbcdeEAB", "00Q5f00000AbcdfEAB");
    }

    @Test
    void keepsItsListsUnmodifiable() {
      UpsertAmbiguity matches = read(BODY, UpsertAmbiguity.class);

      assertThatThrownBy(() -> matches.urls().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> matches.ids().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
