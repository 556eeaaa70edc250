package dev.salescloud.testkit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.describe.ChildRelationship;
import dev.salescloud.model.describe.DescribeGlobal;
import dev.salescloud.model.describe.FieldDescribe;
import dev.salescloud.model.describe.PicklistValue;
import dev.salescloud.model.describe.SObjectDescribe;
import dev.salescloud.model.describe.SObjectSummary;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DescribeResourceTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  private HttpResponse get(String method, String path) {
    return org.router().handle(
        HttpRequest.builder(method, URI.create(FakeSalesCloud.INSTANCE_URL + "/services/data/v62.0/" + path))
            .header("Authorization", "Bearer " + org.accessToken())
            .build());
  }

  private static JsonNode json(HttpResponse response) throws IOException {
    return new ObjectMapper().readTree(response.bodyText());
  }

  @Nested
  class DescribeGlobalResource {
    @Test
    void listsEveryObjectWithItsKeyPrefixAndRights() {
      org.schema().addObject("Invoice__c");

      DescribeGlobal global = client.describeGlobal();

      assertThat(global.encoding()).isEqualTo("UTF-8");
      assertThat(global.maxBatchSize()).isEqualTo(200);
      SObjectSummary account = global.sobject("Account").orElseThrow();
      assertThat(account.keyPrefix()).contains("001");
      assertThat(account.labelPlural()).isEqualTo("Accounts");
      assertThat(account.createable()).isTrue();
      assertThat(account.queryable()).isTrue();
      assertThat(account.urls()).containsEntry("sobject", "/services/data/v66.0/sobjects/Account")
          .containsEntry("describe", "/services/data/v66.0/sobjects/Account/describe")
          .containsEntry("rowTemplate", "/services/data/v66.0/sobjects/Account/{ID}");
      SObjectSummary invoice = global.sobject("Invoice__c").orElseThrow();
      assertThat(invoice.custom()).isTrue();
      assertThat(invoice.label()).isEqualTo("Invoice");
      SObjectSummary stage = global.sobject("OpportunityStage").orElseThrow();
      assertThat(stage.createable()).isFalse();
      assertThat(stage.queryable()).isTrue();
      assertThat(global.sobject("Opportunity").orElseThrow().labelPlural()).isEqualTo("Opportunities");
    }

    @Test
    void allowsOnlyGet() throws IOException {
      HttpResponse response = get("POST", "sobjects");

      assertThat(response.status()).isEqualTo(405);
      assertThat(json(response).get(0).get("errorCode").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }
  }

  @Nested
  class BasicInformation {
    @Test
    void holdsTheObjectSummaryAndRecentItems() throws IOException {
      JsonNode body = json(get("GET", "sobjects/Lead"));

      assertThat(body.get("objectDescribe").get("name").asText()).isEqualTo("Lead");
      assertThat(body.get("objectDescribe").get("keyPrefix").asText()).isEqualTo("00Q");
      assertThat(body.get("recentItems").isArray()).isTrue();
    }

    @Test
    void leavesCreatesToTheSObjectResource() {
      HttpResponse created = get("POST", "sobjects/Lead");

      assertThat(created.status()).isEqualTo(400);
    }
  }

  @Nested
  class ObjectDescribe {
    @Test
    void describesFieldsWithSalesforceTypesAndRules() {
      SObjectDescribe lead = client.sobjects("Lead").describe();

      assertThat(lead.name()).isEqualTo("Lead");
      assertThat(lead.keyPrefix()).contains("00Q");
      FieldDescribe lastName = lead.field("LastName").orElseThrow();
      assertThat(lastName.type()).isEqualTo("string");
      assertThat(lastName.length()).isEqualTo(80);
      assertThat(lastName.nillable()).isFalse();
      assertThat(lastName.isRequiredOnCreate()).isTrue();
      assertThat(lead.field("Id").orElseThrow().type()).isEqualTo("id");
      assertThat(lead.field("AnnualRevenue").orElseThrow().type()).isEqualTo("currency");
      assertThat(lead.field("NumberOfEmployees").orElseThrow().type()).isEqualTo("int");
      assertThat(lead.field("Latitude").orElseThrow().type()).isEqualTo("double");
      assertThat(lead.field("Name").orElseThrow().createable()).isFalse();
      assertThat(lead.requiredFieldsOnCreate()).extracting(FieldDescribe::name)
          .containsExactlyInAnyOrder("LastName", "Company");
      assertThat(lead.recordTypeInfos()).hasSize(1);
      assertThat(lead.recordTypeInfos().get(0).master()).isTrue();
    }

    @Test
    void describesPicklistsWithTheirDefaultsAndRestriction() {
      org.schema().addField("Lead", "Tier__c", FieldType.PICKLIST,
          FieldOptions.builder().picklist("Gold", "Silver").restricted().defaultValue("Silver").build());

      SObjectDescribe lead = client.sobjects("Lead").describe();

      FieldDescribe status = lead.field("Status").orElseThrow();
      assertThat(status.type()).isEqualTo("picklist");
      assertThat(status.defaultPicklistValue().map(PicklistValue::value)).contains("Open - Not Contacted");
      assertThat(status.defaultedOnCreate()).isTrue();
      assertThat(status.restrictedPicklist()).isFalse();
      FieldDescribe tier = lead.field("Tier__c").orElseThrow();
      assertThat(tier.restrictedPicklist()).isTrue();
      assertThat(tier.activePicklistValues()).extracting(PicklistValue::value).containsExactly("Gold", "Silver");
      assertThat(tier.defaultPicklistValue().map(PicklistValue::value)).contains("Silver");
    }

    @Test
    void describesUniqueExternalIdAndMultiSelectFields() {
      org.schema().addField("Account", "Erp__c", FieldType.STRING,
          FieldOptions.builder().externalId().unique().length(20).build());
      org.schema().addField("Account", "Tags__c", FieldType.MULTIPICKLIST,
          FieldOptions.builder().picklist("a", "b").build());

      SObjectDescribe account = client.sobjects("Account").describe();

      FieldDescribe erp = account.field("Erp__c").orElseThrow();
      assertThat(erp.externalId()).isTrue();
      assertThat(erp.unique()).isTrue();
      assertThat(erp.idLookup()).isTrue();
      assertThat(erp.length()).isEqualTo(20);
      assertThat(account.field("Tags__c").orElseThrow().type()).isEqualTo("multipicklist");
      assertThat(account.field("Name").orElseThrow().externalId()).isFalse();
    }

    @Test
    void describesLookupsAndAddresses() {
      SObjectDescribe account = client.sobjects("Account").describe();

      FieldDescribe parent = account.field("ParentId").orElseThrow();
      assertThat(parent.type()).isEqualTo("reference");
      assertThat(parent.referenceTo()).containsExactly("Account");
      assertThat(parent.relationshipName()).contains("Parent");
      FieldDescribe billing = account.field("BillingAddress").orElseThrow();
      assertThat(billing.type()).isEqualTo("address");
      assertThat(billing.isReadOnly()).isTrue();
      assertThat(billing.filterable()).isFalse();
      assertThat(account.field("BillingCity").orElseThrow().compoundFieldName()).contains("BillingAddress");
    }

    @Test
    void listsChildRelationships() {
      SObjectDescribe account = client.sobjects("Account").describe();
      SObjectDescribe opportunity = client.sobjects("Opportunity").describe();

      ChildRelationship contacts = account.childRelationship("Contacts").orElseThrow();
      assertThat(contacts.childSObject()).isEqualTo("Contact");
      assertThat(contacts.field()).isEqualTo("AccountId");
      assertThat(account.childRelationship("ChildAccounts")).isPresent();
      ChildRelationship lines = opportunity.childRelationship("OpportunityLineItems").orElseThrow();
      assertThat(lines.cascadeDelete()).isTrue();
    }

    @Test
    void describesReadOnlyObjects() {
      SObjectDescribe stage = client.sobjects("OpportunityStage").describe();

      assertThat(stage.createable()).isFalse();
      assertThat(stage.updateable()).isFalse();
      assertThat(stage.deletable()).isFalse();
      assertThat(stage.field("DefaultProbability").orElseThrow().type()).isEqualTo("percent");
      assertThat(stage.fields()).allMatch(FieldDescribe::isReadOnly);
    }

    @Test
    void answers404ForAnUnknownObject() {
      assertThatThrownBy(() -> client.sobjects("Nope__c").describe())
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    void writesTheWireShapeOtherClientsRead() throws IOException {
      JsonNode field = null;
      for (JsonNode f : json(get("GET", "sobjects/Lead/describe")).get("fields")) {
        if (f.get("name").asText().equals("Status")) {
          field = f;
        }
      }

      assertThat(field).isNotNull();
      assertThat(field.get("picklistValues").get(0).has("validFor")).isTrue();
      assertThat(field.get("picklistValues").get(0).get("validFor").isNull()).isTrue();
      assertThat(field.get("soapType").asText()).isEqualTo("xsd:string");
      assertThat(List.of("name", "label", "type", "length", "nillable", "createable", "updateable",
              "unique", "externalId", "defaultValue", "defaultedOnCreate", "picklistValues",
              "restrictedPicklist", "referenceTo", "relationshipName", "calculated", "filterable",
              "sortable", "groupable"))
          .allMatch(field::has);
    }
  }
}
