package dev.salescloud.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How request and response bodies are written to the debug log when body logging is on: as
 * JSON, with the value of every secret-looking key and of every configured field replaced by
 * {@value #MASK}, any occurrence of the access token masked too, and cut after {@value
 * #MAX_CHARS} characters. Bodies that are not JSON are not logged at all, only their size.
 * Immutable and thread-safe.
 */
final class BodyRedaction {
  /** What a redacted value becomes. */
  static final String MASK = "***";

  /** The most characters of one body the log gets. */
  static final int MAX_CHARS = 8192;

  /**
   * Key parts that always mark a secret, compared with the key lower-cased and stripped of
   * {@code _} and {@code -}: {@code access_token}, {@code refresh_token}, {@code client_secret},
   * {@code password}, {@code sessionId}, {@code Api-Key} ...
   */
  private static final List<String> SECRET_PARTS =
      List.of("token", "password", "passwd", "secret", "sessionid", "apikey", "privatekey",
          "authorization");

  private static final BodyRedaction OFF = new BodyRedaction(false, List.of());

  private final boolean enabled;
  private final Set<String> fields;

  private BodyRedaction(boolean enabled, Collection<String> fields) {
    this.enabled = enabled;
    Set<String> copy = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    copy.addAll(fields);
    this.fields = Collections.unmodifiableSet(copy);
  }

  /** No body logging. */
  static BodyRedaction off() {
    return OFF;
  }

  /** Body logging that also masks these keys (compared ignoring case). */
  static BodyRedaction logging(Collection<String> redactedFields) {
    return new BodyRedaction(true, redactedFields);
  }

  boolean enabled() {
    return enabled;
  }

  Set<String> fields() {
    return fields;
  }

  /** Whether a key names a secret, whatever the configuration. */
  static boolean isSecretKey(String key) {
    String normalised = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    return SECRET_PARTS.stream().anyMatch(normalised::contains);
  }

  /** Whether the value of this key is masked. */
  boolean redacts(String key) {
    return isSecretKey(key) || fields.contains(key);
  }

  /** A copy of a JSON tree with the values of masked keys replaced, at any depth. */
  JsonNode redact(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = ((ObjectNode) node).objectNode();
      for (var e : node.properties()) {
        copy.set(e.getKey(), redacts(e.getKey()) ? TextNode.valueOf(MASK) : redact(e.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = ((ArrayNode) node).arrayNode();
      node.forEach(element -> copy.add(redact(element)));
      return copy;
    }
    return node;
  }

  /**
   * The text the log gets for a body.
   *
   * @param body the bytes sent or received
   * @param mapper the client's mapper
   * @param token the access token in use, masked wherever it appears
   * @return the redacted JSON, or a note saying why the body is not shown
   */
  String render(byte[] body, ObjectMapper mapper, String token) {
    if (body.length == 0) {
      return "(empty)";
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (IOException e) {
      tree = null;
    }
    if (tree == null || tree.isMissingNode()) {
      return "(" + body.length + " bytes, not JSON: not logged)";
    }
    String text;
    try {
      text = mapper.writeValueAsString(redact(tree));
    } catch (JsonProcessingException e) {
      return "(" + body.length + " bytes, not writable as JSON: not logged)";
    }
    if (token != null && !token.isEmpty()) {
      text = text.replace(token, MASK);
    }
    return text.length() > MAX_CHARS
        ? text.substring(0, MAX_CHARS) + "... (" + (text.length() - MAX_CHARS) + " more characters)"
        : text;
  }
}
