package dev.salescloud.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.CredentialsProvider;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.client.retry.Sleeper;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.client.transport.Transport;
import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.AuthenticationException;
import dev.salescloud.model.error.ConflictException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.ServerException;
import dev.salescloud.model.error.TransportException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * Sends one API request the way every sub-client needs it: with the bearer token, a refresh and
 * one replay after {@code 401 INVALID_SESSION_ID}, safe retries with backoff, limit tracking,
 * per-call {@link RequestOptions}, and Salesforce's error array (or single error object) turned
 * into the exception hierarchy. Thread-safe; one per client.
 *
 * <h2>Logging</h2>
 *
 * <p>Each exchange is logged at DEBUG on this class's logger: method, path, status, duration,
 * attempt and Salesforce's request id when it sends one. Never a header (the {@code
 * Authorization} header holds the token), a query string (it may hold personal data) or a body.
 * Bodies are logged only when the client was built with {@link
 * SalesCloudClient.Builder#logBodies(boolean)}, and then with secrets and the configured fields
 * masked.
 *
 * <p>Users do not call it; it is public so that the sub-clients in other packages share it.
 */
public final class ApiExchange {
  private static final Logger LOG = LoggerFactory.getLogger(ApiExchange.class);
  private static final TypeReference<List<ApiError>> ERRORS = new TypeReference<>() {};
  private static final String JSON = "application/json";

  private final Transport transport;
  private final CredentialsProvider credentials;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private final ObjectMapper mapper;
  private final String userAgent;
  private final Duration timeout;
  private final ApiLimits limits;
  private final BodyRedaction bodies;

  ApiExchange(
      Transport transport,
      CredentialsProvider credentials,
      RetryPolicy retryPolicy,
      Sleeper sleeper,
      LongSupplier nanoTime,
      ObjectMapper mapper,
      String userAgent,
      Duration timeout,
      ApiLimits limits,
      BodyRedaction bodies) {
    this.transport = transport;
    this.credentials = credentials;
    this.retryPolicy = retryPolicy;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
    this.mapper = mapper;
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.limits = limits;
    this.bodies = bodies;
    limits.attach(this);
  }

  /**
   * The mapper every sub-client reads and writes JSON with.
   *
   * @return the mapper, set up with the SalesCloudJackson module
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * The sleeper the client waits with, between retries and while polling asynchronous jobs.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The API usage tracker of the client.
   *
   * @return the limits
   */
  public ApiLimits limits() {
    return limits;
  }

  /**
   * The instance URL of the current token.
   *
   * @return for example {@code https://acme.my.salesforce.com}
   */
  public URI instanceUrl() {
    return credentials.token().instanceUrl();
  }

  /**
   * Sends a request built against the instance URL and returns the successful response.
   *
   * @param method the HTTP method
   * @param pathAndQuery the path from the host, e.g. {@code /services/data/v66.0/sobjects/Lead}
   * @param body the JSON body, or {@code null}
   * @param idempotent whether the request may be replayed after an ambiguous failure
   * @return the 2xx response, or a {@code 300} or {@code 304} answer for the caller to read
   * @throws ApiException on an error answer, {@link TransportException} on a failed exchange
   */
  public HttpResponse send(String method, String pathAndQuery, JsonNode body, boolean idempotent) {
    return send(method, pathAndQuery, body, idempotent, RequestOptions.none());
  }

  /**
   * Sends a request with per-call options and returns the successful response.
   *
   * @param method the HTTP method
   * @param pathAndQuery the path from the host, e.g. {@code /services/data/v66.0/sobjects/Lead}
   * @param body the JSON body, or {@code null}
   * @param idempotent whether the request may be replayed after an ambiguous failure
   * @param options the call's timeout and extra headers
   * @return the 2xx response, or a {@code 300} or {@code 304} answer for the caller to read
   * @throws ApiException on an error answer, {@link TransportException} on a failed exchange
   */
  public HttpResponse send(
      String method, String pathAndQuery, JsonNode body, boolean idempotent, RequestOptions options) {
    Payload payload = json(body);
    return exchange(method, pathAndQuery, session -> payload, JSON, idempotent, options, true);
  }

  /**
   * Sends a request whose body is not JSON, such as a Bulk API 2.0 CSV upload, and returns the
   * successful response. Such bodies are never logged: they may hold any record data.
   *
   * @param method the HTTP method
   * @param pathAndQuery the path from the host
   * @param body the body bytes
   * @param contentType the body's media type, e.g. {@code text/csv}
   * @param accept the media type of the answer to ask for, e.g. {@code text/csv}
   * @param idempotent whether the request may be replayed after an ambiguous failure
   * @return the 2xx response
   * @throws ApiException on an error answer, {@link TransportException} on a failed exchange
   */
  public HttpResponse sendBytes(
      String method, String pathAndQuery, byte[] body, String contentType, String accept, boolean idempotent) {
    InvalidArgumentException.requireNonNull(body, "body");
    InvalidArgumentException.requireNonNull(contentType, "contentType");
    Payload payload = new Payload(body, contentType, false);
    return exchange(method, pathAndQuery, session -> payload,
        InvalidArgumentException.requireNonNull(accept, "accept"), idempotent, RequestOptions.none(), true);
  }

  /**
   * Sends a bodiless request asking for an answer that is not JSON, such as a Bulk API 2.0 result
   * CSV.
   *
   * @param method the HTTP method
   * @param pathAndQuery the path from the host
   * @param accept the media type of the answer, e.g. {@code text/csv}
   * @return the 2xx response
   * @throws ApiException on an error answer, {@link TransportException} on a failed exchange
   */
  public HttpResponse sendAccepting(String method, String pathAndQuery, String accept) {
    return exchange(method, pathAndQuery, session -> null,
        InvalidArgumentException.requireNonNull(accept, "accept"), true, RequestOptions.none(), true);
  }

  /**
   * Sends one SOAP API call, such as {@code convertLead}, and returns the answer's envelope. The
   * body goes as {@code text/xml; charset=UTF-8} with {@code SOAPAction: ""}; it is never logged,
   * since its {@code SessionHeader} holds the token. A SOAP fault becomes the exception its {@code
   * faultcode} names, and {@code INVALID_SESSION_ID} gets the same single refresh and replay as a
   * REST 401: the envelope is written again for the new session. Never replayed otherwise.
   *
   * @param pathAndQuery the path from the host, e.g. {@code /services/Soap/u/66.0}
   * @param envelopeForSession writes the request envelope (UTF-8) carrying the given session id
   * @return the answer's envelope, parsed with DTDs and external entities refused
   * @throws ApiException on a SOAP fault, {@link TransportException} on a failed exchange or an
   *     answer that is not a SOAP envelope
   */
  public Document sendSoap(String pathAndQuery, Function<String, byte[]> envelopeForSession) {
    InvalidArgumentException.requireNonNull(envelopeForSession, "envelopeForSession");
    HttpResponse response = exchange("POST", pathAndQuery,
        session -> new Payload(envelopeForSession.apply(session), SoapEnvelopes.CONTENT_TYPE, false),
        SoapEnvelopes.ACCEPT, false, SoapEnvelopes.OPTIONS, true);
    Document answer = SoapEnvelopes.parse(pathAndQuery, response);
    SoapEnvelopes.apiUsage(answer).ifPresent(limits::record);
    return answer;
  }

  /** Sends a request the budget guard does not stop: reading the limits is how one learns they eased. */
  HttpResponse sendUnguarded(String method, String pathAndQuery, RequestOptions options) {
    return exchange(method, pathAndQuery, session -> null, JSON, true, options, false);
  }

  private HttpResponse exchange(
      String method,
      String pathAndQuery,
      Function<String, Payload> bodyForSession,
      String accept,
      boolean idempotent,
      RequestOptions options,
      boolean guarded) {
    InvalidArgumentException.requireNonNull(options, "options");
    if (guarded) {
      limits.checkBudget();
    }
    long started = nanoTime.getAsLong();
    boolean refreshed = false;
    int attempt = 1;
    AccessToken token = credentials.token();
    boolean bodyLogged = false;
    while (true) {
      Payload body = bodyForSession.apply(token.value());
      HttpRequest request = request(token, method, pathAndQuery, body, accept, idempotent, options);
      if (bodies.enabled() && !bodyLogged && body != null && body.json() && LOG.isDebugEnabled()) {
        bodyLogged = true;
        LOG.debug("{} request body: {}", request,
            bodies.render(request.body().orElse(new byte[0]), mapper, token.value()));
      }
      long sent = nanoTime.getAsLong();
      HttpResponse response;
      try {
        response = transport.send(request);
      } catch (TransportException e) {
        LOG.debug("{} -> no response in {} ms{}: {}", request, millisSince(sent), attemptNote(attempt),
            e.getMessage());
        boolean safe = idempotent || !e.requestSent();
        if (!safe || !canRetry(attempt, started)) {
          throw e;
        }
        retryAfterWait(request, attempt, null, e.getMessage());
        attempt++;
        continue;
      }
      limits.record(response);
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "{} -> {} in {} ms{}{}",
            request,
            response.status(),
            millisSince(sent),
            attemptNote(attempt),
            response.header("Sforce-Request-Id").map(id -> " (request id " + id + ")").orElse(""));
        if (bodies.enabled() && accept.equals(JSON)) {
          LOG.debug("{} response body ({}): {}", request, response.status(),
              bodies.render(response.body(), mapper, token.value()));
        }
      }
      if (response.isSuccess() || response.status() == 300 || response.status() == 304) {
        return response;
      }
      ApiException error = toException(request, response, token.value());
      if (error instanceof AuthenticationException
          && error.hasErrorCode("INVALID_SESSION_ID")
          && !refreshed
          && !isNotASessionProblem(error)) {
        refreshed = true;
        LOG.debug("{} answered 401 INVALID_SESSION_ID; refreshing the token once", request);
        token = credentials.refresh(token);
        continue;
      }
      boolean transientError =
          error instanceof ServerException && response.status() != 500 && response.status() != 501
              || error instanceof ConflictException && error.hasErrorCode("UNABLE_TO_LOCK_ROW");
      boolean provenNotExecuted =
          error.hasErrorCode("UNABLE_TO_LOCK_ROW") || response.status() == 503;
      if (transientError && (idempotent || provenNotExecuted) && canRetry(attempt, started)) {
        retryAfterWait(request, attempt, retryAfter(response), response.status() + " " + error.errorCode().orElse(""));
        attempt++;
        continue;
      }
      throw error;
    }
  }

  /**
   * Sends a request and reads the JSON answer.
   *
   * @param method the HTTP method
   * @param pathAndQuery the path from the host
   * @param body the JSON body, or {@code null}
   * @param idempotent whether the request may be replayed
   * @param type what to read
   * @param <T> the type
   * @return the answer
   */
  public <T> T call(String method, String pathAndQuery, JsonNode body, boolean idempotent, TypeReference<T> type) {
    return call(method, pathAndQuery, body, idempotent, RequestOptions.none(), type);
  }

  /**
   * Sends a request with per-call options and reads the JSON answer.
   *
   * @param method the HTTP method
   * @param pathAndQuery the path from the host
   * @param body the JSON body, or {@code null}
   * @param idempotent whether the request may be replayed
   * @param options the call's timeout and extra headers
   * @param type what to read
   * @param <T> the type
   * @return the answer
   */
  public <T> T call(
      String method,
      String pathAndQuery,
      JsonNode body,
      boolean idempotent,
      RequestOptions options,
      TypeReference<T> type) {
    HttpResponse response = send(method, pathAndQuery, body, idempotent, options);
    return read(method, pathAndQuery, response, type);
  }

  /**
   * Reads a response body as JSON.
   *
   * @param method the request's method, for messages
   * @param path the request's path, for messages
   * @param response the response
   * @param type what to read
   * @param <T> the type
   * @return the value
   * @throws TransportException if the body is not the expected JSON
   */
  public <T> T read(String method, String path, HttpResponse response, TypeReference<T> type) {
    try {
      return mapper.readValue(response.body(), type);
    } catch (JsonProcessingException e) {
      throw new TransportException(
          method + " " + stripQuery(path) + " answered " + response.status()
              + " with a body that is not the expected JSON"
              + JsonProblems.where(e),
          true, response.status(), e);
    } catch (java.io.IOException e) {
      throw new TransportException(
          method + " " + stripQuery(path) + " answered " + response.status()
              + " with an unreadable body", true, response.status(), e);
    }
  }

  private HttpRequest request(
      AccessToken token,
      String method,
      String pathAndQuery,
      Payload body,
      String accept,
      boolean idempotent,
      RequestOptions options) {
    URI uri = URI.create(token.instanceUrl().toString().replaceAll("/+$", "") + pathAndQuery);
    HttpRequest.Builder builder = HttpRequest.builder(method, uri);
    options.headers().forEach(builder::header);
    builder
        .header("Authorization", "Bearer " + token.value())
        .header("Accept", accept)
        .header("User-Agent", userAgent)
        .timeout(options.timeout().orElse(timeout))
        .idempotent(idempotent);
    if (body != null) {
      builder.header("Content-Type", body.contentType()).body(body.bytes());
    }
    return builder.build();
  }

  private Payload json(JsonNode body) {
    if (body == null) {
      return null;
    }
    try {
      return new Payload(mapper.writeValueAsBytes(body), "application/json;charset=UTF-8", true);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }

  /** A request body with its media type; only JSON bodies may be logged (redacted). */
  private record Payload(byte[] bytes, String contentType, boolean json) {}

  /**
   * Reads the error body. The token is masked first: a proxy's error page or an error message may
   * echo the request's headers, and the exception's message must not carry them.
   */
  private ApiException toException(HttpRequest request, HttpResponse response, String token) {
    String text = response.bodyText().trim();
    if (!token.isEmpty()) {
      text = text.replace(token, BodyRedaction.MASK);
    }
    Optional<ApiException> fault = SoapEnvelopes.fault(request, response.status(), text);
    if (fault.isPresent()) {
      return fault.get();
    }
    List<ApiError> errors;
    try {
      JsonNode tree = mapper.readTree(text.isEmpty() ? "null" : text);
      if (tree != null && tree.isArray()) {
        errors = mapper.convertValue(tree, ERRORS);
      } else if (tree != null && tree.isObject() && (tree.has("errorCode") || tree.has("message"))) {
        errors = List.of(mapper.convertValue(tree, ApiError.class));
      } else if (tree != null && tree.isObject() && tree.has("error")) {
        errors = List.of(ApiError.builder().errorCode(tree.path("error").asText())
            .message(tree.path("error_description").asText("")).build());
      } else {
        throw notJson(request, response, text);
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw notJson(request, response, text);
    }
    return ApiException.from(response.status(), errors, request.method(), request.uri().getRawPath());
  }

  private static TransportException notJson(HttpRequest request, HttpResponse response, String text) {
    String excerpt = text.replaceAll("\\s+", " ");
    excerpt = excerpt.length() > 120 ? excerpt.substring(0, 120) + "..." : excerpt;
    return new TransportException(
        request + " answered " + response.status() + " without Salesforce's JSON error body"
            + (excerpt.isEmpty() ? " (empty body)" : ": " + excerpt),
        true, response.status(), null);
  }

  /** A 401 whose message shows a misconfiguration, not an expired session, is not refreshed. */
  private static boolean isNotASessionProblem(ApiException error) {
    return error.errors().stream()
        .map(e -> e.message().toLowerCase(Locale.ROOT))
        .anyMatch(m -> m.contains("not valid for use with the rest api") || m.contains("not attached to agent"));
  }

  private long millisSince(long start) {
    return (nanoTime.getAsLong() - start) / 1_000_000;
  }

  private static String attemptNote(int attempt) {
    return attempt == 1 ? "" : " (attempt " + attempt + ")";
  }

  private boolean canRetry(int attempt, long started) {
    long elapsed = nanoTime.getAsLong() - started;
    return attempt < retryPolicy.maxAttempts() && elapsed < retryPolicy.maxTotalTime().toNanos();
  }

  private void retryAfterWait(HttpRequest request, int attempt, Duration retryAfter, String reason) {
    Duration delay = retryPolicy.delayBefore(attempt, retryAfter);
    LOG.debug("Retrying {} (attempt {} of {}) in {} ms after {}", request, attempt + 1,
        retryPolicy.maxAttempts(), delay.toMillis(), reason);
    sleeper.sleep(delay);
  }

  private static Duration retryAfter(HttpResponse response) {
    Optional<String> header = response.header("Retry-After");
    if (header.isEmpty()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(header.get().trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String stripQuery(String path) {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }
}
