package dev.salescloud.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.salescloud.model.json.SalesCloudJackson;
import java.io.UncheckedIOException;

/** Shared test plumbing: the SDK's mapper, and JSON comparisons that ignore key order. */
public final class JsonAssertions {
  /** The mapper the SDK itself uses. */
  public static final ObjectMapper MAPPER = SalesCloudJackson.newObjectMapper();

  /** A plain mapper, to compare trees with decimals read exactly. */
  private static final ObjectMapper TREES =
      JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private JsonAssertions() {}

  /** Parses JSON text into a tree. */
  public static JsonNode json(String text) {
    try {
      return TREES.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads JSON into a model type with the SDK's mapper. */
  public static <T> T read(String text, Class<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a model value as JSON text with the SDK's mapper. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that reading {@code text} as {@code type} and writing it back gives the same JSON. */
  public static <T> T assertRoundTrip(String text, Class<T> type) {
    T value = read(text, type);
    assertThat(json(write(value))).isEqualTo(json(text));
    return value;
  }
}
