package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.soql.SoqlSyntaxException;
import dev.salescloud.client.soql.SoslParser;
import dev.salescloud.client.soql.SoslQuery;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.search.SoslEngine;
import dev.salescloud.testkit.store.OrgStore;

/**
 * The {@code search} resource: {@code GET search?q=<SOSL>} runs the search through the
 * {@link SoslEngine} and answers {@code {"searchRecords":[...]}}; API versions up to 35.0 answer
 * the bare array of records, as their documentation shows.
 */
final class SearchResource {
  private static final String NO_BRACES = "No search term found.";
  /** The newest API version whose search answers a bare array of records. */
  private static final int LAST_BARE_ARRAY_VERSION = 35;

  private final SoslEngine engine;

  SearchResource(OrgStore store) {
    this.engine = new SoslEngine(store);
  }

  /** Answers {@code GET search?q=}; refusals are error arrays without {@code fields}. */
  HttpResponse handle(String method, HttpRequest request, String base, String limitInfo) {
    try {
      if (!method.equals("GET")) {
        return Responses.error(Responses.notAllowed(method, "GET"), limitInfo);
      }
      SoslQuery search = SoslParser.parse(RestRouter.queryParameter(request, "q").orElse(""));
      ArrayNode records = Responses.MAPPER.createArrayNode();
      engine.search(search, base).forEach(records::add);
      if (BasePaths.version(base) <= LAST_BARE_ARRAY_VERSION) {
        return Responses.json(200, records, limitInfo);
      }
      ObjectNode body = Responses.MAPPER.createObjectNode();
      body.set("searchRecords", records);
      return Responses.json(200, body, limitInfo);
    } catch (SoqlSyntaxException e) {
      return Responses.errorWithoutFields(
          SalesforceFault.badRequest(
              e.errorCode(), e.detail().startsWith(NO_BRACES) ? e.detail() : e.getMessage()),
          limitInfo);
    } catch (InvalidArgumentException e) {
      return Responses.errorWithoutFields(
          SalesforceFault.badRequest("MALFORMED_SEARCH", e.getMessage()), limitInfo);
    } catch (SalesforceFault fault) {
      return fault.status() == 400
          ? Responses.errorWithoutFields(fault, limitInfo)
          : Responses.error(fault, limitInfo);
    }
  }

  /** Describes this by names, never by record values. */
  @Override
  public String toString() {
    return "SearchResource{" + engine + "}";
  }
}
