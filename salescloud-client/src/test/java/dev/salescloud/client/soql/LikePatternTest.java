package dev.salescloud.client.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LikePatternTest {
  @Nested
  class Escaping {
    @Test
    void escapesTheCharactersThatHaveAMeaningInAPattern() {
      assertThat(LikePattern.escape("50%_off\\now")).isEqualTo("50\\%\\_off\\\\now");
      assertThat(LikePattern.escape("plain")).isEqualTo("plain");
      assertThat(LikePattern.literal("a%").pattern()).isEqualTo("a\\%");
      assertThat(LikePattern.startsWith("a_").pattern()).isEqualTo("a\\_%");
      assertThat(LikePattern.contains("a").pattern()).isEqualTo("%a%");
      assertThat(LikePattern.endsWith("\\").pattern()).isEqualTo("%\\\\");
    }

    @Test
    void refusesABackslashThatEscapesNothingAPatternKnows() {
      for (String bad : new String[] {"a\\b", "a\\", "\\'", "\\n"}) {
        assertThatThrownBy(() -> LikePattern.of(bad))
            .as(bad)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("backslash must be followed by %, _ or another backslash");
      }
      assertThatThrownBy(() -> LikePattern.of(null)).hasMessage("pattern must not be null");
    }

    @Test
    void refusesAPatternLongerThan4000Characters() {
      assertThat(LikePattern.of("x".repeat(4000)).pattern()).hasSize(4000);
      assertThatThrownBy(() -> LikePattern.contains("x".repeat(3999)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at most 4,000 characters; this one has 4001");
    }
  }

  @Nested
  class Matching {
    @Test
    void percentMatchesAnyRunAndUnderscoreExactlyOneCharacter() {
      LikePattern p = LikePattern.of("A%c_e");

      assertThat(p.matches("Ace")).isFalse();
      assertThat(p.matches("Acxe")).isTrue();
      assertThat(p.matches("AbbbbcXe")).isTrue();
      assertThat(p.matches("Abcde!")).isFalse();
      assertThat(LikePattern.of("%").matches("")).isTrue();
      assertThat(LikePattern.of("_").matches("")).isFalse();
      assertThat(LikePattern.of("").matches("")).isTrue();
      assertThat(LikePattern.of("").matches("x")).isFalse();
      assertThat(LikePattern.of("%a%b%").matches("xxaxxbxx")).isTrue();
      assertThat(LikePattern.of("%a%b%").matches("xxbxxaxx")).isFalse();
    }

    @Test
    void ignoresCaseLikeSalesforce() {
      assertThat(LikePattern.of("acme%").matches("ACME Corp")).isTrue();
      assertThat(LikePattern.of("%STRASSE").matches("hauptstrasse")).isTrue();
      assertThat(LikePattern.of("\u00e9t\u00e9").matches("\u00c9T\u00c9")).isTrue();
    }

    @Test
    void escapedWildcardsAndBackslashesMatchThemselves() {
      assertThat(LikePattern.of("Ter\\%").matches("Ter%")).isTrue();
      assertThat(LikePattern.of("Ter\\%").matches("Terx")).isFalse();
      assertThat(LikePattern.of("Ter\\%%").matches("Ter% and more")).isTrue();
      assertThat(LikePattern.of("a\\_b").matches("axb")).isFalse();
      assertThat(LikePattern.of("a\\\\b").matches("a\\b")).isTrue();
    }

    @Test
    void underscoreMatchesOneCharacterOutsideTheBasicPlane() {
      assertThat(LikePattern.of("a_b").matches("a\ud83d\ude00b")).isTrue();
      assertThat(LikePattern.of("a__b").matches("a\ud83d\ude00b")).isFalse();
    }

    @Test
    void matchesLongValuesWithoutBacktrackingBlowup() {
      LikePattern p = LikePattern.of("%a%a%a%a%a%a%a%b");
      String value = "a".repeat(4000);

      long start = System.nanoTime();
      boolean matched = p.matches(value);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(matched).isFalse();
      assertThat(millis).isLessThan(2_000);
    }
  }
}
