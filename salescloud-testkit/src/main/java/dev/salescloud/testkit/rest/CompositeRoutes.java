package dev.salescloud.testkit.rest;

import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.api.ApiUsageCounter;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code composite} resources of one API version: {@code composite} itself,
 * {@code composite/batch}, {@code composite/sobjects} and {@code composite/tree}. Subrequests go
 * back through the router, as top-level calls do, but are not counted as API calls of their own:
 * the router asks {@link #isSubrequest} before counting.
 */
final class CompositeRoutes {
  private final Set<HttpRequest> inFlight =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
  private final CompositeResource composite;
  private final BatchResource batch;
  private final CollectionsResource collections;
  private final TreeResource tree;

  CompositeRoutes(OrgStore store, ApiUsageCounter usage) {
    this.composite = new CompositeResource(store);
    this.batch = new BatchResource(usage);
    this.collections = new CollectionsResource(store);
    this.tree = new TreeResource(store);
  }

  /** Tells whether a request is a subrequest this org is running, which is not counted again. */
  boolean isSubrequest(HttpRequest request) {
    return inFlight.contains(request);
  }

  /** Answers {@code composite[/batch | /sobjects/... | /tree/{type}]}; {@code rest} follows it. */
  HttpResponse handle(
      RestRouter router, String method, HttpRequest request, String base, List<String> rest,
      String limitInfo) {
    Subrequests subrequests = new Subrequests(router, request);
    if (rest.isEmpty()) {
      return composite.handle(method, request, base, subrequests, limitInfo);
    }
    switch (rest.get(0).toLowerCase(Locale.ROOT)) {
      case "batch":
        requireEnd(rest, 1);
        return batch.handle(method, request, base, subrequests, limitInfo);
      case "sobjects":
        return collections.handle(method, request, base, rest.subList(1, rest.size()), limitInfo);
      case "tree":
        requireEnd(rest, 2);
        return tree.handle(method, request, RestRouter.decode(rest.get(1)), limitInfo);
      default:
        throw SalesforceFault.notFound();
    }
  }

  private static void requireEnd(List<String> rest, int size) {
    if (rest.size() != size) {
      throw SalesforceFault.notFound();
    }
  }

  /** Describes this by names, never by record values. */
  @Override
  public String toString() {
    return "CompositeRoutes{" + inFlight.size() + " subrequests running}";
  }

  /** Runs the subrequests of one composite or batch call through the router, uncounted. */
  final class Subrequests {
    private final RestRouter router;
    private final HttpRequest outer;

    private Subrequests(RestRouter router, HttpRequest outer) {
      this.router = router;
      this.outer = outer;
    }

    /**
     * Sends one subrequest on the caller's session.
     *
     * @param method the subrequest's HTTP method
     * @param path the absolute path and query, e.g. {@code /services/data/v62.0/sobjects/Account}
     * @param body the JSON body, or null
     * @param headers extra request headers
     */
    HttpResponse send(String method, String path, String body, Map<String, String> headers) {
      HttpRequest.Builder builder;
      try {
        builder = HttpRequest.builder(method, outer.uri().resolve(path));
      } catch (IllegalArgumentException e) {
        return Responses.error(SalesforceFault.notFound(), null);
      }
      headers.forEach(builder::header);
      outer.header("Authorization").ifPresent(value -> builder.header("Authorization", value));
      if (body != null) {
        builder.header("Content-Type", "application/json").body(body);
      }
      HttpRequest request = builder.build();
      inFlight.add(request);
      try {
        return router.handle(request);
      } finally {
        inFlight.remove(request);
      }
    }

    /** Describes this by names, never by record values. */
    @Override
    public String toString() {
      return "Subrequests{" + outer.method() + "}";
    }
  }
}
