package dev.salescloud.model.composite;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectPatch;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CollectionRequestTest {
  static final SalesforceId LEAD_ID = SalesforceId.of("00Q5f00000AbcdeEAB");
  static final SalesforceId OTHER_LEAD_ID = SalesforceId.of("00Q5f00000AbcdfEAB");
  static final SalesforceId ACCOUNT_ID = SalesforceId.of("001D000000IqhSLIAZ");

  static Lead newLead(String lastName) {
    return Lead.builder().lastName(lastName).company("Acme").build();
  }

  static SObject newAccount(String name) {
    return SObject.builder("Account").put("Name", name).build();
  }

  static InvalidArgumentException refusal(Runnable build) {
    try {
      build.run();
    } catch (InvalidArgumentException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidArgumentException");
  }

  @Nested
  class Creating {
    @Test
    void sendsEachRecordAsItsTypeFollowedByTheFieldsSet() {
      CollectionRequest request =
          CollectionRequest.forCreate(
              List.of(
                  Lead.builder().lastName("Ng").company("Acme")
                      .customField("Score__c", new BigDecimal("87.5")).build(),
                  newAccount("Northern Trail Outfitters")));

      assertThat(write(request))
          .isEqualTo(
              "{\"allOrNone\":false,\"records\":["
                  + "{\"attributes\":{\"type\":\"Lead\"},\"LastName\":\"Ng\",\"Company\":\"Acme\",\"Score__c\":87.5},"
                  + "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"Northern Trail Outfitters\"}]}");
      assertThat(request.sobjectTypes()).containsExactly("Lead", "Account");
      assertThat(request.recordIds()).containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void refusesARecordWithAnIdNamingItsPosition() {
      InvalidArgumentException e =
          refusal(
              () ->
                  CollectionRequest.forCreate(
                      List.of(newLead("Ng"), Lead.builder().id(LEAD_ID).lastName("Ng").build())));

      assertThat(e.argument()).isEqualTo("records[1]");
      assertThat(e.getMessage())
          .contains("records[1] (Lead) carries Id 00Q5f00000AbcdeEAB")
          .contains("Use forUpdate");
    }

    @Test
    void refusesReadOnlyFieldsNamingThePositionAndField() {
      InvalidArgumentException e =
          refusal(
              () ->
                  CollectionRequest.forCreate(
                      List.of(newLead("Ng"), newLead("Ada").toBuilder().isConverted(true).build())));

      assertThat(e.getMessage()).startsWith("records[1]: ").contains("Lead.IsConverted is read-only");
    }

    @Test
    void refusesNullRecords() {
      List<SObjectRecord> records = new ArrayList<>();
      records.add(newLead("Ng"));
      records.add(null);

      assertThatThrownBy(() -> CollectionRequest.forCreate(records))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("records[1] must not be null");
    }
  }

  @Nested
  class Updating {
    @Test
    void sendsSparseRecordsWithTheirIds() {
      CollectionRequest request =
          CollectionRequest.forUpdate(
              List.of(
                  Lead.builder().id(LEAD_ID).status(Lead.Status.WORKING_CONTACTED).build(),
                  SObject.builder("Account").id(ACCOUNT_ID).put("NumberOfEmployees", 27000)
                      .putNull("Site").build()));

      assertThat(write(request))
          .isEqualTo(
              "{\"allOrNone\":false,\"records\":["
                  + "{\"attributes\":{\"type\":\"Lead\"},\"id\":\"00Q5f00000AbcdeEAB\",\"Status\":\"Working - Contacted\"},"
                  + "{\"attributes\":{\"type\":\"Account\"},\"id\":\"001D000000IqhSLIAZ\",\"NumberOfEmployees\":27000,\"Site\":null}]}");
      assertThat(request.recordIds()).containsExactly(Optional.of(LEAD_ID), Optional.of(ACCOUNT_ID));
    }

    @Test
    void sendsPatchesInTheMapsOrderWithClearedFieldsAsNull() {
      Map<SalesforceId, RecordPatch> patches = new LinkedHashMap<>();
      patches.put(OTHER_LEAD_ID, LeadPatch.builder().rating("Hot").clear("Title").build());
      patches.put(ACCOUNT_ID, SObjectPatch.builder("Account").set("Name", "Acme").build());
      patches.put(LEAD_ID, LeadPatch.builder().status(Lead.Status.WORKING_CONTACTED).build());

      CollectionRequest request = CollectionRequest.forUpdate(patches).withAllOrNone(true);

      assertThat(json(write(request)))
          .isEqualTo(
              json(
                  """
                  {"allOrNone":true,"records":[
                    {"attributes":{"type":"Lead"},"id":"00Q5f00000AbcdfEAB","Rating":"Hot","Title":null},
                    {"attributes":{"type":"Account"},"id":"001D000000IqhSLIAZ","Name":"Acme"},
                    {"attributes":{"type":"Lead"},"id":"00Q5f00000AbcdeEAB","Status":"Working - Contacted"}]}
                  """));
      assertThat(request.recordIds())
          .containsExactly(Optional.of(OTHER_LEAD_ID), Optional.of(ACCOUNT_ID), Optional.of(LEAD_ID));
    }

    @Test
    void refusesARecordWithoutIdNamingItsPosition() {
      InvalidArgumentException e =
          refusal(() -> CollectionRequest.forUpdate(List.of(newAccount("Acme"))));

      assertThat(e.argument()).isEqualTo("records[0]");
      assertThat(e.getMessage()).contains("records[0] (Account) has no Id").contains("forCreate");
    }

    @Test
    void refusesAnIdOfAnotherObject() {
      InvalidArgumentException e =
          refusal(
              () ->
                  CollectionRequest.forUpdate(
                      Map.of(ACCOUNT_ID, LeadPatch.builder().rating("Hot").build())));

      assertThat(e.getMessage()).startsWith("records[0]: ").contains("001D000000IqhSLIAZ").contains("Lead");
    }

    @Test
    void refusesARecordAsReadFromSalesforceNamingItsReadOnlyField() {
      Lead asRead =
          read(
              """
              {"attributes":{"type":"Lead","url":"/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB"},
               "Id":"00Q5f00000AbcdeEAB","LastName":"Ng","Company":"Acme","Name":"Ada Ng",
               "Status":"Open - Not Contacted"}
              """,
              Lead.class);

      InvalidArgumentException e = refusal(() -> CollectionRequest.forUpdate(List.of(asRead)));

      assertThat(e.getMessage()).startsWith("records[0]: ").contains("Lead.Name is read-only").contains("an update");
    }

    @Test
    void refusesARelatedRecordInAnUpdate() {
      SObject contact =
          read(
              """
              {"attributes":{"type":"Contact"},"Id":"003D000000QvHzKIAV","LastName":"Ng",
               "Account":{"attributes":{"type":"Account"},"Name":"Acme"}}
              """,
              SObject.class);

      assertThatThrownBy(() -> CollectionRequest.forUpdate(List.of(contact)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.Account is a related record")
          .hasMessageContaining("AccountId");
    }
  }

  @Nested
  class Upserting {
    @Test
    void sendsRecordsOfOneTypeCarryingTheExternalId() {
      CollectionRequest request =
          CollectionRequest.forUpsert(
              "Erp_Id__c",
              List.of(
                  newAccount("Acme").toBuilder().put("Erp_Id__c", "E-1").build(),
                  newAccount("Globex").toBuilder().put("Erp_Id__c", "E-2").build()));

      assertThat(request.sobjectTypes()).containsExactly("Account");
      assertThat(request.records().get(1)).isEqualTo(json(
          "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"Globex\",\"Erp_Id__c\":\"E-2\"}"));
    }

    @Test
    void refusesRecordsOfSeveralTypes() {
      InvalidArgumentException e =
          refusal(
              () ->
                  CollectionRequest.forUpsert(
                      "Erp_Id__c",
                      List.of(
                          newAccount("Acme").toBuilder().put("Erp_Id__c", "E-1").build(),
                          newLead("Ng").toBuilder().customField("Erp_Id__c", "E-2").build())));

      assertThat(e.getMessage()).contains("records[1] is of type Lead").contains("records[0] is of type Account");
    }

    @Test
    void refusesARecordWithoutTheExternalId() {
      InvalidArgumentException e =
          refusal(
              () ->
                  CollectionRequest.forUpsert(
                      "Erp_Id__c",
                      List.of(
                          newAccount("Acme").toBuilder().put("Erp_Id__c", "E-1").build(),
                          newAccount("Globex").toBuilder().putNull("Erp_Id__c").build())));

      assertThat(e.argument()).isEqualTo("records[1]");
      assertThat(e.getMessage()).contains("records[1] (Account) has no Erp_Id__c");
    }
  }

  @Nested
  class Limits {
    @Test
    void acceptsTwoHundredRecordsAndRefusesTheTwoHundredAndFirst() {
      List<SObjectRecord> records = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        records.add(newAccount("A" + i));
      }
      assertThat(CollectionRequest.forCreate(records).records()).hasSize(200);

      records.add(newAccount("A200"));
      InvalidArgumentException e = refusal(() -> CollectionRequest.forCreate(records));

      assertThat(e.getMessage()).contains("at most 200 records").contains("this one has 201");
    }

    @Test
    void refusesTheTwoHundredAndFirstRecordInJsonToo() {
      CollectionRequest.Builder builder = CollectionRequest.builder();
      for (int i = 0; i < 201; i++) {
        builder.addRecord(json("{\"attributes\":{\"type\":\"Account\"},\"Name\":\"A" + i + "\"}"));
      }

      InvalidArgumentException e = refusal(builder::build);

      assertThat(e.argument()).isEqualTo("records");
      assertThat(e.getMessage()).contains("at most 200 records").contains("this one has 201");
    }

    @Test
    void acceptsTenTypeChunksAndRefusesTheEleventh() {
      List<SObjectRecord> records = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        records.add(i % 2 == 0 ? newAccount("A" + i) : newLead("L" + i));
      }
      assertThat(CollectionRequest.forCreate(records).records()).hasSize(10);

      records.add(newAccount("A10"));
      InvalidArgumentException e = refusal(() -> CollectionRequest.forCreate(records));

      assertThat(e.getMessage())
          .contains("at most 10")
          .contains("these records form 11 chunks")
          .contains("Group the records of each type together");
    }

    @Test
    void countsConsecutiveRecordsOfOneTypeAsOneChunk() {
      List<SObjectRecord> records = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        records.add(i < 100 ? newAccount("A" + i) : newLead("L" + i));
      }

      assertThat(CollectionRequest.forCreate(records).sobjectTypes()).containsExactly("Account", "Lead");
    }

    @Test
    void refusesAnEmptyRequest() {
      assertThatThrownBy(() -> CollectionRequest.forCreate(List.of()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at least one record");
    }

    @Test
    void refusesARecordWithoutAttributesType() {
      InvalidArgumentException e =
          refusal(
              () ->
                  CollectionRequest.builder()
                      .addRecord(json("{\"attributes\":{\"type\":\"Account\"},\"Name\":\"A\"}"))
                      .addRecord(json("{\"Name\":\"B\"}"))
                      .build());

      assertThat(e.argument()).isEqualTo("records[1]");
      assertThat(e.getMessage()).contains("records[1] has no attributes.type");
    }
  }

  @Nested
  class Json {
    @Test
    void roundTripsTheDocumentedUpdate() {
      CollectionRequest request =
          assertRoundTrip(
              """
              {"allOrNone":false,"records":[
                {"attributes":{"type":"Account"},"id":"001D000000IqhSLIAZ","NumberOfEmployees":27000},
                {"attributes":{"type":"Contact"},"id":"003D000000QvHzKIAV","Title":"Lead Engineer"}]}
              """,
              CollectionRequest.class);

      assertThat(request.recordIds())
          .containsExactly(Optional.of(ACCOUNT_ID), Optional.of(SalesforceId.of("003D000000QvHzKIAV")));
    }

    @Test
    void defaultsAllOrNoneToFalseAsSalesforceDoes() {
      CollectionRequest request =
          read("{\"records\":[{\"attributes\":{\"type\":\"Account\"},\"Name\":\"A\"}]}", CollectionRequest.class);

      assertThat(request.allOrNone()).isFalse();
      assertThat(request.withAllOrNone(true).allOrNone()).isTrue();
      assertThat(request.allOrNone()).isFalse();
    }

    @Test
    void toStringCountsRecordsAndNamesTypesOnly() {
      CollectionRequest request = CollectionRequest.forCreate(List.of(newLead("Secretname")));

      assertThat(request.toString()).contains("records=1", "Lead").doesNotContain("Secretname");
    }
  }
}
