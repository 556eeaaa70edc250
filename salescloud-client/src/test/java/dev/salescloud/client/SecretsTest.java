package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.RefreshingCredentials;
import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiBudgetExceededException;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.AuthorizationException;
import dev.salescloud.model.error.ConflictException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.RateLimitException;
import dev.salescloud.model.error.ServerException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Runs every failure the client can meet with body logging on and checks, through {@link
 * SecretGuard}, that the token is in no exception and no log line. (Every other loopback test
 * is checked the same way.)
 */
class SecretsTest extends LoopbackTest {
  static final SalesforceId LEAD_ID = SalesforceId.of("00Q5f00000AbcdeEAB");
  static final String ECHO = "<html><body>Bad Gateway. Request headers: Authorization: Bearer " + TOKEN + "</body></html>";

  @Test
  void noExceptionOrLogLineOfAnyFailureCarriesTheToken() throws Exception {
    SalesCloudClient sf = client(b -> b.logBodies(true));
    server.enqueue(400, "[{\"errorCode\":\"REQUIRED_FIELD_MISSING\",\"message\":\"Required fields are missing: [Company]\",\"fields\":[\"Company\"]}]");
    server.enqueue(403, "[{\"errorCode\":\"INSUFFICIENT_ACCESS\",\"message\":\"insufficient access rights on object id\"}]");
    server.enqueue(404, "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]");
    server.enqueue(404, "{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}");
    server.enqueue(300, "[\"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ\",\"/services/data/v66.0/sobjects/Account/001D000000IqhSMIAZ\"]");
    server.enqueue(412, "[{\"errorCode\":\"PRECONDITION_FAILED\",\"message\":\"The record changed\"}]");
    server.enqueue(429, "[{\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"ConcurrentRequests\"}]");
    server.enqueue(500, "[{\"errorCode\":\"UNKNOWN_EXCEPTION\",\"message\":\"An unexpected error occurred. Token " + TOKEN + "\"}]");
    server.enqueue(new Answer(502, Map.of("Content-Type", "text/html"), ECHO, Duration.ZERO));
    server.enqueue(200, "not json " + TOKEN);

    guard.assertThatThrownBy(() -> sf.leads().create(Lead.builder().lastName("Ng").build()))
        .isInstanceOf(ValidationException.class);
    guard.assertThatThrownBy(() -> sf.leads().get(LEAD_ID)).isInstanceOf(AuthorizationException.class);
    guard.assertThatThrownBy(() -> sf.leads().delete(LEAD_ID)).isInstanceOf(NotFoundException.class);
    guard.assertThatThrownBy(() -> sf.accounts().upsert("Nope__c", "1", Account.builder().name("A").build()))
        .isInstanceOf(NotFoundException.class);
    guard.assertThatThrownBy(() -> sf.accounts().upsert("Erp__c", "1", Account.builder().name("A").build()))
        .isInstanceOf(AmbiguousExternalIdException.class);
    guard.assertThatThrownBy(() -> sf.leads().update(LEAD_ID, LeadPatch.builder().rating("Hot").build()))
        .isInstanceOf(ConflictException.class);
    guard.assertThatThrownBy(() -> sf.leads().describe()).isInstanceOf(RateLimitException.class);
    guard.assertThatThrownBy(() -> sf.describeGlobal())
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.getMessage()).contains("Token ***"));
    guard.assertThatThrownBy(() -> sf.limits().fetch())
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.getMessage()).contains("Bearer ***"));
    guard.assertThatThrownBy(() -> sf.leads().get(LEAD_ID)).isInstanceOf(TransportException.class);

    assertThat(server.requestCount()).isEqualTo(10);
    assertThat(guard.exceptionsSeen()).isEqualTo(10);
    assertThat(guard.log().events()).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void noExceptionOfARefreshTimeoutOrRefusalCarriesTheToken() throws Exception {
    AtomicInteger fetches = new AtomicInteger();
    RefreshingCredentials refreshing = new RefreshingCredentials() {
      @Override
      protected AccessToken fetchToken() {
        return AccessToken.of(TOKEN + fetches.incrementAndGet(), server.baseUri());
      }
    };
    SalesCloudClient sf = client(b -> b.credentials(refreshing).logBodies(true));
    server.dispatch(r -> Answer.json(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]"));

    guard.assertThatThrownBy(() -> sf.leads().get(LEAD_ID)).isInstanceOf(AuthenticationException.class);

    server.dispatch(r -> Answer.json(200, "{}").delayed(Duration.ofMillis(800)));
    SalesCloudClient impatient = client(b -> b.timeout(Duration.ofMillis(150)).logBodies(true));
    guard.assertThatThrownBy(() -> impatient.leads().create(Lead.builder().lastName("Ng").build()))
        .isInstanceOf(TransportException.class);

    URI closed;
    try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = URI.create("http://127.0.0.1:" + probe.getLocalPort());
    }
    SalesCloudClient nowhere =
        client(b -> b.credentials(StaticCredentials.of(TOKEN, closed)).retryPolicy(RetryPolicy.defaults()));
    guard.assertThatThrownBy(() -> nowhere.leads().get(LEAD_ID)).isInstanceOf(TransportException.class);

    guard.assertThatThrownBy(() -> sf.leads().get(SalesforceId.of("001D000000IqhSLIAZ")))
        .isInstanceOf(InvalidArgumentException.class);
    guard.assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", "Bearer " + TOKEN))
        .isInstanceOf(InvalidArgumentException.class);

    server.dispatch(r -> Answer.json(200, "{\"attributes\":{\"type\":\"Lead\"}}").withHeader("Sforce-Limit-Info", "api-usage=99/100"));
    SalesCloudClient guarded = client(b -> b.maxDailyApiShare(0.5));
    guarded.leads().get(LEAD_ID);
    guard.assertThatThrownBy(() -> guarded.leads().get(LEAD_ID)).isInstanceOf(ApiBudgetExceededException.class);

    assertThat(fetches).hasValue(2);
    assertThat(guard.exceptionsSeen()).isEqualTo(6);
  }
}
