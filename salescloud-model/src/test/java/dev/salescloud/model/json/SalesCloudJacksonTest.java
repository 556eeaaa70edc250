package dev.salescloud.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Lead;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SalesCloudJacksonTest {
  static final ObjectMapper SDK = SalesCloudJackson.newObjectMapper();

  /** A mapper with Jackson's defaults and only the module registered. */
  static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new SalesCloudJackson());

  static final TypeReference<Map<String, Instant>> DATETIMES = new TypeReference<>() {};
  static final TypeReference<Map<String, LocalDate>> DATES = new TypeReference<>() {};
  static final TypeReference<Map<String, LocalTime>> TIMES = new TypeReference<>() {};

  static <T> T read(ObjectMapper mapper, String json, TypeReference<T> type) throws JsonProcessingException {
    return mapper.readValue(json, type);
  }

  static String field(String name, String text) {
    return "{\"" + name + "\":\"" + text + "\"}";
  }

  @Nested
  class Datetimes {
    @ParameterizedTest
    @CsvSource({
      "2024-05-01T17:03:11.000+0000, 2024-05-01T17:03:11Z",
      "2024-05-01T17:03:11.000Z, 2024-05-01T17:03:11Z",
      "2024-05-01T17:03:11Z, 2024-05-01T17:03:11Z",
      "2024-05-01T17:03:11.000+00:00, 2024-05-01T17:03:11Z",
      "2024-05-01T09:03:11.000-0800, 2024-05-01T17:03:11Z",
      "2024-05-01T09:03:11-08:00, 2024-05-01T17:03:11Z",
      "2024-05-01T19:33:11.000+0230, 2024-05-01T17:03:11Z",
      "2024-05-01T17:03:11+0000, 2024-05-01T17:03:11Z",
      "2024-05-01T17:03:11.5Z, 2024-05-01T17:03:11.500Z",
      "2024-05-01T17:03:11.123456+0000, 2024-05-01T17:03:11.123456Z",
      "2024-05-01T17:03:11.123456789Z, 2024-05-01T17:03:11.123456789Z",
      "2024-12-31T23:59:59.999-0100, 2025-01-01T00:59:59.999Z"
    })
    void readsEveryFormSalesforceAccepts(String text, String expected) throws JsonProcessingException {
      Map<String, Instant> read = read(SDK, field("CreatedDate", text), DATETIMES);

      assertThat(read.get("CreatedDate")).isEqualTo(Instant.parse(expected));
      assertThat(SalesforceDateTimes.parseDateTime(text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void writesDatetimesAsSalesforceDoes() throws JsonProcessingException {
      Map<String, Instant> values = new LinkedHashMap<>();
      values.put("CreatedDate", Instant.parse("2024-05-01T17:03:11Z"));
      values.put("LastModifiedDate", Instant.parse("2024-05-01T17:03:11.123456Z"));
      values.put("SystemModstamp", Instant.parse("1999-12-31T23:59:59.999Z"));

      assertThat(SDK.writeValueAsString(values))
          .isEqualTo(
              "{\"CreatedDate\":\"2024-05-01T17:03:11.000+0000\","
                  + "\"LastModifiedDate\":\"2024-05-01T17:03:11.123+0000\","
                  + "\"SystemModstamp\":\"1999-12-31T23:59:59.999+0000\"}");
    }

    @Test
    void writesAnOffsetDatetimeReadInUtc() throws JsonProcessingException {
      Map<String, Instant> read = read(SDK, field("CreatedDate", "2024-05-01T09:03:11.250-0800"), DATETIMES);

      assertThat(SDK.writeValueAsString(read)).isEqualTo(field("CreatedDate", "2024-05-01T17:03:11.250+0000"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "01/10/2026 09:15",
          "2024-05-01 17:03:11Z",
          "2024-05-01T17:03:11",
          "2024-05-01T17:03:11.000",
          "2024-05-01",
          "2024-05-01T17:03Z",
          "2024-05-01T25:03:11Z",
          "2024-02-30T17:03:11Z",
          "2024-05-01T17:03:11+08",
          "2024-05-01T17:03:11.000 +0000",
          "2024-05-01T17:03:11.000+0000Z",
          "2024-05-01T17:03:11.1234567890Z",
          "yesterday",
          ""
        })
    void refusesUnknownFormatsNamingTheValueAndThePath(String text) {
      assertThatThrownBy(() -> read(SDK, "{\"records\":[" + field("CreatedDate", text) + "]}",
              new TypeReference<Map<String, List<Map<String, Instant>>>>() {}))
          .as(text)
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageContaining("\"" + text + "\"")
          .hasMessageContaining("[\"records\"]->java.util.ArrayList[0]->java.util.LinkedHashMap[\"CreatedDate\"]");
    }

    @Test
    void saysWhatIsMissingWhenTheOffsetIs() {
      assertThatThrownBy(() -> SalesforceDateTimes.parseDateTime("2024-05-01T17:03:11.000"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'2024-05-01T17:03:11.000' has no offset");
      assertThatThrownBy(() -> SalesforceDateTimes.parseDateTime("01/10/2026"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'01/10/2026'")
          .hasMessageContaining("2024-05-01T17:03:11.000+0000");
    }

    @Test
    void refusesADatetimeWithTwoOffsets() {
      assertThatThrownBy(() -> SalesforceDateTimes.parseDateTime("2024-05-01T17:03:11Z+0000"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("2024-05-01T17:03:11Z+0000");
      assertThatThrownBy(() -> SalesforceDateTimes.parseDateTime("2024-05-01T17:03:11+00:00+0000"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("2024-05-01T17:03:11+00:00+0000");
    }

    @Test
    void refusesANumberForADatetime() {
      assertThatThrownBy(() -> read(SDK, "{\"CreatedDate\":1714582991000}", DATETIMES))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("CreatedDate");
    }

    @Test
    void refusesNullArgumentsToTheFormatters() {
      assertThatThrownBy(() -> SalesforceDateTimes.parseDateTime(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("datetime must not be null");
      assertThatThrownBy(() -> SalesforceDateTimes.formatDateTime(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("datetime must not be null");
    }
  }

  @Nested
  class Dates {
    @Test
    void readsAndWritesIsoDates() throws JsonProcessingException {
      Map<String, LocalDate> read = read(SDK, field("CloseDate", "2024-02-29"), DATES);

      assertThat(read.get("CloseDate")).isEqualTo(LocalDate.of(2024, 2, 29));
      assertThat(SDK.writeValueAsString(read)).isEqualTo(field("CloseDate", "2024-02-29"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2024-02-30",
          "2023-02-29",
          "2024-13-01",
          "2024-00-10",
          "2024-04-31",
          "2024-5-1",
          "24-05-01",
          "20240501",
          "2024/05/01",
          "2024-05-01T00:00:00.000+0000",
          "2024-05-01Z",
          "01.05.2024"
        })
    void refusesAnythingButAStrictCalendarDateNamingTheValueAndPath(String text) {
      assertThatThrownBy(() -> read(SDK, field("CloseDate", text), DATES))
          .as(text)
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageContaining("\"" + text + "\"")
          .hasMessageContaining("expected yyyy-MM-dd")
          .hasMessageContaining("[\"CloseDate\"]");
    }
  }

  @Nested
  class Times {
    @ParameterizedTest
    @CsvSource({
      "13:30:00.000Z, 13:30",
      "13:30:00Z, 13:30",
      "13:30:00, 13:30",
      "13:30, 13:30",
      "00:00:00.000Z, 00:00",
      "23:59:59.999Z, 23:59:59.999",
      "08:05:03.5Z, 08:05:03.500"
    })
    void readsTimesOfDay(String text, String expected) throws JsonProcessingException {
      assertThat(read(SDK, field("Start__c", text), TIMES).get("Start__c")).isEqualTo(LocalTime.parse(expected));
    }

    @Test
    void writesTimesAsSalesforceDoes() throws JsonProcessingException {
      assertThat(SDK.writeValueAsString(Map.of("Start__c", LocalTime.of(13, 30))))
          .isEqualTo(field("Start__c", "13:30:00.000Z"));
      assertThat(SDK.writeValueAsString(Map.of("Start__c", LocalTime.of(8, 5, 3, 123_456_789))))
          .isEqualTo(field("Start__c", "08:05:03.123Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00:00.000Z", "13:60:00Z", "1:30 PM", "13:30:00.000+0100", "1330", "13:30:00.000ZZ"})
    void refusesOtherTimesNamingTheValueAndPath(String text) {
      assertThatThrownBy(() -> read(SDK, field("Start__c", text), TIMES))
          .as(text)
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageContaining("\"" + text + "\"")
          .hasMessageContaining("[\"Start__c\"]");
    }
  }

  @Nested
  class Decimals {
    @ParameterizedTest
    @CsvSource({"1E+3, 1000", "1.50E+2, 150", "1E-7, 0.0000001", "-2.5E+1, -25", "1000.50, 1000.50", "0.00, 0.00"})
    void writesBigDecimalsInPlainNotation(String value, String written) throws JsonProcessingException {
      assertThat(SDK.writeValueAsString(new BigDecimal(value))).isEqualTo(written);
      assertThat(PLAIN.writeValueAsString(new BigDecimal(value))).isEqualTo(written);
      assertThat(SDK.writeValueAsString(Map.of("Amount", new BigDecimal(value))))
          .isEqualTo("{\"Amount\":" + written + "}");
    }

    @Test
    void writesMoneyOfATypedRecordInPlainNotation() throws JsonProcessingException {
      Lead lead = Lead.builder().lastName("Ng").company("Acme").annualRevenue(new BigDecimal("1E+3")).build();

      assertThat(SDK.writeValueAsString(lead)).contains("\"AnnualRevenue\":1000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1000000000000000055511151231257827", "12345678901234567.89", "1000.50", "300.0", "1E+3"})
    void readsBigDecimalsExactly(String text) throws JsonProcessingException {
      assertThat(SDK.readValue(text, BigDecimal.class)).isEqualTo(new BigDecimal(text));
      assertThat(PLAIN.readValue(text, BigDecimal.class)).isEqualTo(new BigDecimal(text));
    }
  }

  @Nested
  class JsonTrees {
    static final String PAYLOAD =
        "{\"Amount__c\":12345678901234567.89,\"Rate__c\":0.1000000000000000055511151231257827,"
            + "\"Count__c\":123456789012345678901234567890,\"Scaled__c\":300.0,\"Nested__c\":{\"deep\":[1.10,2]}}";

    void assertExact(JsonNode tree) {
      assertThat(tree.get("Amount__c").decimalValue()).isEqualTo(new BigDecimal("12345678901234567.89"));
      assertThat(tree.get("Rate__c").decimalValue())
          .isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
      assertThat(tree.get("Count__c").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
      assertThat(tree.get("Scaled__c").decimalValue()).isEqualTo(new BigDecimal("300.0"));
      assertThat(tree.get("Nested__c").get("deep").get(0).decimalValue()).isEqualTo(new BigDecimal("1.10"));
    }

    @Test
    void keepsDecimalsExactWithTheSdkMapper() throws JsonProcessingException {
      assertExact(SDK.readTree(PAYLOAD));
      assertExact(SDK.readValue(PAYLOAD, JsonNode.class));
    }

    @Test
    void keepsDecimalsExactWithAPlainMapperThatRegistersOnlyTheModule() throws JsonProcessingException {
      assertThat(PLAIN.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)).isFalse();

      assertExact(PLAIN.readTree(PAYLOAD));
      assertExact(PLAIN.readValue(PAYLOAD, JsonNode.class));
      Map<String, JsonNode> values = PLAIN.readValue(PAYLOAD, new TypeReference<Map<String, JsonNode>>() {});
      assertThat(values.get("Rate__c").decimalValue()).isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
    }

    @Test
    void writesTreesBackWithTheirDigits() throws JsonProcessingException {
      assertThat(SDK.writeValueAsString(SDK.readTree(PAYLOAD))).isEqualTo(PAYLOAD);
      assertThat(PLAIN.writeValueAsString(PLAIN.readTree(PAYLOAD))).isEqualTo(PAYLOAD);
    }

    @Test
    void keepsCustomFieldsOfTypedRecordsExactWithAPlainMapper() throws JsonProcessingException {
      Lead lead =
          PLAIN.readValue(
              "{\"attributes\":{\"type\":\"Lead\"},\"LastName\":\"Ng\",\"CreatedDate\":\"2024-05-01T17:03:11.000+0000\","
                  + "\"AnnualRevenue\":1250000.50,\"Rate__c\":0.1000000000000000055511151231257827}",
              Lead.class);

      assertThat(lead.customField("Rate__c", BigDecimal.class))
          .contains(new BigDecimal("0.1000000000000000055511151231257827"));
      assertThat(lead.annualRevenue()).contains(new BigDecimal("1250000.50"));
      assertThat(lead.createdDate()).contains(Instant.parse("2024-05-01T17:03:11Z"));
    }

    @Test
    void readsJsonNullAsANullNode() throws JsonProcessingException {
      Map<String, JsonNode> values = PLAIN.readValue("{\"Title\":null}", new TypeReference<Map<String, JsonNode>>() {});

      assertThat(values.get("Title")).isNotNull();
      assertThat(values.get("Title").isNull()).isTrue();
    }
  }

  @Nested
  class MapperSetup {
    @Test
    void writesSalesforceFormatsWithAPlainMapper() throws JsonProcessingException {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("CreatedDate", Instant.parse("2024-05-01T17:03:11Z"));
      values.put("CloseDate", LocalDate.of(2024, 5, 1));
      values.put("OwnerId", SalesforceId.of("00558000001N0Ke"));

      assertThat(PLAIN.writeValueAsString(values))
          .isEqualTo(
              "{\"CreatedDate\":\"2024-05-01T17:03:11.000+0000\",\"CloseDate\":\"2024-05-01\","
                  + "\"OwnerId\":\"00558000001N0KeAAK\"}");
    }

    @Test
    void keepsSalesforceFormatsWhateverTheOrderJavaTimeModuleIsRegisteredIn() throws JsonProcessingException {
      Instant instant = Instant.parse("2024-05-01T17:03:11Z");
      ObjectMapper timeFirst =
          JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new SalesCloudJackson()).build();
      ObjectMapper timeAfter =
          JsonMapper.builder().addModule(new SalesCloudJackson()).addModule(new JavaTimeModule()).build();

      assertThat(timeFirst.writeValueAsString(instant)).isEqualTo("\"2024-05-01T17:03:11.000+0000\"");
      assertThat(timeAfter.writeValueAsString(instant)).isEqualTo("\"2024-05-01T17:03:11.000+0000\"");
      assertThat(timeAfter.readValue("\"2024-05-01T09:03:11.000-0800\"", Instant.class)).isEqualTo(instant);
    }

    @Test
    void ignoresUnknownPropertiesAndReadsDecimalsExactlyInTheSdkMapper() {
      assertThat(SDK.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
      assertThat(SDK.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)).isTrue();
      assertThat(SalesCloudJackson.newObjectMapper()).isNotSameAs(SalesCloudJackson.newObjectMapper());
    }

    @Test
    void readsUntypedDecimalsExactlyInTheSdkMapper() throws JsonProcessingException {
      Map<String, Object> values =
          SDK.readValue("{\"Rate__c\":0.1000000000000000055511151231257827}", new TypeReference<Map<String, Object>>() {});

      assertThat(values.get("Rate__c")).isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
    }
  }
}
