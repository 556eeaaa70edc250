package dev.salescloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class FieldNamesTest {
  @Test
  void recognisesCustomFieldsWithAndWithoutNamespace() {
    assertThat(FieldNames.isCustomField("Score__c")).isTrue();
    assertThat(FieldNames.isCustomField("acme__Score__c")).isTrue();
    assertThat(FieldNames.isCustomField("Lead_Score_2__c")).isTrue();
    assertThat(FieldNames.isCustomField("LastName")).isFalse();
    assertThat(FieldNames.isCustomField("Account__r")).isFalse();
  }

  @Test
  void refusesNamesThatCouldNotBeSalesforceApiNames() {
    for (String bad : new String[] {"", "1Field", "Field Name", "Field;DROP", "Name'", "A-B", "x_"}) {
      assertThatThrownBy(() -> FieldNames.requireApiName(bad, "field"))
          .as(bad)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("not a valid Salesforce API name");
    }
    assertThat(FieldNames.requireApiName("Account__r", "field")).isEqualTo("Account__r");
  }

  @Test
  void customFieldAccessRefusesStandardNames() {
    assertThatThrownBy(() -> FieldNames.requireCustomField("Email"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("'Email' is not a custom field");
  }
}
