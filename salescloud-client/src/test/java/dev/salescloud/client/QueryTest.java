package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.client.soql.SearchGroup;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlSyntaxException;
import dev.salescloud.client.soql.Sosl;
import dev.salescloud.model.SObject;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.query.AggregateResult;
import dev.salescloud.model.query.QueryResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueryTest {
  final LoopbackServer server = new LoopbackServer();
  final SalesCloudClient sf =
      SalesCloudClient.builder()
          .credentials(StaticCredentials.of("token-1", server.baseUri()))
          .retryPolicy(RetryPolicy.none())
          .build();

  @AfterEach
  void stop() {
    sf.close();
    server.close();
  }

  static String page(int from, int count, int total, String next) {
    StringBuilder records = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      if (records.length() > 0) {
        records.append(',');
      }
      records.append("{\"attributes\":{\"type\":\"Lead\"},\"LastName\":\"L").append(i).append("\"}");
    }
    return "{\"totalSize\":" + total + ",\"done\":" + (next == null) + ","
        + (next == null ? "" : "\"nextRecordsUrl\":\"" + next + "\",")
        + "\"records\":[" + records + "]}";
  }

  static String soqlOf(Recorded request) {
    return URLDecoder.decode(request.rawQuery().substring(2), StandardCharsets.UTF_8);
  }

  @Nested
  class Paging {
    @Test
    void sendsNothingUntilIterated() {
      Query<Lead> leads = sf.query(Soql.select("LastName").from("Lead"), Lead.class);

      assertThat(leads.soql().object()).isEqualTo("Lead");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void followsNextRecordsUrlOnePageAtATime() {
      server.enqueue(200, page(0, 3, 7, "/services/data/v66.0/query/01gRO0000016PIAYA2-3"));
      server.enqueue(200, page(3, 3, 7, "/services/data/v66.0/query/01gRO0000016PIAYA2-6"));
      server.enqueue(200, page(6, 1, 7, null));

      Iterator<Lead> leads = sf.query(Soql.select("LastName").from("Lead"), Lead.class).iterator();

      assertThat(leads.next().lastName()).contains("L0");
      assertThat(server.requestCount()).isEqualTo(1);
      for (int i = 1; i < 4; i++) {
        leads.next();
      }
      assertThat(server.requestCount()).isEqualTo(2);
      while (leads.hasNext()) {
        leads.next();
      }
      List<Recorded> requests = server.takeAll();
      assertThat(requests).extracting(Recorded::path)
          .containsExactly(
              "/services/data/v66.0/query",
              "/services/data/v66.0/query/01gRO0000016PIAYA2-3",
              "/services/data/v66.0/query/01gRO0000016PIAYA2-6");
      assertThat(soqlOf(requests.get(0))).isEqualTo("SELECT LastName FROM Lead");
    }

    @Test
    void streamsLazilyAndStopsFetchingWhenTheStreamStops() {
      server.enqueue(200, page(0, 3, 9, "/services/data/v66.0/query/01g-3"));
      server.enqueue(200, page(3, 3, 9, "/services/data/v66.0/query/01g-6"));

      List<String> firstFour =
          sf.query(Soql.select("LastName").from("Lead"), Lead.class).stream()
              .limit(4).map(l -> l.lastName().orElseThrow()).toList();

      assertThat(firstFour).containsExactly("L0", "L1", "L2", "L3");
      assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void readsAHundredThousandRecordsHoldingOnePageAtATime() {
      int pageSize = 2000;
      int pageCount = 50;
      server.dispatch(r -> {
        int index = r.path().endsWith("/query") ? 0 : Integer.parseInt(r.path().substring(r.path().lastIndexOf('-') + 1));
        String next = index + 1 < pageCount ? "/services/data/v66.0/query/01gBIG-" + (index + 1) : null;
        return Answer.json(200, page(index * pageSize, pageSize, pageSize * pageCount, next));
      });

      long seen = 0;
      for (Lead lead : sf.query(Soql.select("LastName").from("Lead"), Lead.class)) {
        seen++;
        assertThat(server.requestCount()).isLessThanOrEqualTo((int) ((seen - 1) / pageSize) + 1);
        if (seen == 1) {
          assertThat(lead.lastName()).contains("L0");
        }
      }

      assertThat(seen).isEqualTo(100_000);
      assertThat(server.requestCount()).isEqualTo(pageCount);
    }

    @Test
    void asksForAPageSizeWithTheQueryOptionsHeader() {
      server.enqueue(200, page(0, 1, 1, null));

      sf.query(Soql.select("LastName").from("Lead"), Lead.class).batchSize(500).toList();

      assertThat(server.takeRequest().header("Sforce-Query-Options")).isEqualTo("batchSize=500");
    }

    @Test
    void refusesPageSizesSalesforceDoesNotAccept() {
      Query<Lead> leads = sf.query(Soql.select("LastName").from("Lead"), Lead.class);

      assertThatThrownBy(() -> leads.batchSize(100))
          .hasMessageContaining("between 200 and 2000");
    }

    @Test
    void refusesAQueryMatchingMoreThanMaxRecordsBeforeReadingOn() {
      server.enqueue(200, page(0, 3, 12000, "/services/data/v66.0/query/01g-3"));

      assertThatThrownBy(
              () -> sf.query(Soql.select("LastName").from("Lead"), Lead.class).maxRecords(10_000).toList())
          .isInstanceOfSatisfying(
              QueryTooLargeException.class,
              e -> {
                assertThat(e.matched()).isEqualTo(12000);
                assertThat(e.getMessage()).contains("maxRecords (10000)");
              });
      assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void queryAllUsesTheQueryAllResource() {
      server.enqueue(200, page(0, 1, 1, null));

      sf.queryAll(Soql.select("LastName").from("Lead"), Lead.class).toList();

      assertThat(server.takeRequest().path()).isEqualTo("/services/data/v66.0/queryAll");
    }

    @Test
    void anErrorDuringIterationIsTheTypedException() {
      server.enqueue(200, page(0, 1, 2, "/services/data/v66.0/query/01g-1"));
      server.enqueue(400, "[{\"errorCode\":\"INVALID_QUERY_LOCATOR\",\"message\":\"invalid query locator\"}]");

      Iterator<Lead> leads = sf.query(Soql.select("LastName").from("Lead"), Lead.class).iterator();
      leads.next();

      assertThatThrownBy(leads::next)
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.hasErrorCode("INVALID_QUERY_LOCATOR")).isTrue());
    }
  }

  @Nested
  class Shapes {
    @Test
    void firstAsksForOneRecord() {
      server.enqueue(200, page(0, 1, 1, null));

      assertThat(sf.query(Soql.select("LastName").from("Lead"), Lead.class).first())
          .hasValueSatisfying(l -> assertThat(l.lastName()).contains("L0"));
      assertThat(soqlOf(server.takeRequest())).isEqualTo("SELECT LastName FROM Lead LIMIT 1");
    }

    @Test
    void countAsksSalesforceToCountWithTheSameFilter() {
      server.enqueue(200, "{\"totalSize\":42,\"done\":true,\"records\":[]}");

      long count =
          sf.query(Soql.select("LastName").from("Lead").where(Soql.field("Status").eq("Open"))
                  .orderBy("LastName").limit(5), Lead.class)
              .count();

      assertThat(count).isEqualTo(42);
      assertThat(soqlOf(server.takeRequest()))
          .isEqualTo("SELECT COUNT() FROM Lead WHERE Status = 'Open'");
    }

    @Test
    void mapsParentAndChildRelationshipsIntoTypedRecords() {
      server.enqueue(
          200,
          """
          {"totalSize":1,"done":true,"records":[{"attributes":{"type":"Account"},"Name":"Acme",
            "Owner":{"attributes":{"type":"User"},"Name":"Sam"},
            "Contacts":{"totalSize":2,"done":true,"records":[
              {"attributes":{"type":"Contact"},"LastName":"Ng"},
              {"attributes":{"type":"Contact"},"LastName":"Ode"}]}}]}
          """);

      Account acme =
          sf.query(Soql.select("Name", "Owner.Name", Soql.subquery(Soql.select("LastName").from("Contacts")))
                  .from("Account"), Account.class)
              .first().orElseThrow();

      assertThat(acme.owner().flatMap(u -> u.name())).contains("Sam");
      assertThat(acme.contacts().map(QueryResult::records).orElseThrow())
          .extracting(c -> c.lastName().orElseThrow()).containsExactly("Ng", "Ode");
    }

    @Test
    void readsAggregateRows() {
      server.enqueue(
          200,
          """
          {"totalSize":2,"done":true,"records":[
            {"attributes":{"type":"AggregateResult"},"StageName":"Prospecting","expr0":300.50},
            {"attributes":{"type":"AggregateResult"},"StageName":"Closed Won","expr0":1200}]}
          """);

      List<AggregateResult> rows =
          sf.query(Soql.select("StageName", Soql.sum("Amount")).from("Opportunity").groupBy("StageName"),
                  AggregateResult.class)
              .toList();

      assertThat(rows.get(0).expr(0, BigDecimal.class)).contains(new BigDecimal("300.50"));
    }

    @Test
    void parsesRawSoqlBeforeSendingAndRefusesMalformedQueries() {
      assertThatThrownBy(() -> sf.query("SELECT Id FORM Lead", Lead.class))
          .isInstanceOfSatisfying(SoqlSyntaxException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY");
            assertThat(e.column()).isEqualTo(11);
          });
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesATypeThatDoesNotFitTheQueryWithoutSendingAnything() {
      assertThatThrownBy(() -> sf.query(Soql.select("Id").from("Account"), Lead.class))
          .hasMessageContaining("Account records, which cannot be read as Lead");
      assertThatThrownBy(
              () -> sf.query(Soql.select("StageName", Soql.sum("Amount")).from("Opportunity")
                  .groupBy("StageName"), Lead.class))
          .hasMessageContaining("read it as AggregateResult.class");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    void aHostileValueStaysOneLiteral() {
      server.enqueue(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}");
      String hostile = "x' OR Name != '";

      sf.query(Soql.select("Id").from("Lead").where(Soql.field("LastName").eq(hostile)), SObject.class).toList();

      assertThat(soqlOf(server.takeRequest()))
          .isEqualTo("SELECT Id FROM Lead WHERE LastName = 'x\\' OR Name != \\''");
    }
  }

  @Nested
  class Searching {
    @Test
    void searchesWithEscapedTermsAndTypesTheResultsPerObject() {
      server.enqueue(
          200,
          """
          {"searchRecords":[
            {"attributes":{"type":"Lead","url":"/x"},"Id":"00Q5f00000AbcdeEAB","Name":"Ada Ng"},
            {"attributes":{"type":"Contact","url":"/y"},"Id":"0035f00000Xyz12AAB","Name":"Ada Ode"}]}
          """);

      SearchResults found =
          sf.search(
              Sosl.find("ada+ng@acme.example").in(SearchGroup.EMAIL_FIELDS)
                  .returning(Lead.class, "Id", "Name")
                  .returning(Sosl.returning("Contact", "Id", "Name")));

      Recorded request = server.takeRequest();
      assertThat(request.path()).isEqualTo("/services/data/v66.0/search");
      assertThat(URLDecoder.decode(request.rawQuery().substring(2), StandardCharsets.UTF_8))
          .startsWith("FIND {ada\\+ng@acme.example} IN EMAIL FIELDS RETURNING Lead(Id, Name)");
      assertThat(found.records(Lead.class)).extracting(l -> l.name().orElseThrow()).containsExactly("Ada Ng");
      assertThat(found.records(Contact.class)).hasSize(1);
    }
  }
}
