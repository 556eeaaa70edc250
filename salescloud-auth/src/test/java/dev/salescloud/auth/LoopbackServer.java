package dev.salescloud.auth;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A JDK HTTP server on 127.0.0.1 and a free port that answers with a function and records requests. */
public final class LoopbackServer implements AutoCloseable {
  /** A recorded request. */
  public record Request(String method, String path, String contentType, String authorization, String body) {
    /** The body read as a form. */
    public Map<String, String> form() {
      Map<String, String> form = new LinkedHashMap<>();
      if (body.isEmpty()) {
        return form;
      }
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
      return form;
    }
  }

  /** An answer. */
  public record Response(int status, String contentType, String body) {
    /** A JSON answer. */
    public static Response json(int status, String body) {
      return new Response(status, "application/json;charset=UTF-8", body);
    }
  }

  private final HttpServer server;
  private final java.util.concurrent.ExecutorService executor =
      java.util.concurrent.Executors.newCachedThreadPool();
  private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
  private final AtomicInteger count = new AtomicInteger();
  private volatile Function<Request, Response> handler = r -> Response.json(500, "{}");

  private LoopbackServer() throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        Request request = new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
            String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
            new String(in.readAllBytes(), StandardCharsets.UTF_8));
        requests.add(request);
        count.incrementAndGet();
        Response response = handler.apply(request);
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        if (response.contentType() != null) {
          exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      } catch (RuntimeException e) {
        exchange.sendResponseHeaders(599, -1);
        exchange.close();
      }
    });
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a server. */
  public static LoopbackServer start() {
    try {
      return new LoopbackServer();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Answers every request with this function. */
  public LoopbackServer answer(Function<Request, Response> handler) {
    this.handler = handler;
    return this;
  }

  /** Answers every request with this JSON. */
  public LoopbackServer answerJson(int status, String body) {
    return answer(r -> Response.json(status, body));
  }

  /** The base URL, http://127.0.0.1:port. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The login host at this server. */
  public LoginHost loginHost() {
    return LoginHost.of(baseUri());
  }

  /** The next recorded request. */
  public Request takeRequest() throws InterruptedException {
    Request request = requests.poll(10, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request arrived");
    }
    return request;
  }

  /** How many requests arrived. */
  public int requestCount() {
    return count.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
