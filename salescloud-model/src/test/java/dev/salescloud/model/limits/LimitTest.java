package dev.salescloud.model.limits;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LimitTest {
  static final String DAILY_API_REQUESTS =
      """
      {"Max":15000,"Remaining":14998,
       "Ant Migration Tool":{"Max":0,"Remaining":0},
       "Salesforce CLI":{"Max":0,"Remaining":0},
       "Salesforce Mobile Dashboards":{"Max":0,"Remaining":0}}
      """;

  @Nested
  class ReadingJson {
    @Test
    void readsMaxRemainingAndTheBreakdownInOrder() {
      Limit limit = assertRoundTrip(DAILY_API_REQUESTS, Limit.class);

      assertThat(limit.max()).isEqualTo(15000);
      assertThat(limit.remaining()).isEqualTo(14998);
      assertThat(limit.used()).isEqualTo(2);
      assertThat(limit.fractionUsed()).isCloseTo(2.0 / 15000, within(1e-15));
      assertThat(limit.breakdown().keySet())
          .containsExactly("Ant Migration Tool", "Salesforce CLI", "Salesforce Mobile Dashboards");
      assertThat(limit.breakdown("Salesforce CLI")).contains(Limit.of(0, 0));
      assertThat(limit.breakdown("Workbench")).isEmpty();
    }

    @Test
    void writesTheLimitBackExactly() {
      Limit limit = read(DAILY_API_REQUESTS, Limit.class);

      assertThat(write(limit)).isEqualTo(DAILY_API_REQUESTS.replaceAll("\\s*\\n\\s*", ""));
    }

    @Test
    void readsNestedBreakdowns() {
      Limit permissionSets =
          assertRoundTrip(
              "{\"Max\":1500,\"Remaining\":1499,\"CreateCustom\":{\"Max\":1000,\"Remaining\":999}}",
              Limit.class);

      assertThat(permissionSets.breakdown("CreateCustom").map(Limit::used)).contains(1L);
    }

    @Test
    void acceptsCountsSentAsStringsAsApi29Did() {
      Limit limit = read("{\"Remaining\":\"4980\",\"Max\":\"5000\"}", Limit.class);

      assertThat(limit).isEqualTo(Limit.of(5000, 4980));
      assertThat(write(limit)).isEqualTo("{\"Max\":5000,\"Remaining\":4980}");
    }

    @Test
    void refusesALimitWithoutMaxOrRemaining() {
      assertThatThrownBy(() -> read("{\"Max\":5000}", Limit.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("needs both Max and Remaining")
          .hasMessageContaining("[Max]")
          .hasRootCauseInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void refusesCountsThatAreNotWholeNumbersNamingThem() {
      assertThatThrownBy(() -> read("{\"Max\":5000,\"Remaining\":12.5}", Limit.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("limit.Remaining is 12.5")
          .hasMessageContaining("whole number");
      assertThatThrownBy(() -> read("{\"Max\":\"lots\",\"Remaining\":1}", Limit.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("limit.Max is \"lots\"");
    }

    @Test
    void refusesABreakdownEntryThatIsNotALimit() {
      assertThatThrownBy(
              () -> read("{\"Max\":5,\"Remaining\":5,\"Workbench\":{\"Max\":1,\"Remaining\":true}}", Limit.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("limit.Workbench.Remaining is true");
      assertThatThrownBy(() -> read("{\"Max\":5,\"Remaining\":5,\"Workbench\":7}", Limit.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("limit.Workbench is 7");
    }
  }

  @Nested
  class Building {
    @Test
    void refusesANegativeAllocation() {
      assertThatThrownBy(() -> Limit.of(-1, 0))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Max is -1")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Max");
    }

    @Test
    void reportsAnAllocationOfZeroAsUnused() {
      assertThat(Limit.of(0, 0).fractionUsed()).isZero();
      assertThat(Limit.of(0, -2).fractionUsed()).isEqualTo(1.0);
    }

    @Test
    void buildsALimitWithABreakdown() {
      Limit limit = Limit.builder().max(15000).remaining(14998).putBreakdown("Ant Migration Tool", Limit.of(0, 0)).build();

      assertThat(write(limit)).isEqualTo("{\"Max\":15000,\"Remaining\":14998,\"Ant Migration Tool\":{\"Max\":0,\"Remaining\":0}}");
    }
  }
}
