package dev.salescloud.benchmarks;

import dev.salescloud.auth.StaticCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.client.transport.Transport;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.sales.Lead;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
 * A million leads streamed through {@code nextRecordsUrl} paging, 2,000 a page, in a JVM limited
 * to a 64 MB heap: the records alone would need several times that, so the benchmark only
 * completes because the query holds one page at a time (DESIGN §9, constant memory). The pages come
 * from a transport that writes them on the fly, so only the client is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class QueryStreamingBenchmark {
  static final int TOTAL = 1_000_000;
  static final int PAGE = 2_000;

  private SalesCloudClient client;

  /** A client whose transport answers every query page from a counter. */
  @Setup(Level.Trial)
  public void start() {
    Transport pages = request -> {
      String path = request.uri().getRawPath();
      int offset = path.contains("/query/") ? Integer.parseInt(path.substring(path.lastIndexOf('-') + 1)) : 0;
      return HttpResponse.of(200, Map.of("Content-Type", List.of("application/json")), page(offset));
    };
    client = SalesCloudClient.builder()
        .credentials(StaticCredentials.of("00D000000000001!stream", URI.create("https://stream.my.salesforce.com")))
        .transport(pages)
        .build();
  }

  /** Closes the client. */
  @TearDown(Level.Trial)
  public void stop() {
    client.close();
  }

  /**
   * Reads every lead of the query as a typed record and counts them.
   *
   * @return the number of leads read, a million
   */
  @Benchmark
  public long streamAMillionLeads() {
    long count = client.query("SELECT Id, LastName, Company FROM Lead", Lead.class).stream().count();
    if (count != TOTAL) {
      throw new IllegalStateException("read " + count + " leads, not " + TOTAL);
    }
    return count;
  }

  private static byte[] page(int offset) {
    int end = Math.min(offset + PAGE, TOTAL);
    StringBuilder json = new StringBuilder("{\"totalSize\":").append(TOTAL).append(",\"done\":").append(end == TOTAL);
    if (end < TOTAL) {
      json.append(",\"nextRecordsUrl\":\"/services/data/v66.0/query/01gD0000000STREAM-").append(end).append('"');
    }
    json.append(",\"records\":[");
    for (int i = offset; i < end; i++) {
      String id = SalesforceId.of("00QD" + String.format("%011d", i)).value();
      json.append(i == offset ? "" : ",")
          .append("{\"attributes\":{\"type\":\"Lead\",\"url\":\"/services/data/v66.0/sobjects/Lead/").append(id)
          .append("\"},\"Id\":\"").append(id).append("\",\"LastName\":\"Lead ").append(i)
          .append("\",\"Company\":\"Company ").append(i % 977).append("\"}");
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
