package dev.salescloud.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EmulatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String V66 = "/services/data/v66.0";
  private static final String LEAD = "{\"LastName\":\"Ng\",\"Company\":\"Acme\"}";
  private static final String LIMIT_INFO = "api-usage=\\d+/15000";
  private static final String NOT_FOUND =
      "[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]";

  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final String token = org.accessToken();
  private final List<Emulator> started = new ArrayList<>();
  private final Emulator emulator = started(Emulator.start(org));
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void stopEmulators() {
    started.forEach(Emulator::close);
  }

  private Emulator started(Emulator e) {
    started.add(e);
    return e;
  }

  private HttpResponse<String> call(String method, String path, String body) {
    return call(emulator, method, path, body, Map.of("Authorization", "Bearer " + token));
  }

  private HttpResponse<String> call(
      Emulator target, String method, String path, String body, Map<String, String> headers) {
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(URI.create(target.baseUri() + path))
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (body != null && !headers.containsKey("Content-Type")) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    try {
      return http.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static void assertAnswer(HttpResponse<String> response, int status, String body) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(header(response, "Content-Type")).isEqualTo("application/json;charset=UTF-8");
    assertThat(response.body()).isEqualTo(body);
  }

  private String createLead() {
    return json(call("POST", V66 + "/sobjects/Lead", LEAD)).get("id").asText();
  }

  /** Sends bytes as they are and reads until the server closes the connection. */
  private static String raw(Emulator target, String request) {
    try (Socket socket = new Socket("127.0.0.1", target.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String bodyOf(String rawResponse) {
    return rawResponse.substring(rawResponse.indexOf("\r\n\r\n") + 4);
  }

  @Nested
  class Versions {
    @Test
    void listsTheVersionsWithoutATokenAndWithoutCountingTheCall() {
      HttpResponse<String> response =
          call(emulator, "GET", "/services/data/", null, Map.of());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(header(response, "Content-Type")).isEqualTo("application/json;charset=UTF-8");
      assertThat(header(response, "Content-Length"))
          .isEqualTo(Integer.toString(response.body().getBytes(StandardCharsets.UTF_8).length));
      assertThat(header(response, "Sforce-Limit-Info")).isNull();
      assertThat(json(response)).hasSize(38);
      assertThat(json(response).get(35).toString())
          .isEqualTo("{\"label\":\"Spring '26\",\"url\":\"/services/data/v66.0\",\"version\":\"66.0\"}");
      assertThat(org.apiCallsToday()).isZero();
    }
  }

  @Nested
  class Records {
    @Test
    void createAnswers201WithASaveResultAndTheLimitHeader() {
      HttpResponse<String> response = call("POST", V66 + "/sobjects/Lead", LEAD);

      JsonNode body = json(response);
      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(header(response, "Content-Type")).isEqualTo("application/json;charset=UTF-8");
      assertThat(header(response, "Sforce-Limit-Info")).isEqualTo("api-usage=1/15000");
      assertThat(body.size()).isEqualTo(3);
      assertThat(body.get("id").asText()).startsWith("00Q").hasSize(18);
      assertThat(body.get("success").asBoolean()).isTrue();
      assertThat(body.get("errors").isArray()).isTrue();
      assertThat(body.get("errors")).isEmpty();
    }

    @Test
    void retrieveCarriesAttributesWithTheRequestsVersionAndHonoursFields() {
      String id = createLead();

      HttpResponse<String> all = call("GET", V66 + "/sobjects/Lead/" + id, null);
      HttpResponse<String> some =
          call("GET", "/services/data/v62.0/sobjects/Lead/" + id + "?fields=LastName,Company", null);

      assertThat(all.statusCode()).isEqualTo(200);
      assertThat(header(all, "Sforce-Limit-Info")).matches(LIMIT_INFO);
      assertThat(json(all).get("attributes").toString())
          .isEqualTo("{\"type\":\"Lead\",\"url\":\"/services/data/v66.0/sobjects/Lead/" + id + "\"}");
      assertThat(json(all).get("Status").asText()).isEqualTo("Open - Not Contacted");
      assertThat(json(some).get("attributes").get("url").asText())
          .isEqualTo("/services/data/v62.0/sobjects/Lead/" + id);
      List<String> names = new ArrayList<>();
      json(some).fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactly("attributes", "Id", "LastName", "Company");
    }

    @Test
    void updateAndDeleteAnswer204WithNoBodyAndNoLength() {
      String id = createLead();

      HttpResponse<String> updated =
          call("PATCH", V66 + "/sobjects/Lead/" + id, "{\"Company\":\"Globex\"}");
      HttpResponse<String> deleted = call("DELETE", V66 + "/sobjects/Lead/" + id, null);

      assertThat(updated.statusCode()).isEqualTo(204);
      assertThat(updated.body()).isEmpty();
      assertThat(header(updated, "Content-Length")).isNull();
      assertThat(header(updated, "Sforce-Limit-Info")).matches(LIMIT_INFO);
      assertThat(deleted.statusCode()).isEqualTo(204);
      assertThat(deleted.body()).isEmpty();
      assertThat(org.store().rows("Lead", true).get(0).get("Company").asText()).isEqualTo("Globex");
    }

    @Test
    void aRecordThatDoesNotExistIs404NotFound() {
      HttpResponse<String> response =
          call("GET", V66 + "/sobjects/Lead/00Q000000000000AAA", null);

      assertAnswer(response, 404, NOT_FOUND);
    }

    @Test
    void aDeletedRecordIs404EntityIsDeletedOnReadAndOnASecondDelete() {
      String id = createLead();
      call("DELETE", V66 + "/sobjects/Lead/" + id, null);

      HttpResponse<String> read = call("GET", V66 + "/sobjects/Lead/" + id, null);
      HttpResponse<String> again = call("DELETE", V66 + "/sobjects/Lead/" + id, null);

      String deleted = "[{\"message\":\"entity is deleted\",\"errorCode\":\"ENTITY_IS_DELETED\",\"fields\":[]}]";
      assertAnswer(read, 404, deleted);
      assertAnswer(again, 404, deleted);
    }

    @Test
    void aHeadRequestIsAnsweredLikeAGetWithoutTheBody() {
      String id = createLead();
      String length =
          header(call("GET", V66 + "/sobjects/Lead/" + id, null), "Content-Length");

      HttpResponse<String> head = call("HEAD", V66 + "/sobjects/Lead/" + id, null);

      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(header(head, "Content-Type")).isEqualTo("application/json;charset=UTF-8");
      assertThat(header(head, "Content-Length")).isEqualTo(length);
    }
  }

  @Nested
  class Upserts {
    @Test
    void insertsWith201ThenUpdatesWith200AndSaysWhichItDid() {
      org.schema().addField("Account", "Erp__c", FieldType.STRING, FieldOptions.builder().length(10).externalId().build());
      String path = V66 + "/sobjects/Account/Erp__c/E-1";

      HttpResponse<String> created = call("PATCH", path, "{\"Name\":\"A\"}");
      HttpResponse<String> updated = call("PATCH", path, "{\"Name\":\"B\"}");

      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(json(created).get("created").asBoolean()).isTrue();
      assertThat(json(created).get("success").asBoolean()).isTrue();
      assertThat(json(created).get("errors")).isEmpty();
      assertThat(updated.statusCode()).isEqualTo(200);
      assertThat(json(updated).get("created").asBoolean()).isFalse();
      assertThat(json(updated).get("id")).isEqualTo(json(created).get("id"));
      assertThat(header(updated, "Sforce-Limit-Info")).matches(LIMIT_INFO);
    }

    @Test
    void severalMatchesAre300WithTheUrlsOfTheMatches() {
      org.schema().addField("Account", "Erp__c", FieldType.STRING, FieldOptions.builder().length(10).externalId().build());
      String first = json(call("POST", V66 + "/sobjects/Account", "{\"Name\":\"A\",\"Erp__c\":\"E-1\"}")).get("id").asText();
      String second = json(call("POST", V66 + "/sobjects/Account", "{\"Name\":\"B\",\"Erp__c\":\"E-1\"}")).get("id").asText();

      HttpResponse<String> response =
          call("PATCH", V66 + "/sobjects/Account/Erp__c/E-1", "{\"Name\":\"C\"}");

      assertThat(response.statusCode()).isEqualTo(300);
      assertThat(header(response, "Content-Type")).isEqualTo("application/json;charset=UTF-8");
      assertThat(json(response)).extracting(JsonNode::asText)
          .containsExactlyInAnyOrder(
              V66 + "/sobjects/Account/" + first, V66 + "/sobjects/Account/" + second);
    }
  }

  @Nested
  class Queries {
    @Test
    void pagesByTheBatchSizeAskedThroughNextRecordsUrl() {
      for (int i = 0; i < 450; i++) {
        ObjectNode lead = JSON.createObjectNode().put("LastName", "L" + i).put("Company", "Acme");
        org.store().insert("Lead", lead);
      }
      Map<String, String> headers =
          Map.of("Authorization", "Bearer " + token, "Sforce-Query-Options", "batchSize=200");

      HttpResponse<String> first =
          call(emulator, "GET", V66 + "/query?q=SELECT+Id,+LastName+FROM+Lead", null, headers);
      String next = json(first).get("nextRecordsUrl").asText();
      HttpResponse<String> second = call(emulator, "GET", next, null, headers);
      HttpResponse<String> third =
          call(emulator, "GET", json(second).get("nextRecordsUrl").asText(), null, headers);

      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(header(first, "Sforce-Limit-Info")).matches(LIMIT_INFO);
      assertThat(json(first).get("totalSize").asInt()).isEqualTo(450);
      assertThat(json(first).get("done").asBoolean()).isFalse();
      assertThat(json(first).get("records")).hasSize(200);
      assertThat(json(first).get("records").get(0).get("attributes").get("type").asText())
          .isEqualTo("Lead");
      assertThat(next).matches("/services/data/v66\\.0/query/[^/]+-200");
      assertThat(json(second).get("records")).hasSize(200);
      assertThat(json(third).get("records")).hasSize(50);
      assertThat(json(third).get("done").asBoolean()).isTrue();
      assertThat(json(third).has("nextRecordsUrl")).isFalse();
    }

    @Test
    void aMalformedQueryIs400MalformedQueryWithoutFields() {
      HttpResponse<String> response = call("GET", V66 + "/query?q=SELEC+Id", null);

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).get(0).get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
      assertThat(json(response).get(0).has("fields")).isFalse();
    }
  }

  @Nested
  class Sessions {
    private static final String INVALID =
        "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";

    @Test
    void aMissingTokenIs401InvalidSessionId() {
      HttpResponse<String> response =
          call(emulator, "GET", V66 + "/sobjects/Lead/00Q000000000000AAA", null, Map.of());

      assertAnswer(response, 401, INVALID);
    }

    @Test
    void anUnknownOrRevokedTokenIs401InvalidSessionId() {
      String revoked = org.accessToken();
      org.revoke(revoked);

      HttpResponse<String> unknown =
          call(emulator, "GET", V66 + "/query?q=SELECT+Id+FROM+Lead", null,
              Map.of("Authorization", "Bearer 00D5g000000FAKE!nope"));
      HttpResponse<String> ended =
          call(emulator, "GET", V66 + "/query?q=SELECT+Id+FROM+Lead", null,
              Map.of("Authorization", "Bearer " + revoked));

      assertAnswer(unknown, 401, INVALID);
      assertAnswer(ended, 401, INVALID);
    }
  }

  @Nested
  class BadInput {
    @Test
    void malformedJsonIs400JsonParserError() {
      HttpResponse<String> response =
          call("POST", V66 + "/sobjects/Lead", "{\"LastName\":");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).get(0).get("errorCode").asText()).isEqualTo("JSON_PARSER_ERROR");
      assertThat(json(response).get(0).get("message").asText()).isNotBlank();
      assertThat(org.store().count("Lead")).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIs415UnsupportedMediaType() {
      HttpResponse<String> response =
          call(emulator, "POST", V66 + "/sobjects/Lead", "LastName=Ng&Company=Acme",
              Map.of("Authorization", "Bearer " + token,
                  "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"));

      assertAnswer(response, 415,
          "[{\"message\":\"MediaType of 'application/x-www-form-urlencoded' is not supported by "
              + "this resource\",\"errorCode\":\"UNSUPPORTED_MEDIA_TYPE\"}]");
      assertThat(org.store().count("Lead")).isZero();
    }

    @Test
    void anUnknownPathIs404NotFound() {
      HttpResponse<String> outside = call("GET", "/nothing/here", null);
      HttpResponse<String> inside = call("GET", V66 + "/nothing/here", null);

      assertAnswer(outside, 404, NOT_FOUND);
      assertAnswer(inside, 404, NOT_FOUND);
    }

    @Test
    void anUnsupportedMethodIs405NamingTheAllowedOnes() {
      String id = createLead();

      HttpResponse<String> response =
          call("PUT", V66 + "/sobjects/Lead/" + id, "{\"Company\":\"Globex\"}");

      assertAnswer(response, 405,
          "[{\"message\":\"HTTP Method 'PUT' not allowed. Allowed are GET,PATCH,DELETE\","
              + "\"errorCode\":\"METHOD_NOT_ALLOWED\"}]");
    }

    @Test
    void aBodyOverSalesforcesLimitOf50MegabytesIs400JsonParserErrorAndCreatesNothing()
        throws IOException {
      int size = Emulator.MAX_BODY_BYTES + 1;
      String head =
          "POST " + V66 + "/sobjects/Lead HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
              + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
              + size + "\r\n\r\n{\"LastName\":\"";
      String response;
      try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        byte[] filler = "x".repeat(65_536).getBytes(StandardCharsets.US_ASCII);
        for (int left = size - 13; left > 0; left -= filler.length) {
          out.write(filler, 0, Math.min(left, filler.length));
        }
        out.flush();
        response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }

      assertThat(response).startsWith("HTTP/1.1 400 ");
      assertThat(bodyOf(response))
          .isEqualTo("[{\"message\":\"Maximum size of request reached. Maximum size of request is "
              + "52428800 bytes.\",\"errorCode\":\"JSON_PARSER_ERROR\"}]");
      assertThat(org.store().count("Lead")).isZero();
      assertThat(org.apiCallsToday()).isZero();
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
      Emulator small = started(Emulator.builder(org).maxBodyBytes(LEAD.length()).start());

      HttpResponse<String> response =
          call(small, "POST", V66 + "/sobjects/Lead", LEAD, Map.of("Authorization", "Bearer " + token));

      assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aConnectionStaysUsableAfterABodyOverTheLimit() throws Exception {
      Emulator small = started(Emulator.builder(org).maxBodyBytes(10).start());
      Map<String, String> auth = Map.of("Authorization", "Bearer " + token);

      HttpResponse<String> refused = call(small, "POST", V66 + "/sobjects/Lead", LEAD, auth);
      HttpResponse<String> next = call(small, "GET", "/services/data/", null, auth);

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(next.statusCode()).isEqualTo(200);
    }

    @Test
    void aStreamedBodyOverTheLimitIsRefusedWhenItPassesTheLimit() throws Exception {
      Emulator small = started(Emulator.builder(org).maxBodyBytes(1_000).start());
      byte[] body = ("{\"LastName\":\"" + "x".repeat(5_000) + "\"}").getBytes(StandardCharsets.UTF_8);
      java.net.http.HttpRequest request =
          java.net.http.HttpRequest.newBuilder(URI.create(small.baseUri() + V66 + "/sobjects/Lead"))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
              .build();

      HttpResponse<String> response = http.send(request, BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).get(0).get("message").asText())
          .isEqualTo("Maximum size of request reached. Maximum size of request is 1000 bytes.");
      assertThat(org.store().count("Lead")).isZero();
    }

    @Test
    void aFailureOfTheHandlerIs500UnknownExceptionWithoutItsDetails() {
      Emulator failing =
          started(Emulator.builder(request -> {
                throw new IllegalStateException("internal detail 00Q secret");
              }).start());

      HttpResponse<String> response =
          call(failing, "GET", V66 + "/sobjects/Lead", null, Map.of());

      JsonNode error = json(response).get(0);
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(header(response, "Content-Type")).isEqualTo("application/json;charset=UTF-8");
      assertThat(error.get("errorCode").asText()).isEqualTo("UNKNOWN_EXCEPTION");
      assertThat(error.get("message").asText())
          .matches("An unexpected error occurred\\. Please include this ErrorId if you contact "
              + "support: \\d+-\\d{5} \\(-?\\d+\\)");
      assertThat(response.body()).doesNotContain("internal", "IllegalState", "at dev.");
    }

    @Test
    void aTransportExceptionFromTheHandlerDropsTheConnectionWithoutAnAnswer() {
      Emulator dropping =
          started(Emulator.builder(request -> {
                throw new TransportException("dropped", true, -1, null);
              }).start());

      String response = raw(dropping, "GET " + V66 + "/limits HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(response).isEmpty();
      assertThatThrownBy(() -> call(dropping, "GET", V66 + "/limits", null, Map.of()))
          .hasCauseInstanceOf(IOException.class);
    }
  }

  @Nested
  class RequestTargets {
    @Test
    void aDoubleSlashBeforeServicesRoutesLikeASingleOne() {
      String id = createLead();

      String response =
          raw(emulator,
              "GET /" + V66 + "/sobjects/Lead/" + id + "?fields=LastName HTTP/1.1\r\nHost: x\r\n"
                  + "Authorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");

      assertThat(response).startsWith("HTTP/1.1 200 ");
      assertThat(bodyOf(response))
          .isEqualTo("{\"attributes\":{\"type\":\"Lead\",\"url\":\"" + V66 + "/sobjects/Lead/" + id
              + "\"},\"Id\":\"" + id + "\",\"LastName\":\"Ng\"}");
    }

    @Test
    void anAbsoluteTargetRoutesByItsPath() {
      String response =
          raw(emulator,
              "GET http://elsewhere.example/services/data/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

      assertThat(response).startsWith("HTTP/1.1 200 ");
      assertThat(bodyOf(response)).startsWith("[{\"label\":\"Summer '14\"");
    }

    @Test
    void theRouterSeesTheHostTheClientAskedForAndEveryHeader() {
      List<HttpRequest> seen = new ArrayList<>();
      Emulator recording =
          started(Emulator.builder(request -> {
                seen.add(request);
                return dev.salescloud.client.transport.HttpResponse.of(200, "application/json", "{}");
              }).start());

      call(recording, "POST", V66 + "/query?q=SELECT+Id+FROM+Lead", "{\"a\":1}",
          Map.of("Sforce-Query-Options", "batchSize=300", "X-Custom", "v"));

      HttpRequest request = seen.get(0);
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.uri().toString())
          .isEqualTo(recording.baseUri() + V66 + "/query?q=SELECT+Id+FROM+Lead");
      assertThat(request.header("sforce-query-options")).contains("batchSize=300");
      assertThat(request.header("X-Custom")).contains("v");
      assertThat(request.header("Content-Type")).contains("application/json");
      assertThat(request.bodyText()).contains("{\"a\":1}");
    }
  }

  @Nested
  class Concurrency {
    @Test
    void twentyClientsAtOnceAreAllAnswered() throws Exception {
      ExecutorService clients = Executors.newFixedThreadPool(20);
      try {
        List<Callable<List<String>>> work = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
          work.add(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
              HttpResponse<String> created = call("POST", V66 + "/sobjects/Lead", LEAD);
              assertThat(created.statusCode()).isEqualTo(201);
              String id = json(created).get("id").asText();
              assertThat(call("GET", V66 + "/sobjects/Lead/" + id, null).statusCode()).isEqualTo(200);
              ids.add(id);
            }
            return ids;
          });
        }

        Set<String> ids = new HashSet<>();
        for (Future<List<String>> done : clients.invokeAll(work, 60, TimeUnit.SECONDS)) {
          ids.addAll(done.get());
        }

        assertThat(ids).hasSize(100);
        assertThat(org.store().count("Lead")).isEqualTo(100);
        assertThat(org.apiCallsToday()).isEqualTo(200);
      } finally {
        clients.shutdownNow();
      }
    }
  }

  @Nested
  class Lifecycle {
    @Test
    void listensOnLoopbackOnAFreePortWithoutDelayedAcks() {
      assertThat(emulator.port()).isPositive();
      assertThat(emulator.baseUri()).isEqualTo(URI.create("http://127.0.0.1:" + emulator.port()));
      assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
    }

    @Test
    void theSdksOwnHttpTransportWorksAgainstIt() {
      try (SalesCloudClient client =
          SalesCloudClient.builder()
              .credentials(StaticCredentials.of(token, emulator.baseUri()))
              .build()) {

        SalesforceId id = client.leads().create(Lead.builder().lastName("Ng").company("Acme").build());

        assertThat(client.leads().get(id).company()).contains("Acme");
      }
    }

    @Test
    void closeStopsListeningAndMayBeCalledTwice() {
      Emulator second = Emulator.start(org, "127.0.0.1", 0);
      int port = second.port();

      second.close();
      second.close();

      assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
          .isInstanceOf(ConnectException.class);
      assertThat(second.toString()).endsWith(", closed}");
    }

    @Test
    void aTakenPortIsAnUncheckedIoExceptionNamingTheAddress() {
      assertThatThrownBy(() -> Emulator.start(org, "127.0.0.1", emulator.port()))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageStartingWith("Cannot listen on 127.0.0.1:" + emulator.port());
    }

    @Test
    void optionsOutOfRangeAreRefusedBeforeListening() {
      assertThatThrownBy(() -> Emulator.builder(org).port(70_000))
          .isInstanceOf(InvalidArgumentException.class);
      assertThatThrownBy(() -> Emulator.builder(org).threads(0))
          .isInstanceOf(InvalidArgumentException.class);
      assertThatThrownBy(() -> Emulator.builder(org).maxBodyBytes(0))
          .isInstanceOf(InvalidArgumentException.class);
      assertThatThrownBy(() -> Emulator.builder(org).host(" "))
          .isInstanceOf(InvalidArgumentException.class);
      assertThatThrownBy(() -> Emulator.builder((FakeSalesCloud) null))
          .isInstanceOf(InvalidArgumentException.class);
    }
  }

  @Nested
  class PlannedFaults {
    @Test
    void aDroppedConnectionClosesTheSocketWithoutAnAnswerAndTheOrgDoesNothing() {
      org.faults().dropConnection().next(1);

      assertThatThrownBy(() -> http.send(
              java.net.http.HttpRequest.newBuilder(URI.create(emulator.baseUri() + V66 + "/sobjects/Lead"))
                  .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                  .POST(BodyPublishers.ofString(LEAD)).build(),
              BodyHandlers.ofString()))
          .isInstanceOf(IOException.class);
      assertThat(org.store().count("Lead")).isZero();
      assertThat(call("POST", V66 + "/sobjects/Lead", LEAD).statusCode()).isEqualTo(201);
    }

    @Test
    void theClientRetriesAReadAfterADroppedConnectionButNeverReplaysACreate() {
      SalesforceId id = org.client().leads().create(Lead.builder().lastName("Ng").company("Acme").build());
      SalesCloudClient client = SalesCloudClient.builder()
          .credentials(StaticCredentials.of(token, emulator.baseUri()))
          .sleeper(wait -> {})
          .build();

      org.faults().dropConnection().next(1);
      Lead read = client.leads().get(id);
      org.faults().dropConnection().next(1);

      assertThat(read.lastName()).contains("Ng");
      assertThatThrownBy(() -> client.leads().create(Lead.builder().lastName("Ode").company("Acme").build()))
          .isInstanceOf(TransportException.class);
      assertThat(org.store().count("Lead")).isEqualTo(1);
      client.close();
    }
  }
}
