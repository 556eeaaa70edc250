package dev.salescloud.testkit.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.CredentialsProvider;
import dev.salescloud.auth.LoginHost;
import dev.salescloud.auth.OAuthScope;
import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.auth.TokenEndpoint;
import dev.salescloud.auth.TokenResponse;
import dev.salescloud.auth.TokenStore;
import dev.salescloud.auth.UserInfo;
import dev.salescloud.auth.UserInfoEndpoint;
import dev.salescloud.auth.flow.AuthorizationCodeFlow;
import dev.salescloud.auth.flow.ClientCredentialsCredentials;
import dev.salescloud.auth.flow.JwtBearerCredentials;
import dev.salescloud.auth.flow.RefreshTokenCredentials;
import dev.salescloud.auth.flow.UsernamePasswordCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.FakeSalesCloud;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every flow of {@code salescloud-auth} against the fake org behind a real HTTP server, then the
 * credentials in a {@link SalesCloudClient} against the same server.
 */
class OAuthFlowsEndToEndTest {
  private final MutableClock clock = new MutableClock(Instant.now());
  private final List<AutoCloseable> open = new ArrayList<>();
  private LoopbackOrg server;
  private FakeSalesCloud org;

  private LoginHost start(ConnectedApp app, Duration sessionTimeout) throws IOException {
    org = FakeSalesCloud.builder().clock(clock).connectedApp(app).sessionTimeout(sessionTimeout).build();
    server = new LoopbackOrg(org);
    open.add(server);
    return LoginHost.of(server.baseUrl());
  }

  private LoginHost start(ConnectedApp app) throws IOException {
    return start(app, Duration.ofHours(2));
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }

  private SalesCloudClient clientWith(CredentialsProvider credentials) {
    SalesCloudClient client = SalesCloudClient.builder().credentials(credentials).build();
    open.add(client);
    return client;
  }

  /** Creates a Lead and reads it back through the credentials. */
  private void assertCreatesAndReadsALead(CredentialsProvider credentials) {
    SalesCloudClient client = clientWith(credentials);

    SalesforceId id = client.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
    Lead lead = client.leads().get(id);

    assertThat(credentials.token().instanceUrl()).isEqualTo(server.baseUrl());
    assertThat(lead.lastName()).contains("Ng");
    assertThat(org.store().count("Lead")).isEqualTo(1);
  }

  private static KeyPair freshKeyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  /** Runs the authorization code flow as a desktop app would, following the 302 itself. */
  private TokenResponse authorize(LoginHost host, String... scopes) throws Exception {
    AuthorizationCodeFlow flow = AuthorizationCodeFlow.builder()
        .loginHost(host).clientId(ConnectedApp.DEFAULT_CLIENT_ID).clientSecret(ConnectedApp.DEFAULT_CLIENT_SECRET)
        .redirectUri(URI.create("http://localhost:1717/oauth/callback"))
        .scopes(scopes).prompt("login consent").build();
    AuthorizationCodeFlow.AuthorizationRequest request = flow.start();
    HttpResponse<Void> redirect = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
        .send(HttpRequest.newBuilder(request.authorizeUrl()).GET().build(), HttpResponse.BodyHandlers.discarding());
    assertThat(redirect.statusCode()).isEqualTo(302);
    return flow.exchange(request, URI.create(redirect.headers().firstValue("Location").orElseThrow()));
  }

  private RefreshTokenCredentials refreshing(LoginHost host, TokenStore store) {
    return RefreshTokenCredentials.builder().loginHost(host).clientId(ConnectedApp.DEFAULT_CLIENT_ID)
        .clientSecret(ConnectedApp.DEFAULT_CLIENT_SECRET).tokenStore(store).build();
  }

  private ClientCredentialsCredentials clientCredentials(LoginHost host) {
    return ClientCredentialsCredentials.builder().loginHost(host).clientId(ConnectedApp.DEFAULT_CLIENT_ID)
        .clientSecret(ConnectedApp.DEFAULT_CLIENT_SECRET).build();
  }

