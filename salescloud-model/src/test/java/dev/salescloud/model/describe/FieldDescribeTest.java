package dev.salescloud.model.describe;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FieldDescribeTest {
  static FieldDescribe.Builder field(String type) {
    return FieldDescribe.builder().name("F__c").label("F").type(type);
  }

  @Nested
  class Json {
    @Test
    void roundTripsAFieldOfATypeTheSdkDoesNotKnow() {
      FieldDescribe field =
          assertRoundTrip(
              """
              {"autoNumber":false,"byteLength":0,"calculated":false,"calculatedFormula":null,
               "compoundFieldName":null,"controllerName":null,"createable":true,
               "defaultValue":null,"defaultedOnCreate":false,"dependentPicklist":false,
               "digits":0,"externalId":false,"filterable":false,"groupable":false,
               "idLookup":false,"label":"Vector","length":0,"name":"Embedding__c",
               "nameField":false,"nillable":true,"picklistValues":[],
               "polymorphicForeignKey":false,"precision":0,"referenceTo":[],
               "relationshipName":null,"restrictedPicklist":false,"scale":0,
               "soapType":"xsd:vector","sortable":false,"type":"vector","unique":false,
               "updateable":true,"vectorDimensions":1536}
              """,
              FieldDescribe.class);

      assertThat(field.type()).isEqualTo("vector");
      assertThat(field.otherFields().get("vectorDimensions").intValue()).isEqualTo(1536);
    }

    @Test
    void readsMissingFlagsAsFalseAndSizesAsZero() {
      FieldDescribe field =
          read("{\"name\":\"Name\",\"label\":\"Name\",\"type\":\"string\"}", FieldDescribe.class);

      assertThat(field.nillable()).isFalse();
      assertThat(field.createable()).isFalse();
      assertThat(field.length()).isZero();
      assertThat(field.referenceTo()).isEmpty();
      assertThat(field.defaultValue()).isEmpty();
    }

    @Test
    void readsAPolymorphicOwnerReference() {
      FieldDescribe owner =
          read(
              """
              {"name":"OwnerId","label":"Owner ID","type":"reference","soapType":"tns:ID",
               "referenceTo":["Group","User"],"relationshipName":"Owner",
               "polymorphicForeignKey":true,"createable":true,"updateable":true,
               "defaultedOnCreate":true}
              """,
              FieldDescribe.class);

      assertThat(owner.referenceTo()).containsExactly("Group", "User");
      assertThat(owner.polymorphicForeignKey()).isTrue();
      assertThat(owner.isRequiredOnCreate()).isFalse();
    }

    @Test
    void keepsHelperMethodsOutOfTheJson() {
      assertThat(json(write(field(FieldDescribe.Type.STRING).build())).has("readOnly")).isFalse();
      assertThat(json(write(field(FieldDescribe.Type.STRING).build())).has("requiredOnCreate"))
          .isFalse();
    }

    @Test
    void writesEmptyOptionalsAsNull() {
      assertThat(
              json(write(field(FieldDescribe.Type.STRING).build()))
                  .get("relationshipName")
                  .isNull())
          .isTrue();
    }
  }

  @Nested
  class Rules {
    @Test
    void aFieldNeitherCreateableNorUpdateableIsReadOnly() {
      assertThat(field(FieldDescribe.Type.ADDRESS).build().isReadOnly()).isTrue();
      assertThat(field(FieldDescribe.Type.STRING).createable(true).build().isReadOnly()).isFalse();
      assertThat(field(FieldDescribe.Type.STRING).updateable(true).build().isReadOnly()).isFalse();
    }

    @Test
    void aCreateMustSetOnlyCreateableNonNillableFieldsWithoutDefault() {
      FieldDescribe.Builder required = field(FieldDescribe.Type.STRING).createable(true);

      assertThat(required.build().isRequiredOnCreate()).isTrue();
      assertThat(
              field(FieldDescribe.Type.STRING)
                  .createable(true)
                  .nillable(true)
                  .build()
                  .isRequiredOnCreate())
          .isFalse();
      assertThat(
              field(FieldDescribe.Type.BOOLEAN)
                  .createable(true)
                  .defaultedOnCreate(true)
                  .build()
                  .isRequiredOnCreate())
          .isFalse();
      assertThat(field(FieldDescribe.Type.STRING).build().isRequiredOnCreate()).isFalse();
    }

    @Test
    void derivesTheSoapTypeFromTheTypeUnlessSet() {
      assertThat(field(FieldDescribe.Type.ID).build().soapType()).isEqualTo("tns:ID");
      assertThat(field(FieldDescribe.Type.REFERENCE).build().soapType()).isEqualTo("tns:ID");
      assertThat(field(FieldDescribe.Type.CURRENCY).build().soapType()).isEqualTo("xsd:double");
      assertThat(field(FieldDescribe.Type.DATETIME).build().soapType()).isEqualTo("xsd:dateTime");
      assertThat(field(FieldDescribe.Type.LOCATION).build().soapType()).isEqualTo("urn:location");
      assertThat(field("somethingNew").build().soapType()).isEqualTo("xsd:anyType");
      assertThat(field(FieldDescribe.Type.STRING).soapType("xsd:custom").build().soapType())
          .isEqualTo("xsd:custom");
    }

    @Test
    void refusesAnOtherKeyTheTypeModels() {
      assertThatThrownBy(
              () ->
                  field(FieldDescribe.Type.STRING).putOtherField("nillable", json("true")).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("FieldDescribe models the key 'nillable'")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("FieldDescribe.nillable");
    }

    @Test
    void namesTheFieldAndTypeOnly() {
      assertThat(field(FieldDescribe.Type.PICKLIST).build().toString())
          .isEqualTo("FieldDescribe{F__c: picklist}");
    }
  }
}
