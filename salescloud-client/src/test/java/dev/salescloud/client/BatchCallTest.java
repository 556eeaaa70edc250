package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.composite.BatchCall;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.composite.BatchResponse;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import org.junit.jupiter.api.Test;

class BatchCallTest extends LoopbackTest {
  static final SalesforceId ACCOUNT = SalesforceId.of("001D000000IqhSL");
  static final SalesforceId LEAD = SalesforceId.of("00QD000000IqhSL");

  @Test
  void postsRelativeUrlsWithRichInputAndHaltOnError() throws Exception {
    server.enqueue(200, "{\"hasErrors\":false,\"results\":[]}");

    sf.batch()
        .get("Account", ACCOUNT, "Name")
        .create(Lead.builder().lastName("Ng").company("Acme").build())
        .update(LEAD, LeadPatch.builder().status("Working - Contacted").build())
        .query(Soql.select("Id").from("Opportunity").where(Soql.field("IsClosed").eq(false)))
        .upsert("Erp_Id__c", "E-1", Account.builder().name("Globex").build())
        .delete("Lead", LEAD)
        .haltOnError(true)
        .send();

    Recorded request = server.takeRequest();
    assertThat(request.path()).isEqualTo("/services/data/v66.0/composite/batch");
    assertThat(json(request.body())).isEqualTo(json("{\"haltOnError\":true,\"batchRequests\":["
        + "{\"method\":\"GET\",\"url\":\"v66.0/sobjects/Account/" + ACCOUNT.value() + "?fields=Name\"},"
        + "{\"method\":\"POST\",\"url\":\"v66.0/sobjects/Lead\",\"richInput\":{\"LastName\":\"Ng\",\"Company\":\"Acme\"}},"
        + "{\"method\":\"PATCH\",\"url\":\"v66.0/sobjects/Lead/" + LEAD.value() + "\","
        + "\"richInput\":{\"Status\":\"Working - Contacted\"}},"
        + "{\"method\":\"GET\",\"url\":\"v66.0/query?q=SELECT+Id+FROM+Opportunity+WHERE+IsClosed+%3D+false\"},"
        + "{\"method\":\"PATCH\",\"url\":\"v66.0/sobjects/Account/Erp_Id__c/E-1\",\"richInput\":{\"Name\":\"Globex\"}},"
        + "{\"method\":\"DELETE\",\"url\":\"v66.0/sobjects/Lead/" + LEAD.value() + "\"}]}"));
  }

  @Test
  void givesEachResultAndTheHaltedOnes() {
    server.enqueue(200, "{\"hasErrors\":true,\"results\":["
        + "{\"statusCode\":404,\"result\":[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]},"
        + "{\"statusCode\":412,\"result\":[{\"errorCode\":\"BATCH_PROCESSING_HALTED\",\"message\":\"Batch processing halted per request\"}]}]}");

    BatchResponse response = sf.batch().get("Account", ACCOUNT).delete("Lead", LEAD).haltOnError(true).send();

    assertThat(response.hasErrors()).isTrue();
    assertThat(response.firstFailureIndex()).contains(0);
    assertThat(response.results().get(1).isHalted()).isTrue();
    assertThat(response.haltedCount()).isEqualTo(1);
  }

  @Test
  void refusesTheTwentySixthSubrequestBeforeSending() {
    BatchCall call = sf.batch();
    for (int i = 0; i < 25; i++) {
      call.get("Account", ACCOUNT);
    }

    assertThatThrownBy(() -> call.get("Account", ACCOUNT))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("at most 25 subrequests");
    assertThat(server.requestCount()).isZero();
  }
}
