package dev.salescloud.testkit.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.FakeSalesCloud;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake org behind a real HTTP server on 127.0.0.1 and a free port: each exchange is handed to
 * the org's router. It counts token requests, so tests can see single-flight refresh.
 */
final class LoopbackOrg implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final FakeSalesCloud org;

  LoopbackOrg(FakeSalesCloud org) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.org = org;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::exchange);
    server.setExecutor(executor);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  int tokenRequests() {
    return tokenRequests.get();
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      String host = exchange.getRequestHeaders().getFirst("Host");
      URI uri = URI.create("http://" + host + exchange.getRequestURI().toString());
      if (uri.getPath().equals("/services/oauth2/token")) {
        tokenRequests.incrementAndGet();
      }
      HttpRequest.Builder request = HttpRequest.builder(exchange.getRequestMethod(), uri);
      exchange.getRequestHeaders().forEach((name, values) -> request.header(name, values.get(0)));
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (body.length > 0) {
        request.body(body);
      }
      HttpResponse response = org.router().handle(request.build());
      for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
        exchange.getResponseHeaders().put(header.getKey(), header.getValue());
      }
      byte[] out = response.body();
      exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream stream = exchange.getResponseBody()) {
          stream.write(out);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
