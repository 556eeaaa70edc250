package dev.salescloud.testkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.FakeSalesCloud;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AddressesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  private SalesforceId account() {
    return client.sobjects("Account").create(SObject.builder("Account").put("Name", "Acme")
        .put("BillingStreet", "621 West 6th Avenue").put("BillingCity", "Anchorage")
        .put("BillingState", "AK").put("BillingPostalCode", "99501").put("BillingCountry", "US")
        .put("BillingLatitude", 61.217061).build());
  }

  @Nested
  class Reading {
    @Test
    void composesTheCompoundFieldFromItsComponents() throws Exception {
      SalesforceId id = account();

      JsonNode billing = client.sobjects("Account").get(id).get("BillingAddress").orElseThrow();

      assertThat(JSON.writeValueAsString(billing)).isEqualTo(
          "{\"city\":\"Anchorage\",\"country\":\"US\",\"geocodeAccuracy\":null,"
              + "\"latitude\":61.217061,\"longitude\":null,\"postalCode\":\"99501\",\"state\":\"AK\","
              + "\"street\":\"621 West 6th Avenue\"}");
      assertThat(client.sobjects("Account").get(id).get("ShippingAddress").orElseThrow().isNull())
          .isTrue();
    }

    @Test
    void followsChangesOfTheComponents() {
      SalesforceId id = account();

      client.sobjects("Account").update(id,
          SObjectPatch.builder("Account").set("BillingCity", "Juneau").build());

      assertThat(client.sobjects("Account").get(id).get("BillingAddress").orElseThrow()
              .get("city").asText())
          .isEqualTo("Juneau");
    }

    @Test
    void leadsContactsAndTypedModelsHaveTheirAddresses() {
      SalesforceId lead = client.leads().create(Lead.builder().lastName("Ng").company("Acme")
          .city("Oslo").build());
      SalesforceId contact = client.sobjects("Contact").create(SObject.builder("Contact")
          .put("LastName", "Ng").put("OtherCountry", "NO").build());

      assertThat(client.leads().get(lead).city()).contains("Oslo");
      assertThat(client.sobjects("Lead").get(lead).get("Address").orElseThrow().get("city").asText())
          .isEqualTo("Oslo");
      assertThat(client.sobjects("Contact").get(contact).get("OtherAddress").orElseThrow()
              .get("country").asText())
          .isEqualTo("NO");
      assertThat(client.sobjects("Contact").get(contact).get("MailingAddress").orElseThrow().isNull())
          .isTrue();
    }
  }

  @Nested
  class Queries {
    @Test
    void selectTheCompoundField() {
      account();

      SObject row = client.query("SELECT BillingAddress FROM Account", SObject.class).stream()
          .findFirst().orElseThrow();

      assertThat(row.get("BillingAddress").orElseThrow().get("state").asText()).isEqualTo("AK");
    }

    @Test
    void refuseToFilterOnItLikeSalesforce() {
      assertThatThrownBy(
              () -> client.query("SELECT Id FROM Account WHERE BillingAddress = 'x'", SObject.class)
                  .toList())
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.errors().get(0).errorCode()).contains("INVALID_FIELD");
                assertThat(e.errors().get(0).message())
                    .isEqualTo("field 'BillingAddress' can not be filtered in query call");
              });
    }

    @Test
    void refuseToSortOnIt() {
      assertThatThrownBy(
              () -> client.query("SELECT Id FROM Account ORDER BY BillingAddress", SObject.class)
                  .toList())
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> assertThat(e.errors().get(0).message())
                  .isEqualTo("field 'BillingAddress' can not be sorted in a query call"));
    }
  }

  @Nested
  class Writing {
    @Test
    void refusesTheCompoundField() {
      HttpResponse response = new RawApi(org).send("POST", "sobjects/Account",
          "{\"Name\":\"A\",\"BillingAddress\":{\"city\":\"Oslo\"}}");

      assertThat(response.status()).isEqualTo(400);
      JsonNode error = RawApi.json(response).get(0);
      assertThat(error.get("errorCode").asText()).isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
      assertThat(error.get("fields").get(0).asText()).isEqualTo("BillingAddress");
      assertThat(org.store().count("Account")).isZero();
    }
  }
}