  @Nested
  class EachFlowOpensTheRestApi {
    @Test
    void jwtBearerWithAFreshlyGeneratedKeyPair() throws Exception {
      KeyPair keys = freshKeyPair();
      LoginHost host = start(ConnectedApp.builder().jwtPublicKey(keys.getPublic()).build());

      JwtBearerCredentials credentials = JwtBearerCredentials.builder().loginHost(host)
          .clientId(ConnectedApp.DEFAULT_CLIENT_ID).username(ConnectedApp.DEFAULT_USERNAME)
          .privateKey(keys.getPrivate()).clock(clock).build();

      assertCreatesAndReadsALead(credentials);
      UserInfo me = UserInfoEndpoint.create().read(credentials.token());
      assertThat(me.userId()).isEqualTo(org.store().runningUserId().value());
      assertThat(me.preferredUsername()).contains("admin@example.com");
    }

    @Test
    void clientCredentials() throws Exception {
      LoginHost host = start(ConnectedApp.defaults());

      assertCreatesAndReadsALead(OAuthFlowsEndToEndTest.this.clientCredentials(host));
    }

    @Test
    @SuppressWarnings("deprecation")
    void usernamePasswordWithTheSecurityTokenAppended() throws Exception {
      LoginHost host = start(ConnectedApp.builder().username("qa@acme.com").password("pw").securityToken("TKN").build());

      CredentialsProvider credentials = UsernamePasswordCredentials.builder().loginHost(host)
          .clientId(ConnectedApp.DEFAULT_CLIENT_ID).clientSecret(ConnectedApp.DEFAULT_CLIENT_SECRET)
          .username("qa@acme.com").password("pw").securityToken("TKN").build();

      assertCreatesAndReadsALead(credentials);
    }

    @Test
    void authorizationCodeWithPkceThenItsRefreshToken() throws Exception {
      LoginHost host = start(ConnectedApp.defaults());

      TokenResponse tokens = authorize(host, OAuthScope.API, OAuthScope.REFRESH_TOKEN);

      tokens.verifySignature(ConnectedApp.DEFAULT_CLIENT_SECRET);
      assertThat(tokens.instanceUrl()).isEqualTo(server.baseUrl());
      assertThat(tokens.scopes()).containsExactly("api", "refresh_token");
      assertCreatesAndReadsALead(refreshing(host, TokenStore.inMemory(tokens.refreshToken().orElseThrow())));
    }
  }

