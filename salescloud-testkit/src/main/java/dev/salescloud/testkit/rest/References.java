package dev.salescloud.testkit.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @{referenceId.path}} references of a composite request, resolved against the bodies
 * of the subrequests that succeeded before: {@code .name} walks into a JSON object (names are
 * case-sensitive), {@code [n]} into an array, e.g. {@code @{refQuery.records[0].Id}}. Only text,
 * numbers, booleans and null can be referenced.
 */
final class References {
  private static final Pattern REFERENCE = Pattern.compile("@\\{([^}]*)\\}");
  private static final Pattern STEP = Pattern.compile("\\.([^.\\[\\]]+)|\\[(\\d{1,9})\\]");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]*");

  private final Map<String, JsonNode> bodies = new HashMap<>();

  /** Makes a subrequest's body referenceable. */
  void succeeded(String referenceId, JsonNode body) {
    bodies.put(referenceId, body == null ? NullNode.getInstance() : body);
  }

  /** Replaces the references in a text, such as a URL, by their values as text. */
  String inText(String text) {
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      JsonNode value = value(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value.isNull() ? "null" : value.asText()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Replaces the references in the text values of a body; a text that is one reference and nothing
   * else takes the referenced value with its JSON type.
   */
  JsonNode inBody(JsonNode body) {
    if (body.isTextual()) {
      Matcher whole = REFERENCE.matcher(body.asText());
      if (whole.matches()) {
        return value(whole.group(1));
      }
      return whole.find() ? TextNode.valueOf(inText(body.asText())) : body;
    }
    if (body.isObject()) {
      ObjectNode out = Responses.MAPPER.createObjectNode();
      for (Map.Entry<String, JsonNode> field : body.properties()) {
        out.set(field.getKey(), inBody(field.getValue()));
      }
      return out;
    }
    if (body.isArray()) {
      ArrayNode out = Responses.MAPPER.createArrayNode();
      body.forEach(item -> out.add(inBody(item)));
      return out;
    }
    return body;
  }

  private JsonNode value(String expression) {
    int end = firstStep(expression);
    String id = expression.substring(0, end);
    JsonNode node = ID.matcher(id).matches() ? bodies.get(id) : null;
    Matcher step = STEP.matcher(expression);
    int at = end;
    while (node != null && at < expression.length()) {
      if (!step.find(at) || step.start() != at) {
        node = null;
        break;
      }
      node = step.group(1) != null ? node.get(step.group(1)) : node.get(Integer.parseInt(step.group(2)));
      at = step.end();
    }
    if (node == null || end == expression.length() || node.isContainerNode()) {
      throw new SalesforceFault(
          400,
          "PROCESSING_HALTED",
          "Invalid reference specified. No value for " + expression + " found in " + id
              + ". Provided referenceId ('" + id + "') must refer to an earlier subrequest that"
              + " succeeded and whose response holds a value at that path.",
          List.of());
    }
    return node;
  }

  private static int firstStep(String expression) {
    int dot = expression.indexOf('.');
    int bracket = expression.indexOf('[');
    int end = expression.length();
    if (dot >= 0) {
      end = Math.min(end, dot);
    }
    if (bracket >= 0) {
      end = Math.min(end, bracket);
    }
    return end;
  }

  /** Describes this by reference ids, never by record values. */
  @Override
  public String toString() {
    return "References" + bodies.keySet();
  }
}
