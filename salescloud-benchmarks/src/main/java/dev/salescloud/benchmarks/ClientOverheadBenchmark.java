package dev.salescloud.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.json.SalesCloudJackson;
import dev.salescloud.model.sales.Lead;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's cost per call next to the least a Java program can do: the same GET of a Lead from
 * the same loopback server, once through {@code sf.leads().get(id)} (token, retries, limits,
 * logging, error mapping, a typed record) and once through a hand-written {@code HttpClient} call
 * read into a Jackson tree. The target (DESIGN §9) is within 10% of the hand-written call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClientOverheadBenchmark {
  private static final String TOKEN = "00D000000000001!benchmark-token";
  private static final SalesforceId ID = SalesforceId.of("00QD000000IqhSL");
  private static final byte[] BODY = ("{\"attributes\":{\"type\":\"Lead\",\"url\":\"/services/data/v66.0/sobjects/Lead/"
      + ID.value() + "\"},\"Id\":\"" + ID.value() + "\",\"IsDeleted\":false,\"LastName\":\"Ng\",\"FirstName\":\"Ada\","
      + "\"Name\":\"Ada Ng\",\"Company\":\"Acme\",\"Status\":\"Open - Not Contacted\",\"Email\":\"ada@acme.example\","
      + "\"AnnualRevenue\":1250000.0,\"NumberOfEmployees\":120,\"CreatedDate\":\"2026-11-24T09:00:00.000+0000\","
      + "\"LastModifiedDate\":\"2026-11-24T09:00:00.000+0000\",\"SystemModstamp\":\"2026-11-24T09:00:00.000+0000\"}")
      .getBytes(StandardCharsets.UTF_8);

  private HttpServer server;
  private SalesCloudClient client;
  private HttpClient http;
  private ObjectMapper mapper;
  private ObjectMapper typedMapper;
  private HttpRequest request;

  /** Starts the loopback server, the client and the hand-written call's pieces. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
      exchange.getResponseHeaders().add("Sforce-Limit-Info", "api-usage=1/15000");
      exchange.sendResponseHeaders(200, BODY.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(BODY);
      }
    });
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    client = SalesCloudClient.builder().credentials(StaticCredentials.of(TOKEN, base)).build();
    http = HttpClient.newHttpClient();
    mapper = new ObjectMapper();
    typedMapper = SalesCloudJackson.newObjectMapper();
    request = HttpRequest.newBuilder(base.resolve("/services/data/v66.0/sobjects/Lead/" + ID.value()))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  /** Stops the server and the client. */
  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    server.stop(0);
  }

  /**
   * The SDK's call.
   *
   * @return the typed lead
   */
  @Benchmark
  public Lead client() {
    return client.leads().get(ID);
  }

  /**
   * The hand-written call.
   *
   * @return the lead as a JSON tree
   * @throws Exception if the exchange fails
   */
  @Benchmark
  public JsonNode handWritten() throws Exception {
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("status " + response.statusCode());
    }
    return mapper.readTree(response.body());
  }

  /**
   * The hand-written call reading the same typed record as the SDK, so the difference to {@link
   * #client()} is the SDK's own pipeline: token, headers, retries, limits, logging, error mapping.
   *
   * @return the typed lead
   * @throws Exception if the exchange fails
   */
  @Benchmark
  public Lead handWrittenTyped() throws Exception {
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("status " + response.statusCode());
    }
    return typedMapper.readValue(response.body(), Lead.class);
  }
}
