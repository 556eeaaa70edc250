package dev.salescloud.client.report;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a {@code reportBooleanFilter} before it is sent: filter numbers from 1 to the number of
 * filters, each used, combined with AND, OR, NOT and balanced parentheses.
 */
final class FilterLogicCheck {
  private static final Pattern TOKEN = Pattern.compile("\\s*(\\d+|[A-Za-z]+|\\(|\\))");

  private final String logic;
  private final int filters;
  private final List<String> tokens = new ArrayList<>();
  private final BitSet used = new BitSet();
  private int at;

  private FilterLogicCheck(String logic, int filters) {
    this.logic = logic;
    this.filters = filters;
  }

  static void check(String logic, int filters) {
    FilterLogicCheck c = new FilterLogicCheck(logic, filters);
    Matcher m = TOKEN.matcher(logic);
    int end = 0;
    while (m.lookingAt()) {
      c.tokens.add(m.group(1).toUpperCase(Locale.ROOT));
      end = m.end();
      m.region(end, logic.length());
    }
    if (!logic.substring(end).isBlank()) {
      throw c.invalid("'" + logic.substring(end).trim() + "' is not a number, AND, OR, NOT or a parenthesis");
    }
    c.expression();
    if (c.at < c.tokens.size()) {
      throw c.invalid("'" + c.tokens.get(c.at) + "' is out of place");
    }
    int unused = c.used.nextClearBit(0);
    if (unused < filters) {
      throw c.invalid("filter " + (unused + 1) + " is not used; every filter must appear in the logic");
    }
  }

  private void expression() {
    term();
    while (at < tokens.size() && (tokens.get(at).equals("AND") || tokens.get(at).equals("OR"))) {
      at++;
      term();
    }
  }

  private void term() {
    if (at >= tokens.size()) {
      throw invalid("it ends where a filter number is expected");
    }
    String token = tokens.get(at++);
    if (token.equals("NOT")) {
      term();
    } else if (token.equals("(")) {
      expression();
      if (at >= tokens.size() || !tokens.get(at).equals(")")) {
        throw invalid("a parenthesis is not closed");
      }
      at++;
    } else if (token.chars().allMatch(Character::isDigit)) {
      int n = token.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(token);
      if (n < 1 || n > filters) {
        throw invalid("there is no filter " + token + " among the " + filters + " filters");
      }
      used.set(n - 1);
    } else {
      throw invalid("'" + token + "' is out of place");
    }
  }

  private InvalidArgumentException invalid(String why) {
    return new InvalidArgumentException("filterLogic", "Filter logic '" + logic + "' is invalid: " + why);
  }
}
