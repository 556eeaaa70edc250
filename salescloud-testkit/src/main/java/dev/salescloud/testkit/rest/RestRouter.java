package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.api.ApiUsageCounter;
import dev.salescloud.testkit.api.ApiVersions;
import dev.salescloud.testkit.api.Sessions;
import dev.salescloud.testkit.fault.Faults;
import dev.salescloud.testkit.oauth.OAuthResource;
import dev.salescloud.testkit.report.OrgReports;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.soap.SoapEndpoint;
import dev.salescloud.testkit.store.OrgStore;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Salesforce's REST API over a fake org, as one function from an {@link HttpRequest} to an
 * {@link HttpResponse}: no sockets, no threads of its own.
 *
 * <p>It answers {@code GET /services/data/} (the versions 31.0 to 68.0) and, per version, sObject
 * create ({@code POST sobjects/{type}}), read, update and delete
 * ({@code GET|PATCH|DELETE sobjects/{type}/{id}}), and read, upsert and delete by external id
 * ({@code GET|PATCH|DELETE sobjects/{type}/{field}/{value}}) with Salesforce's status codes and body shapes,
 * and SOQL queries ({@code GET query?q=}, {@code GET queryAll?q=} and the {@code nextRecordsUrl}
 * pages {@code GET query/<locator>-<offset>}, honouring {@code Sforce-Query-Options: batchSize=N})
 * evaluated by the {@link dev.salescloud.testkit.soql.SoqlEngine}.
 * Every call must carry a token the org issued; every answer to one carries
 * {@code Sforce-Limit-Info: api-usage=n/15000}. Refusals are Salesforce's error arrays,
 * {@code [{"message":"...","errorCode":"...","fields":[...]}]}.
 *
 * <p>It also answers the multi-record resources: {@code POST composite} (up to 25 subrequests with
 * {@code @{referenceId.path}} references and {@code allOrNone} rollback, counted as one call),
 * {@code POST composite/batch} (up to 25 independent subrequests, each counted),
 * {@code composite/sobjects} (sObject Collections: create, update, upsert, delete and retrieve of
 * up to 200 records) and {@code POST composite/tree/{type}} (nested inserts, all or nothing).
 *
 * <pre>{@code
 * RestRouter router = new RestRouter(store, sessions, usage, oauth);
 * Transport transport = router::handle;
 * }</pre>
 */
public final class RestRouter {

  private static final Pattern VERSION = Pattern.compile("v(\\d{1,3})\\.0", Pattern.CASE_INSENSITIVE);

  private final OrgStore store;
  private final Sessions sessions;
  private final ApiUsageCounter usage;
  private final SObjectResource sobjects;
  private final QueryResource queries;
  private final OAuthResource oauth;
  private final Faults faults;
  private final CompositeRoutes composite;
  private final BulkJobsResource bulkJobs;
  private final OrgReports reports;

  /**
   * Creates a router over an org's records, sessions and API usage.
   *
   * @param store the org's records
   * @param sessions the tokens the org issued
   * @param usage the org's daily API counter
   * @param oauth the org's OAuth endpoints ({@code /services/oauth2/*}, {@code /id/*})
   */
  public RestRouter(OrgStore store, Sessions sessions, ApiUsageCounter usage, OAuthResource oauth) {
    this.oauth = InvalidArgumentException.requireNonNull(oauth, "oauth");
    this.store = InvalidArgumentException.requireNonNull(store, "store");
    this.sessions = InvalidArgumentException.requireNonNull(sessions, "sessions");
    this.usage = InvalidArgumentException.requireNonNull(usage, "usage");
    this.sobjects = new SObjectResource(store);
    this.queries = new QueryResource(store);
    this.faults = new Faults(sessions, usage);
    this.composite = new CompositeRoutes(store, usage);
    this.bulkJobs = new BulkJobsResource(store);
    this.reports = new OrgReports(store);
  }

