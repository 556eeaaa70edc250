package dev.salescloud.client.transport;

import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.TransportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.zip.GZIPInputStream;

/**
 * The default {@link Transport}, on the JDK's {@link HttpClient}: HTTP/2 where the server offers
 * it, pooled connections, gzip-compressed responses. Thread-safe.
 *
 * <pre>{@code
 * Transport transport = JdkTransport.create();                       // owns its HttpClient
 * Transport shared = JdkTransport.using(myHttpClient);                // shares yours
 * }</pre>
 */
public final class JdkTransport implements Transport {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http;

  private JdkTransport(HttpClient http) {
    this.http = http;
  }

  /**
   * A transport with its own {@link HttpClient} (HTTP/2, 10 s connect timeout, no redirects).
   *
   * @return the transport
   */
  public static JdkTransport create() {
    return new JdkTransport(defaults().build());
  }

  /**
   * Like {@link #create()}, running the HTTP client's asynchronous work on your executor.
   *
   * @param executor the executor; it stays yours to shut down
   * @return the transport
   */
  public static JdkTransport create(Executor executor) {
    return new JdkTransport(
        defaults().executor(InvalidArgumentException.requireNonNull(executor, "executor")).build());
  }

  private static HttpClient.Builder defaults() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_2)
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER);
  }

  /**
   * A transport over an {@link HttpClient} you configured (proxy, SSL context, executor).
   *
   * @param http the client; it stays yours to manage
   * @return the transport
   */
  public static JdkTransport using(HttpClient http) {
    return new JdkTransport(InvalidArgumentException.requireNonNull(http, "httpClient"));
  }

  /** Sends the request, asking for gzip and decompressing what comes back. */
  @Override
  public HttpResponse send(HttpRequest request) {
    java.net.http.HttpRequest.Builder builder =
        java.net.http.HttpRequest.newBuilder(request.uri())
            .method(
                request.method(),
                request
                    .body()
                    .map(java.net.http.HttpRequest.BodyPublishers::ofByteArray)
                    .orElse(java.net.http.HttpRequest.BodyPublishers.noBody()));
    request.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
    if (request.header("Accept-Encoding").isEmpty()) {
      builder.header("Accept-Encoding", "gzip");
    }
    request.timeout().ifPresent(builder::timeout);
    java.net.http.HttpResponse<byte[]> response;
    try {
      response = http.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new TransportException(
          request + " could not connect: " + e.getMessage(), false, -1, e);
    } catch (HttpTimeoutException e) {
      throw new TransportException(
          request + " timed out after " + request.timeout().map(Duration::toString).orElse("?")
              + " (the request may have been executed)", true, -1, e);
    } catch (IOException e) {
      throw new TransportException(
          request + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), true, -1, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(request + " was interrupted", true, -1, e);
    }
    Map<String, List<String>> headers = response.headers().map();
    byte[] body = response.body() == null ? new byte[0] : response.body();
    boolean gzipped =
        response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
    if (gzipped && body.length > 0) {
      body = gunzip(request, response.statusCode(), body);
    }
    return HttpResponse.of(response.statusCode(), headers, body);
  }

  private static byte[] gunzip(HttpRequest request, int status, byte[] body) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new TransportException(
          request + " answered " + status + " with a corrupt gzip body", true, status, e);
    }
  }
}
