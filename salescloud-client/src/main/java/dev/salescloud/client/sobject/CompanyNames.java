package dev.salescloud.client.sobject;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Company names compared the way people mean them: {@code "ACME, Inc."}, {@code "Acme Inc"} and
 * {@code "acme"} are one company. Normalising lowers the case, drops accents and punctuation,
 * reads {@code &} as {@code and}, and removes trailing legal forms (Inc, Ltd, LLC, GmbH, AG,
 * Corp, Co, PLC, S.A., B.V., ...), keeping at least one word.
 */
final class CompanyNames {
  private static final Set<String> LEGAL_FORMS = Set.of(
      "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "gmbh", "mbh", "ag", "kg",
      "corp", "corporation", "co", "company", "plc", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
      "oy", "ab", "as", "asa", "pty", "pte", "kk", "se", "ug");

  private CompanyNames() {}

  /** The normalised name; empty for a name with no letter or digit. */
  static String normalise(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace("&", " and ");
    plain = plain.replaceAll("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)", "");
    List<String> words = new ArrayList<>(
        Arrays.asList(plain.replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" ")));
    words.removeIf(String::isEmpty);
    while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  /**
   * The company's first word as written, without trailing punctuation ({@code "ACME,"} gives
   * {@code "ACME"}): the prefix the candidate names are looked up by.
   */
  static String firstWord(String name) {
    String[] words = name.trim().split("\\s+");
    return words[0].replaceAll("[^\\p{L}\\p{N}]+$", "");
  }
}
