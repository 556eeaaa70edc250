package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.soql.SoqlParser;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.client.soql.SoqlSyntaxException;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.soql.QueryLocators;
import dev.salescloud.testkit.soql.SoqlEngine;
import dev.salescloud.testkit.soql.SoqlResult;
import dev.salescloud.testkit.store.OrgStore;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code query} and {@code queryAll} resources: runs SOQL through the {@link SoqlEngine} and
 * pages results over {@code nextRecordsUrl} locators.
 */
final class QueryResource {
  /** The page size when the request does not ask for one. */
  static final int DEFAULT_BATCH = 2_000;
  /** The smallest page size Salesforce honours. */
  static final int MIN_BATCH = 200;

  private static final Pattern BATCH_SIZE =
      Pattern.compile("(?i)(?:^|[;,\\s])batchSize\\s*=\\s*(\\d{1,9})");
  private static final Pattern NEXT = Pattern.compile("(.+)-(\\d{1,9})");

  private final SoqlEngine engine;
  private final QueryLocators locators = new QueryLocators();

  QueryResource(OrgStore store) {
    this.engine = new SoqlEngine(store);
  }

  /** Answers {@code GET query?q=}, {@code GET queryAll?q=} and {@code GET query/<locator>-<n>}. */
  HttpResponse handle(
      String method, HttpRequest request, String base, List<String> rest, boolean all,
      String limitInfo) {
    if (!method.equals("GET")) {
      throw Responses.notAllowed(method, "GET");
    }
    int batch = batchSize(request);
    if (rest.isEmpty()) {
      String soql =
          RestRouter.queryParameter(request, "q")
              .filter(q -> !q.isBlank())
              .orElseThrow(() -> SalesforceFault.badRequest(
                  "MALFORMED_QUERY", "A query string has to be specified"));
      SoqlQuery query;
      try {
        query = SoqlParser.parse(soql);
      } catch (SoqlSyntaxException e) {
        throw SalesforceFault.badRequest(e.errorCode(), e.getMessage());
      }
      SoqlResult result = engine.execute(query, all, base);
      List<ObjectNode> records = result.records();
      Optional<String> locator =
          records.size() > batch ? Optional.of(locators.open(records)) : Optional.empty();
      return page(base, result.totalSize(), records, 0, batch, locator, limitInfo);
    }
    if (rest.size() != 1) {
      throw SalesforceFault.notFound();
    }
    Matcher next = NEXT.matcher(RestRouter.decode(rest.get(0)));
    Optional<List<ObjectNode>> snapshot =
        next.matches() ? locators.records(next.group(1)) : Optional.empty();
    int offset = next.matches() ? Integer.parseInt(next.group(2)) : -1;
    if (snapshot.isEmpty() || offset > snapshot.get().size()) {
      throw SalesforceFault.badRequest("INVALID_QUERY_LOCATOR", "invalid query locator");
    }
    List<ObjectNode> records = snapshot.get();
    return page(base, records.size(), records, offset, batch, Optional.of(next.group(1)), limitInfo);
  }

  private static HttpResponse page(
      String base, int totalSize, List<ObjectNode> records, int from, int batch,
      Optional<String> locator, String limitInfo) {
    int to = Math.min(records.size(), from + batch);
    ObjectNode body = Responses.MAPPER.createObjectNode();
    body.put("totalSize", totalSize);
    body.put("done", to == records.size());
    if (to < records.size()) {
      body.put("nextRecordsUrl", base + "/query/" + locator.orElseThrow() + "-" + to);
    }
    ArrayNode page = body.putArray("records");
    records.subList(from, to).forEach(page::add);
    return Responses.json(200, body, limitInfo);
  }

  private static int batchSize(HttpRequest request) {
    Optional<String> options = request.header("Sforce-Query-Options");
    if (options.isEmpty()) {
      return DEFAULT_BATCH;
    }
    Matcher size = BATCH_SIZE.matcher(options.get());
    if (!size.find()) {
      return DEFAULT_BATCH;
    }
    long asked = Long.parseLong(size.group(1));
    return (int) Math.max(MIN_BATCH, Math.min(DEFAULT_BATCH, asked));
  }

  /** Describes this by counts, never by record values. */
  @Override
  public String toString() {
    return "QueryResource{" + locators + "}";
  }
}
