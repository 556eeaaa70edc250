package dev.salescloud.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.SalesCloudJackson;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenResponseTest {
  static final String CLIENT_SECRET = "3F8A9C2E1B7D-client-secret";
  static final String ACCESS_TOKEN = "00Dx0000000BV7z!AR8AQ.access-secret";
  static final String REFRESH_TOKEN = "5Aep861.refresh-secret";
  static final String ID = "https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P";
  static final String SIGNATURE = "p7TijFHibQFpg0BORIftJn1kULdsS1x0aiedpHrfKBs=";
  static final String FULL =
      "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"refresh_token\":\"" + REFRESH_TOKEN + "\","
          + "\"signature\":\"" + SIGNATURE + "\",\"scope\":\"api refresh_token openid\","
          + "\"id_token\":\"eyJ.id-token-secret.sig\",\"instance_url\":\"https://na1.salesforce.com\","
          + "\"id\":\"" + ID + "\",\"token_type\":\"Bearer\",\"issued_at\":\"1278448832702\","
          + "\"sfdc_community_url\":\"https://acme.my.site.com/partners\","
          + "\"sfdc_community_id\":\"0DBx00000008OTBGA2\",\"api_instance_url\":\"https://api.salesforce.com\"}";

  static final ObjectMapper MAPPER = SalesCloudJackson.newObjectMapper();

  static TokenResponse read(String json) throws Exception {
    return MAPPER.readValue(json, TokenResponse.class);
  }

  @Nested
  class Reading {
    @Test
    void readsEveryFieldOfTheTokenResponse() throws Exception {
      TokenResponse response = read(FULL);

      assertThat(response.accessToken()).isEqualTo(ACCESS_TOKEN);
      assertThat(response.refreshToken()).contains(REFRESH_TOKEN);
      assertThat(response.signature()).contains(SIGNATURE);
      assertThat(response.scope()).contains("api refresh_token openid");
      assertThat(response.scopes()).containsExactly(OAuthScope.API, OAuthScope.REFRESH_TOKEN, OAuthScope.OPENID);
      assertThat(response.idToken()).contains("eyJ.id-token-secret.sig");
      assertThat(response.instanceUrl()).isEqualTo(URI.create("https://na1.salesforce.com"));
      assertThat(response.id()).contains(ID);
      assertThat(response.tokenType()).contains("Bearer");
      assertThat(response.issuedAt()).contains("1278448832702");
      assertThat(response.issuedAtInstant()).contains(Instant.ofEpochMilli(1278448832702L));
      assertThat(response.sfdcCommunityUrl()).contains("https://acme.my.site.com/partners");
      assertThat(response.sfdcCommunityId()).contains("0DBx00000008OTBGA2");
    }

    @Test
    void readsTheShortJwtBearerResponse() throws Exception {
      TokenResponse response = read("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"scope\":\"api\","
          + "\"instance_url\":\"https://acme.my.salesforce.com\",\"id\":\"" + ID + "\",\"token_type\":\"Bearer\"}");

      assertThat(response.refreshToken()).isEmpty();
      assertThat(response.signature()).isEmpty();
      assertThat(response.issuedAtInstant()).isEmpty();
      assertThat(response.toAccessToken().instanceUrl()).isEqualTo(URI.create("https://acme.my.salesforce.com"));
    }

    @Test
    void becomesAnAccessTokenWithItsIssueTime() throws Exception {
      AccessToken token = read(FULL).toAccessToken();

      assertThat(token.value()).isEqualTo(ACCESS_TOKEN);
      assertThat(token.instanceUrl()).isEqualTo(URI.create("https://na1.salesforce.com"));
      assertThat(token.issuedAt()).contains(Instant.ofEpochMilli(1278448832702L));
      assertThat(token.identityUrl())
          .contains(URI.create("https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P"));
    }

    @Test
    void leavesOutAnIdThatIsNotAnHttpUrl() {
      AccessToken token = TokenResponse.builder().accessToken("t")
          .instanceUrl(URI.create("https://na1.salesforce.com")).id("005x00000012Q9P").build()
          .toAccessToken();

      assertThat(token.identityUrl()).isEmpty();
    }

    @Test
    void refusesAnIssuedAtThatIsNotEpochMillis() {
      assertThatThrownBy(() -> TokenResponse.builder().accessToken("t")
              .instanceUrl(URI.create("https://na1.salesforce.com")).issuedAt("2010-07-06").build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("issued_at")
          .hasMessageContaining("2010-07-06");
    }

    @Test
    void toStringShowsInstanceIdAndScopeButNoSecret() throws Exception {
      String text = read(FULL).toString();

      assertThat(text).contains("na1.salesforce.com").contains(ID).contains("api refresh_token")
          .contains("fingerprint=")
          .doesNotContain(ACCESS_TOKEN).doesNotContain(REFRESH_TOKEN).doesNotContain("id-token-secret");
    }
  }

  @Nested
  class Signature {
    @Test
    void acceptsTheHmacOfIdAndIssuedAtUnderTheClientSecret() throws Exception {
      read(FULL).verifySignature(CLIENT_SECRET);
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() throws Exception {
      TokenResponse response = read(FULL);

      assertThatThrownBy(() -> response.verifySignature("another-secret"))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("tampered with")
          .hasMessageNotContaining("another-secret");
    }

    @Test
    void refusesATamperedIdentityUrlOrIssueTime() throws Exception {
      TokenResponse response = read(FULL);

      assertThatThrownBy(() -> response.toBuilder().id(ID.replace("005x", "005y")).build()
              .verifySignature(CLIENT_SECRET))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("tampered with");
      assertThatThrownBy(() -> response.toBuilder().issuedAt("1278448832703").build()
              .verifySignature(CLIENT_SECRET))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("tampered with");
    }

    @Test
    void refusesAMissingOrUndecodableSignature() throws Exception {
      TokenResponse response = read(FULL);

      assertThatThrownBy(() -> TokenResponse.builder().from(response).signature(java.util.Optional.empty())
              .build().verifySignature(CLIENT_SECRET))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("no signature");
      assertThatThrownBy(() -> response.toBuilder().signature("not base64 !").build()
              .verifySignature(CLIENT_SECRET))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("tampered with");
    }
  }
}
