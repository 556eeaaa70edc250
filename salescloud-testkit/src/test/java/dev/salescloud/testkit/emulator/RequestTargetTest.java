package dev.salescloud.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RequestTargetTest {
  @Test
  void aDoubleSlashIsReadAsAPathNotAsAnAuthority() {
    URI parsed = URI.create("//services/data/v66.0/query?q=SELECT+Id+FROM+Lead");

    RequestTarget target = RequestTarget.of(parsed);

    assertThat(parsed.getAuthority()).isEqualTo("services");
    assertThat(target.path()).isEqualTo("/services/data/v66.0/query");
    assertThat(target.query()).contains("q=SELECT+Id+FROM+Lead");
  }

  @Test
  void anyRunOfLeadingSlashesIsOneAndInnerSlashesStay() {
    assertThat(RequestTarget.of(URI.create("///services/data/")).path()).isEqualTo("/services/data/");
    assertThat(RequestTarget.of(URI.create("/services//data")).path()).isEqualTo("/services//data");
  }

  @Test
  void anAbsoluteTargetKeepsItsPathAndQueryOnly() {
    RequestTarget target = RequestTarget.of(URI.create("http://elsewhere.example:81/services/data/?a=%20b"));

    assertThat(target.path()).isEqualTo("/services/data/");
    assertThat(target.query()).contains("a=%20b");
  }

  @Test
  void theQueryStaysEncodedAndAFragmentIsDropped() {
    RequestTarget target = RequestTarget.of(URI.create("/services/data/v66.0/query?q=a%26b+c#top"));

    assertThat(target.on("127.0.0.1:8080"))
        .isEqualTo(URI.create("http://127.0.0.1:8080/services/data/v66.0/query?q=a%26b+c"));
    assertThat(RequestTarget.of(URI.create("/services/data/")).query()).isEmpty();
  }

  @Test
  void describesItselfByPathWithoutTheQuery() {
    assertThat(RequestTarget.of(URI.create("/x?q=secret")).toString()).isEqualTo("RequestTarget{/x}");
  }
}
