package dev.salescloud.testkit.report;

import dev.salescloud.client.soql.Condition;
import dev.salescloud.client.soql.Soql;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's {@code reportBooleanFilter} such as {@code "1 AND (2 OR 3)"} or {@code
 * "(1OR4)AND2AND3"}: numbers name the filters from 1, combined with AND, OR, NOT and parentheses.
 */
final class FilterLogic {
  private static final Pattern TOKEN = Pattern.compile("\\s*(\\d+|[A-Za-z]+|\\(|\\))");

  private final List<String> tokens = new ArrayList<>();
  private final List<Condition> filters;
  private final String text;
  private final BitSet used = new BitSet();
  private int at;

  private FilterLogic(String text, List<Condition> filters) {
    this.text = text;
    this.filters = filters;
    Matcher m = TOKEN.matcher(text);
    int end = 0;
    while (m.lookingAt()) {
      tokens.add(m.group(1).toUpperCase(Locale.ROOT));
      end = m.end();
      m.region(end, text.length());
    }
    if (!text.substring(end).isBlank()) {
      throw invalid("it holds '" + text.substring(end).trim() + "'");
    }
  }

  /** The filters combined as the logic says; every filter must be used. */
  static Condition combine(String text, List<Condition> filters) {
    FilterLogic logic = new FilterLogic(text, filters);
    Condition c = logic.or();
    if (logic.at < logic.tokens.size()) {
      throw logic.invalid("'" + logic.tokens.get(logic.at) + "' is out of place");
    }
    int unused = logic.used.nextClearBit(0);
    if (unused < filters.size()) {
      throw logic.invalid("filter " + (unused + 1) + " is not used");
    }
    return c;
  }

  private Condition or() {
    List<Condition> parts = new ArrayList<>(List.of(and()));
    while (peek("OR")) {
      at++;
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : Soql.or(parts.toArray(Condition[]::new));
  }

  private Condition and() {
    List<Condition> parts = new ArrayList<>(List.of(unary()));
    while (peek("AND")) {
      at++;
      parts.add(unary());
    }
    return parts.size() == 1 ? parts.get(0) : Soql.and(parts.toArray(Condition[]::new));
  }

  private Condition unary() {
    if (at >= tokens.size()) {
      throw invalid("it ends too early");
    }
    String token = tokens.get(at++);
    if (token.equals("NOT")) {
      return Soql.not(unary());
    }
    if (token.equals("(")) {
      Condition inner = or();
      if (!peek(")")) {
        throw invalid("a parenthesis is not closed");
      }
      at++;
      return inner;
    }
    if (!token.chars().allMatch(Character::isDigit)) {
      throw invalid("'" + token + "' is not a filter number, AND, OR or NOT");
    }
    int n = token.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(token);
    if (n < 1 || n > filters.size()) {
      throw invalid("there is no filter " + token + "; the report has " + filters.size());
    }
    used.set(n - 1);
    return filters.get(n - 1);
  }

  private boolean peek(String token) {
    return at < tokens.size() && tokens.get(at).equals(token);
  }

  private RuntimeException invalid(String why) {
    return RunRefusal.badRequest("The filter logic " + text + " is invalid: " + why + ".");
  }
}
