package dev.salescloud.model.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes datetimes as the Reports and Dashboards API does, {@code 2013-08-12T19:06:47Z}, rather
 * than in the {@code .000+0000} form of the sObject API; reading accepts both.
 */
final class IsoInstantSerializer extends StdScalarSerializer<Instant> {
  private static final long serialVersionUID = 1L;

  IsoInstantSerializer() {
    super(Instant.class);
  }

  /** Writes the instant in UTC, with fractional seconds only when it has them. */
  @Override
  public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
  }
}
