package dev.salescloud.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.auth.CredentialsProvider;
import dev.salescloud.client.activity.ActivityClient;
import dev.salescloud.client.bulk.BulkClient;
import dev.salescloud.client.composite.BatchCall;
import dev.salescloud.client.composite.CollectionsClient;
import dev.salescloud.client.composite.CompositeCall;
import dev.salescloud.client.forecast.ForecastClient;
import dev.salescloud.client.imports.ImportClient;
import dev.salescloud.client.report.ReportClient;
import dev.salescloud.client.retry.RetryPolicy;
import dev.salescloud.client.retry.Sleeper;
import dev.salescloud.client.sobject.AccountClient;
import dev.salescloud.client.sobject.EventClient;
import dev.salescloud.client.sobject.LeadClient;
import dev.salescloud.client.sobject.OpportunityClient;
import dev.salescloud.client.sobject.RecordClient;
import dev.salescloud.client.sobject.TaskClient;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlBuilder;
import dev.salescloud.client.soql.SoqlParser;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.client.soql.SoqlSyntaxException;
import dev.salescloud.client.soql.Sosl;
import dev.salescloud.client.soql.SoslBuilder;
import dev.salescloud.client.soql.SoslParser;
import dev.salescloud.client.soql.SoslQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import dev.salescloud.client.transport.JdkTransport;
import dev.salescloud.client.transport.Transport;
import dev.salescloud.model.FieldNames;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectPatch;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.describe.DescribeGlobal;
import dev.salescloud.model.json.SalesCloudJackson;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.ContactPatch;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The entry point: one client per org, shared by every thread, with a sub-client per concept.
 *
 * <h2>Create it once and share it</h2>
 *
 * <pre>{@code
 * SalesCloudClient sf = SalesCloudClient.builder()
 *     .credentials(StaticCredentials.of(token, URI.create("https://acme.my.salesforce.com")))
 *     .apiVersion("66.0")                       // the default
 *     .timeout(Duration.ofSeconds(30))          // the default
 *     .build();
 *
 * SalesforceId id = sf.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
 * Lead lead = sf.leads().get(id);
 * }</pre>
 *
 * <p>The client is immutable and thread-safe. {@link #close()} releases what it created itself
 * (its transport); a transport or {@code HttpClient} you passed in stays yours.
 *
 * <h2>Sub-clients</h2>
 *
 * <p>{@link #leads()}, {@link #accounts()}, {@link #contacts()}, {@link #opportunities()}, {@link
 * #tasks()} and {@link #events()} read and write typed records; {@link #sobjects(String)} serves
 * any other object, custom ones included, as generic records. Each creates, reads, updates,
 * upserts by external id, deletes and describes (see {@link RecordClient}):
 *
 * <pre>{@code
 * UpsertResult r = sf.contacts().upsert("Legacy_Id__c", "C-1042",
 *     Contact.builder().lastName("Ng").email("ada@acme.example").build());
 * DescribeGlobal objects = sf.describeGlobal();           // every object the user can see
 * Limits limits = sf.limits().fetch();                    // every limit of the org
 * }</pre>
 *
 * <h2>What it does for you</h2>
 *
 * <ul>
 *   <li>adds the bearer token, and after {@code 401 INVALID_SESSION_ID} refreshes it once and
 *       replays the request once;
 *   <li>retries what is safe to retry (see {@link RetryPolicy}), never a create that may have run;
 *   <li>maps Salesforce's error arrays to the {@code SalesCloudException} hierarchy;
 *   <li>checks ids, names and read-only fields before anything is sent.
 * </ul>
 *
 * <h2>Logging</h2>
 *
 * <p>Every exchange is logged through SLF4J at DEBUG on the logger {@code
 * dev.salescloud.client.ApiExchange}: method, path, status, duration and request id; never the
 * token, a header, a query string or a body. To see bodies while debugging, build the client
 * with {@link Builder#logBodies(boolean)}; secrets and the fields you name are masked:
 *
 * <pre>{@code
 * SalesCloudClient debugging = SalesCloudClient.builder()
 *     .credentials(credentials)
 *     .logBodies(true)
 *     .redactFields("Email", "Phone", "MobilePhone")   // shown as "***"
 *     .build();
 * }</pre>
 */
public final class SalesCloudClient implements AutoCloseable {
  private final ApiExchange exchange;
  private final ApiVersion version;
  private final Transport transport;
  private final boolean ownsTransport;
  private final LeadClient leads;
  private final AccountClient accounts;
  private final RecordClient<Contact, ContactPatch> contacts;
  private final OpportunityClient opportunities;
  private final TaskClient tasks;
  private final EventClient events;
  private final CollectionsClient collections;
  private final BulkClient bulk;
  private final ImportClient imports;
  private final ActivityClient activities;
  private final ForecastClient forecasts;
  private final ReportClient reports;

  private SalesCloudClient(Builder b) {
    this.version = b.version;
    this.ownsTransport = b.transport == null;
    this.transport =
        b.transport != null
            ? b.transport
            : b.httpClient != null
                ? JdkTransport.using(b.httpClient)
                : b.executor != null ? JdkTransport.create(b.executor) : JdkTransport.create();
    ObjectMapper mapper = SalesCloudJackson.newObjectMapper();
    b.mapperCustomizer.accept(mapper);
    String agent = "salescloud-java/" + version() + (b.userAgentSuffix.isEmpty() ? "" : " " + b.userAgentSuffix);
    this.exchange =
        new ApiExchange(
            transport, b.credentials, b.retryPolicy, b.sleeper, System::nanoTime, mapper, agent,
            b.timeout, new ApiLimits(b.maxDailyApiShare, version),
            b.logBodies ? BodyRedaction.logging(b.redactedFields) : BodyRedaction.off());
    this.leads = new LeadClient(exchange, version);
    this.accounts = new AccountClient(exchange, version);
    this.contacts = new RecordClient<>(exchange, version, Contact.SOBJECT_TYPE, new TypeReference<>() {});
    this.opportunities = new OpportunityClient(exchange, version);
    this.tasks = new TaskClient(exchange, version);
    this.events = new EventClient(exchange, version);
    this.collections = new CollectionsClient(exchange, version);
    this.bulk = new BulkClient(exchange, version);
    this.imports = new ImportClient(collections, bulk);
    this.activities = new ActivityClient(exchange, version);
    this.forecasts = new ForecastClient(exchange, version);
    this.reports = new ReportClient(exchange, version);
  }

  /**
   * A builder; {@link Builder#credentials(CredentialsProvider)} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Leads: create, read, update, upsert, delete, describe.
   *
   * @return the sub-client
   */
  public LeadClient leads() {
    return leads;
  }

  /**
   * Accounts: create, read, update, upsert, delete, describe.
   *
   * @return the sub-client
   */
  public AccountClient accounts() {
    return accounts;
  }

  /**
   * Contacts: create, read, update, upsert, delete, describe.
   *
   * @return the sub-client
   */
  public RecordClient<Contact, ContactPatch> contacts() {
    return contacts;
  }

  /**
   * Opportunities: create, read, update, upsert, delete, describe.
   *
   * @return the sub-client
   */
  public OpportunityClient opportunities() {
    return opportunities;
  }

  /**
   * Tasks (to-dos, logged calls and emails): create, read, update, upsert, delete, describe.
   *
   * @return the sub-client
   */
  public TaskClient tasks() {
    return tasks;
  }

  /**
   * Events (calendar entries): create, read, update, upsert, delete, describe.
   *
   * @return the sub-client
   */
  public EventClient events() {
    return events;
  }

  /**
   * The activity timeline: tasks, events and logged calls of a record, an owner or a date range,
   * sorted by date; calls, tasks and events created in one line.
   *
   * @return the sub-client
   */
  public ActivityClient activities() {
    return activities;
  }

  /**
   * Pipeline forecasts by forecast category, owner, stage and month, with quota attainment,
   * computed with aggregate queries; and the Collaborative Forecasts items.
   *
   * @return the sub-client
   */
  public ForecastClient forecasts() {
    return forecasts;
  }

  /**
   * Records of any object, custom ones included, as generic {@link SObject}s.
   *
   * <pre>{@code
   * RecordClient<SObject, SObjectPatch> invoices = sf.sobjects("Invoice__c");
   * }</pre>
   *
   * @param sobjectType the object's API name
   * @return a sub-client for that object
   */
  public RecordClient<SObject, SObjectPatch> sobjects(String sobjectType) {
    return new RecordClient<>(exchange, version, FieldNames.requireApiName(sobjectType, "sobjectType"),
        new TypeReference<>() {});
  }

  /**
   * Starts a Composite request: up to 25 creates, reads, updates, upserts, deletes and queries run
   * in order in one API call, later ones using earlier results through references, all or none.
   *
   * <pre>{@code
   * sf.composite()
   *     .create("acct", Account.builder().name("Acme").build())
   *     .create("ng", Contact.builder().lastName("Ng").build(), Map.of("AccountId", Reference.id("acct")))
   *     .send();
   * }</pre>
   *
   * @return a new call to build and send once
   */
  public CompositeCall composite() {
    return new CompositeCall(exchange, version);
  }

  /**
   * Starts a Composite Batch request: up to 25 independent subrequests in one HTTP call.
   *
   * @return a new call to build and send once
   */
  public BatchCall batch() {
    return new BatchCall(exchange, version);
  }

  /**
   * sObject Collections: up to 200 records of any objects created, updated, upserted or deleted
   * per call, with results in input order.
   *
   * @return the sub-client
   */
  public CollectionsClient collections() {
    return collections;
  }

  /**
   * Bulk API 2.0: any number of records of one object written as CSV jobs with one outcome per
   * record, and queries streamed page by page.
   *
   * @return the sub-client
   */
  public BulkClient bulk() {
    return bulk;
  }

  /**
   * Imports of any number of records on the cheapest path: sObject Collections for up to 2,000
   * records (200 per API call), Bulk API 2.0 above, one outcome per record in input order.
   *
   * @return the sub-client
   */
  public ImportClient imports() {
    return imports;
  }

  /**
   * The Reports and Dashboards REST API: find, describe and run reports, synchronously or
   * asynchronously, with run-time filters.
   *
   * @return the sub-client
   */
  public ReportClient reports() {
    return reports;
  }

  /**
   * Lists the objects of the org the user can see, with what the user may do with each. Maps to
   * {@code GET .../sobjects/} (Describe Global).
   *
   * @return the objects
   */
  public DescribeGlobal describeGlobal() {
    return describeGlobal(RequestOptions.none());
  }

  /**
   * Lists the objects of the org with per-call options. Maps to {@code GET .../sobjects/}.
   *
   * @param options the call's timeout and extra headers
   * @return the objects
   */
  public DescribeGlobal describeGlobal(RequestOptions options) {
    InvalidArgumentException.requireNonNull(options, "options");
    return exchange.call("GET", version.basePath() + "/sobjects/", null, true, options,
        new TypeReference<DescribeGlobal>() {});
  }

  /**
   * A SOQL query built with {@link Soql}, read lazily page by page. Nothing is sent until the
   * result is iterated. Maps to {@code GET .../query?q=...} and {@code nextRecordsUrl}.
   *
   * <pre>{@code
   * for (Account a : sf.query(Soql.select("Id", "Name").from("Account")
   *     .where(Soql.field("Industry").eq(industry)), Account.class)) { ... }
   * }</pre>
   *
   * @param query the query
   * @param type the record type: the typed record of the queried object, {@code SObject}, or
   *     {@code AggregateResult} for aggregate queries
   * @param <T> the record type
   * @return the lazy result
   * @throws InvalidArgumentException if the type does not fit the query
   */
  public <T> Query<T> query(SoqlBuilder query, Class<T> type) {
    return query(InvalidArgumentException.requireNonNull(query, "query").build(), type);
  }

  /**
   * A parsed or built SOQL query, read lazily page by page.
   *
   * @param query the query's syntax tree
   * @param type the record type
   * @param <T> the record type
   * @return the lazy result
   */
  public <T> Query<T> query(SoqlQuery query, Class<T> type) {
    return newQuery(query, type, false);
  }

  /**
   * A SOQL query written by hand. It is parsed before anything is sent, so a malformed query fails
   * at once with Salesforce's {@code MALFORMED_QUERY} message and position. Values in it are yours
   * to escape: prefer {@link Soql}, which makes injection impossible.
   *
   * @param soql the query text
   * @param type the record type
   * @param <T> the record type
   * @return the lazy result
   * @throws SoqlSyntaxException if the text is not valid SOQL
   */
  public <T> Query<T> query(String soql, Class<T> type) {
    return query(SoqlParser.parse(soql), type);
  }

  /**
   * Like {@link #query(SoqlBuilder, Class)}, including deleted and archived records ({@code
   * GET .../queryAll}).
   *
   * @param query the query
   * @param type the record type
   * @param <T> the record type
   * @return the lazy result
   */
  public <T> Query<T> queryAll(SoqlBuilder query, Class<T> type) {
    return newQuery(InvalidArgumentException.requireNonNull(query, "query").build(), type, true);
  }

  /**
   * Like {@link #query(String, Class)}, including deleted and archived records.
   *
   * @param soql the query text, parsed before sending
   * @param type the record type
   * @param <T> the record type
   * @return the lazy result
   */
  public <T> Query<T> queryAll(String soql, Class<T> type) {
    return newQuery(SoqlParser.parse(soql), type, true);
  }

  /**
   * A SOSL search built with {@link Sosl}: the search term is escaped, so no user input can change
   * the search. Maps to {@code GET .../search?q=...}.
   *
   * <pre>{@code
   * SearchResults found = sf.search(Sosl.find(email).in(SearchGroup.EMAIL_FIELDS)
   *     .returning(Sosl.returning("Lead", "Id", "Name"))
   *     .returning(Sosl.returning("Contact", "Id", "Name")));
   * List<Lead> leads = found.records(Lead.class);
   * }</pre>
   *
   * @param search the search
   * @return the records found, typed per object on demand
   */
  public SearchResults search(SoslBuilder search) {
    return search(InvalidArgumentException.requireNonNull(search, "search").build());
  }

  /**
   * A SOSL search, parsed or built.
   *
   * @param search the search's syntax tree
   * @return the records found
   */
  public SearchResults search(SoslQuery search) {
    InvalidArgumentException.requireNonNull(search, "search");
    String path = version.basePath() + "/search?q="
        + URLEncoder.encode(search.toSosl(), StandardCharsets.UTF_8);
    return exchange.call("GET", path, null, true, new TypeReference<SearchResults>() {});
  }

  /**
   * A SOSL search written by hand, parsed before sending ({@code MALFORMED_SEARCH} at once when
   * the term lacks its braces). Escaping the term is yours: prefer {@link Sosl#find(String)}.
   *
   * @param sosl the search text
   * @return the records found
   */
  public SearchResults search(String sosl) {
    return search(SoslParser.parse(sosl));
  }

  private <T> Query<T> newQuery(SoqlQuery query, Class<T> type, boolean all) {
    return Query.of(exchange, version, query, type, all);
  }

  /**
   * The org's API usage as last reported, the budget guard, and {@link ApiLimits#fetch()} for
   * every limit of the org.
   *
   * @return the limits tracker
   */
  public ApiLimits limits() {
    return exchange.limits();
  }

  /**
   * The API version every call uses.
   *
   * @return for example {@code 66.0}
   */
  public ApiVersion apiVersion() {
    return version;
  }

  /** Releases the transport if the client created it. */
  @Override
  public void close() {
    if (ownsTransport) {
      transport.close();
    }
  }

  private static String version() {
    String v = SalesCloudClient.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** Builds a {@link SalesCloudClient}; not thread-safe. */
  public static final class Builder {
    private CredentialsProvider credentials;
    private ApiVersion version = ApiVersion.DEFAULT;
    private Duration timeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Transport transport;
    private HttpClient httpClient;
    private Executor executor;
    private Consumer<ObjectMapper> mapperCustomizer = m -> {};
    private String userAgentSuffix = "";
    private Sleeper sleeper = Sleeper.SYSTEM;
    private double maxDailyApiShare = 1.0;
    private boolean logBodies;
    private Set<String> redactedFields = Set.of();

    private Builder() {}

    /**
     * Where the access token and the instance URL come from (required).
     *
     * @param credentials static, refreshing, JWT bearer, client credentials...
     * @return this builder
     */
    public Builder credentials(CredentialsProvider credentials) {
      this.credentials = InvalidArgumentException.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * The REST API version; 66.0 by default.
     *
     * @param apiVersion for example {@code "66.0"}
     * @return this builder
     */
    public Builder apiVersion(String apiVersion) {
      this.version = ApiVersion.of(apiVersion);
      return this;
    }

    /**
     * How long one call may take, retries excluded; 30 s by default.
     *
     * @param timeout a positive duration
     * @return this builder
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
     * How transient failures are retried; {@link RetryPolicy#defaults()} unless set.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = InvalidArgumentException.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sends requests through this transport instead of the default; the test kit's in-process
     * fake org plugs in here. The client does not close it.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(Transport transport) {
      this.transport = InvalidArgumentException.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * Sends requests through this JDK {@link HttpClient} (proxy, SSL, executor of your choice).
     * The client does not close it.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = InvalidArgumentException.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Runs the default transport's asynchronous HTTP work on this executor. The client does not
     * shut it down.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = InvalidArgumentException.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Adjusts the JSON mapper the client uses (it already has the SalesCloudJackson module).
     *
     * @param customizer called once with the mapper
     * @return this builder
     */
    public Builder objectMapper(Consumer<ObjectMapper> customizer) {
      this.mapperCustomizer = InvalidArgumentException.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * Appended to the {@code User-Agent} header, to tell your integration apart in Salesforce's
     * logs.
     *
     * @param suffix for example {@code "acme-sync/2.1"}
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      InvalidArgumentException.requireNonNull(suffix, "userAgentSuffix");
      if (suffix.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
        throw new InvalidArgumentException(
            "userAgentSuffix", "The User-Agent suffix must be printable ASCII");
      }
      this.userAgentSuffix = suffix;
      return this;
    }

    /**
     * Refuses new calls once the org has used this share of its daily API allocation (as the
     * last {@code Sforce-Limit-Info} header said), leaving the rest to other integrations. Off
     * (1.0) by default.
     *
     * @param share a number in (0, 1], e.g. 0.8 for 80 %
     * @return this builder
     */
    public Builder maxDailyApiShare(double share) {
      this.maxDailyApiShare = share;
      return this;
    }

    /**
     * Logs request and response bodies at DEBUG, next to the line of each exchange; off by
     * default. Values of keys that name secrets are always shown as {@code ***}: any key that,
     * ignoring case, {@code _} and {@code -}, contains {@code token}, {@code password}, {@code
     * passwd}, {@code secret}, {@code sessionid}, {@code apikey}, {@code privatekey} or {@code
     * authorization} ({@code access_token}, {@code refresh_token}, {@code client_secret}, {@code
     * sessionId}, {@code Password__c} ...). The access token is masked wherever it appears. Name
     * personal fields with {@link #redactFields(String...)}. Bodies that are not JSON are not logged, only their size; long
     * bodies are cut after 8192 characters. Meant for debugging, not for production logs.
     *
     * @param logBodies {@code true} to log bodies
     * @return this builder
     */
    public Builder logBodies(boolean logBodies) {
      this.logBodies = logBodies;
      return this;
    }

    /**
     * The JSON keys whose values body logging shows as {@code ***}, at any depth and ignoring
     * case, besides the secrets it always masks; none by default. Replaces an earlier set.
     *
     * @param fieldNames keys such as {@code Email} or {@code Phone}
     * @return this builder
     * @throws InvalidArgumentException if a name is null or blank
     */
    public Builder redactFields(String... fieldNames) {
      InvalidArgumentException.requireNonNull(fieldNames, "fieldNames");
      Set<String> names = new LinkedHashSet<>();
      for (String name : fieldNames) {
        InvalidArgumentException.requireNonNull(name, "fieldNames");
        if (name.isBlank()) {
          throw new InvalidArgumentException("fieldNames", "A field name to redact is blank");
        }
        names.add(name.strip());
      }
      this.redactedFields = Set.copyOf(names);
      return this;
    }

    /**
     * How the client waits between retries; for tests that must not really wait.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = InvalidArgumentException.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws InvalidArgumentException if no credentials were given
     */
    public SalesCloudClient build() {
      if (credentials == null) {
        throw new InvalidArgumentException(
            "credentials", "Give the client credentials: builder().credentials(...)");
      }
      if ((transport != null ? 1 : 0) + (httpClient != null ? 1 : 0) + (executor != null ? 1 : 0) > 1) {
        throw new InvalidArgumentException(
            "transport", "Give at most one of a transport, an HttpClient or an executor");
      }
      return new SalesCloudClient(this);
    }
  }
}
