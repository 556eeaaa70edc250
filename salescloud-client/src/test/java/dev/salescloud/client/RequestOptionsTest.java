package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestOptionsTest extends LoopbackTest {
  static final SalesforceId LEAD_ID = SalesforceId.of("00Q5f00000AbcdeEAB");
  static final String LEAD = "{\"attributes\":{\"type\":\"Lead\"},\"Id\":\"00Q5f00000AbcdeEAB\",\"LastName\":\"Ng\"}";
  static final String CREATED = "{\"id\":\"00Q5f00000AbcdeEAB\",\"success\":true,\"errors\":[]}";

  @Nested
  class Building {
    @Test
    void noneHasNoTimeoutAndNoHeader() {
      assertThat(RequestOptions.none().timeout()).isEmpty();
      assertThat(RequestOptions.none().headers()).isEmpty();
      assertThat(RequestOptions.builder().build()).isEqualTo(RequestOptions.none());
    }

    @Test
    void theNamedSettersWriteSalesforcesHeaders() {
      RequestOptions options =
          RequestOptions.builder()
              .autoAssign(false)
              .allowDuplicateSave()
              .updateMru(false)
              .callOptionsClient("acme-sync")
              .build();

      assertThat(options.headers())
          .containsEntry("Sforce-Auto-Assign", "FALSE")
          .containsEntry("Sforce-Duplicate-Rule-Header", "allowSave=true")
          .containsEntry("Sforce-Mru", "updateMru=false")
          .containsEntry("Sforce-Call-Options", "client=acme-sync")
          .hasSize(4);
      assertThat(RequestOptions.builder().autoAssign(true).build().header("sforce-auto-assign")).contains("TRUE");
      assertThat(RequestOptions.builder().updateMru(true).build().header(RequestOptions.MRU)).contains("updateMru=true");
    }

    @Test
    void anAssignmentRuleIdReplacesTheFlag() {
      RequestOptions options =
          RequestOptions.builder().autoAssign(false).assignmentRule(SalesforceId.of("01Q5f000000AbCd")).build();

      assertThat(options.header(RequestOptions.AUTO_ASSIGN)).contains(SalesforceId.of("01Q5f000000AbCd").value());
    }

    @Test
    void refusesTheIdOfAnotherObjectAsAssignmentRule() {
      guard.assertThatThrownBy(() -> RequestOptions.builder().assignmentRule(LEAD_ID))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("00Q (Lead)")
          .hasMessageContaining("AssignmentRule");
    }

    @Test
    void headerNamesIgnoreCaseAndTheLastValueWins() {
      RequestOptions options =
          RequestOptions.builder().header("sforce-mru", "updateMru=true").header("Sforce-Mru", " updateMru=false ").build();

      assertThat(options.headers()).hasSize(1);
      assertThat(options.header("SFORCE-MRU")).contains("updateMru=false");
    }

    @Test
    void refusesHeadersTheClientOwnsInAnyCase() {
      for (String name : List.of("Authorization", "authorization", "Content-Type", "ACCEPT", "User-Agent", "Host",
          "Connection", "Content-Length", "Expect", "Upgrade", "Accept-Encoding", "content-encoding",
          "Transfer-Encoding")) {
        guard.assertThatThrownBy(() -> RequestOptions.builder().header(name, "x"))
            .isInstanceOfSatisfying(InvalidArgumentException.class, e -> assertThat(e.argument()).isEqualTo(name))
            .hasMessageContaining("sets the " + name + " header itself");
      }
    }

    @Test
    void refusesConditionalHeadersWhoseAnswerATypedReadCannotReturn() {
      guard.assertThatThrownBy(() -> RequestOptions.builder().header("If-Modified-Since", "Mon, 20 May 2013 20:49:32 GMT"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("304 Not Modified");
      guard.assertThatThrownBy(() -> RequestOptions.builder().header("if-none-match", "\"abc\""))
          .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void refusesLineBreaksAndControlCharactersInValues() {
      guard.assertThatThrownBy(() -> RequestOptions.builder().header("Sforce-Call-Options", "client=x\r\nAuthorization: Bearer y"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Sforce-Call-Options")
          .hasMessageContaining("code 13");
      guard.assertThatThrownBy(() -> RequestOptions.builder().header("X-Trace", "a\nb"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("code 10");
      guard.assertThatThrownBy(() -> RequestOptions.builder().header("X-Trace", "a\u0000b"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("code 0");
      guard.assertThatThrownBy(() -> RequestOptions.builder().callOptionsClient("x\ny"))
          .isInstanceOf(InvalidArgumentException.class);
      assertThat(RequestOptions.builder().header("X-Trace", "a\tb").build().header("X-Trace")).contains("a\tb");
    }

    @Test
    void refusesMalformedNamesAndBlankValues() {
      for (String name : List.of("", "X Trace", "X-Trace:", "Sforce-Mru\r\nX", "Ümlaut")) {
        guard.assertThatThrownBy(() -> RequestOptions.builder().header(name, "v"))
            .isInstanceOfSatisfying(InvalidArgumentException.class, e -> assertThat(e.argument()).isEqualTo("header name"))
            .hasMessageContaining("is not an HTTP header name");
      }
      guard.assertThatThrownBy(() -> RequestOptions.builder().header("X-Trace", " "))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("X-Trace");
      guard.assertThatThrownBy(() -> RequestOptions.builder().header("X-Trace", null))
          .isInstanceOf(InvalidArgumentException.class);
      guard.assertThatThrownBy(() -> RequestOptions.builder().header(null, "v"))
          .isInstanceOf(InvalidArgumentException.class);
      guard.assertThatThrownBy(() -> RequestOptions.builder().callOptionsClient("a,b"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'a,b'");
      guard.assertThatThrownBy(() -> RequestOptions.builder().callOptionsClient(" "))
          .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void refusesATimeoutThatIsNotPositive() {
      guard.assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("PT0S");
      guard.assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ofSeconds(-1)))
          .isInstanceOf(InvalidArgumentException.class);
      guard.assertThatThrownBy(() -> RequestOptions.builder().timeout(null))
          .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void isAValueWithCopyingBuilder() {
      RequestOptions a = RequestOptions.builder().timeout(Duration.ofSeconds(5)).header("X-Trace", "1").build();
      RequestOptions b = RequestOptions.builder().header("x-trace", "1").timeout(Duration.ofSeconds(5)).build();
      RequestOptions c = a.toBuilder().autoAssign(false).build();

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(c).isNotEqualTo(a);
      assertThat(c.timeout()).contains(Duration.ofSeconds(5));
      assertThat(c.headers()).containsKeys("X-Trace", "Sforce-Auto-Assign");
      assertThat(a.headers()).containsOnlyKeys("X-Trace");
    }

    @Test
    void showsHeaderNamesButNeverValues() {
      RequestOptions options = RequestOptions.builder().header("X-Trace", "customer-42").build();

      assertThat(options.toString()).contains("X-Trace").doesNotContain("customer-42");
    }
  }

  @Nested
  class OnTheWire {
    final RequestOptions options =
        RequestOptions.builder().autoAssign(false).header("X-Trace", "t-1").build();

    void assertCarriesTheOptions(Recorded request) {
      assertThat(request.header("Sforce-Auto-Assign")).isEqualTo("FALSE");
      assertThat(request.header("X-Trace")).isEqualTo("t-1");
      assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
      assertThat(request.header("Accept")).isEqualTo("application/json");
    }

    @Test
    void everyRecordOperationSendsTheHeaders() {
      server.enqueue(201, CREATED);
      server.enqueue(200, LEAD);
      server.enqueue(200, LEAD);
      server.enqueue(empty(204));
      server.enqueue(empty(204));

      sf.leads().create(Lead.builder().lastName("Ng").company("Acme").build(), options);
      sf.leads().get(LEAD_ID, options);
      sf.leads().get(LEAD_ID, List.of("LastName", "Status"), options);
      sf.leads().update(LEAD_ID, LeadPatch.builder().rating("Hot").build(), options);
      sf.leads().delete(LEAD_ID, options);

      List<Recorded> requests = server.takeAll();
      assertThat(requests).extracting(Recorded::method).containsExactly("POST", "GET", "GET", "PATCH", "DELETE");
      assertThat(requests.get(2).rawQuery()).isEqualTo("fields=LastName,Status");
      requests.forEach(this::assertCarriesTheOptions);
    }

    @Test
    void callsWithoutOptionsSendNoExtraHeader() {
      server.enqueue(200, LEAD);

      sf.leads().get(LEAD_ID);

      Recorded request = server.takeRequest();
      assertThat(request.header("Sforce-Auto-Assign")).isNull();
      assertThat(request.header("X-Trace")).isNull();
    }

    @Test
    void aShorterTimeoutOverridesTheClientsForThatCallOnly() {
      server.enqueue(Answer.json(200, LEAD).delayed(Duration.ofMillis(1500)));
      server.enqueue(Answer.json(200, LEAD).delayed(Duration.ofMillis(400)));

      guard.assertThatThrownBy(
              () -> sf.leads().get(LEAD_ID, RequestOptions.builder().timeout(Duration.ofMillis(200)).build()))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.getMessage()).contains("timed out after PT0.2S"));
      assertThat(sf.leads().get(LEAD_ID).lastName()).contains("Ng");
    }

    @Test
    void aLongerTimeoutLetsASlowCallFinish() {
      SalesCloudClient impatient = client(b -> b.timeout(Duration.ofMillis(200)));
      server.enqueue(Answer.json(200, LEAD).delayed(Duration.ofMillis(600)));

      var lead = impatient.leads().get(LEAD_ID, RequestOptions.builder().timeout(Duration.ofSeconds(10)).build());

      assertThat(lead.lastName()).contains("Ng");
    }

    @Test
    void refusesMissingOptionsWithoutSendingAnything() {
      guard.assertThatThrownBy(() -> sf.leads().create(Lead.builder().lastName("Ng").build(), null))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("options");
      guard.assertThatThrownBy(() -> sf.leads().get(LEAD_ID, (RequestOptions) null))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("options");
      guard.assertThatThrownBy(() -> sf.leads().get(LEAD_ID, List.of("Name"), null))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("options");
      guard.assertThatThrownBy(() -> sf.leads().update(LEAD_ID, LeadPatch.builder().rating("Hot").build(), null))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("options");
      guard.assertThatThrownBy(() -> sf.leads().delete(LEAD_ID, null))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("options");
      guard.assertThatThrownBy(() -> sf.leads().get(LEAD_ID, List.of(), RequestOptions.none()))
          .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("at least one field");
      assertThat(server.requestCount()).isZero();
    }
  }
}
