package dev.salescloud.model.describe;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PicklistValueTest {
  @Nested
  class Json {
    @Test
    void roundTripsAValueWithNullValidFor() {
      PicklistValue value =
          assertRoundTrip(
              """
              {"active":true,"defaultValue":true,"label":"Technologie","validFor":null,
               "value":"Technology"}
              """,
              PicklistValue.class);

      assertThat(value.value()).isEqualTo("Technology");
      assertThat(value.label()).contains("Technologie");
      assertThat(value.defaultValue()).isTrue();
      assertThat(value.validFor()).isEmpty();
    }

    @Test
    void refusesAValidForThatIsNotBase64() {
      assertThatThrownBy(
              () ->
                  read(
                      "{\"active\":true,\"defaultValue\":false,\"label\":\"X\","
                          + "\"validFor\":\"%%\",\"value\":\"X\"}",
                      PicklistValue.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("PicklistValue 'X' has validFor '%%'");
    }
  }

  @Nested
  class DependentValues {
    // bits 0 and 2 of the first byte, bit 9 of the second: 1010 0000 0100 0000
    final PicklistValue dependent =
        PicklistValue.builder()
            .value("Boat Dock")
            .active(true)
            .validFor(Base64.getEncoder().encodeToString(new byte[] {(byte) 0xA0, 0x40}))
            .build();

    @Test
    void readsTheControllingValuesFromTheMostSignificantBitOn() {
      assertThat(dependent.isValidFor(0)).isTrue();
      assertThat(dependent.isValidFor(1)).isFalse();
      assertThat(dependent.isValidFor(2)).isTrue();
      assertThat(dependent.isValidFor(8)).isFalse();
      assertThat(dependent.isValidFor(9)).isTrue();
    }

    @Test
    void treatsIndexesBeyondTheBitmapAsInvalid() {
      assertThat(dependent.isValidFor(16)).isFalse();
      assertThat(dependent.isValidFor(1000)).isFalse();
    }

    @Test
    void treatsAValueWithoutValidForAsValidForAnyController() {
      assertThat(PicklistValue.of("Web").isValidFor(5)).isTrue();
    }

    @Test
    void refusesANegativeIndexNamingIt() {
      assertThatThrownBy(() -> dependent.isValidFor(-1))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("controllerIndex is -1");
    }
  }
}
