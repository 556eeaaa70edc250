package dev.salescloud.client.transport;

import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as the client hands it to a {@link Transport}: method, absolute URI, headers,
 * an optional body and a timeout. Immutable: {@link #withHeader(String, String)} returns a copy.
 *
 * <p>{@link #toString()} shows the method and the path only: never headers (the {@code
 * Authorization} header holds the token), query strings or bodies.
 */
public final class HttpRequest {
  private final String method;
  private final URI uri;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Duration timeout;
  private final boolean idempotent;

  private HttpRequest(Builder b) {
    this.method = b.method;
    this.uri = b.uri;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    b.headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = b.body;
    this.timeout = b.timeout;
    this.idempotent = b.idempotent == null ? !"POST".equals(method) : b.idempotent;
  }

  /**
   * A builder.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param uri the absolute URI
   * @return a new builder
   */
  public static Builder builder(String method, URI uri) {
    return new Builder(method, uri);
  }

  /**
   * A builder holding this request's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(method, uri);
    headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
    b.body = body;
    b.timeout = timeout;
    b.idempotent = idempotent;
    return b;
  }

  /**
   * A copy with a header set, replacing any earlier values of that header.
   *
   * @param name the header name
   * @param value its value
   * @return the copy
   */
  public HttpRequest withHeader(String name, String value) {
    return toBuilder().header(name, value).build();
  }

  /**
   * The HTTP method.
   *
   * @return for example {@code PATCH}
   */
  public String method() {
    return method;
  }

  /**
   * The absolute URI.
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * The headers, with case-insensitive names.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * A header's first value.
   *
   * @param name the header name, any case
   * @return the value, if set
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The body.
   *
   * @return a copy of the body bytes, if there is a body
   */
  public Optional<byte[]> body() {
    return Optional.ofNullable(body).map(b -> Arrays.copyOf(b, b.length));
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the body text, if there is a body
   */
  public Optional<String> bodyText() {
    return Optional.ofNullable(body).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  /**
   * How long the whole exchange may take.
   *
   * @return the timeout, if set
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Whether sending the request twice has the same effect as sending it once (GET, PATCH, PUT,
   * DELETE, and POSTs that only read, such as a SOQL query by POST). Creates are not, and are
   * never replayed once sent.
   *
   * @return {@code true} if the request may be replayed
   */
  public boolean idempotent() {
    return idempotent;
  }

  /** Shows method and path only; headers, query and body may hold secrets or personal data. */
  @Override
  public String toString() {
    return method + " " + uri.getRawPath();
  }

  /** Builds an {@link HttpRequest}; not thread-safe. */
  public static final class Builder {
    private final String method;
    private final URI uri;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] body;
    private Duration timeout;
    private Boolean idempotent;

    private Builder(String method, URI uri) {
      InvalidArgumentException.requireNonNull(method, "method");
      InvalidArgumentException.requireNonNull(uri, "uri");
      if (!uri.isAbsolute()) {
        throw new InvalidArgumentException("uri", "The request URI must be absolute: " + uri);
      }
      this.method = method.toUpperCase(Locale.ROOT);
      this.uri = uri;
    }

    /**
     * Sets a header, replacing earlier values.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      InvalidArgumentException.requireNonNull(name, "header name");
      InvalidArgumentException.requireNonNull(value, "header " + name);
      headers.put(name, new ArrayList<>(List.of(value)));
      return this;
    }

    /**
     * Sets the body.
     *
     * @param body the bytes
     * @return this builder
     */
    public Builder body(byte[] body) {
      this.body = Arrays.copyOf(InvalidArgumentException.requireNonNull(body, "body"), body.length);
      return this;
    }

    /**
     * Sets the body as UTF-8 text.
     *
     * @param body the text
     * @return this builder
     */
    public Builder body(String body) {
      return body(InvalidArgumentException.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sets the timeout of the whole exchange.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      InvalidArgumentException.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new InvalidArgumentException("timeout", "The timeout must be positive, not " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Declares whether the request may be replayed; by default every method but POST may.
     *
     * @param idempotent {@code true} if sending it twice is harmless
     * @return this builder
     */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public HttpRequest build() {
      return new HttpRequest(this);
    }
  }
}
