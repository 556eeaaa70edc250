package dev.salescloud.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 and an ephemeral port that answers with queued or computed
 * responses and records every request it saw. For tests only.
 */
final class LoopbackServer implements AutoCloseable {
  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** A canned answer. */
  record Answer(int status, Map<String, String> headers, String body, Duration delay) {
    static Answer json(int status, String body) {
      return new Answer(status, Map.of("Content-Type", "application/json;charset=UTF-8"), body, Duration.ZERO);
    }

    Answer withHeader(String name, String value) {
      Map<String, String> copy = new TreeMap<>(headers);
      copy.put(name, value);
      return new Answer(status, copy, body, delay);
    }

    Answer delayed(Duration by) {
      return new Answer(status, headers, body, by);
    }
  }

  /** What the server saw. */
  record Recorded(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final BlockingQueue<Answer> queue = new LinkedBlockingQueue<>();
  private final BlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
  private final AtomicInteger count = new AtomicInteger();
  private volatile Function<Recorded, Answer> dispatcher;

  LoopbackServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  LoopbackServer enqueue(int status, String jsonBody) {
    queue.add(Answer.json(status, jsonBody));
    return this;
  }

  LoopbackServer enqueue(Answer answer) {
    queue.add(answer);
    return this;
  }

  /** Answers every request with a function of it, instead of the queue. */
  LoopbackServer dispatch(Function<Recorded, Answer> dispatcher) {
    this.dispatcher = dispatcher;
    return this;
  }

  Recorded takeRequest() {
    try {
      Recorded r = requests.poll(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("No request arrived within 5 s");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  List<Recorded> takeAll() {
    List<Recorded> all = new ArrayList<>();
    requests.drainTo(all);
    return all;
  }

  int requestCount() {
    return count.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach(headers::put);
      Recorded recorded =
          new Recorded(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              headers,
              body);
      count.incrementAndGet();
      requests.add(recorded);
      Function<Recorded, Answer> d = dispatcher;
      Answer answer = d != null ? d.apply(recorded) : queue.poll();
      if (answer == null) {
        answer = Answer.json(500, "[{\"errorCode\":\"TEST_SERVER\",\"message\":\"nothing queued\"}]");
      }
      if (!answer.delay().isZero()) {
        Thread.sleep(answer.delay().toMillis());
      }
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