  @Nested
  class RefreshTokens {
    @Test
    void rotationStoresTheNewRefreshTokenAndRetiresTheOldOne() throws Exception {
      LoginHost host = start(ConnectedApp.builder().rotateRefreshTokens(true).build());
      String first = authorize(host, OAuthScope.API, OAuthScope.REFRESH_TOKEN).refreshToken().orElseThrow();
      TokenStore store = TokenStore.inMemory(first);

      assertCreatesAndReadsALead(refreshing(host, store));

      assertThat(store.refreshToken()).isNotEqualTo(first).startsWith("5Aep861");
      assertThatThrownBy(() -> refreshing(host, TokenStore.inMemory(first)).token())
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.errorCode()).contains("invalid_grant");
            assertThat(e.status()).isEqualTo(400);
          })
          .hasMessageContaining("expired access/refresh token");
    }

    @Test
    void revokingTheRefreshTokenEndsItsAccessTokens() throws Exception {
      LoginHost host = start(ConnectedApp.defaults());
      String refresh = authorize(host, OAuthScope.API, OAuthScope.REFRESH_TOKEN).refreshToken().orElseThrow();
      AccessToken accessToken = refreshing(host, TokenStore.inMemory(refresh)).token();
      SalesCloudClient client = clientWith(StaticCredentials.of(accessToken));
      SalesforceId id = client.leads().create(Lead.builder().lastName("Ng").company("Acme").build());

      TokenEndpoint.of(host).revoke(refresh);

      assertThatThrownBy(() -> client.leads().get(id))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401));
      assertThatThrownBy(() -> refreshing(host, TokenStore.inMemory(refresh)).token())
          .isInstanceOf(AuthenticationException.class).hasMessageContaining("expired access/refresh token");
      assertThatThrownBy(() -> TokenEndpoint.of(host).revoke(refresh))
          .isInstanceOfSatisfying(AuthenticationException.class,
              e -> assertThat(e.errorCode()).contains("invalid_token"));
    }

    @Test
    void revokingAnAccessTokenEndsOnlyThatSession() throws Exception {
      LoginHost host = start(ConnectedApp.defaults());
      AccessToken revoked = clientCredentials(host).token();
      AccessToken kept = clientCredentials(host).token();

      TokenEndpoint.of(host).revoke(revoked.value());

      assertThatThrownBy(() -> UserInfoEndpoint.create().read(revoked)).isInstanceOf(AuthenticationException.class);
      assertThat(UserInfoEndpoint.create().read(kept).organizationId()).isEqualTo("00D5g000000FAKEEA4");
    }
  }

  @Nested
  class SingleFlightAndTimeout {
    @Test
    void ahundredConcurrentCallersMakeOneTokenRequestAndOneMoreAfterTheSessionTimesOut() throws Exception {
      LoginHost host = start(ConnectedApp.defaults(), Duration.ofMinutes(15));
      SalesforceId id = clientWith(clientCredentials(host))
          .leads().create(Lead.builder().lastName("Ng").company("Acme").build());
      int before = server.tokenRequests();
      SalesCloudClient client = clientWith(refreshing(host,
          TokenStore.inMemory(authorize(host, OAuthScope.API, OAuthScope.REFRESH_TOKEN).refreshToken().orElseThrow())));
      int afterAuthorize = server.tokenRequests();

      runConcurrently(100, () -> client.leads().get(id));
      int afterFirstWave = server.tokenRequests();
      clock.advance(Duration.ofMinutes(16));
      runConcurrently(100, () -> client.leads().get(id));

      assertThat(afterAuthorize - before).isEqualTo(1);
      assertThat(afterFirstWave - afterAuthorize).isEqualTo(1);
      assertThat(server.tokenRequests() - afterFirstWave).isEqualTo(1);
    }

    @Test
    void anExpiredSessionIsRefreshedAndTheRequestReplayed() throws Exception {
      LoginHost host = start(ConnectedApp.defaults(), Duration.ofMinutes(15));
      ClientCredentialsCredentials credentials = clientCredentials(host);
      SalesCloudClient client = clientWith(credentials);
      SalesforceId id = client.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
      AccessToken first = credentials.token();

      clock.advance(Duration.ofMinutes(15));
      Lead lead = client.leads().get(id);

      assertThat(lead.company()).contains("Acme");
      assertThat(credentials.token()).isNotEqualTo(first);
      assertThat(server.tokenRequests()).isEqualTo(2);
      assertThatThrownBy(() -> UserInfoEndpoint.create().read(first)).isInstanceOf(AuthenticationException.class);
    }

    private void runConcurrently(int callers, Runnable call) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(callers);
      try {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
          calls.add(pool.submit(() -> {
            try {
              gate.await();
              call.run();
            } catch (Throwable e) {
              failure.compareAndSet(null, e);
            }
            return null;
          }));
        }
        gate.countDown();
        for (Future<?> f : calls) {
          f.get(60, TimeUnit.SECONDS);
        }
        assertThat(failure.get()).isNull();
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void theEmulatorsUrlsAreTheOnesTheTokenResponsesName() throws Exception {
    LoginHost host = start(ConnectedApp.defaults());

    TokenResponse tokens = TokenEndpoint.of(host).requestToken(Map.of("grant_type", "client_credentials",
        "client_id", ConnectedApp.DEFAULT_CLIENT_ID, "client_secret", ConnectedApp.DEFAULT_CLIENT_SECRET));

    assertThat(tokens.id()).contains(server.baseUrl() + "/id/00D5g000000FAKEEA4/" + org.store().runningUserId().value());
    assertThat(tokens.refreshToken()).isEmpty();
  }
}
