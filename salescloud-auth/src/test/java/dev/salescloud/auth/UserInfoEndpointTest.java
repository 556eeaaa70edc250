package dev.salescloud.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.TransportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserInfoEndpointTest {
  static final String TOKEN = "00Dx0000000BV7z!userinfo-secret";
  static final String USERINFO =
      "{\"sub\":\"https://login.salesforce.com/id/00Dx0000000BV7zEAG/005x00000012Q9PAAU\","
          + "\"user_id\":\"005x00000012Q9PAAU\",\"organization_id\":\"00Dx0000000BV7zEAG\","
          + "\"preferred_username\":\"integration@acme.com\",\"nickname\":\"integration\",\"name\":\"Integration User\","
          + "\"email\":\"integration@acme.com\",\"email_verified\":true,\"zoneinfo\":\"America/Los_Angeles\","
          + "\"photos\":{\"picture\":\"https://x\",\"thumbnail\":\"https://y\"},\"urls\":{\"rest\":\"https://acme.my.salesforce.com/services/data/v{version}/\"},"
          + "\"active\":true,\"user_type\":\"STANDARD\",\"language\":\"en_US\",\"locale\":\"en_US\","
          + "\"utcOffset\":-28800000,\"updated_at\":\"2026-01-01T00:00:00Z\",\"is_salesforce_integration_user\":false}";

  final LoopbackServer server = LoopbackServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void readsTheUserOfATokenWithTheBearerHeader() throws Exception {
    server.answer(r -> LoopbackServer.Response.json(200, USERINFO));

    UserInfo me = UserInfoEndpoint.create().read(AccessToken.of(TOKEN, server.baseUri()));

    LoopbackServer.Request request = server.takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/services/oauth2/userinfo");
    assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(me.userId()).isEqualTo("005x00000012Q9PAAU");
    assertThat(me.organizationId()).isEqualTo("00Dx0000000BV7zEAG");
    assertThat(me.preferredUsername()).contains("integration@acme.com");
    assertThat(me.zoneinfo()).contains("America/Los_Angeles");
    assertThat(me.locale()).contains("en_US");
    assertThat(me.utcOffset()).contains(-28800000L);
    assertThat(me.active()).contains(true);
    assertThat(me.toString()).contains("005x00000012Q9PAAU").doesNotContain("integration@acme.com");
  }

  @Test
  void reportsARefusedTokenWithoutRepeatingIt() {
    server.answer(r -> new LoopbackServer.Response(403, "text/plain", "Bad_OAuth_Token"));

    assertThatThrownBy(() -> UserInfoEndpoint.create().read(AccessToken.of(TOKEN, server.baseUri())))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("openid")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void reportsAnAnswerThatIsNotUserInfo() {
    server.answer(r -> new LoopbackServer.Response(200, "text/html", "<html>login</html>"));

    assertThatThrownBy(() -> UserInfoEndpoint.create().read(AccessToken.of(TOKEN, server.baseUri())))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("not the user's info JSON");
  }

  @Test
  void readsTheIdentityUrlOfATokenFromATokenResponse() throws Exception {
    server.answer(r -> LoopbackServer.Response.json(200,
        "{\"id\":\"" + server.baseUri() + "/id/00Dx0000000BV7zEAG/005x00000012Q9PAAU\","
            + "\"asserted_user\":true,\"user_id\":\"005x00000012Q9PAAU\","
            + "\"organization_id\":\"00Dx0000000BV7zEAG\",\"username\":\"integration@acme.com\","
            + "\"nick_name\":\"integration\",\"display_name\":\"Integration User\","
            + "\"email\":\"integration@acme.com\",\"first_name\":\"Integration\",\"last_name\":\"User\","
            + "\"timezone\":\"Europe/Paris\",\"active\":true,\"user_type\":\"STANDARD\","
            + "\"language\":\"fr\",\"locale\":\"fr_FR\",\"utcOffset\":3600000,"
            + "\"last_modified_date\":\"2026-01-01T00:00:00.000+0000\",\"is_app_installed\":true}"));
    AccessToken token = TokenResponse.builder()
        .accessToken(TOKEN)
        .instanceUrl(java.net.URI.create("https://acme.my.salesforce.com"))
        .id(server.baseUri() + "/id/00Dx0000000BV7zEAG/005x00000012Q9PAAU")
        .issuedAt("1700000000000")
        .build()
        .toAccessToken();

    UserInfo me = UserInfoEndpoint.create().readIdentity(token);

    LoopbackServer.Request request = server.takeRequest();
    assertThat(request.path()).isEqualTo("/id/00Dx0000000BV7zEAG/005x00000012Q9PAAU");
    assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(me.userId()).isEqualTo("005x00000012Q9PAAU");
    assertThat(me.organizationId()).isEqualTo("00Dx0000000BV7zEAG");
    assertThat(me.preferredUsername()).contains("integration@acme.com");
    assertThat(me.name()).contains("Integration User");
    assertThat(me.zoneinfo()).contains("Europe/Paris");
    assertThat(me.locale()).contains("fr_FR");
  }

  @Test
  void refusesToReadTheIdentityOfATokenBuiltByHand() {
    AccessToken token = AccessToken.of(TOKEN, server.baseUri());

    assertThatThrownBy(() -> UserInfoEndpoint.create().readIdentity(token))
        .isInstanceOf(dev.salescloud.model.error.InvalidArgumentException.class)
        .hasMessageContaining("identity URL")
        .hasMessageNotContaining(TOKEN);
    assertThat(server.requestCount()).isZero();
  }
}
