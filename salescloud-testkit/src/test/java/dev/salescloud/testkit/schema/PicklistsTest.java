package dev.salescloud.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.describe.PicklistValue;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.testkit.FakeSalesCloud;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PicklistsTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  private SalesforceId lead(String field, Object value) {
    return client.sobjects("Lead").create(
        SObject.builder("Lead").put("LastName", "Ng").put("Company", "Acme").put(field, value).build());
  }

  private String read(SalesforceId id, String field) {
    return client.sobjects("Lead").get(id).get(field).orElseThrow().asText();
  }

  @Nested
  class RestrictedPicklists {
    @Test
    void acceptActiveValues() {
      org.schema().addPicklist("Lead", "Tier__c", List.of("Gold", "Silver"), true);

      SalesforceId id = lead("Tier__c", "Gold");

      assertThat(read(id, "Tier__c")).isEqualTo("Gold");
    }

    @Test
    void refuseOtherValuesOnCreateLikeSalesforce() {
      org.schema().addPicklist("Lead", "Tier__c", List.of("Gold", "Silver"), true);

      assertThatThrownBy(() -> lead("Tier__c", "Bronze"))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.errors().get(0).errorCode())
                    .contains("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
                assertThat(e.errors().get(0).message())
                    .isEqualTo("bad value for restricted picklist field: Bronze");
                assertThat(e.errors().get(0).fields()).containsExactly("Tier__c");
              });
      assertThat(org.store().count("Lead")).isZero();
    }

    @Test
    void refuseOtherValuesOnUpdate() {
      org.schema().addPicklist("Lead", "Tier__c", List.of("Gold", "Silver"), true);
      SalesforceId id = lead("Tier__c", "Gold");

      assertThatThrownBy(
              () -> client.sobjects("Lead")
                  .update(id, SObjectPatch.builder("Lead").set("Tier__c", "gold").build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errors().get(0).message())
                  .isEqualTo("bad value for restricted picklist field: gold"));
      assertThat(read(id, "Tier__c")).isEqualTo("Gold");
    }

    @Test
    void refuseInactiveValues() {
      org.schema().addField("Lead", "Tier__c", FieldType.PICKLIST,
          FieldOptions.builder()
              .picklist("Gold")
              .picklistValue(PicklistValue.builder().value("Bronze").label("Bronze").active(false).build())
              .restricted()
              .build());

      assertThatThrownBy(() -> lead("Tier__c", "Bronze"))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errors().get(0).errorCode())
                  .contains("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
    }

    @Test
    void unrestrictedPicklistsStoreAnyValue() {
      org.schema().addPicklist("Lead", "Tier__c", List.of("Gold"), false);

      assertThat(read(lead("Tier__c", "Bronze"), "Tier__c")).isEqualTo("Bronze");
      assertThat(read(lead("LeadSource", "Billboard"), "LeadSource")).isEqualTo("Billboard");
    }
  }

  @Nested
  class Defaults {
    @Test
    void fillACreateThatDoesNotGiveTheField() {
      org.schema().addField("Lead", "Tier__c", FieldType.PICKLIST,
          FieldOptions.builder().picklist("Gold", "Silver").defaultValue("Silver").build());

      SalesforceId id = lead("Title", "CEO");

      assertThat(read(id, "Tier__c")).isEqualTo("Silver");
      assertThat(org.schema().object("Lead").orElseThrow().field("Tier__c").orElseThrow()
              .picklistValues())
          .extracting(PicklistValue::value, PicklistValue::defaultValue)
          .containsExactly(
              tuple("Gold", false),
              tuple("Silver", true));
    }

    @Test
    void mustBeOneOfThePicklistValues() {
      assertThatThrownBy(
              () -> org.schema().addField("Lead", "Tier__c", FieldType.PICKLIST,
                  FieldOptions.builder().picklist("Gold").defaultValue("Bronze").build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Bronze");
    }

    @Test
    void ofOtherTypesAreStoredAsTheirType() {
      org.schema().addField("Lead", "Vip__c", FieldType.BOOLEAN,
          FieldOptions.builder().defaultValue("true").build());

      assertThat(client.sobjects("Lead").get(lead("Title", "CEO")).get("Vip__c").orElseThrow()
              .isBoolean())
          .isTrue();
    }

    @Test
    void standardPicklistsKnowTheirValues() {
      FieldSchema status =
          org.schema().object("Lead").orElseThrow().field("Status").orElseThrow();

      assertThat(status.picklistValues())
          .extracting(PicklistValue::value)
          .containsExactly("Open - Not Contacted", "Working - Contacted", "Closed - Converted",
              "Closed - Not Converted");
      assertThat(status.picklistValues().get(0).defaultValue()).isTrue();
      assertThat(status.restrictedPicklist()).isFalse();
    }
  }

  @Nested
  class MultiSelectPicklists {
    private void declare() {
      org.schema().addField("Lead", "Tags__c", FieldType.MULTIPICKLIST,
          FieldOptions.builder().picklist("a", "b", "c").restricted().build());
    }

    private List<String> names(String where) {
      return client.query("SELECT LastName FROM Lead WHERE " + where + " ORDER BY LastName",
              SObject.class).stream()
          .map(r -> r.get("LastName").orElseThrow().asText())
          .collect(Collectors.toList());
    }

    private void seed() {
      declare();
      for (String[] row : new String[][] {{"AB", "a;b"}, {"A", "a"}, {"C", "c"}, {"BC", "b;c"}}) {
        client.sobjects("Lead").create(SObject.builder("Lead").put("LastName", row[0])
            .put("Company", "X").put("Tags__c", row[1]).build());
      }
      client.sobjects("Lead").create(
          SObject.builder("Lead").put("LastName", "None").put("Company", "X").build());
    }

    @Test
    void storeSeveralValuesJoinedBySemicolons() {
      declare();

      assertThat(read(lead("Tags__c", "a;c"), "Tags__c")).isEqualTo("a;c");
    }

    @Test
    void checkEveryValueOfARestrictedField() {
      declare();

      assertThatThrownBy(() -> lead("Tags__c", "a;z"))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errors().get(0).message())
                  .isEqualTo("bad value for restricted picklist field: z"));
    }

    @Test
    void includesMatchesAnyOperandAndAnOperandWithSemicolonsNeedsAllItsValues() {
      seed();

      assertThat(names("Tags__c INCLUDES ('a')")).containsExactly("A", "AB");
      assertThat(names("Tags__c INCLUDES ('a;b')")).containsExactly("AB");
      assertThat(names("Tags__c INCLUDES ('b;a', 'C')")).containsExactly("AB", "BC", "C");
    }

    @Test
    void excludesKeepsTheRowsIncludesWouldDrop() {
      seed();

      assertThat(names("Tags__c EXCLUDES ('a')")).containsExactly("BC", "C", "None");
      assertThat(names("Tags__c EXCLUDES ('a;b', 'c')")).containsExactly("A", "None");
    }

    @Test
    void includesOnAFieldThatIsNotAMultiSelectPicklistIsRefused() {
      assertThatThrownBy(() -> names("LeadSource INCLUDES ('Web')"))
          .isInstanceOfSatisfying(
              dev.salescloud.model.error.ApiException.class,
              e -> {
                assertThat(e.errors().get(0).errorCode()).contains("INVALID_QUERY_FILTER_OPERATOR");
                assertThat(e.errors().get(0).message())
                    .isEqualTo("includes or excludes operator only valid on multipicklist field");
              });
    }
  }
}
