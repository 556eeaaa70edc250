package dev.salescloud.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.auth.flow.AuthorizationCodeFlow;
import dev.salescloud.auth.flow.ClientCredentialsCredentials;
import dev.salescloud.auth.flow.JwtBearerCredentials;
import dev.salescloud.auth.flow.RefreshTokenCredentials;
import dev.salescloud.auth.flow.UsernamePasswordCredentials;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The README's authentication examples, compiled and built (no token is requested). */
class ReadmeAuthExamplesTest {
  @Test
  void everyFlowOfTheReadmeBuilds() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
    String consumerKey = "3MVG9-consumer-key";
    String consumerSecret = "consumer-secret";

    CredentialsProvider jwt = JwtBearerCredentials.builder()
        .loginHost(LoginHost.PRODUCTION).clientId(consumerKey).username("integration@acme.com")
        .privateKeyPem(pem)
        .sessionTimeout(Duration.ofHours(2))
        .build();
    CredentialsProvider refresh = RefreshTokenCredentials.builder()
        .loginHost(LoginHost.myDomain("acme")).clientId(consumerKey).clientSecret(consumerSecret)
        .refreshToken("stored-refresh-token").tokenStore(TokenStore.inMemory("stored-refresh-token"))
        .build();
    CredentialsProvider clientCredentials = ClientCredentialsCredentials.builder()
        .loginHost(LoginHost.myDomain("acme")).clientId(consumerKey).clientSecret(consumerSecret)
        .build();
    AuthorizationCodeFlow flow = AuthorizationCodeFlow.builder().loginHost(LoginHost.PRODUCTION)
        .clientId(consumerKey).redirectUri(URI.create("http://localhost:8080/callback"))
        .scopes(OAuthScope.API, OAuthScope.REFRESH_TOKEN).build();
    AuthorizationCodeFlow.AuthorizationRequest request = flow.start();
    @SuppressWarnings("deprecation")
    CredentialsProvider legacy = UsernamePasswordCredentials.builder()
        .loginHost(LoginHost.SANDBOX).clientId(consumerKey).clientSecret(consumerSecret)
        .username("admin@acme.com.dev").password("password-1").securityToken("token-1")
        .build();

    assertThat(jwt.toString()).doesNotContain("PRIVATE KEY");
    assertThat(refresh.toString()).doesNotContain("stored-refresh-token").doesNotContain(consumerSecret);
    assertThat(clientCredentials.toString()).doesNotContain(consumerSecret);
    assertThat(legacy.toString()).doesNotContain("password-1").doesNotContain("token-1");
    assertThat(request.authorizeUrl().toString())
        .startsWith("https://login.salesforce.com/services/oauth2/authorize?")
        .contains("code_challenge=")
        .contains("state=");
  }
}
