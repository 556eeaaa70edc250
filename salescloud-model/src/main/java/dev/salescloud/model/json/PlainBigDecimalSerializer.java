package dev.salescloud.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes money and other decimals in plain notation ({@code 1000}, never {@code 1E+3}). */
final class PlainBigDecimalSerializer extends StdScalarSerializer<BigDecimal> {
  private static final long serialVersionUID = 1L;

  PlainBigDecimalSerializer() {
    super(BigDecimal.class);
  }

  /** Writes the value as Salesforce expects it. */
  @Override
  public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeNumber(value.toPlainString());
  }
}
