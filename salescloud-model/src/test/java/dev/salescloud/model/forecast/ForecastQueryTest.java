package dev.salescloud.model.forecast;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ForecastQueryTest {
  static final SalesforceId ADA = SalesforceId.of("00558000000FkaVAAS");
  static final SalesforceId SAM = SalesforceId.of("00558000000FkbWAAS");

  @Nested
  class Building {
    @Test
    void groupsByOwnerAndLeavesOmittedOutByDefault() {
      ForecastQuery query = ForecastQuery.builder().period(ForecastPeriod.thisQuarter()).build();

      assertThat(query.groupBy()).isEqualTo(ForecastQuery.GroupBy.OWNER);
      assertThat(query.includeOmitted()).isFalse();
      assertThat(query.ownerIds()).isEmpty();
    }

    @Test
    void roundTripsAsJson() {
      ForecastQuery query =
          assertRoundTrip(
              """
              {"period":{"type":"Quarter","soqlLiteral":"NEXT_FISCAL_QUARTER"},
               "ownerIds":["00558000000FkaVAAS","00558000000FkbWAAS"],
               "includeOmitted":true,"groupBy":"NONE"}
              """,
              ForecastQuery.class);

      assertThat(query.period()).isEqualTo(ForecastPeriod.nextQuarter());
      assertThat(query.ownerIds()).containsExactly(ADA, SAM);
      assertThat(query.groupBy()).isEqualTo(ForecastQuery.GroupBy.NONE);
      assertThat(query.toString())
          .isEqualTo("ForecastQuery{ForecastPeriod{NEXT_FISCAL_QUARTER}, owners=2, groupBy=NONE,"
              + " includeOmitted}");
    }

    @Test
    void requiresAPeriod() {
      assertThatThrownBy(() -> ForecastQuery.builder().addOwnerId(ADA).build())
          .isInstanceOf(dev.salescloud.model.error.RequiredValueException.class)
          .hasMessageContaining("[period]");
    }
  }

  @Nested
  class Refusing {
    @Test
    void refusesAQueueOwnerNamingTheIdAndItsType() {
      SalesforceId queue = SalesforceId.of("00G5f000001AbcdEAC");

      assertThatThrownBy(
              () ->
                  ForecastQuery.builder()
                      .period(ForecastPeriod.thisQuarter())
                      .addOwnerIds(ADA, queue)
                      .build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ForecastQuery.ownerIds[1] = 00G5f000001AbcdEAC is a Group id")
          .hasMessageContaining("key prefix 00G")
          .hasMessageContaining("start with 005")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("ForecastQuery.ownerIds");
    }

    @Test
    void refusesIdsOfObjectsTheSdkDoesNotKnow() {
      assertThatThrownBy(
              () ->
                  ForecastQuery.builder()
                      .period(ForecastPeriod.thisQuarter())
                      .addOwnerId(SalesforceId.of("a015f000001AbcDAAS"))
                      .build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("ownerIds[0] = a015f000001AbcDAAS is not a User id (key prefix a01)");
    }

    @Test
    void refusesANonUserOwnerInJsonToo() {
      assertThatThrownBy(
              () ->
                  read(
                      "{\"period\":{\"soqlLiteral\":\"THIS_FISCAL_QUARTER\"},"
                          + "\"ownerIds\":[\"001D000000IqhSLIAZ\"]}",
                      ForecastQuery.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("001D000000IqhSLIAZ is an Account id");
    }
  }
}
