package dev.salescloud.testkit.emulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.client.transport.Transport;
import dev.salescloud.model.error.TransportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns each HTTP exchange into an {@link HttpRequest} for the org, and the org's
 * {@link HttpResponse} back into bytes on the wire.
 *
 * <ul>
 *   <li>Every header, the query string and the body reach the org; the path is read from the raw
 *       request target ({@link RequestTarget}).
 *   <li>A body over the limit is refused before it is read, as Salesforce refuses it.
 *   <li>A failure of the org's handler is answered 500 {@code UNKNOWN_EXCEPTION} with an error id;
 *       the failure itself goes to the log, never to the client.
 *   <li>A {@link TransportException} from the handler drops the connection without an answer, the
 *       way a broken network would.
 *   <li>{@code HEAD} is answered like {@code GET}, without the body.
 * </ul>
 */
final class ExchangeHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(Emulator.class.getName());
  private static final AtomicLong ERROR_IDS = new AtomicLong(ThreadLocalRandom.current().nextInt(1 << 30));

  private final Transport org;
  private final int maxBodyBytes;
  private final String defaultAuthority;

  ExchangeHandler(Transport org, int maxBodyBytes, String defaultAuthority) {
    this.org = org;
    this.maxBodyBytes = maxBodyBytes;
    this.defaultAuthority = defaultAuthority;
  }

  /** Answers one exchange and closes it; never throws. */
  @Override
  public void handle(HttpExchange exchange) {
    try {
      Optional<HttpResponse> response = answer(exchange);
      if (response.isPresent()) {
        write(exchange, response.get());
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "The client went away", e);
    } finally {
      exchange.close();
    }
  }

  /** The answer to send, or empty when the connection is to be dropped without one. */
  private Optional<HttpResponse> answer(HttpExchange exchange) throws IOException {
    RequestTarget target = RequestTarget.of(exchange.getRequestURI());
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    Optional<byte[]> body = body(exchange);
    if (body.isEmpty()) {
      return Optional.of(ErrorResponses.bodyTooLarge(maxBodyBytes));
    }
    try {
      return Optional.of(org.send(request(exchange, target, method, body.get())));
    } catch (TransportException e) {
      LOG.log(Level.DEBUG, () -> "Dropping the connection of " + method + " " + target.path());
      return Optional.empty();
    } catch (RuntimeException e) {
      String errorId = errorId();
      LOG.log(
          Level.WARNING,
          () -> "Answered 500 UNKNOWN_EXCEPTION (ErrorId " + errorId + ") to " + method + " "
              + target.path() + ": " + e.getClass().getName());
      LOG.log(Level.DEBUG, "ErrorId " + errorId, e);
      return Optional.of(ErrorResponses.unexpected(errorId));
    }
  }

  /** An id in the shape of Salesforce's, e.g. {@code 1385712734-12345 (-1138567129)}. */
  private static String errorId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return ERROR_IDS.incrementAndGet() + "-" + random.nextInt(10_000, 100_000) + " ("
        + random.nextInt() + ")";
  }

  /**
   * The request body, or empty when it is over the limit. An oversized body is read to its end
   * and thrown away, so that the client, still sending it, gets the answer rather than a reset
   * connection, and the connection stays usable.
   */
  private Optional<byte[]> body(HttpExchange exchange) throws IOException {
    boolean declaredTooLarge = false;
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        declaredTooLarge = Long.parseLong(declared.trim()) > maxBodyBytes;
      } catch (NumberFormatException e) {
        // The JDK server has already refused a malformed length; read what comes.
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    boolean tooLarge = declaredTooLarge;
    try (InputStream in = exchange.getRequestBody()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        tooLarge = tooLarge || out.size() + n > maxBodyBytes;
        if (!tooLarge) {
          out.write(buffer, 0, n);
        }
      }
    }
    return tooLarge ? Optional.empty() : Optional.of(out.toByteArray());
  }

  private HttpRequest request(
      HttpExchange exchange, RequestTarget target, String method, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.builder(method.equals("HEAD") ? "GET" : method, uri(exchange, target));
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!header.getValue().isEmpty()) {
        request.header(header.getKey(), String.join(", ", header.getValue()));
      }
    }
    if (body.length > 0) {
      request.body(body);
    }
    return request.build();
  }

  /** The absolute URI on the host the client asked for, so answers can name it. */
  private URI uri(HttpExchange exchange, RequestTarget target) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host != null && isAuthority(host.trim())) {
      return target.on(host.trim());
    }
    return target.on(defaultAuthority);
  }

  private static boolean isAuthority(String host) {
    try {
      URI probe = new URI("http://" + host + "/");
      return probe.getHost() != null && probe.getRawUserInfo() == null
          && "/".equals(probe.getRawPath()) && probe.getRawQuery() == null
          && probe.getRawFragment() == null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static void write(HttpExchange exchange, HttpResponse response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
      String name = header.getKey();
      if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
        headers.put(name, new ArrayList<>(header.getValue()));
      }
    }
    byte[] body = response.body();
    int status = response.status();
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    boolean bodiless = status == 204 || status == 304 || status < 200;
    if (head && !bodiless) {
      headers.set("Content-Length", Integer.toString(body.length));
    }
    if (head || bodiless || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
