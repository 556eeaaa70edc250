package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.describe.DescribeGlobal;
import dev.salescloud.model.describe.PicklistValue;
import dev.salescloud.model.describe.SObjectDescribe;
import dev.salescloud.model.error.AuthorizationException;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.TransportException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DescribeTest extends LoopbackTest {
  /** {@code GET /services/data/v66.0/sobjects/Lead/describe}, trimmed to three fields. */
  static final String LEAD_DESCRIBE =
      """
      {"activateable":false,"childRelationships":[
         {"cascadeDelete":true,"childSObject":"Task","deprecatedAndHidden":false,"field":"WhoId",
          "junctionIdListNames":[],"junctionReferenceTo":[],"relationshipName":"Tasks",
          "restrictedDelete":false}],
       "createable":true,"custom":false,"deletable":true,
       "fields":[
         {"aggregatable":true,"autoNumber":false,"byteLength":18,"calculated":false,
          "createable":false,"custom":false,"defaultedOnCreate":true,"externalId":false,
          "label":"Lead ID","length":18,"name":"Id","nillable":false,"picklistValues":[],
          "referenceTo":[],"relationshipName":null,"soapType":"tns:ID","type":"id",
          "unique":false,"updateable":false},
         {"aggregatable":true,"autoNumber":false,"byteLength":240,"calculated":false,
          "createable":true,"custom":false,"defaultedOnCreate":false,"externalId":false,
          "label":"Last Name","length":80,"name":"LastName","nillable":false,"picklistValues":[],
          "referenceTo":[],"relationshipName":null,"soapType":"xsd:string","type":"string",
          "unique":false,"updateable":true},
         {"aggregatable":true,"autoNumber":false,"byteLength":120,"calculated":false,
          "createable":true,"custom":false,"defaultedOnCreate":true,"externalId":false,
          "label":"Status","length":40,"name":"Status","nillable":false,
          "picklistValues":[
            {"active":true,"defaultValue":true,"label":"Open - Not Contacted","validFor":null,"value":"Open - Not Contacted"},
            {"active":true,"defaultValue":false,"label":"Working - Contacted","validFor":null,"value":"Working - Contacted"},
            {"active":true,"defaultValue":false,"label":"Closed - Converted","validFor":null,"value":"Closed - Converted"}],
          "referenceTo":[],"relationshipName":null,"restrictedPicklist":true,"soapType":"xsd:string",
          "type":"picklist","unique":false,"updateable":true}],
       "keyPrefix":"00Q","label":"Lead","labelPlural":"Leads","mergeable":true,"name":"Lead",
       "queryable":true,"recordTypeInfos":[],"searchable":true,"supportedScopes":[],
       "triggerable":true,"undeletable":true,"updateable":true,
       "urls":{"describe":"/services/data/v66.0/sobjects/Lead/describe",
               "sobject":"/services/data/v66.0/sobjects/Lead"}}
      """;

  static final String GLOBAL =
      """
      {"encoding":"UTF-8","maxBatchSize":200,"sobjects":[
        {"createable":true,"custom":false,"deletable":true,"keyPrefix":"001","label":"Account",
         "labelPlural":"Accounts","name":"Account","queryable":true,"searchable":true,"updateable":true,
         "urls":{"sobject":"/services/data/v66.0/sobjects/Account",
                 "describe":"/services/data/v66.0/sobjects/Account/describe",
                 "rowTemplate":"/services/data/v66.0/sobjects/Account/{ID}"}},
        {"createable":true,"custom":true,"deletable":true,"keyPrefix":"a01","label":"Invoice",
         "labelPlural":"Invoices","name":"acme__Invoice__c","queryable":true,"searchable":true,
         "updateable":true,"urls":{"sobject":"/services/data/v66.0/sobjects/acme__Invoice__c"}}]}
      """;

  @Nested
  class Objects {
    @Test
    void describesTheObjectOfTheSubClient() {
      server.enqueue(200, LEAD_DESCRIBE);

      SObjectDescribe lead = sf.leads().describe();

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.path()).isEqualTo("/services/data/v66.0/sobjects/Lead/describe");
      assertThat(request.body()).isEmpty();
      assertThat(lead.name()).isEqualTo("Lead");
      assertThat(lead.keyPrefix()).contains("00Q");
      assertThat(lead.picklistValues("Status")).extracting(PicklistValue::value)
          .containsExactly("Open - Not Contacted", "Working - Contacted", "Closed - Converted");
      assertThat(lead.childRelationship("Tasks")).isPresent();
    }

    @Test
    void describesACustomObjectThroughTheGenericSubClient() {
      server.enqueue(200, LEAD_DESCRIBE.replace("\"name\":\"Lead\"", "\"name\":\"acme__Invoice__c\""));

      SObjectDescribe invoice = sf.sobjects("acme__Invoice__c").describe();

      assertThat(server.takeRequest().path()).isEqualTo("/services/data/v66.0/sobjects/acme__Invoice__c/describe");
      assertThat(invoice.name()).isEqualTo("acme__Invoice__c");
    }

    @Test
    void mapsAnUnknownObjectToNotFound() {
      server.enqueue(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]");

      guard.assertThatThrownBy(() -> sf.sobjects("Nope__c").describe())
          .isInstanceOfSatisfying(NotFoundException.class,
              e -> assertThat(e.path()).isEqualTo("/services/data/v66.0/sobjects/Nope__c/describe"));
    }

    @Test
    void isRetriedAfterAServerErrorBecauseItOnlyReads() {
      server.enqueue(503, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"down\"}]");
      server.enqueue(200, LEAD_DESCRIBE);

      SObjectDescribe lead = client(b -> b.retryPolicy(RetryPolicy.defaults())).leads().describe();

      assertThat(lead.name()).isEqualTo("Lead");
      assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void aBodyThatIsNotADescribeIsATransportError() {
      server.enqueue(new Answer(200, Map.of("Content-Type", "text/html"), "<html>login</html>", Duration.ZERO));

      guard.assertThatThrownBy(() -> sf.leads().describe())
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.status()).contains(200);
            assertThat(e.getMessage()).contains("GET /services/data/v66.0/sobjects/Lead/describe");
          });
    }

    @Test
    void sendsThePerCallOptions() {
      server.enqueue(200, LEAD_DESCRIBE);

      sf.leads().describe(RequestOptions.builder().callOptionsClient("acme-sync").build());

      assertThat(server.takeRequest().header("Sforce-Call-Options")).isEqualTo("client=acme-sync");
    }
  }

  @Nested
  class Global {
    @Test
    void listsTheObjectsOfTheOrg() {
      server.enqueue(200, GLOBAL);

      DescribeGlobal global = sf.describeGlobal();

      Recorded request = server.takeRequest();
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.path()).isEqualTo("/services/data/v66.0/sobjects/");
      assertThat(global.sobjects()).hasSize(2);
      assertThat(global.sobject("ACME__INVOICE__C")).hasValueSatisfying(s -> assertThat(s.custom()).isTrue());
      assertThat(global.sobjectOf(SalesforceId.of("001D000000IqhSLIAZ"))).hasValueSatisfying(
          s -> assertThat(s.name()).isEqualTo("Account"));
    }

    @Test
    void usesTheConfiguredApiVersion() {
      server.enqueue(200, GLOBAL);

      client(b -> b.apiVersion("58.0")).describeGlobal();

      assertThat(server.takeRequest().path()).isEqualTo("/services/data/v58.0/sobjects/");
    }

    @Test
    void sendsThePerCallOptionsAndMapsRefusals() {
      server.enqueue(403, "[{\"errorCode\":\"API_DISABLED_FOR_ORG\",\"message\":\"API is not enabled for this Organization or Partner\"}]");

      guard.assertThatThrownBy(() -> sf.describeGlobal(RequestOptions.builder().updateMru(false).build()))
          .isInstanceOf(AuthorizationException.class);
      assertThat(server.takeRequest().header("Sforce-Mru")).isEqualTo("updateMru=false");
    }

    @Test
    void refusesMissingOptions() {
      guard.assertThatThrownBy(() -> sf.describeGlobal(null)).hasMessageContaining("options");
      guard.assertThatThrownBy(() -> sf.leads().describe(null)).hasMessageContaining("options");
      assertThat(server.requestCount()).isZero();
    }
  }
}
