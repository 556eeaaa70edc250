package dev.salescloud.model;

import static dev.salescloud.model.JsonAssertions.MAPPER;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SalesforceIdTest {
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  @Nested
  class KnownIds {
    @ParameterizedTest
    @CsvSource({
      "00558000001N0Ke, 00558000001N0KeAAK",
      "001D000000IqhSL, 001D000000IqhSLIAZ",
      "0011Y00003HVMu4, 0011Y00003HVMu4QAH",
      "00Ob0000003uviH, 00Ob0000003uviHEAQ"
    })
    void appendsTheDocumentedChecksumToFifteenCharacterIds(String id15, String id18) {
      SalesforceId id = SalesforceId.of(id15);

      assertThat(id.value()).isEqualTo(id18);
      assertThat(id.to15()).isEqualTo(id15);
      assertThat(id.toString()).isEqualTo(id18);
      assertThat(SalesforceId.of(id18).value()).isEqualTo(id18);
    }

    @Test
    void keepsEighteenToFifteenToEighteenStable() {
      SalesforceId id = SalesforceId.of("0011Y00003HVMu4QAH");

      SalesforceId again = SalesforceId.of(SalesforceId.of(id.to15()).value());

      assertThat(again.value()).isEqualTo("0011Y00003HVMu4QAH");
      assertThat(again.to15()).isEqualTo("0011Y00003HVMu4");
    }

    @Test
    void treatsTheFifteenAndEighteenCharacterFormsAsEqual() {
      SalesforceId short15 = SalesforceId.of("001D000000IqhSL");
      SalesforceId long18 = SalesforceId.of("001D000000IqhSLIAZ");

      assertThat(short15).isEqualTo(long18).hasSameHashCodeAs(long18);
      assertThat(short15.compareTo(long18)).isZero();
    }

    @Test
    void tellsIdsThatDifferOnlyInCaseApartInTheFifteenCharacterForm() {
      SalesforceId upper = SalesforceId.of("001D000000IqhSL");
      SalesforceId lower = SalesforceId.of("001D000000IqhSl");

      assertThat(upper).isNotEqualTo(lower);
      assertThat(upper.to15()).isEqualToIgnoringCase(lower.to15()).isNotEqualTo(lower.to15());
      assertThat(upper.value().substring(15)).isNotEqualTo(lower.value().substring(15));
    }

    @Test
    void restoresTheCaseOfAnEighteenCharacterIdWhoseCaseWasLost() {
      assertThat(SalesforceId.of("00558000001n0keaak").value()).isEqualTo("00558000001N0KeAAK");
      assertThat(SalesforceId.of("00558000001N0KEAAK").value()).isEqualTo("00558000001N0KeAAK");
      assertThat(SalesforceId.of("001D000000IQHSLIAZ").value()).isEqualTo("001D000000IqhSLIAZ");
    }

    @Test
    void saysWhetherAStringIsAValidId() {
      assertThat(SalesforceId.isValid("00558000001N0Ke")).isTrue();
      assertThat(SalesforceId.isValid("00558000001N0KeAAK")).isTrue();
      assertThat(SalesforceId.isValid("00558000001N0KeAA9")).isFalse();
      assertThat(SalesforceId.isValid("not an id")).isFalse();
      assertThat(SalesforceId.isValid(null)).isFalse();
    }
  }

  @Nested
  class KeyPrefixes {
    @ParameterizedTest
    @CsvSource({
      "00Q, Lead",
      "001, Account",
      "003, Contact",
      "006, Opportunity",
      "00T, Task",
      "00U, Event",
      "005, User",
      "00O, Report",
      "00K, OpportunityContactRole",
      "00k, OpportunityLineItem"
    })
    void knowsTheObjectTypeOfAStandardPrefix(String prefix, String sobjectType) {
      SalesforceId id = SalesforceId.of(prefix + "5f00000Abcde");

      assertThat(id.keyPrefix()).isEqualTo(prefix);
      assertThat(id.objectType()).contains(sobjectType);
      assertThat(SalesforceId.keyPrefixOf(sobjectType)).contains(prefix);
      assertThat(SalesforceId.of(id.value(), sobjectType)).isEqualTo(id);
      assertThat(id.requireType(sobjectType)).isSameAs(id);
    }

    @Test
    void tellsPrefixesApartThatDifferOnlyInCase() {
      SalesforceId contactRole = SalesforceId.of("00K5f00000Abcde");
      SalesforceId lineItem = SalesforceId.of("00k5f00000Abcde");

      assertThat(contactRole.objectType()).contains("OpportunityContactRole");
      assertThat(lineItem.objectType()).contains("OpportunityLineItem");
      assertThat(contactRole).isNotEqualTo(lineItem);
      assertThat(SalesforceId.of(contactRole.value().toLowerCase()).objectType())
          .contains("OpportunityContactRole");
      assertThat(SalesforceId.of(lineItem.value().toUpperCase()).objectType())
          .contains("OpportunityLineItem");
    }

    @Test
    void knowsNoTypeForCustomObjectPrefixes() {
      SalesforceId invoice = SalesforceId.of("a015f00000Abcde");

      assertThat(invoice.keyPrefix()).isEqualTo("a01");
      assertThat(invoice.objectType()).isEmpty();
      assertThat(SalesforceId.keyPrefixOf("Invoice__c")).isEmpty();
      assertThat(invoice.requireType("Invoice__c")).isSameAs(invoice);
    }
  }

  @Nested
  class RequiringAType {
    @Test
    void refusesAnIdOfAnotherStandardObjectNamingBothTypes() {
      SalesforceId lead = SalesforceId.of("00Q5f00000AbcdeEAB");

      assertThatThrownBy(() -> lead.requireType("Account"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("00Q5f00000AbcdeEAB")
          .hasMessageContaining("00Q (Lead)")
          .hasMessageContaining("Account id starts with 001")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("id");
      assertThatThrownBy(() -> SalesforceId.of("00k5f00000Abcde", "OpportunityContactRole"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("OpportunityLineItem")
          .hasMessageContaining("OpportunityContactRole id starts with 00K");
    }

    @Test
    void refusesACustomObjectIdForAStandardType() {
      assertThatThrownBy(() -> SalesforceId.of("a015f00000Abcde", "Lead"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("key prefix a01")
          .hasMessageContaining("Lead id starts with 00Q");
    }

    @Test
    void refusesAStandardObjectIdForACustomType() {
      assertThatThrownBy(() -> SalesforceId.of("001D000000IqhSL", "Invoice__c"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("001 (Account)")
          .hasMessageContaining("Invoice__c id was expected");
    }

    @Test
    void acceptsTheObjectNameInAnyCase() {
      SalesforceId lead = SalesforceId.of("00Q5f00000AbcdeEAB");

      assertThat(lead.requireType("lead")).isSameAs(lead);
      assertThat(SalesforceId.of("00Q5f00000AbcdeEAB", "LEAD")).isEqualTo(lead);
      assertThat(SalesforceId.keyPrefixOf("lead")).contains("00Q");
    }

    @Test
    void refusesANullType() {
      assertThatThrownBy(() -> SalesforceId.of("001D000000IqhSL").requireType(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("sobjectType must not be null");
    }
  }

  @Nested
  class MalformedInput {
    void assertRefused(String input, String why) {
      assertThatThrownBy(() -> SalesforceId.of(input))
          .as(input)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'" + input + "'")
          .hasMessageContaining(why)
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("id");
    }

    @Test
    void refusesNull() {
      assertThatThrownBy(() -> SalesforceId.of(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("id must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00Q", "00Q5f00000Abcd", "00Q5f00000AbcdeE", "00Q5f00000AbcdeEA", "00Q5f00000AbcdeEABC"})
    void refusesAWrongLengthSayingHowLongItIs(String input) {
      assertRefused(input, "it has " + input.length() + " characters; Salesforce ids have 15 or 18");
    }

    @Test
    void refusesCharactersThatAreNotLettersOrDigitsNamingThePosition() {
      assertRefused("00Q-f00000Abcde", "character 4 ('-') is not a letter or digit");
      assertRefused("00Q5f 0000Abcde", "character 6 (' ') is not a letter or digit");
      assertRefused("00Q5f00000Abcde EA", "character 16 (' ') is not a letter or digit");
      assertRefused("00Q5f00000Abcdé", "character 15 ('é') is not a letter or digit");
      assertRefused("00Q5f00000Abcd\u0661", "is not a letter or digit");
    }

    @Test
    void refusesSurroundingWhitespaceByLength() {
      assertRefused(" 00Q5f00000Abcde", "it has 16 characters");
      assertRefused("00Q5f00000AbcdeEAB\n", "it has 19 characters");
    }

    @Test
    void refusesAChecksumCharacterOutsideTheChecksumAlphabet() {
      assertRefused("00558000001N0KeAA9", "checksum character 18 ('9') is not one of A-Z or 0-5");
      assertRefused("00558000001N0Ke6AK", "checksum character 16 ('6') is not one of A-Z or 0-5");
    }

    @Test
    void refusesAChecksumThatMarksADigitAsUpperCase() {
      assertRefused(
          "00558000001N0KeBAK",
          "the checksum says character 1 is an upper-case letter, but it is '0'");
      assertRefused(
          "00558000001N0KeA5K",
          "the checksum says character 6 is an upper-case letter, but it is '0'");
    }

    @Test
    void shortensVeryLongInputInTheMessage() {
      String input = "x".repeat(500);

      assertThatThrownBy(() -> SalesforceId.of(input))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("it has 500 characters")
          .hasMessageNotContaining("x".repeat(41));
    }
  }

  @Nested
  class Properties {
    private static final int IDS = 10_000;

    List<String> randomFifteenCharacterIds() {
      Random random = new Random(20261102L);
      List<String> ids = new java.util.ArrayList<>(IDS);
      for (int n = 0; n < IDS; n++) {
        StringBuilder id = new StringBuilder(15);
        for (int i = 0; i < 15; i++) {
          id.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        ids.add(id.toString());
      }
      return ids;
    }

    @Test
    void keepsFifteenToEighteenToFifteenStable() {
      for (String id15 : randomFifteenCharacterIds()) {
        SalesforceId id = SalesforceId.of(id15);

        assertThat(id.value()).as(id15).hasSize(18).startsWith(id15);
        assertThat(id.to15()).as(id15).isEqualTo(id15);
        assertThat(SalesforceId.of(id.value())).as(id15).isEqualTo(id);
        assertThat(SalesforceId.of(id.value()).value()).as(id15).isEqualTo(id.value());
        assertThat(id.value().substring(15)).as(id15).matches("[A-Z0-5]{3}");
      }
    }

    @Test
    void restoresTheCaseOfAnyFlippedCharacterFromTheChecksum() {
      for (String id15 : randomFifteenCharacterIds()) {
        SalesforceId id = SalesforceId.of(id15);
        for (int i = 0; i < 15; i++) {
          String flipped = flipCase(id.value(), i);

          assertThat(SalesforceId.of(flipped)).as(flipped).isEqualTo(id);
        }
        assertThat(SalesforceId.of(id.value().toLowerCase())).isEqualTo(id);
        assertThat(SalesforceId.of(id.value().toUpperCase())).isEqualTo(id);
      }
    }

    @Test
    void rejectsOrReadsAsTheCorruptedTextAnySingleReplacedCharacter() {
      Random random = new Random(7L);
      int rejected = 0;
      int accepted = 0;
      for (String id15 : randomFifteenCharacterIds()) {
        String id18 = SalesforceId.of(id15).value();
        for (int i = 0; i < 18; i++) {
          char replacement;
          do {
            replacement = BASE62.charAt(random.nextInt(BASE62.length()));
          } while (replacement == id18.charAt(i));
          String corrupted = id18.substring(0, i) + replacement + id18.substring(i + 1);

          SalesforceId read;
          try {
            read = SalesforceId.of(corrupted);
          } catch (InvalidArgumentException e) {
            rejected++;
            assertThat(e.getMessage()).as(corrupted).contains(corrupted);
            continue;
          }
          accepted++;
          assertThat(read.value()).as(corrupted).isEqualToIgnoringCase(corrupted);
        }
      }
      assertThat(rejected).as("corruptions rejected").isPositive();
      assertThat(accepted).as("corruptions read").isPositive();
    }

    @Test
    void readsFifteenAndWritesEighteenThroughJackson() throws JsonProcessingException {
      for (String id15 : randomFifteenCharacterIds()) {
        SalesforceId id = MAPPER.readValue("\"" + id15 + "\"", SalesforceId.class);

        assertThat(id).as(id15).isEqualTo(SalesforceId.of(id15));
        assertThat(MAPPER.writeValueAsString(id)).as(id15).isEqualTo("\"" + id.value() + "\"");
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(id), SalesforceId.class)).isEqualTo(id);
      }
    }

    private String flipCase(String text, int position) {
      char c = text.charAt(position);
      char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
      return text.substring(0, position) + flipped + text.substring(position + 1);
    }
  }

  @Nested
  class Json {
    @Test
    void readsFifteenCharactersAndWritesEighteenInsideObjects() {
      Map<?, ?> written =
          read(write(Map.of("OwnerId", SalesforceId.of("00558000001N0Ke"))), Map.class);

      assertThat(written.get("OwnerId")).isEqualTo("00558000001N0KeAAK");
    }

    @Test
    void refusesAMalformedIdNamingTheValueAndWhy() {
      assertThatThrownBy(() -> read("\"00558000001N0KeAA9\"", SalesforceId.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("00558000001N0KeAA9")
          .hasMessageContaining("not one of A-Z or 0-5");
      assertThatThrownBy(() -> read("12", SalesforceId.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("SalesforceId");
    }
  }

  @Nested
  class JavaSerialization {
    @Test
    void survivesJavaSerialization() throws IOException, ClassNotFoundException {
      SalesforceId id = SalesforceId.of("00558000001N0Ke");

      assertThat(deserialize(serialize(id))).isEqualTo(id);
    }

    @Test
    void refusesAnInvalidValueSmuggledInThroughJavaSerialization() throws IOException {
      byte[] bytes = serialize(SalesforceId.of("00558000001N0Ke"));
      String stream = new String(bytes, StandardCharsets.ISO_8859_1);
      byte[] tampered =
          stream.replace("00558000001N0KeAAK", "00558000001N0Ke--K").getBytes(StandardCharsets.ISO_8859_1);

      try {
        Object read = deserialize(tampered);
        fail("read an invalid id through Java serialization: " + read);
      } catch (ClassNotFoundException | IOException | InvalidArgumentException expected) {
        assertThat(expected).hasMessageContaining("00558000001N0Ke--K");
      }
    }

    private byte[] serialize(Object value) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      return bytes.toByteArray();
    }

    private Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        return in.readObject();
      }
    }
  }
}
