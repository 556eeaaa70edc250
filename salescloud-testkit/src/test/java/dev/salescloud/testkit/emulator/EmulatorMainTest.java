package dev.salescloud.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EmulatorMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final EmulatorMain command =
      new EmulatorMain(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  @AfterEach
  void stop() {
    command.emulator().ifPresent(Emulator::close);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Nested
  class Starting {
    @Test
    void printsWhereItListensAsItsFirstLineAndAnswersThere() throws Exception {
      int exitCode = command.execute("--port", "0");

      String firstLine = out().lines().findFirst().orElseThrow();
      assertThat(exitCode).isZero();
      assertThat(firstLine).matches("Salesforce emulator listening on http://127\\.0\\.0\\.1:\\d+");
      URI base = URI.create(firstLine.substring("Salesforce emulator listening on ".length()));
      HttpResponse<String> versions =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(base.resolve("/services/data/")).build(),
                  BodyHandlers.ofString());
      assertThat(versions.statusCode()).isEqualTo(200);
      assertThat(versions.body()).startsWith("[{\"label\":\"Summer '14\"");
      assertThat(command.emulator().orElseThrow().baseUri()).isEqualTo(base);
      assertThat(err()).isEmpty();
    }

    @Test
    void listensOnTheHostGiven() {
      int exitCode = command.execute("--host", "localhost", "--port", "0");

      assertThat(exitCode).isZero();
      assertThat(out()).startsWith("Salesforce emulator listening on http://localhost:");
    }

    @Test
    void stopsWhenItsEmulatorIsClosed() throws IOException {
      command.execute("--port", "0");
      Emulator emulator = command.emulator().orElseThrow();

      emulator.close();

      assertThat(emulator.toString()).endsWith(", closed}");
    }
  }

  @Nested
  class HelpAndVersion {
    @Test
    void helpListsTheOptionsAndStartsNothing() {
      int exitCode = command.execute("--help");

      assertThat(exitCode).isZero();
      assertThat(out()).startsWith("Usage: salescloud-emulator")
          .contains("--port=N", "--host=ADDRESS", "8080", "127.0.0.1", "--seed=demo|empty", "--client-id=ID",
              "--jwt-certificate=FILE", "--version");
      assertThat(command.emulator()).isEmpty();
    }

    @Test
    void versionPrintsTheProjectVersion() {
      int exitCode = command.execute("--version");

      assertThat(exitCode).isZero();
      assertThat(out().trim()).matches("salescloud-emulator \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
      assertThat(command.emulator()).isEqualTo(Optional.empty());
    }
  }

  @Nested
  class OrgOptions {
    @Test
    void servesTheDemoOrgToTheConfiguredAppAndUser() throws Exception {
      command.execute("--port", "0", "--seed", "demo", "--client-id", "PlatformCLI",
          "--client-secret", "cli-secret", "--username", "dev@acme.example", "--password", "pw-1");
      URI base = command.emulator().orElseThrow().baseUri();
      HttpClient http = HttpClient.newHttpClient();

      HttpResponse<String> token = http.send(HttpRequest.newBuilder(base.resolve("/services/oauth2/token"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=PlatformCLI"
                  + "&client_secret=cli-secret&username=dev%40acme.example&password=pw-1"))
              .build(), BodyHandlers.ofString());
      String accessToken = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
      HttpResponse<String> leads = http.send(HttpRequest.newBuilder(
                  base.resolve("/services/data/v66.0/query?q=SELECT+COUNT()+FROM+Lead"))
              .header("Authorization", "Bearer " + accessToken).build(), BodyHandlers.ofString());

      assertThat(token.statusCode()).isEqualTo(200);
      assertThat(leads.statusCode()).isEqualTo(200);
      assertThat(leads.body()).contains("\"totalSize\":20");
    }

    @Test
    void refusesCredentialsOtherThanTheConfiguredOnes() throws Exception {
      command.execute("--port", "0", "--client-id", "my-app");
      URI base = command.emulator().orElseThrow().baseUri();

      HttpResponse<String> token = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(base.resolve("/services/oauth2/token"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"
                  + "&client_id=emulator-client-id&client_secret=emulator-client-secret"))
              .build(), BodyHandlers.ofString());

      assertThat(token.statusCode()).isEqualTo(400);
      assertThat(token.body()).contains("invalid_client_id");
    }
  }

  @Nested
  class WrongOptions {
    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2AndNoStackTrace() {
      int exitCode = command.execute("--colour", "blue");

      assertThat(exitCode).isEqualTo(2);
      assertThat(err()).startsWith("Unknown options: '--colour', 'blue'").contains("Usage: salescloud-emulator");
      assertThat(err()).doesNotContain("Exception", "\tat ");
      assertThat(out()).isEmpty();
      assertThat(command.emulator()).isEmpty();
    }

    @Test
    void anUnknownSeedOrAShortSessionIsAUsageError() {
      assertThat(command.execute("--port", "0", "--seed", "huge")).isEqualTo(2);
      assertThat(command.execute("--port", "0", "--session-timeout", "0")).isEqualTo(2);

      assertThat(err()).contains("Invalid value for option '--seed'").contains("huge")
          .contains("Invalid value for option '--session-timeout'")
          .doesNotContain("\tat ");
      assertThat(command.emulator()).isEmpty();
    }

    @Test
    void aPortThatIsNotANumberOrOutOfRangeIsAUsageError() {
      assertThat(command.execute("--port", "http")).isEqualTo(2);
      assertThat(command.execute("--port", "70000")).isEqualTo(2);

      assertThat(err()).contains("Invalid value for option '--port': 'http' is not an int")
          .contains("Invalid value for option '--port': 70000 is not 0 to 65535")
          .doesNotContain("Exception", "\tat ");
      assertThat(command.emulator()).isEmpty();
    }

    @Test
    void aPortInUseExitsWith1AndAOneLineMessage() {
      try (Emulator taken = Emulator.start(dev.salescloud.testkit.FakeSalesCloud.create())) {
        int exitCode = command.execute("--port", Integer.toString(taken.port()));

        assertThat(exitCode).isEqualTo(1);
        assertThat(err()).startsWith("salescloud-emulator: Cannot listen on 127.0.0.1:" + taken.port())
            .doesNotContain("\tat ");
        assertThat(err().lines()).hasSize(1);
        assertThat(command.emulator()).isEmpty();
      }
    }
  }
}
