package dev.salescloud.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrgSchemaTest {
  private final OrgSchema schema = OrgSchema.standard();

  private FieldSchema field(String object, String field) {
    return schema.object(object).orElseThrow().field(field).orElseThrow();
  }

  @Nested
  class StandardObjects {
    @Test
    void holdTheSalesObjectsWithTheirKeyPrefixes() {
      assertThat(schema.objects())
          .extracting(ObjectSchema::name, ObjectSchema::keyPrefix)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("User", "005"),
              org.assertj.core.groups.Tuple.tuple("Account", "001"),
              org.assertj.core.groups.Tuple.tuple("Contact", "003"),
              org.assertj.core.groups.Tuple.tuple("Lead", "00Q"),
              org.assertj.core.groups.Tuple.tuple("Opportunity", "006"),
              org.assertj.core.groups.Tuple.tuple("Task", "00T"),
              org.assertj.core.groups.Tuple.tuple("Event", "00U"),
              org.assertj.core.groups.Tuple.tuple("Product2", "01t"),
              org.assertj.core.groups.Tuple.tuple("OpportunityLineItem", "00k"),
              org.assertj.core.groups.Tuple.tuple("OpportunityContactRole", "00K"),
              org.assertj.core.groups.Tuple.tuple("LeadStatus", "01J"),
              org.assertj.core.groups.Tuple.tuple("OpportunityStage", "01J"),
              org.assertj.core.groups.Tuple.tuple("Period", "026"),
              org.assertj.core.groups.Tuple.tuple("Report", "00O"),
              org.assertj.core.groups.Tuple.tuple("ForecastingType", "0Db"),
              org.assertj.core.groups.Tuple.tuple("ForecastingItem", "0G3"),
              org.assertj.core.groups.Tuple.tuple("ForecastingQuota", "0J9"));
    }

    @Test
    void knowRequiredDefaultedAndReadOnlyFields() {
      assertThat(field("Lead", "lastname").required()).isTrue();
      assertThat(field("Lead", "Status").defaultValue()).contains(TextNode.valueOf("Open - Not Contacted"));
      assertThat(field("Task", "Priority").defaultValue()).contains(TextNode.valueOf("Normal"));
      assertThat(field("Lead", "Name").createable()).isFalse();
      assertThat(field("Opportunity", "IsWon").updateable()).isFalse();
      assertThat(field("Opportunity", "Probability").updateable()).isTrue();
      assertThat(field("Task", "TaskSubtype").createable()).isTrue();
      assertThat(field("Task", "TaskSubtype").updateable()).isFalse();
      assertThat(field("Contact", "AccountId").referenceTo()).containsExactly("Account");
    }

    @Test
    void refuseAnUnknownColumnLikeSalesforce() {
      assertThatThrownBy(() -> schema.object("Lead").orElseThrow().requireField("Foo"))
          .isInstanceOfSatisfying(
              SalesforceFault.class,
              f -> {
                assertThat(f.errorCode()).isEqualTo("INVALID_FIELD");
                assertThat(f.getMessage()).isEqualTo("No such column 'Foo' on sobject of type Lead");
                assertThat(f.fields()).containsExactly("Foo");
              });
    }

    @Test
    void anEventNeedsAStartAndAnEnd() {
      assertThatThrownBy(
              () -> schema.object("Event").orElseThrow()
                  .requireComplete(JsonNodeFactory.instance.objectNode().put("Subject", "Call")))
          .isInstanceOfSatisfying(
              SalesforceFault.class,
              f -> {
                assertThat(f.errorCode()).isEqualTo("REQUIRED_FIELD_MISSING");
                assertThat(f.fields()).containsExactly("ActivityDateTime", "DurationInMinutes");
              });
    }
  }

  @Nested
  class CustomDeclarations {
    @Test
    void customObjectsCountTheirPrefixesUp() {
      assertThat(schema.addObject("Invoice__c").keyPrefix()).isEqualTo("a00");
      assertThat(schema.addObject("Payment__c").keyPrefix()).isEqualTo("a01");
      assertThat(schema.object("invoice__C").orElseThrow().custom()).isTrue();
      assertThat(schema.objectWithPrefix("a01").orElseThrow().name()).isEqualTo("Payment__c");
    }

    @Test
    void customObjectsHaveNameOwnerAndSystemFields() {
      ObjectSchema invoice = schema.addObject("Invoice__c");

      assertThat(invoice.fields())
          .extracting(FieldSchema::name)
          .contains("Id", "IsDeleted", "CreatedDate", "SystemModstamp", "Name", "OwnerId");
    }

    @Test
    void lookupsPointToDeclaredObjects() {
      schema.addObject("Invoice__c");

      FieldSchema lookup = schema.addLookup("Invoice__c", "Account__c", "account");

      assertThat(lookup.type()).isEqualTo(FieldType.REFERENCE);
      assertThat(lookup.referenceTo()).containsExactly("Account");
    }

    @Test
    void refusesNamesWithoutTheCustomSuffix() {
      assertThatThrownBy(() -> schema.addObject("Invoice"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'Invoice'")
          .hasMessageContaining("__c");
      assertThatThrownBy(() -> schema.addField("Lead", "Score", FieldType.NUMBER))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'Score'");
    }

    @Test
    void refusesDuplicatesUnknownObjectsAndLookupsWithoutATarget() {
      schema.addField("Lead", "Score__c", FieldType.NUMBER);

      assertThatThrownBy(() -> schema.addField("Lead", "score__c", FieldType.NUMBER))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Lead already has a field score__c");
      assertThatThrownBy(() -> schema.addField("Nope__c", "X__c", FieldType.NUMBER))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("no object Nope__c");
      assertThatThrownBy(() -> schema.addField("Lead", "Owner2__c", FieldType.REFERENCE))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("addLookup");
      assertThatThrownBy(() -> schema.addTextField("Lead", "Code__c", 0))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("not 0");
    }
  }

  @Nested
  class Coercion {
    @Test
    void normalisesDatetimesToSalesforcesFormat() {
      FieldSchema f = field("Event", "StartDateTime");

      assertThat(f.coerce(TextNode.valueOf("2024-05-01T17:03:11Z")).asText())
          .isEqualTo("2024-05-01T17:03:11.000+0000");
      assertThat(f.coerce(TextNode.valueOf("2024-05-01T19:03:11.5+02:00")).asText())
          .isEqualTo("2024-05-01T17:03:11.500+0000");
      assertThat(f.coerce(TextNode.valueOf("2024-05-01T17:03:11.000+0000")).asText())
          .isEqualTo("2024-05-01T17:03:11.000+0000");
    }

    @Test
    void acceptsNumbersBooleansAndDatesInTheirJsonForms() {
      assertThat(field("Account", "AnnualRevenue").coerce(TextNode.valueOf("12.50")))
          .isEqualTo(DecimalNode.valueOf(new BigDecimal("12.50")));
      assertThat(field("Account", "NumberOfEmployees").coerce(IntNode.valueOf(7)).intValue()).isEqualTo(7);
      assertThat(field("Contact", "DoNotCall").coerce(TextNode.valueOf("TRUE"))).isEqualTo(BooleanNode.TRUE);
      assertThat(field("Contact", "Birthdate").coerce(TextNode.valueOf("1990-02-28")).asText())
          .isEqualTo("1990-02-28");
      assertThat(field("Lead", "Title").coerce(NullNode.getInstance()).isNull()).isTrue();
    }

    @Test
    void refusesValuesOfTheWrongTypeNamingFieldAndValue() {
      for (Object[] c : new Object[][] {
          {"Account", "NumberOfEmployees", DecimalNode.valueOf(new BigDecimal("1.5")), "1.5"},
          {"Contact", "Birthdate", TextNode.valueOf("1990-02-30"), "1990-02-30"},
          {"Contact", "DoNotCall", TextNode.valueOf("yes"), "yes"},
          {"Event", "StartDateTime", TextNode.valueOf("tomorrow"), "tomorrow"},
          {"Account", "AnnualRevenue", BooleanNode.TRUE, "true"}}) {
        String fieldName = (String) c[1];
        assertThatThrownBy(() -> field((String) c[0], fieldName).coerce((com.fasterxml.jackson.databind.JsonNode) c[2]))
            .isInstanceOfSatisfying(
                SalesforceFault.class,
                f -> {
                  assertThat(f.errorCode()).isEqualTo("INVALID_TYPE_ON_FIELD_IN_RECORD");
                  assertThat(f.getMessage()).isEqualTo(fieldName + ": value not of required type: " + c[3]);
                  assertThat(f.fields()).containsExactly(fieldName);
                });
      }
    }

    @Test
    void refusesMalformedIdsAndTooLongText() {
      assertThatThrownBy(() -> field("Contact", "AccountId").coerce(TextNode.valueOf("001xyz")))
          .isInstanceOfSatisfying(
              SalesforceFault.class,
              f -> {
                assertThat(f.errorCode()).isEqualTo("MALFORMED_ID");
                assertThat(f.getMessage()).isEqualTo("AccountId: id value of incorrect type: 001xyz");
              });
      assertThatThrownBy(() -> field("Lead", "FirstName").coerce(TextNode.valueOf("a".repeat(41))))
          .isInstanceOfSatisfying(
              SalesforceFault.class,
              f -> {
                assertThat(f.errorCode()).isEqualTo("STRING_TOO_LONG");
                assertThat(f.getMessage()).endsWith("(max length=40)");
              });
    }
  }
}
