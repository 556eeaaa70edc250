package dev.salescloud.client.transport;

import dev.salescloud.model.error.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP response as a {@link Transport} returns it: status, headers (case-insensitive names)
 * and the body, already decompressed. Immutable.
 */
public final class HttpResponse {
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private HttpResponse(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body;
  }

  /**
   * A response.
   *
   * @param status the HTTP status, 100 to 599
   * @param headers the headers
   * @param body the body bytes, empty for none
   * @return the response
   */
  public static HttpResponse of(int status, Map<String, List<String>> headers, byte[] body) {
    if (status < 100 || status > 599) {
      throw new InvalidArgumentException("status", "Not an HTTP status: " + status);
    }
    InvalidArgumentException.requireNonNull(headers, "headers");
    InvalidArgumentException.requireNonNull(body, "body");
    return new HttpResponse(status, headers, Arrays.copyOf(body, body.length));
  }

  /**
   * A response with a UTF-8 text body and no headers but {@code Content-Type}.
   *
   * @param status the HTTP status
   * @param contentType the content type, e.g. {@code application/json;charset=UTF-8}
   * @param body the text
   * @return the response
   */
  public static HttpResponse of(int status, String contentType, String body) {
    return of(status, Map.of("Content-Type", List.of(contentType)), body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The HTTP status.
   *
   * @return for example {@code 201}
   */
  public int status() {
    return status;
  }

  /**
   * Whether the status is 2xx.
   *
   * @return {@code true} on success
   */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /**
   * The headers.
   *
   * @return an unmodifiable map with case-insensitive names
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * A header's first value.
   *
   * @param name the name, any case
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The body.
   *
   * @return a copy of the bytes; empty when there is no body
   */
  public byte[] body() {
    return Arrays.copyOf(body, body.length);
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text; empty when there is no body
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Shows the status and body size, never the body. */
  @Override
  public String toString() {
    return "HttpResponse{" + status + ", " + body.length + " bytes}";
  }
}