  /**
   * Answers one request the way Salesforce would.
   *
   * @param request the request; its host is ignored
   * @return the response, never null; failures are Salesforce-shaped error responses
   */
  public HttpResponse handle(HttpRequest request) {
    InvalidArgumentException.requireNonNull(request, "request");
    Optional<HttpResponse> injected = faults.apply(request);
    if (injected.isPresent()) {
      return injected.get();
    }
    String method = request.method();
    if (method.equals("POST")) {
      method = queryParameter(request, "_HttpMethod").orElse(method);
    }
    List<String> path = segments(request.uri().getRawPath());
    Optional<HttpResponse> oauthAnswer = oauth.handle(request);
    if (oauthAnswer.isPresent()) {
      return oauthAnswer.get();
    }
    if (path.size() >= 2 && path.get(0).equals("services") && path.get(1).equals("soap")) {
      return new SoapEndpoint(store, sessions, usage).handle(request);
    }
    if (path.size() < 2 || !path.get(0).equals("services") || !path.get(1).equals("data")) {
      return Responses.error(SalesforceFault.notFound(), null);
    }
    if (path.size() == 2) {
      return method.equals("GET")
          ? Responses.json(200, versions(), null)
          : Responses.error(Responses.notAllowed(method, "GET"), null);
    }
    Optional<String> token =
        request
            .header("Authorization")
            .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
            .map(h -> h.substring(7).trim());
    if (token.isEmpty() || !sessions.isValid(token.get())) {
      return Responses.error(
          new SalesforceFault(401, "INVALID_SESSION_ID", "Session expired or invalid", List.of()),
          null);
    }
    String limitInfo = composite.isSubrequest(request) ? usage.header() : usage.count();
    try {
      Matcher version = VERSION.matcher(path.get(2));
      if (!version.matches()) {
        throw SalesforceFault.notFound();
      }
      int number = Integer.parseInt(version.group(1));
      if (!ApiVersions.answers(number)) {
        throw SalesforceFault.notFound();
      }
      String base = "/services/data/v" + number + ".0";
      List<String> rest = path.subList(3, path.size());
      if (DescribeResource.answers(method, rest)) {
        return new DescribeResource(store).handle(method, base, rest, limitInfo);
      }
      if (rest.size() >= 2 && rest.get(0).equals("sobjects")) {
        return sobjects.handle(method, request, base, rest.subList(1, rest.size()), limitInfo);
      }
      if (!rest.isEmpty() && (rest.get(0).equals("query") || rest.get(0).equals("queryall"))) {
        try {
          return queries.handle(
              method, request, base, rest.subList(1, rest.size()), rest.get(0).equals("queryall"),
              limitInfo);
        } catch (SalesforceFault fault) {
          return fault.status() == 400
              ? Responses.errorWithoutFields(fault, limitInfo)
              : Responses.error(fault, limitInfo);
        }
      }
      if (!rest.isEmpty() && rest.get(0).equals("composite")) {
        return composite.handle(this, method, request, base, rest.subList(1, rest.size()), limitInfo);
      }
      if (rest.size() == 1 && rest.get(0).equals("search")) {
        return new SearchResource(store).handle(method, request, base, limitInfo);
      }
      if (rest.size() >= 2 && rest.get(0).equals("jobs")) {
        return bulkJobs.handle(method, request, base, rest, limitInfo);
      }
      if (!rest.isEmpty() && rest.get(0).equals("analytics")) {
        return new AnalyticsResource(reports).handle(method, request, base, rest.subList(1, rest.size()), limitInfo);
      }
      if (rest.size() == 1 && rest.get(0).equals("limits")) {
        return LimitsResource.handle(method, limitInfo);
      }
      throw SalesforceFault.notFound();
    } catch (SalesforceFault fault) {
      return Responses.error(fault, limitInfo);
    }
  }

  private ArrayNode versions() {
    ArrayNode list = Responses.MAPPER.createArrayNode();
    String[] seasons = {"Summer", "Winter", "Spring"};
    for (int v = ApiVersions.OLDEST; v <= ApiVersions.NEWEST; v++) {
      int i = v - ApiVersions.OLDEST;
      int year = 14 + (i + 2) / 3;
      ObjectNode entry = list.addObject();
      entry.put("label", seasons[i % 3] + " '" + year);
      entry.put("url", "/services/data/v" + v + ".0");
      entry.put("version", v + ".0");
    }
    return list;
  }

  private static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String s : Arrays.asList(rawPath == null ? new String[0] : rawPath.split("/"))) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    if (out.size() >= 2) {
      out.set(0, out.get(0).toLowerCase(Locale.ROOT));
      out.set(1, out.get(1).toLowerCase(Locale.ROOT));
    }
    if (out.size() >= 4) {
      out.set(3, out.get(3).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static Optional<String> queryParameter(HttpRequest request, String name) {
    String query = request.uri().getRawQuery();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
      if (key.equals(name)) {
        return Optional.of(eq < 0 ? "" : decodeQuery(pair.substring(eq + 1)));
      }
    }
    return Optional.empty();
  }

  /** Decodes a query-string part, where {@code +} is a space as in HTML forms. */
  private static String decodeQuery(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * The faults the router injects before answering, for resilience tests.
   *
   * @return the org's faults
   */
  public Faults faults() {
    return faults;
  }

  /**
   * The org's reports, which the {@code analytics/reports} resources list and run.
   *
   * @return the reports
   */
  public OrgReports reports() {
    return reports;
  }

  /** Describes this by names and counts, never by record values. */

  @Override
  public String toString() {
    return "RestRouter{" + store + "}";
  }
}
