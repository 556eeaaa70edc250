package dev.salescloud.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a JSON string through one of the model's parsers; a refused value becomes a Jackson
 * {@code InvalidFormatException} whose message names the value and the JSON path of the field.
 */
final class TextValueDeserializer<T> extends StdScalarDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Function<String, T> parser;

  TextValueDeserializer(Class<T> type, Function<String, T> parser) {
    super(type);
    this.parser = parser;
  }

  /** Reads the value as Salesforce sends it. */
  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return (T) ctxt.handleUnexpectedToken(handledType(), p);
    }
    String text = p.getText();
    try {
      return parser.apply(text);
    } catch (InvalidArgumentException e) {
      throw ctxt.weirdStringException(text, handledType(), e.getMessage());
    }
  }
}
