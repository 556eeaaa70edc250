package dev.salescloud.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads any JSON value into a tree, keeping every decimal exact ({@code BigDecimal}, never {@code
 * double}) whatever the mapper's settings. Used for fields the model keeps as raw JSON: custom
 * fields and fields of newer API versions, so that money in a custom field never loses a cent.
 */
public final class ExactJsonNodeDeserializer extends StdDeserializer<JsonNode> {
  private static final long serialVersionUID = 1L;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Creates the deserializer; Jackson does this through {@code @JsonDeserialize(using = ..)}. */
  public ExactJsonNodeDeserializer() {
    super(JsonNode.class);
  }

  /** Reads the value as Salesforce sends it. */
  @Override
  public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(p, ctxt);
  }

  /** JSON null reads as a null node, never as Java {@code null}. */
  @Override
  public JsonNode getNullValue(DeserializationContext ctxt) {
    return NODES.nullNode();
  }

  private static JsonNode read(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT:
        {
          ObjectNode object = NODES.objectNode();
          for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            object.set(name, read(p, ctxt));
          }
          return object;
        }
      case FIELD_NAME:
        {
          ObjectNode object = NODES.objectNode();
          for (String name = p.currentName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            object.set(name, read(p, ctxt));
          }
          return object;
        }
      case START_ARRAY:
        {
          ArrayNode array = NODES.arrayNode();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(p, ctxt));
          }
          return array;
        }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        return (JsonNode) ctxt.handleUnexpectedToken(JsonNode.class, p);
    }
  }
}
