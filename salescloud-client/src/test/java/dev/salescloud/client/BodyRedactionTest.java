package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.model.json.SalesCloudJackson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BodyRedactionTest {
  final ObjectMapper mapper = SalesCloudJackson.newObjectMapper();
  final BodyRedaction none = BodyRedaction.logging(List.of());
  final BodyRedaction personal = BodyRedaction.logging(List.of("Email", "Phone"));

  String render(BodyRedaction redaction, String body) {
    return redaction.render(body.getBytes(StandardCharsets.UTF_8), mapper, "tok-XYZ");
  }

  @Nested
  class SecretKeys {
    @Test
    void recognisesTheKeysOfOAuthAndSoapSecrets() {
      for (String key : List.of("access_token", "refresh_token", "client_secret", "password", "sessionId",
          "Password__c", "ACCESS_TOKEN", "id_token", "apiKey", "X-Api-Key", "private_key", "Authorization",
          "passwd", "acme__Secret_Note__c")) {
        assertThat(BodyRedaction.isSecretKey(key)).as(key).isTrue();
      }
    }

    @Test
    void leavesOrdinaryFieldsAlone() {
      for (String key : List.of("LastName", "Email", "Id", "attributes", "Status", "instance_url", "issued_at",
          "signature", "Description")) {
        assertThat(BodyRedaction.isSecretKey(key)).as(key).isFalse();
      }
    }

    @Test
    void masksSecretsEvenWithoutConfiguredFields() {
      String out = render(none,
          "{\"access_token\":\"at\",\"instance_url\":\"https://acme.my.salesforce.com\",\"token_type\":\"Bearer\"}");

      assertThat(out).isEqualTo(
          "{\"access_token\":\"***\",\"instance_url\":\"https://acme.my.salesforce.com\",\"token_type\":\"***\"}");
    }
  }

  @Nested
  class ConfiguredFields {
    @Test
    void masksValuesOfAnyTypeAtAnyDepthIgnoringCase() {
      String out = render(personal,
          "[{\"EMAIL\":\"a@b.example\",\"phone\":5550100,\"Account\":{\"Phone\":null,"
              + "\"Contacts\":{\"records\":[{\"Email\":[\"x\"]}]}},\"Name\":\"Ng\"}]");

      assertThat(out).isEqualTo(
          "[{\"EMAIL\":\"***\",\"phone\":\"***\",\"Account\":{\"Phone\":\"***\","
              + "\"Contacts\":{\"records\":[{\"Email\":\"***\"}]}},\"Name\":\"Ng\"}]");
    }

    @Test
    void masksAWholeObjectOrArrayUnderAMaskedKey() {
      assertThat(render(BodyRedaction.logging(List.of("Owner")), "{\"Owner\":{\"Name\":\"x\"},\"a\":1}"))
          .isEqualTo("{\"Owner\":\"***\",\"a\":1}");
    }

    @Test
    void doesNotChangeTheTreeItRedacts() throws Exception {
      JsonNode tree = mapper.readTree("{\"Email\":\"a@b.example\",\"list\":[{\"Email\":\"c\"}]}");
      String before = tree.toString();

      JsonNode redacted = personal.redact(tree);

      assertThat(tree.toString()).isEqualTo(before);
      assertThat(redacted.toString()).isEqualTo("{\"Email\":\"***\",\"list\":[{\"Email\":\"***\"}]}");
    }

    @Test
    void keepsTheConfiguredNames() {
      assertThat(personal.fields().contains("email")).isTrue();
      assertThat(personal.fields().contains("PHONE")).isTrue();
      assertThat(personal.redacts("eMail")).isTrue();
      assertThat(personal.redacts("LastName")).isFalse();
      assertThat(personal.enabled()).isTrue();
      assertThat(BodyRedaction.off().enabled()).isFalse();
    }
  }

  @Nested
  class Rendering {
    @Test
    void masksTheTokenWhereverItAppears() {
      assertThat(render(none, "{\"Notes__c\":\"see tok-XYZ here\",\"tok-XYZ\":1}"))
          .isEqualTo("{\"Notes__c\":\"see *** here\",\"***\":1}");
    }

    @Test
    void showsOnlyTheSizeOfBodiesThatAreNotJson() {
      assertThat(render(none, "<html>tok-XYZ</html>")).isEqualTo("(20 bytes, not JSON: not logged)");
      assertThat(render(none, "<soapenv:Envelope><sessionId>tok-XYZ</sessionId>"))
          .startsWith("(").endsWith("bytes, not JSON: not logged)");
    }

    @Test
    void showsAnEmptyBodyAsEmpty() {
      assertThat(none.render(new byte[0], mapper, "t")).isEqualTo("(empty)");
    }

    @Test
    void cutsLongBodiesAfterTheRedaction() {
      StringBuilder big = new StringBuilder("[");
      for (int i = 0; i < 2000; i++) {
        big.append(i == 0 ? "" : ",").append("{\"Email\":\"someone").append(i).append("@b.example\"}");
      }
      String out = render(personal, big.append(']').toString());

      assertThat(out).hasSizeLessThan(BodyRedaction.MAX_CHARS + 40)
          .contains("more characters)")
          .doesNotContain("b.example");
    }
  }
}
