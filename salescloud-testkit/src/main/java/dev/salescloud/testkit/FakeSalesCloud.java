package dev.salescloud.testkit;

import dev.salescloud.auth.AccessToken;
import dev.salescloud.auth.RefreshingCredentials;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.transport.Transport;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.api.ApiUsageCounter;
import dev.salescloud.testkit.api.Sessions;
import dev.salescloud.testkit.fault.Faults;
import dev.salescloud.testkit.oauth.ConnectedApp;
import dev.salescloud.testkit.oauth.OAuthResource;
import dev.salescloud.testkit.report.OrgReports;
import dev.salescloud.testkit.rest.RestRouter;
import dev.salescloud.testkit.schema.OrgSchema;
import dev.salescloud.testkit.seed.Seed;
import dev.salescloud.testkit.store.OrgStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * A fake Salesforce org in memory, for tests: records, schema and the REST API, reached by the
 * client through an in-process transport with no sockets.
 *
 * <pre>{@code
 * FakeSalesCloud org = FakeSalesCloud.create();
 * SalesCloudClient client = org.client();
 * SalesforceId id = client.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
 * Lead lead = client.leads().get(id);          // Status "Open - Not Contacted", Name "Ng"
 * }</pre>
 *
 * <p>Tests declare custom objects and fields through {@link #schema()}, read the stored rows
 * through {@link #store()}, and may fix the time records are stamped with:
 *
 * <pre>{@code
 * FakeSalesCloud org = FakeSalesCloud.builder()
 *     .clock(Clock.fixed(Instant.parse("2024-05-01T17:03:11Z"), ZoneOffset.UTC))
 *     .build();
 * }</pre>
 *
 * <p>The org is safe to use from several threads and several clients.
 */
public final class FakeSalesCloud {
  /** The instance URL of every fake org; the in-process transport ignores the host. */
  public static final URI INSTANCE_URL = URI.create("https://fake.my.salesforce.com");

  private static final String ORG_ID = "00D5g000000FAKE";

  private final OrgSchema schema;
  private final OrgStore store;
  private final Sessions sessions;
  private final ApiUsageCounter usage;
  private final RestRouter router;
  private final ConnectedApp connectedApp;

  private FakeSalesCloud(Builder b) {
    this.schema = OrgSchema.standard(b.fiscalYearStartMonth);
    this.store = new OrgStore(schema, b.clock);
    this.connectedApp = b.connectedApp;
    this.sessions = new Sessions(ORG_ID, b.clock, b.sessionTimeout);
    this.usage = new ApiUsageCounter(b.clock, b.dailyApiAllocation);
    this.router = new RestRouter(store, sessions, usage,
        new OAuthResource(store, sessions, b.connectedApp, ORG_ID, INSTANCE_URL));
    b.seed.plant(store);
    b.seed.defineReports(router.reports());
  }

  /**
   * A new empty org with the system clock.
   *
   * @return the org
   */
  public static FakeSalesCloud create() {
    return builder().build();
  }

  /**
   * Starts options for a new org.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client of this org, with a fresh token the org issued and the in-process transport. When
   * the session times out on the org's clock, the client gets a new token and replays the call.
   * Its retries and job polls do not wait: the fake answers at once, so a test of retry behaviour
   * stays fast (planned latency still waits, through {@link #faults()}).
   *
   * @return a new client; closing it leaves the org as it is
   */
  public SalesCloudClient client() {
    return client(builder -> {});
  }

  /**
   * A client of this org, as {@link #client()}, with options of your own: an API version, a
   * retry policy, a budget guard, a sleeper that records waits.
   *
   * <pre>{@code
   * SalesCloudClient v45 = org.client(b -> b.apiVersion("45.0").maxDailyApiShare(0.5));
   * }</pre>
   *
   * @param options changes to the client's builder; credentials and transport are the org's
   * @return a new client
   */
  public SalesCloudClient client(Consumer<SalesCloudClient.Builder> options) {
    InvalidArgumentException.requireNonNull(options, "options");
    SalesCloudClient.Builder builder = SalesCloudClient.builder().sleeper(duration -> {});
    options.accept(builder);
    return builder
        .credentials(new RefreshingCredentials() {
          @Override
          protected AccessToken fetchToken() {
            return AccessToken.of(accessToken(), INSTANCE_URL);
          }
        })
        .transport(transport())
        .build();
  }

  /**
   * The in-process transport: each request is answered by the org's REST router on the calling
   * thread. Requests need a token from {@link #accessToken()}. It is safe to share between
   * threads and clients; closing it does nothing.
   *
   * @return the transport
   */
  public Transport transport() {
    return router::handle;
  }

  /**
   * Issues a new access token for this org.
   *
   * @return a token to send as {@code Authorization: Bearer <token>}
   */
  public String accessToken() {
    return sessions.issue();
  }

  /**
   * Ends a session: later requests with the token get 401 {@code INVALID_SESSION_ID}.
   *
   * @param token a token the org issued
   */
  public void revoke(String token) {
    sessions.revoke(InvalidArgumentException.requireNonNull(token, "token"));
  }

  /**
   * The org's schema, where tests declare custom objects and fields.
   *
   * @return the schema
   */
  public OrgSchema schema() {
    return schema;
  }

  /**
   * The org's records, for reading state behind the API's back.
   *
   * @return the store
   */
  public OrgStore store() {
    return store;
  }

  /**
   * The REST router of the org: a function from HTTP request to response.
   *
   * @return the router
   */
  public RestRouter router() {
    return router;
  }

  /**
   * The API calls the org counted today.
   *
   * @return the count reported in {@code Sforce-Limit-Info}
   */
  public int apiCallsToday() {
    return usage.used();
  }

  /**
   * The Connected App and user the org's OAuth endpoints accept.
   *
   * @return the app given to {@link Builder#connectedApp(ConnectedApp)}, or the default one
   */
  public ConnectedApp connectedApp() {
    return connectedApp;
  }

  /**
   * The faults the org injects into its REST API, for testing your code's resilience: latency,
   * errors, session expiry, an exhausted daily limit, row locks, dropped connections.
   *
   * <pre>{@code
   * org.faults().next(2).matching("PATCH", "/sobjects/Opportunity/*").serverUnavailable();
   * }</pre>
   *
   * @return the org's faults
   */
  public Faults faults() {
    return router.faults();
  }

  /**
   * The org's reports: define them here, run them through {@code client().reports()} or the
   * {@code analytics/reports} REST resources; results are computed from the org's records.
   *
   * <pre>{@code
   * SalesforceId id = org.reports().define(ReportDefinition
   *     .summary(ReportKind.OPPORTUNITIES, "Pipeline by Stage")
   *     .groupDown("STAGE_NAME").aggregates("s!AMOUNT", "RowCount").build());
   * }</pre>
   *
   * @return the org's reports
   */
  public OrgReports reports() {
    return router.reports();
  }

  /** Describes this by names and counts, never by record values. */

  @Override
  public String toString() {
    return "FakeSalesCloud{" + schema + ", " + usage + "}";
  }

  /** Options for a new fake org. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private int dailyApiAllocation = ApiUsageCounter.DEFAULT_ALLOCATION;
    private Month fiscalYearStartMonth = Month.JANUARY;
    private ConnectedApp connectedApp = ConnectedApp.defaults();
    private Duration sessionTimeout = Sessions.DEFAULT_TIMEOUT;
    private Seed seed = Seed.EMPTY;

    private Builder() {}

    /**
     * Sets the clock that stamps records and decides the API counter's day.
     *
     * @param clock e.g. {@code Clock.fixed(Instant.parse("2024-05-01T17:03:11Z"), ZoneOffset.UTC)}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = InvalidArgumentException.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Fixes the org's clock at an instant.
     *
     * @param instant the time every record is stamped with
     * @return this builder
     */
    public Builder fixedAt(Instant instant) {
      InvalidArgumentException.requireNonNull(instant, "instant");
      return clock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    /**
     * Sets the number of API calls a day allows, shown in {@code Sforce-Limit-Info}.
     *
     * @param allocation at least 1; 15,000 unless set
     * @return this builder
     */
    public Builder dailyApiAllocation(int allocation) {
      if (allocation < 1) {
        throw new InvalidArgumentException(
            "allocation", "The daily API allocation must be at least 1, not " + allocation);
      }
      this.dailyApiAllocation = allocation;
      return this;
    }

    /**
     * Sets the Connected App and user the org's OAuth endpoints accept ({@code
     * /services/oauth2/token}, {@code /authorize}, {@code /userinfo}, {@code /revoke}).
     *
     * @param app for example {@code ConnectedApp.builder().rotateRefreshTokens(true).build()}
     * @return this builder
     */
    public Builder connectedApp(ConnectedApp app) {
      this.connectedApp = InvalidArgumentException.requireNonNull(app, "connectedApp");
      return this;
    }

    /**
     * Sets how long a session lives without a request, measured on the org's clock; an expired
     * token gets 401 {@code INVALID_SESSION_ID}.
     *
     * @param timeout positive; two hours unless set
     * @return this builder
     */
    public Builder sessionTimeout(Duration timeout) {
      InvalidArgumentException.requireNonNull(timeout, "sessionTimeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new InvalidArgumentException(
            "sessionTimeout", "The session timeout must be positive, not " + timeout);
      }
      this.sessionTimeout = timeout;
      return this;
    }

    /**
     * Sets the records the org starts with, written through its store at its clock's time.
     *
     * @param seed {@link Seed#DEMO} for a small realistic sales org, {@link Seed#EMPTY} (the
     *     default) for none
     * @return this builder
     */
    public Builder seed(Seed seed) {
      this.seed = InvalidArgumentException.requireNonNull(seed, "seed");
      return this;
    }

    /**
     * Sets the month the org's fiscal years start in; a fiscal year is named after the calendar
     * year in which it ends. It decides the fiscal date literals ({@code THIS_FISCAL_QUARTER},
     * ...) and the org's Period records.
     *
     * @param month e.g. {@code Month.APRIL}; January unless set
     * @return this builder
     */
    public Builder fiscalYearStartMonth(Month month) {
      this.fiscalYearStartMonth = InvalidArgumentException.requireNonNull(month, "month");
      return this;
    }

    /**
     * Creates the org.
     *
     * @return a new org holding only its running user
     */
    public FakeSalesCloud build() {
      return new FakeSalesCloud(this);
    }
  }
}
