package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.Responses.MAPPER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.testkit.schema.FieldSchema;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sObject Tree resource, {@code POST composite/tree/{type}}: creates trees of records, each
 * child nested under its parent's child relationship
 * ({@code "Contacts":{"records":[...]}}), every record naming its type and a
 * {@code referenceId} in {@code attributes}. Up to 200 records, five levels and five types; all
 * are created or none. Answers 201 {@code {"hasErrors":false,"results":[{"referenceId","id"}]}},
 * records created level by level, or 400 {@code {"hasErrors":true,"results":[{"referenceId",
 * "errors":[...]}]}} naming the record that failed.
 */
final class TreeResource {
  /** The most records one request may carry, across all trees. */
  static final int MAX_RECORDS = 200;
  /** The deepest a tree may be. */
  static final int MAX_LEVELS = 5;
  /** The most object types one request may carry. */
  static final int MAX_TYPES = 5;

  private final OrgStore store;

  TreeResource(OrgStore store) {
    this.store = store;
  }

  /** Answers {@code POST composite/tree/{type}}. */
  HttpResponse handle(String method, HttpRequest request, String type, String limitInfo) {
    if (!method.equals("POST")) {
      throw Responses.notAllowed(method, "POST");
    }
    ObjectSchema root = store.requireObject(type);
    ArrayNode records = RequestBodies.array(SObjectResource.body(request), "records");
    List<Node> nodes = new ArrayList<>();
    for (JsonNode record : records) {
      flatten(RequestBodies.object(record, "records"), root, null, null, 1, nodes);
    }
    if (nodes.size() > MAX_RECORDS) {
      throw SalesforceFault.badRequest(
          "LIMIT_EXCEEDED",
          "A tree request may contain at most " + MAX_RECORDS + " records; this one has " + nodes.size());
    }
    Set<String> referenceIds = new HashSet<>();
    Set<String> types = new HashSet<>();
    for (Node node : nodes) {
      if (!referenceIds.add(node.referenceId)) {
        throw SalesforceFault.badRequest(
            "INVALID_INPUT", "Duplicate ReferenceId provided in the request: " + node.referenceId);
      }
      types.add(node.object.name());
    }
    if (types.size() > MAX_TYPES) {
      throw SalesforceFault.badRequest(
          "LIMIT_EXCEEDED", "A tree request may contain records of at most " + MAX_TYPES + " types");
    }
    List<Node> order = new ArrayList<>(nodes);
    order.sort(Comparator.comparingInt(n -> n.level));
    ArrayNode results = MAPPER.createArrayNode();
    ObjectNode out = MAPPER.createObjectNode();
    try {
      store.atomically(() -> {
        for (Node node : order) {
          if (node.parent != null) {
            node.fields.put(node.lookup.name(), node.parent.id.value());
          }
          try {
            node.id = store.insert(node.object.name(), node.fields);
          } catch (SalesforceFault fault) {
            ObjectNode failure = results.addObject();
            failure.put("referenceId", node.referenceId);
            failure.putArray("errors").add(SaveResults.error(fault));
            throw new Rollback();
          }
          ObjectNode created = results.addObject();
          created.put("referenceId", node.referenceId);
          created.put("id", node.id.value());
        }
        return null;
      });
    } catch (Rollback rollback) {
      ArrayNode failed = MAPPER.createArrayNode();
      failed.add(results.get(results.size() - 1));
      out.put("hasErrors", true);
      out.set("results", failed);
      return Responses.json(400, out, limitInfo);
    }
    out.put("hasErrors", false);
    out.set("results", results);
    return Responses.json(201, out, limitInfo);
  }

  private void flatten(
      ObjectNode record, ObjectSchema expected, Node parent, FieldSchema lookup, int level,
      List<Node> nodes) {
    if (level > MAX_LEVELS) {
      throw SalesforceFault.badRequest(
          "LIMIT_EXCEEDED", "A tree may be at most " + MAX_LEVELS + " levels deep");
    }
    JsonNode attributes = record.path("attributes");
    String referenceId = attributes.path("referenceId").asText("");
    String type = attributes.path("type").asText("");
    if (referenceId.isBlank() || type.isBlank()) {
      throw SalesforceFault.badRequest(
          "INVALID_INPUT", "Every record needs attributes with a type and a referenceId");
    }
    if (!type.equalsIgnoreCase(expected.name())) {
      throw SalesforceFault.badRequest(
          "INVALID_INPUT",
          "The record " + referenceId + " is of type " + type + " where " + expected.name()
              + " is expected");
    }
    ObjectNode fields = MAPPER.createObjectNode();
    Node node = new Node(referenceId, expected, fields, parent, lookup, level);
    nodes.add(node);
    for (Map.Entry<String, JsonNode> entry : record.properties()) {
      JsonNode value = entry.getValue();
      if (entry.getKey().equals("attributes")) {
        continue;
      }
      if (!value.isObject() || !value.has("records")) {
        fields.set(entry.getKey(), value);
        continue;
      }
      for (JsonNode child : RequestBodies.array(value, "records")) {
        ObjectNode childRecord = RequestBodies.object(child, "records");
        String childType = childRecord.path("attributes").path("type").asText("");
        ObjectSchema childObject =
            store.schema().object(childType).orElseThrow(() -> invalidRelationship(entry.getKey(), expected));
        FieldSchema childLookup =
            childObject.fields().stream()
                .filter(f -> f.type() == FieldType.REFERENCE)
                .filter(f -> f.referenceTo().stream().anyMatch(expected.name()::equalsIgnoreCase))
                .findFirst()
                .orElseThrow(() -> invalidRelationship(entry.getKey(), expected));
        flatten(childRecord, childObject, node, childLookup, level + 1, nodes);
      }
    }
  }

  private static SalesforceFault invalidRelationship(String name, ObjectSchema parent) {
    return SalesforceFault.badRequest(
        "INVALID_FIELD",
        "No such relation '" + name + "' on entity '" + parent.name() + "'",
        name);
  }

  /** Describes this by names, never by record values. */
  @Override
  public String toString() {
    return "TreeResource{" + store + "}";
  }

  /** One record of a tree, flattened, with its parent. */
  private static final class Node {
    private final String referenceId;
    private final ObjectSchema object;
    private final ObjectNode fields;
    private final Node parent;
    private final FieldSchema lookup;
    private final int level;
    private SalesforceId id;

    Node(String referenceId, ObjectSchema object, ObjectNode fields, Node parent, FieldSchema lookup, int level) {
      this.referenceId = referenceId;
      this.object = object;
      this.fields = fields;
      this.parent = parent;
      this.lookup = lookup;
      this.level = level;
    }

    /** Describes this by reference id and type, never by field values. */
    @Override
    public String toString() {
      return "Node{" + referenceId + " " + object.name() + "}";
    }
  }
}
