package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.Responses.MAPPER;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.store.OrgStore;
import java.util.List;

/**
 * The describe resources of one API version: {@code GET sobjects} (describe global),
 * {@code GET sobjects/{type}} (basic information) and {@code GET sobjects/{type}/describe}, shaped
 * from the org's schema.
 */
final class DescribeResource {
  private final OrgStore store;

  DescribeResource(OrgStore store) {
    this.store = store;
  }

  /** Tells whether a path below the version is one of the describe resources. */
  static boolean answers(String method, List<String> rest) {
    if (rest.isEmpty() || !rest.get(0).equals("sobjects")) {
      return false;
    }
    return rest.size() == 1
        || (rest.size() == 2 && method.equals("GET"))
        || (rest.size() == 3 && rest.get(2).equals("describe"));
  }

  /** Answers a describe resource; {@code rest} starts at {@code sobjects}. */
  HttpResponse handle(String method, String base, List<String> rest, String limitInfo) {
    if (!method.equals("GET")) {
      throw Responses.notAllowed(method, "GET,HEAD");
    }
    ObjectDescriptions descriptions = new ObjectDescriptions(store.schema(), base);
    if (rest.size() == 1) {
      ObjectNode global = MAPPER.createObjectNode();
      global.put("encoding", "UTF-8");
      global.put("maxBatchSize", 200);
      ArrayNode sobjects = global.putArray("sobjects");
      store.schema().objects().forEach(o -> sobjects.add(descriptions.summary(o)));
      return Responses.json(200, global, limitInfo);
    }
    ObjectSchema object = store.requireObject(rest.get(1));
    if (rest.size() == 2) {
      ObjectNode basic = MAPPER.createObjectNode();
      basic.set("objectDescribe", descriptions.summary(object));
      basic.putArray("recentItems");
      return Responses.json(200, basic, limitInfo);
    }
    return Responses.json(200, descriptions.describe(object), limitInfo);
  }

  /** Describes this by names and counts, never by record values. */
  @Override
  public String toString() {
    return "DescribeResource{" + store + "}";
  }
}
