package dev.salescloud.model.limits;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiUsageTest {
  @Nested
  class Parsing {
    @Test
    void readsUsedAndMaxOfApiUsage() {
      ApiUsage usage = ApiUsage.parse("api-usage=10018/100000");

      assertThat(usage.used()).isEqualTo(10018);
      assertThat(usage.max()).isEqualTo(100000);
      assertThat(usage.remaining()).isEqualTo(89982);
      assertThat(usage.fractionUsed()).isCloseTo(0.10018, within(1e-12));
      assertThat(usage.perAppUsage()).isEmpty();
      assertThat(usage.bursts()).isEmpty();
      assertThat(usage.otherEntries()).isEmpty();
    }

    @Test
    void readsThePerAppUsageOfTheConnectedApp() {
      ApiUsage usage = ApiUsage.parse("api-usage=25/5000; per-app-api-usage=17/250(appName=sample-connected-app)");

      assertThat(usage.used()).isEqualTo(25);
      AppApiUsage app = usage.perAppUsage().orElseThrow();
      assertThat(app.appName()).isEqualTo("sample-connected-app");
      assertThat(app.used()).isEqualTo(17);
      assertThat(app.max()).isEqualTo(250);
      assertThat(app.remaining()).isEqualTo(233);
      assertThat(app.fractionUsed()).isCloseTo(0.068, within(1e-12));
    }

    @Test
    void readsTheBurstAllocation() {
      ApiUsage usage = ApiUsage.parse("api-usage=10018/100000; api-bursts=1/750");

      Limit bursts = usage.bursts().orElseThrow();
      assertThat(bursts.used()).isEqualTo(1);
      assertThat(bursts.max()).isEqualTo(750);
      assertThat(bursts.remaining()).isEqualTo(749);
    }

    @Test
    void acceptsSemicolonsCommasSpacesAndAnyOrder() {
      ApiUsage expected = ApiUsage.parse("api-usage=25/5000; per-app-api-usage=17/250(appName=sample-app); api-bursts=1/750");

      assertThat(ApiUsage.parse("api-bursts=1/750,per-app-api-usage=17/250(appName=sample-app),api-usage=25/5000"))
          .isEqualTo(expected);
      assertThat(ApiUsage.parse("  api-usage = 25/5000 ;per-app-api-usage=17/250(appName=sample-app) ;  api-bursts=1/750;"))
          .isEqualTo(expected);
      assertThat(ApiUsage.parse("API-Usage=25/5000; Per-App-Api-Usage=17/250(appName=sample-app); API-BURSTS=1/750"))
          .isEqualTo(expected);
    }

    @Test
    void keepsAppNamesWithSeparatorsInsideTheParentheses() {
      ApiUsage usage = ApiUsage.parse("api-usage=25/5000; per-app-api-usage=17/250(appName=Acme; Sync, EU)");

      assertThat(usage.perAppUsage().map(AppApiUsage::appName)).contains("Acme; Sync, EU");
    }

    @Test
    void keepsEntriesOfUnknownKeysAsText() {
      ApiUsage usage = ApiUsage.parse("api-usage=25/5000; functions-usage=3/10; region=eu(west)");

      assertThat(usage.otherEntries())
          .containsExactly(Map.entry("functions-usage", "3/10"), Map.entry("region", "eu(west)"));
    }

    @Test
    void reportsUsageBeyondTheAllocation() {
      ApiUsage usage = ApiUsage.parse("api-usage=5100/5000");

      assertThat(usage.remaining()).isZero();
      assertThat(usage.fractionUsed()).isCloseTo(1.02, within(1e-12));
    }

    @Test
    void reportsAnAllocationOfZero() {
      assertThat(ApiUsage.parse("api-usage=0/0").fractionUsed()).isZero();
      assertThat(ApiUsage.parse("api-usage=3/0").fractionUsed()).isEqualTo(1.0);
      assertThat(ApiUsage.parse("api-usage=3/0").remaining()).isZero();
    }
  }

  @Nested
  class RefusingMalformedHeaders {
    void assertRefused(String header, String why) {
      assertThatThrownBy(() -> ApiUsage.parse(header))
          .as(header)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'" + header + "'")
          .hasMessageContaining(why)
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Sforce-Limit-Info");
    }

    @Test
    void refusesAHeaderWithoutApiUsage() {
      assertRefused("", "no api-usage=used/max entry");
      assertRefused("api-bursts=1/750", "no api-usage=used/max entry");
      assertRefused(" ; ", "no api-usage=used/max entry");
    }

    @Test
    void refusesCountsThatAreNotUsedSlashMax() {
      assertRefused("api-usage=10018", "api-usage=10018 is not used/max");
      assertRefused("api-usage=10018/", "is not used/max");
      assertRefused("api-usage=-1/5000", "is not used/max");
      assertRefused("api-usage=1.5/5000", "is not used/max");
      assertRefused("api-usage=ten/5000", "is not used/max");
      assertRefused("api-usage=1/99999999999999999999", "is not used/max");
      assertRefused("api-usage=1/5000; api-bursts=1:750", "api-bursts=1:750 is not used/max");
    }

    @Test
    void refusesAPerAppEntryWithoutAnAppName() {
      assertRefused("api-usage=25/5000; per-app-api-usage=17/250", "is not used/max(appName=name)");
      assertRefused("api-usage=25/5000; per-app-api-usage=17/250(name=x)", "is not used/max(appName=name)");
      assertRefused("api-usage=25/5000; per-app-api-usage=17/250(appName= )", "appName");
    }

    @Test
    void refusesEntriesThatAreNotKeyValuePairs() {
      assertRefused("api-usage=25/5000; garbage", "'garbage' is not a key=value entry");
      assertRefused("api-usage=25/5000; =3", "'' is not an entry key");
      assertRefused("api-usage=25/5000; new-usage=", "new-usage has no value");
    }

    @Test
    void refusesRepeatedKeys() {
      assertRefused("api-usage=25/5000; api-usage=26/5000", "it has api-usage twice");
    }

    @Test
    void refusesUnbalancedParentheses() {
      assertRefused("api-usage=25/5000; per-app-api-usage=17/250(appName=x", "'(' is never closed");
      assertRefused("api-usage=25/5000)", "closes nothing");
    }

    @Test
    void refusesNull() {
      assertThatThrownBy(() -> ApiUsage.parse(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Sforce-Limit-Info must not be null");
    }
  }

  @Nested
  class WritingTheHeader {
    @Test
    void writesTheHeaderBackAsSalesforceSendsIt() {
      String header = "api-usage=25/5000; per-app-api-usage=17/250(appName=sample-app); api-bursts=1/750";

      assertThat(ApiUsage.parse(header).toHeaderValue()).isEqualTo(header);
      assertThat(ApiUsage.of(10018, 100000).toHeaderValue()).isEqualTo("api-usage=10018/100000");
    }

    @Test
    void parsesWhatItWrites() {
      ApiUsage usage =
          ApiUsage.builder()
              .used(12)
              .max(15000)
              .perAppUsage(AppApiUsage.of("Acme, Sync", 3, 100))
              .bursts(Limit.of(750, 700))
              .putOtherEntry("functions-usage", "3/10(kind=a,b)")
              .build();

      assertThat(ApiUsage.parse(usage.toHeaderValue())).isEqualTo(usage);
    }

    @Test
    void refusesOtherEntriesThatWouldNotSurviveTheHeader() {
      assertThatThrownBy(() -> ApiUsage.builder().used(1).max(2).putOtherEntry("x", "1; api-usage=9/9").build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'1; api-usage=9/9'");
      assertThatThrownBy(() -> ApiUsage.builder().used(1).max(2).putOtherEntry("api-usage", "1/2").build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'api-usage' cannot be another entry");
      assertThatThrownBy(() -> ApiUsage.builder().used(1).max(2).putOtherEntry("bad key", "1").build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'bad key'");
    }

    @Test
    void refusesNegativeCountsAndBadAppNames() {
      assertThatThrownBy(() -> ApiUsage.of(-1, 5000))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("api-usage -1/5000");
      assertThatThrownBy(() -> AppApiUsage.of("sample-app", 1, -250))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("1/-250 of sample-app");
      assertThatThrownBy(() -> AppApiUsage.of("sample(app)", 1, 250))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("appName 'sample(app)'");
      assertThatThrownBy(() -> ApiUsage.builder().used(1).max(2).bursts(Limit.of(750, 800)).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("api-bursts has 800 remaining of 750");
    }
  }

  @Nested
  class Json {
    @Test
    void roundTripsAsJson() {
      ApiUsage usage =
          assertRoundTrip(
              "{\"used\":25,\"max\":5000,\"perAppUsage\":{\"appName\":\"sample-app\",\"used\":17,\"max\":250},"
                  + "\"bursts\":{\"Max\":750,\"Remaining\":749},\"otherEntries\":{\"functions-usage\":\"3/10\"}}",
              ApiUsage.class);

      assertThat(usage)
          .isEqualTo(ApiUsage.parse("api-usage=25/5000; per-app-api-usage=17/250(appName=sample-app); api-bursts=1/750; functions-usage=3/10"));
      assertThat(write(ApiUsage.of(1, 2))).isEqualTo("{\"used\":1,\"max\":2}");
    }
  }
}
