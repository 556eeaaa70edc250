package dev.salescloud.testkit.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.testkit.schema.FieldSchema;
import dev.salescloud.testkit.schema.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text a search looks at in one record: the tokens of every searched field (runs of letters
 * and digits, lower case), and for phone fields their digits from the start of each number
 * group, so {@code 4155551212} and {@code 5551212} both find {@code +1 (415) 555-1212}.
 */
final class SearchableText {
  private final List<List<String>> fields = new ArrayList<>();
  private final List<String> phoneDigits = new ArrayList<>();

  SearchableText(ObjectNode row, List<FieldSchema> searched) {
    for (FieldSchema field : searched) {
      JsonNode value = row.get(field.name());
      if (value == null || value.isNull()) {
        continue;
      }
      List<String> tokens = tokens(value.asText());
      fields.add(tokens);
      if (field.type() == FieldType.PHONE) {
        String digits = value.asText().replaceAll("\\D", "");
        int at = 0;
        for (String token : tokens) {
          if (token.chars().allMatch(Character::isDigit)) {
            phoneDigits.add(digits.substring(at));
            at += token.length();
          }
        }
      }
    }
  }

  /** Tells whether one field holds tokens matching the patterns, one after the other. */
  boolean containsSequence(List<Pattern> patterns) {
    for (List<String> tokens : fields) {
      for (int start = 0; start + patterns.size() <= tokens.size(); start++) {
        int i = 0;
        while (i < patterns.size() && patterns.get(i).matcher(tokens.get(start + i)).matches()) {
          i++;
        }
        if (i == patterns.size()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Tells whether a phone number's digits, from one of its groups on, match the pattern. */
  boolean containsPhoneDigits(Pattern digits) {
    return phoneDigits.stream().anyMatch(d -> digits.matcher(d).matches());
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        token.append(c);
      } else if (token.length() > 0) {
        tokens.add(token.toString().toLowerCase(Locale.ROOT));
        token.setLength(0);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString().toLowerCase(Locale.ROOT));
    }
    return tokens;
  }

  /** Counts the fields, never shows their text. */
  @Override
  public String toString() {
    return "SearchableText{" + fields.size() + " fields}";
  }
}
