package dev.salescloud.model;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.RequiredValueException;
import org.junit.jupiter.api.Test;

class RecordAttributesTest {
  @Test
  void roundTripsTheAttributesOfARecord() {
    RecordAttributes attributes =
        assertRoundTrip(
            "{\"type\":\"Account\",\"url\":\"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ\"}",
            RecordAttributes.class);

    assertThat(attributes.type()).isEqualTo("Account");
  }

  @Test
  void anyBuilderMissingARequiredValueSaysWhichOne() {
    assertThatThrownBy(() -> RecordAttributes.builder().build())
        .isInstanceOf(RequiredValueException.class)
        .hasMessageContaining("[type]")
        .extracting(e -> ((RequiredValueException) e).argument())
        .isEqualTo("type");
  }

  @Test
  void anyBuilderGivenNullSaysWhichValue() {
    assertThatThrownBy(() -> RecordAttributes.builder().type(null))
        .isInstanceOf(RequiredValueException.class)
        .hasMessageContaining("type");
  }
}
