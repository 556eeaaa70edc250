package dev.salescloud.client.soql;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SOQL or SOSL statement into tokens, left to right, by hand: names (dotted paths are one
 * token), strings, numbers, dates and datetimes, punctuation and operators. Errors name the first
 * character that cannot start or continue a token.
 */
final class SoqlLexer {
  private final String input;
  private final String errorCode;
  private final String argument;
  private final boolean searchTerms;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  private SoqlLexer(String input, String errorCode, String argument, boolean searchTerms) {
    this.input = input;
    this.errorCode = errorCode;
    this.argument = argument;
    this.searchTerms = searchTerms;
  }

  /**
   * The tokens of a statement, ending with an EOF token.
   *
   * @param searchTerms whether {@code {...}} is a SOSL search term (otherwise braces are errors)
   */
  static List<Token> tokenize(
      String input, String errorCode, String argument, boolean searchTerms) {
    SoqlLexer lexer = new SoqlLexer(input, errorCode, argument, searchTerms);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (true) {
      skipWhitespace();
      if (pos >= input.length()) {
        tokens.add(new Token(Token.Kind.EOF, "", input.length()));
        return;
      }
      int start = pos;
      char c = input.charAt(pos);
      if (Identifiers.isNameStart(c)) {
        word(start);
      } else if (isDigit(c)) {
        numberOrDate(start);
      } else if (c == '-' && pos + 1 < input.length() && isDigit(input.charAt(pos + 1))) {
        pos++;
        number(start);
      } else if (c == '\'') {
        string(start);
      } else if (c == '{' && searchTerms) {
        searchTerm(start);
      } else {
        punctuation(start, c);
      }
    }
  }

