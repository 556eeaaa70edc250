package dev.salescloud.model.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.salescloud.model.SalesforceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Jackson module that teaches any {@link ObjectMapper} Salesforce's JSON.
 *
 * <ul>
 *   <li>datetimes ({@link Instant}) are read in every form Salesforce accepts and written as
 *       Salesforce writes them, {@code 2024-05-01T17:03:11.000+0000};
 *   <li>dates ({@link LocalDate}) are {@code yyyy-MM-dd}, times ({@link LocalTime}) {@code
 *       HH:mm:ss.SSSZ};
 *   <li>ids ({@link SalesforceId}) are read from 15 or 18 characters and written as 18;
 *   <li>money and other decimals are {@link BigDecimal}, written in plain notation;
 *   <li>JSON trees ({@link JsonNode}, which the model uses for custom fields) keep decimals exact,
 *       whatever the mapper's {@code USE_BIG_DECIMAL_FOR_FLOATS} setting;
 *   <li>JSON null for a list, set or map reads as an empty collection (Salesforce sends null for
 *       some empty collections; the model's collections are never null);
 *   <li>{@code Optional} attributes of the model are supported (the module registers Jackson's
 *       {@code Jdk8Module} and {@code JavaTimeModule} as its dependencies).
 * </ul>
 *
 * <p>A value that cannot be read fails with Jackson's {@code InvalidFormatException}, whose message
 * names the value, what was expected and the JSON path of the field.
 *
 * <pre>{@code
 * ObjectMapper mapper = SalesCloudJackson.newObjectMapper();
 * Lead lead = mapper.readValue(json, Lead.class);
 *
 * // or, with a mapper of your own:
 * myMapper.registerModule(new SalesCloudJackson());
 * }</pre>
 */
public final class SalesCloudJackson extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public SalesCloudJackson() {
    super("SalesCloudJackson", Version.unknownVersion());
    addSerializer(
        Instant.class,
        new TextValueSerializer<>(Instant.class, SalesforceDateTimes::formatDateTime));
    addDeserializer(
        Instant.class,
        new TextValueDeserializer<>(Instant.class, SalesforceDateTimes::parseDateTime));
    addSerializer(
        LocalDate.class, new TextValueSerializer<>(LocalDate.class, SalesforceDateTimes::formatDate));
    addDeserializer(
        LocalDate.class, new TextValueDeserializer<>(LocalDate.class, SalesforceDateTimes::parseDate));
    addSerializer(
        LocalTime.class, new TextValueSerializer<>(LocalTime.class, SalesforceDateTimes::formatTime));
    addDeserializer(
        LocalTime.class, new TextValueDeserializer<>(LocalTime.class, SalesforceDateTimes::parseTime));
    addSerializer(
        SalesforceId.class, new TextValueSerializer<>(SalesforceId.class, SalesforceId::value));
    addDeserializer(
        SalesforceId.class, new TextValueDeserializer<>(SalesforceId.class, SalesforceId::of));
    addSerializer(BigDecimal.class, new PlainBigDecimalSerializer());
    addDeserializer(JsonNode.class, new ExactJsonNodeDeserializer());
  }

  /** Jackson's {@code Jdk8Module} and {@code JavaTimeModule}, registered before this module. */
  /**
   * Registers the serializers, and reads JSON null as an empty list, set or map: Salesforce sends
   * {@code null} for some empty collections, and the model's collections are never null.
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    for (Class<?> type : List.of(Iterable.class, Collection.class, List.class, Set.class, Map.class)) {
      context.configOverride(type).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }
  }

  /** Jackson's {@code Jdk8Module} and {@code JavaTimeModule}, registered before this module. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  /**
   * A new mapper set up for Salesforce: this module registered, unknown properties ignored (newer
   * API versions add keys), decimals read exactly, dates written as text.
   *
   * @return a new, independent mapper
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .addModule(new SalesCloudJackson())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }
}
