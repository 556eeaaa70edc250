package dev.salescloud.model;

import static dev.salescloud.model.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldValuesTest {
  @Test
  void convertsEachSupportedType() {
    assertThat(FieldValues.fromJson("F__c", json("42"), Integer.class)).contains(42);
    assertThat(FieldValues.fromJson("F__c", json("42.0"), Integer.class)).contains(42);
    assertThat(FieldValues.fromJson("F__c", json("9007199254740993"), Long.class))
        .contains(9007199254740993L);
    assertThat(FieldValues.fromJson("F__c", json("0.1"), Double.class)).contains(0.1);
    assertThat(FieldValues.fromJson("F__c", json("\"13:30:00.000Z\""), LocalTime.class))
        .contains(LocalTime.of(13, 30));
    assertThat(FieldValues.fromJson("F__c", json("\"a;b\""), MultiPicklist.class))
        .contains(MultiPicklist.of("a", "b"));
    assertThat(FieldValues.fromJson("F__c", json("null"), String.class)).isEmpty();
  }

  @Test
  void refusesValuesThatDoNotFitNamingFieldAndValue() {
    assertThatThrownBy(() -> FieldValues.fromJson("Score__c", json("\"high\""), BigDecimal.class))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("Score__c")
        .hasMessageContaining("\"high\"");
    assertThatThrownBy(() -> FieldValues.fromJson("Seats__c", json("3000000000"), Integer.class))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("Seats__c holds 3000000000, which does not fit in Integer");
    assertThatThrownBy(() -> FieldValues.fromJson("Seats__c", json("2.5"), Integer.class))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("2.5");
    assertThatThrownBy(() -> FieldValues.fromJson("Flag__c", json("\"yes\""), Boolean.class))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("Flag__c");
    assertThatThrownBy(() -> FieldValues.fromJson("Due__c", json("\"31/12/2026\""), java.time.LocalDate.class))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("31/12/2026");
  }

  @Test
  void refusesUnsupportedJavaTypesListingTheSupportedOnes() {
    assertThatThrownBy(() -> FieldValues.fromJson("F__c", json("[]"), List.class))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("cannot be read as List")
        .hasMessageContaining("BigDecimal");
  }
}
