package dev.salescloud.client;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Settings for one call: a timeout other than the client's, and Salesforce's optional request
 * headers. Every operation that sends a request has an overload that takes them.
 *
 * <pre>{@code
 * RequestOptions quiet = RequestOptions.builder()
 *     .autoAssign(false)                        // Sforce-Auto-Assign: FALSE
 *     .updateMru(false)                         // Sforce-Mru: updateMru=false
 *     .timeout(Duration.ofSeconds(5))
 *     .build();
 * SalesforceId id = sf.leads().create(lead, quiet);
 *
 * sf.accounts().update(accountId, patch, RequestOptions.builder()
 *     .header("Sforce-Duplicate-Rule-Header", "allowSave=true; includeRecordDetails=true")
 *     .build());
 * }</pre>
 *
 * <h2>What it refuses</h2>
 *
 * <p>The client owns some headers: {@code Authorization} (the token), {@code Content-Type} and
 * {@code Accept} (always JSON), {@code User-Agent} (see {@link
 * SalesCloudClient.Builder#userAgentSuffix(String)}), and the ones the HTTP layer sets itself
 * ({@code Accept-Encoding}, {@code Content-Encoding}, {@code Transfer-Encoding}, {@code Host},
 * {@code Connection}, {@code Content-Length}, {@code Expect}, {@code Upgrade}). The
 * conditional headers {@code If-Modified-Since} and {@code If-None-Match} are refused too: they
 * make Salesforce answer {@code 304 Not Modified}, which a typed read cannot return. Names must be
 * HTTP tokens and values may not hold line breaks or other control characters, so a value taken
 * from user input cannot add a header of its own. Every refusal is an {@link
 * InvalidArgumentException} naming the header, thrown by the builder.
 *
 * <p>Instances are immutable and thread-safe; build them once and reuse them. {@link
 * #toString()} names the headers but never shows their values.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Set<String> OWNED =
      Set.of("authorization", "content-type", "accept", "user-agent", "accept-encoding",
          "content-encoding", "transfer-encoding", "host", "connection", "content-length", "expect",
          "upgrade");
  private static final Set<String> CONDITIONAL = Set.of("if-modified-since", "if-none-match");

  /** {@code Sforce-Auto-Assign}: whether assignment rules run on a Lead, Case or Account write. */
  public static final String AUTO_ASSIGN = "Sforce-Auto-Assign";

  /** {@code Sforce-Duplicate-Rule-Header}: whether a save that duplicate rules flag goes ahead. */
  public static final String DUPLICATE_RULE = "Sforce-Duplicate-Rule-Header";

  /** {@code Sforce-Mru}: whether the call updates the user's most recently used items (v60+). */
  public static final String MRU = "Sforce-Mru";

  /** {@code Sforce-Call-Options}: the client name and default namespace of the call. */
  public static final String CALL_OPTIONS = "Sforce-Call-Options";

  private final Duration timeout;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(b.headers);
    this.headers = Collections.unmodifiableMap(copy);
  }

  /**
   * No options: the client's timeout and no extra header.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * A builder with no options set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options, to derive others.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.headers.putAll(headers);
    return b;
  }

  /**
   * How long one attempt of the call may take, instead of the client's timeout.
   *
   * @return the timeout, if set
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * The extra request headers.
   *
   * @return an unmodifiable map with case-insensitive names, sorted by name
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * An extra header's value.
   *
   * @param name the header name, any case
   * @return the value, if set
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** Equal when the timeout and the headers (names ignoring case) are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RequestOptions)) {
      return false;
    }
    RequestOptions other = (RequestOptions) o;
    return Objects.equals(timeout, other.timeout) && headers.equals(other.headers);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    Map<String, String> lower = new TreeMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    return Objects.hash(timeout, lower);
  }

  /** Shows the timeout and the header names, never the header values. */
  @Override
  public String toString() {
    return "RequestOptions{timeout=" + (timeout == null ? "client's" : timeout) + ", headers="
        + headers.keySet() + "}";
  }

  /** Builds {@link RequestOptions}; not thread-safe. Each setter replaces an earlier value. */
  public static final class Builder {
    private Duration timeout;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private Builder() {}

    /**
     * How long one attempt may take, instead of the client's timeout.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws InvalidArgumentException if the timeout is null, zero or negative
     */
    public Builder timeout(Duration timeout) {
      InvalidArgumentException.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new InvalidArgumentException("timeout", "The timeout must be positive, not " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sends a request header, replacing an earlier value of the same name (names ignore case).
     *
     * @param name an HTTP header name such as {@code Sforce-Call-Options}
     * @param value its value, printable text without line breaks
     * @return this builder
     * @throws InvalidArgumentException if the name is not an HTTP token, is a header the client
     *     sets itself, is a conditional header, or the value holds a control character
     */
    public Builder header(String name, String value) {
      InvalidArgumentException.requireNonNull(name, "header name");
      if (!TOKEN.matcher(name).matches()) {
        throw new InvalidArgumentException(
            "header name",
            "'" + abbreviate(name) + "' is not an HTTP header name: use letters, digits and - only");
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (OWNED.contains(lower)) {
        throw new InvalidArgumentException(
            name, "The client sets the " + name + " header itself; it cannot be given per call");
      }
      if (CONDITIONAL.contains(lower)) {
        throw new InvalidArgumentException(
            name,
            "The " + name + " header makes Salesforce answer 304 Not Modified, which a typed read"
                + " cannot return; leave it out");
      }
      InvalidArgumentException.requireNonNull(value, "header " + name);
      if (value.isBlank()) {
        throw new InvalidArgumentException(name, "Give header " + name + " a value, not a blank one");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\r' || c == '\n' || (c < 0x20 && c != '\t') || c == 0x7f) {
          throw new InvalidArgumentException(
              name,
              "The value of header " + name + " holds a control character (code " + (int) c
                  + ") at position " + (i + 1) + "; header values cannot hold line breaks");
        }
      }
      headers.put(name, value.strip());
      return this;
    }

    /**
     * Whether assignment rules run when a Lead, Case or Account is created or updated ({@code
     * Sforce-Auto-Assign: TRUE|FALSE}); Salesforce runs them unless told not to.
     *
     * @param assign {@code false} to keep the owner the call sets
     * @return this builder
     */
    public Builder autoAssign(boolean assign) {
      return header(AUTO_ASSIGN, assign ? "TRUE" : "FALSE");
    }

    /**
     * Runs this assignment rule instead of the active one ({@code Sforce-Auto-Assign:
     * <ruleId>}).
     *
     * @param ruleId the id of an {@code AssignmentRule}
     * @return this builder
     * @throws InvalidArgumentException if the id is null or that of another known object
     */
    public Builder assignmentRule(SalesforceId ruleId) {
      InvalidArgumentException.requireNonNull(ruleId, "ruleId");
      return header(AUTO_ASSIGN, ruleId.requireType("AssignmentRule").value());
    }

    /**
     * Saves a record even though an active duplicate rule flags it as a duplicate ({@code
     * Sforce-Duplicate-Rule-Header: allowSave=true}). For the rule's other settings use {@link
     * #header(String, String)} with {@link #DUPLICATE_RULE}.
     *
     * @return this builder
     */
    public Builder allowDuplicateSave() {
      return header(DUPLICATE_RULE, "allowSave=true");
    }

    /**
     * Whether the call updates the user's most recently used items ({@code Sforce-Mru:
     * updateMru=false}, API 60.0 and later); integration users usually turn it off.
     *
     * @param update {@code false} to leave the recent items alone
     * @return this builder
     */
    public Builder updateMru(boolean update) {
      return header(MRU, "updateMru=" + update);
    }

    /**
     * Names the client in Salesforce's API usage reports ({@code Sforce-Call-Options:
     * client=<name>}).
     *
     * @param client an identifier such as {@code acme-sync}
     * @return this builder
     * @throws InvalidArgumentException if the name is blank or holds a comma, a semicolon or a
     *     control character
     */
    public Builder callOptionsClient(String client) {
      InvalidArgumentException.requireNonNull(client, "client");
      if (client.isBlank() || client.contains(",") || client.contains(";")) {
        throw new InvalidArgumentException(
            "client",
            "The client name '" + abbreviate(client) + "' must be non-blank without ',' or ';'");
      }
      return header(CALL_OPTIONS, "client=" + client.strip());
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static String abbreviate(String text) {
      String printable = text.replaceAll("\\p{Cntrl}", "?");
      return printable.length() > 60 ? printable.substring(0, 60) + "..." : printable;
    }
  }
}
