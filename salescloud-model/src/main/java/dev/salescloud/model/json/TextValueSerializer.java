package dev.salescloud.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.function.Function;

/** Writes a value as the JSON string one of the model's formatters produces. */
final class TextValueSerializer<T> extends StdScalarSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Function<T, String> formatter;

  TextValueSerializer(Class<T> type, Function<T, String> formatter) {
    super(type);
    this.formatter = formatter;
  }

  /** Writes the value as Salesforce expects it. */
  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(formatter.apply(value));
  }
}