  private void skipWhitespace() {
    while (pos < input.length()) {
      char c = input.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pos++;
      } else {
        return;
      }
    }
  }

  private void word(int start) {
    while (true) {
      while (pos < input.length() && Identifiers.isNamePart(input.charAt(pos))) {
        pos++;
      }
      if (pos + 1 < input.length()
          && input.charAt(pos) == '.'
          && Identifiers.isNameStart(input.charAt(pos + 1))) {
        pos++;
        continue;
      }
      break;
    }
    add(Token.Kind.WORD, start);
  }

  private void numberOrDate(int start) {
    if (pos + 10 <= input.length()
        && digits(pos, 4)
        && input.charAt(pos + 4) == '-'
        && digits(pos + 5, 2)
        && input.charAt(pos + 7) == '-'
        && digits(pos + 8, 2)) {
      dateOrDateTime(start);
      return;
    }
    number(start);
  }

  private void number(int start) {
    while (pos < input.length() && isDigit(input.charAt(pos))) {
      pos++;
    }
    if (pos + 1 < input.length() && input.charAt(pos) == '.' && isDigit(input.charAt(pos + 1))) {
      pos++;
      while (pos < input.length() && isDigit(input.charAt(pos))) {
        pos++;
      }
    }
    add(Token.Kind.NUMBER, start);
  }

  private void dateOrDateTime(int start) {
    int end = start + 10;
    try {
      LocalDate.of(number(start, 4), number(start + 5, 2), number(start + 8, 2));
    } catch (DateTimeException e) {
      String text = input.substring(start, end);
      throw error(start, text, "invalid date: '" + text + "'");
    }
    if (end >= input.length() || input.charAt(end) != 'T') {
      pos = end;
      add(Token.Kind.DATE, start);
      return;
    }
    // hh:mm:ss[.fraction](Z | +hh:mm | -hh:mm | +hhmm | -hhmm)
    int t = end + 1;
    boolean ok =
        digits(t, 2)
            && t + 8 <= input.length()
            && input.charAt(t + 2) == ':'
            && digits(t + 3, 2)
            && input.charAt(t + 5) == ':'
            && digits(t + 6, 2);
    int offsetHours = 0;
    int offsetMinutes = 0;
    if (ok) {
      end = t + 8;
      if (end < input.length() && input.charAt(end) == '.') {
        int fractionStart = ++end;
        while (end < input.length() && isDigit(input.charAt(end))) {
          end++;
        }
        ok = end > fractionStart && end - fractionStart <= 9;
      }
    }
    if (ok && end < input.length() && input.charAt(end) == 'Z') {
      end++;
    } else if (ok && end < input.length()
        && (input.charAt(end) == '+' || input.charAt(end) == '-')) {
      if (digits(end + 1, 2) && end + 6 <= input.length() && input.charAt(end + 3) == ':'
          && digits(end + 4, 2)) {
        offsetHours = number(end + 1, 2);
        offsetMinutes = number(end + 4, 2);
        end += 6;
      } else if (digits(end + 1, 4)) {
        offsetHours = number(end + 1, 2);
        offsetMinutes = number(end + 3, 2);
        end += 5;
      } else {
        ok = false;
      }
    } else {
      ok = false;
    }
    ok = ok && !(end < input.length() && Identifiers.isNamePart(input.charAt(end)));
    String text = input.substring(start, Math.min(Math.max(end, t), input.length()));
    if (!ok) {
      throw error(
          start,
          text,
          "invalid datetime: '"
              + text
              + "'; write it as 2005-10-08T01:02:03Z or 2005-10-08T01:02:03+01:00");
    }
    if (number(t, 2) > 23 || number(t + 3, 2) > 59 || number(t + 6, 2) > 59
        || offsetHours > 18 || offsetMinutes > 59) {
      throw error(start, text, "invalid datetime: '" + text + "'");
    }
    pos = end;
    add(Token.Kind.DATETIME, start);
  }

  private void string(int start) {
    pos++;
    while (pos < input.length()) {
      char c = input.charAt(pos);
      if (c == '\\') {
        pos += 2;
      } else if (c == '\'') {
        pos++;
        add(Token.Kind.STRING, start);
        return;
      } else {
        pos++;
      }
    }
    String text = input.substring(start, Math.min(start + 40, input.length()));
    throw error(
        start,
        text,
        "unterminated string literal: the string starting here has no closing quote (')");
  }

  private void searchTerm(int start) {
    pos++;
    while (pos < input.length()) {
      char c = input.charAt(pos);
      if (c == '\\') {
        pos += 2;
      } else if (c == '}') {
        pos++;
        add(Token.Kind.SEARCH_TERM, start);
        return;
      } else {
        pos++;
      }
    }
    throw error(
        start,
        "{",
        "No search term found. The search term must be enclosed in braces.");
  }

  private void punctuation(int start, char c) {
    switch (c) {
      case '(':
        pos++;
        add(Token.Kind.LPAREN, start);
        return;
      case ')':
        pos++;
        add(Token.Kind.RPAREN, start);
        return;
      case ',':
        pos++;
        add(Token.Kind.COMMA, start);
        return;
      case ':':
        pos++;
        add(Token.Kind.COLON, start);
        return;
      case '=':
        pos++;
        add(Token.Kind.OPERATOR, start);
        return;
      case '!':
        if (next('=')) {
          pos += 2;
          add(Token.Kind.OPERATOR, start);
          return;
        }
        break;
      case '<':
        pos += next('=') || next('>') ? 2 : 1;
        add(Token.Kind.OPERATOR, start);
        return;
      case '>':
        pos += next('=') ? 2 : 1;
        add(Token.Kind.OPERATOR, start);
        return;
      default:
        break;
    }
    int end = start + Character.charCount(input.codePointAt(start));
    String text = input.substring(start, end);
    throw error(start, text, "unexpected token: '" + text + "'");
  }

  private boolean next(char expected) {
    return pos + 1 < input.length() && input.charAt(pos + 1) == expected;
  }

  private void add(Token.Kind kind, int start) {
    tokens.add(new Token(kind, input.substring(start, pos), start));
  }

  private boolean digits(int from, int count) {
    if (from + count > input.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (!isDigit(input.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private int number(int from, int count) {
    return Integer.parseInt(input.substring(from, from + count));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private SoqlSyntaxException error(int offset, String token, String detail) {
    return new SoqlSyntaxException(errorCode, argument, input, offset, token, detail);
  }
}
