package dev.salescloud.model.describe;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SObjectDescribeTest {
  static final SObjectDescribe ACCOUNT = read(DescribeFixtures.ACCOUNT, SObjectDescribe.class);

  @Nested
  class ReadingJson {
    @Test
    void roundTripsAnAccountDescribeWithEveryKeyAndNull() {
      assertRoundTrip(DescribeFixtures.ACCOUNT, SObjectDescribe.class);
    }

    @Test
    void readsTheObjectLevelAttributes() {
      assertThat(ACCOUNT.name()).isEqualTo("Account");
      assertThat(ACCOUNT.labelPlural()).isEqualTo("Accounts");
      assertThat(ACCOUNT.keyPrefix()).contains("001");
      assertThat(ACCOUNT.custom()).isFalse();
      assertThat(ACCOUNT.createable()).isTrue();
      assertThat(ACCOUNT.mergeable()).isTrue();
      assertThat(ACCOUNT.undeletable()).isTrue();
      assertThat(ACCOUNT.urls())
          .containsEntry("rowTemplate", "/services/data/v66.0/sobjects/Account/{ID}");
      assertThat(ACCOUNT.supportedScopes())
          .extracting(ScopeInfo::name)
          .containsExactly(ScopeInfo.EVERYTHING, ScopeInfo.MINE, ScopeInfo.TEAM);
      assertThat(ACCOUNT.otherFields()).containsKeys("layoutable", "networkScopeFieldName");
      assertThat(ACCOUNT.otherFields().get("networkScopeFieldName").isNull()).isTrue();
    }

    @Test
    void readsTheCompoundAddressAndItsComponents() {
      FieldDescribe street = ACCOUNT.field("BillingStreet").orElseThrow();
      FieldDescribe address = ACCOUNT.field("BillingAddress").orElseThrow();

      assertThat(street.compoundFieldName()).contains("BillingAddress");
      assertThat(street.type()).isEqualTo(FieldDescribe.Type.TEXTAREA);
      assertThat(street.isReadOnly()).isFalse();
      assertThat(address.type()).isEqualTo(FieldDescribe.Type.ADDRESS);
      assertThat(address.soapType()).isEqualTo("urn:address");
      assertThat(address.createable()).isFalse();
      assertThat(address.isReadOnly()).isTrue();
      assertThat(address.compoundFieldName()).isEmpty();
    }

    @Test
    void readsReferencesWithTheirRelationshipNames() {
      FieldDescribe parent = ACCOUNT.field("ParentId").orElseThrow();

      assertThat(parent.type()).isEqualTo(FieldDescribe.Type.REFERENCE);
      assertThat(parent.referenceTo()).containsExactly("Account");
      assertThat(parent.relationshipName()).contains("Parent");
      assertThat(parent.polymorphicForeignKey()).isFalse();
      assertThat(parent.otherFields()).containsKey("relationshipOrder");
    }

    @Test
    void readsDefaultValuesAsJson() {
      assertThat(
              ACCOUNT.field("Industry").flatMap(FieldDescribe::defaultValue).map(JsonNode::asText))
          .contains("Technology");
      assertThat(
              ACCOUNT
                  .field("acme__Key_Account__c")
                  .flatMap(FieldDescribe::defaultValue)
                  .map(JsonNode::isBoolean))
          .contains(true);
      assertThat(ACCOUNT.field("Name").flatMap(FieldDescribe::defaultValue)).isEmpty();
    }

    @Test
    void readsFormulaFields() {
      FieldDescribe monthly = ACCOUNT.field("Monthly_Revenue__c").orElseThrow();

      assertThat(monthly.calculated()).isTrue();
      assertThat(monthly.calculatedFormula()).contains("AnnualRevenue / 12");
      assertThat(monthly.precision()).isEqualTo(18);
      assertThat(monthly.scale()).isEqualTo(2);
      assertThat(monthly.isReadOnly()).isTrue();
    }

    @Test
    void readsChildRelationshipsAndRecordTypes() {
      assertThat(ACCOUNT.childRelationships()).hasSize(4);
      ChildRelationship contacts = ACCOUNT.childRelationship("contacts").orElseThrow();
      assertThat(contacts.childSObject()).isEqualTo("Contact");
      assertThat(contacts.field()).isEqualTo("AccountId");
      assertThat(contacts.cascadeDelete()).isTrue();
      assertThat(contacts.otherFields()).containsKeys("junctionIdListNames", "deprecatedAndHidden");
      assertThat(ACCOUNT.childRelationships().get(2).relationshipName()).isEmpty();
      assertThat(ACCOUNT.childRelationship("Nope")).isEmpty();

      RecordTypeInfo master = ACCOUNT.recordTypeInfos().get(0);
      assertThat(master.recordTypeId())
          .isEqualTo(SalesforceId.of(RecordTypeInfo.MASTER_RECORD_TYPE_ID));
      assertThat(master.master()).isTrue();
      assertThat(master.developerName()).contains("Master");
      assertThat(master.otherFields()).containsKey("urls");
    }

    @Test
    void writesEveryKeyInAlphabeticalOrderAsSalesforceDoes() {
      JsonNode written = json(write(ACCOUNT));

      Iterator<String> names = written.fieldNames();
      String previous = "";
      int modelled = 0;
      while (names.hasNext()) {
        String name = names.next();
        if (!ACCOUNT.otherFields().containsKey(name)) {
          assertThat(name).isGreaterThan(previous);
          previous = name;
          modelled++;
        }
      }
      assertThat(modelled).isEqualTo(18);
      assertThat(written.get("fields").get(0).has("calculatedFormula")).isTrue();
    }

    @Test
    void refusesTwoFieldsWhoseNamesDifferOnlyInCase() {
      String twice =
          """
          {"name":"Account","label":"Account","labelPlural":"Accounts",
           "fields":[{"name":"Name","label":"Name","type":"string"},
                     {"name":"NAME","label":"Name","type":"string"}]}
          """;

      assertThatThrownBy(() -> read(twice, SObjectDescribe.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Account lists the field 'NAME' twice");
    }
  }

  @Nested
  class LookingUpFields {
    @Test
    void findsFieldsIgnoringCase() {
      assertThat(ACCOUNT.field("billingstreet").map(FieldDescribe::name)).contains("BillingStreet");
      assertThat(ACCOUNT.field("ACME__KEY_ACCOUNT__C").map(FieldDescribe::name))
          .contains("acme__Key_Account__c");
      assertThat(ACCOUNT.field("Name").map(FieldDescribe::name)).contains("Name");
    }

    @Test
    void findsNothingForAnUnknownField() {
      assertThat(ACCOUNT.field("Nope__c")).isEmpty();
    }

    @Test
    void computesTheFieldsACreateMustSet() {
      assertThat(ACCOUNT.requiredFieldsOnCreate())
          .extracting(FieldDescribe::name)
          .containsExactly("Name");
    }

    @Test
    void doesNotRequireFieldsSalesforceFillsOrThatMayBeEmpty() {
      assertThat(ACCOUNT.field("OwnerId").orElseThrow().isRequiredOnCreate()).isFalse();
      assertThat(ACCOUNT.field("acme__Key_Account__c").orElseThrow().isRequiredOnCreate())
          .isFalse();
      assertThat(ACCOUNT.field("Id").orElseThrow().isRequiredOnCreate()).isFalse();
      assertThat(ACCOUNT.field("Industry").orElseThrow().isRequiredOnCreate()).isFalse();
    }

    @Test
    void requiresAFieldOnceItMayNoLongerBeEmpty() {
      SObjectDescribe strict =
          ACCOUNT.toBuilder()
              .fields(
                  ACCOUNT.fields().stream()
                      .map(
                          f ->
                              f.name().equals("Industry")
                                  ? f.toBuilder().nillable(false).build()
                                  : f)
                      .toList())
              .build();

      assertThat(strict.requiredFieldsOnCreate())
          .extracting(FieldDescribe::name)
          .containsExactly("Name", "Industry");
    }
  }

  @Nested
  class LookingUpPicklists {
    @Test
    void listsEveryValueOfAPicklistIgnoringTheCaseOfTheFieldName() {
      assertThat(ACCOUNT.picklistValues("industry"))
          .extracting(PicklistValue::value)
          .containsExactly("Agriculture", "Banking", "Dot-com", "Technology");
    }

    @Test
    void listsNoValuesForAFieldThatIsNotAPicklist() {
      assertThat(ACCOUNT.picklistValues("Name")).isEmpty();
    }

    @Test
    void refusesAnUnknownFieldNamingIt() {
      assertThatThrownBy(() -> ACCOUNT.picklistValues("Industri"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account has no field 'Industri'")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("field");
    }

    @Test
    void findsActiveAndDefaultValues() {
      FieldDescribe industry = ACCOUNT.field("Industry").orElseThrow();

      assertThat(industry.activePicklistValues())
          .extracting(PicklistValue::value)
          .containsExactly("Agriculture", "Banking", "Technology");
      assertThat(industry.defaultPicklistValue().map(PicklistValue::value)).contains("Technology");
      assertThat(industry.picklistValue("Dot-com").map(PicklistValue::active)).contains(false);
      assertThat(industry.picklistValue("dot-com")).isEmpty();
      assertThat(ACCOUNT.field("Name").orElseThrow().defaultPicklistValue()).isEmpty();
    }
  }

  @Nested
  class Building {
    @Test
    void buildsADescribeAsAFakeOrgServesIt() {
      SObjectDescribe invoice =
          SObjectDescribe.builder()
              .name("Invoice__c")
              .label("Invoice")
              .labelPlural("Invoices")
              .keyPrefix("a01")
              .custom(true)
              .createable(true)
              .queryable(true)
              .addField(
                  FieldDescribe.builder()
                      .name("Name")
                      .label("Invoice Number")
                      .type(FieldDescribe.Type.STRING)
                      .length(80)
                      .createable(true)
                      .updateable(true)
                      .nameField(true)
                      .build())
              .addField(
                  FieldDescribe.builder()
                      .name("Status__c")
                      .label("Status")
                      .type(FieldDescribe.Type.PICKLIST)
                      .createable(true)
                      .nillable(true)
                      .addPicklistValue(PicklistValue.of("Draft"))
                      .addPicklistValue(PicklistValue.builder().value("Paid").active(true).build())
                      .build())
              .build();

      assertThat(invoice.requiredFieldsOnCreate())
          .extracting(FieldDescribe::name)
          .containsExactly("Name");
      assertThat(invoice.field("name").map(FieldDescribe::soapType)).contains("xsd:string");
      assertThat(invoice.picklistValues("Status__c"))
          .extracting(PicklistValue::value)
          .containsExactly("Draft", "Paid");
      assertThat(invoice.toString())
          .isEqualTo("SObjectDescribe{Invoice__c, fields=2, childRelationships=0, recordTypes=0}");
      assertThat(read(write(invoice), SObjectDescribe.class)).isEqualTo(invoice);
    }

    @Test
    void refusesAnOtherKeyTheTypeModels() {
      assertThatThrownBy(
              () ->
                  SObjectDescribe.builder()
                      .name("Account")
                      .label("Account")
                      .labelPlural("Accounts")
                      .putOtherField("keyPrefix", json("\"001\""))
                      .build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("SObjectDescribe models the key 'keyPrefix'");
    }
  }
}
