package dev.salescloud.testkit.search;

import dev.salescloud.client.soql.SearchTerm;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search expression between the braces of {@code FIND {...}} as a tree of words, quoted
 * phrases, parentheses and {@code AND}, {@code OR} and {@code AND NOT}, which the client's tree
 * keeps as text ({@link SearchTerm#expression()}).
 *
 * <p>Words next to each other without an operator must all be found, as with {@code AND};
 * {@code AND} binds tighter than {@code OR}; operators are words in any case. A word is cut into
 * tokens at every character that is not a letter or digit, like the text it is matched against,
 * and its tokens must follow each other in one field, as a phrase's do; {@code *} stands for any
 * run of characters and {@code ?} for one, inside a token. A backslash makes the next character
 * plain text.
 */
final class SearchExpression {
  private final Node root;

  private SearchExpression(Node root) {
    this.root = root;
  }

  /**
   * Reads a search expression.
   *
   * @throws SalesforceFault {@code INVALID_SEARCH} when it holds fewer than two characters to
   *     search for, {@code MALFORMED_SEARCH} when its parentheses, quotes or operators do not
   *     fit together
   */
  static SearchExpression parse(SearchTerm term) {
    String expression = term.expression();
    if (searchedCharacters(expression) < 2) {
      throw SalesforceFault.badRequest(
          "INVALID_SEARCH", "search term must be longer than one character: " + expression);
    }
    Reader reader = new Reader(lex(expression));
    Node root = reader.or();
    if (reader.position < reader.items.size()) {
      throw malformed("unexpected " + reader.items.get(reader.position).text);
    }
    return new SearchExpression(root);
  }

  /** Tells whether the searched text of one record holds what the expression asks for. */
  boolean matches(SearchableText text) {
    return root.matches(text);
  }

  private static int searchedCharacters(String expression) {
    int count = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\\' && i + 1 < expression.length()) {
        count++;
        i++;
      } else if (!Character.isWhitespace(c) && "*?\"()".indexOf(c) < 0) {
        count++;
      }
    }
    return count;
  }

  private static SalesforceFault malformed(String detail) {
    return SalesforceFault.badRequest(
        "MALFORMED_SEARCH", "The fake org cannot read the search expression: " + detail);
  }

  // ------------------------------------------------------------------ tree

  /** A node of the expression. */
  private interface Node {
    boolean matches(SearchableText text);
  }

  /** A word or quoted phrase: token patterns that must follow each other in one field. */
  private static final class Phrase implements Node {
    private final List<Pattern> tokens;
    private final Pattern digits;

    Phrase(List<Pattern> tokens, Pattern digits) {
      this.tokens = tokens;
      this.digits = digits;
    }

    /** True when one field holds the tokens in order, or a phone number holds the digits. */
    @Override
    public boolean matches(SearchableText text) {
      return tokens.isEmpty()
          || text.containsSequence(tokens)
          || (digits != null && text.containsPhoneDigits(digits));
    }
  }

  private static final class And implements Node {
    private final List<Node> operands;

    And(List<Node> operands) {
      this.operands = operands;
    }

    /** True when every operand matches. */
    @Override
    public boolean matches(SearchableText text) {
      return operands.stream().allMatch(n -> n.matches(text));
    }
  }

  private static final class Or implements Node {
    private final List<Node> operands;

    Or(List<Node> operands) {
      this.operands = operands;
    }

    /** True when any operand matches. */
    @Override
    public boolean matches(SearchableText text) {
      return operands.stream().anyMatch(n -> n.matches(text));
    }
  }

  private static final class Not implements Node {
    private final Node operand;

    Not(Node operand) {
      this.operand = operand;
    }

    /** True when the operand does not match. */
    @Override
    public boolean matches(SearchableText text) {
      return !operand.matches(text);
    }
  }

  // ------------------------------------------------------------------ lexing

  private enum Kind { WORD, OPEN, CLOSE, AND, OR, NOT }

  /** One item of the expression; a word's text keeps escaped characters as {@code \x}. */
  private static final class Item {
    final Kind kind;
    final String text;

    Item(Kind kind, String text) {
      this.kind = kind;
      this.text = text;
    }
  }

  private static List<Item> lex(String expression) {
    List<Item> items = new ArrayList<>();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        items.add(new Item(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c)));
        i++;
      } else if (c == '"') {
        int end = i + 1;
        while (end < expression.length() && expression.charAt(end) != '"') {
          end += expression.charAt(end) == '\\' ? 2 : 1;
        }
        if (end >= expression.length()) {
          throw malformed("a quoted phrase is not closed");
        }
        items.add(new Item(Kind.WORD, expression.substring(i + 1, end)));
        i = end + 1;
      } else {
        int end = i;
        while (end < expression.length()) {
          char d = expression.charAt(end);
          if (Character.isWhitespace(d) || d == '(' || d == ')' || d == '"') {
            break;
          }
          end += d == '\\' ? 2 : 1;
        }
        end = Math.min(end, expression.length());
        String word = expression.substring(i, end);
        items.add(new Item(operator(word), word));
        i = end;
      }
    }
    return items;
  }

  private static Kind operator(String word) {
    switch (word.toUpperCase(Locale.ROOT)) {
      case "AND":
        return Kind.AND;
      case "OR":
        return Kind.OR;
      case "NOT":
        return Kind.NOT;
      default:
        return Kind.WORD;
    }
  }

  /** A word's or phrase's tokens, and its digits for phone fields when it is a phone number. */
  private static Phrase phrase(String text) {
    List<Pattern> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    StringBuilder digits = new StringBuilder();
    boolean phoneLike = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escaped = c == '\\' && i + 1 < text.length();
      if (escaped) {
        c = text.charAt(++i);
      }
      if (!escaped && (c == '*' || c == '?')) {
        String wildcard = c == '*' ? "\\p{Alnum}*" : "\\p{Alnum}";
        token.append(wildcard);
        digits.append(c == '*' ? "\\d*" : "\\d");
      } else if (Character.isLetterOrDigit(c)) {
        token.append(Pattern.quote(String.valueOf(c).toLowerCase(Locale.ROOT)));
        if (Character.isDigit(c)) {
          digits.append(c);
        } else {
          phoneLike = false;
        }
      } else if (token.length() > 0) {
        tokens.add(Pattern.compile(token.toString(), Pattern.UNICODE_CHARACTER_CLASS));
        token.setLength(0);
      }
    }
    if (token.length() > 0) {
      tokens.add(Pattern.compile(token.toString(), Pattern.UNICODE_CHARACTER_CLASS));
    }
    return new Phrase(
        tokens, phoneLike && digits.length() > 0 ? Pattern.compile(digits.toString()) : null);
  }

  // ------------------------------------------------------------------ parsing

  /** Reads the items: or := and (OR and)*; and := unary ([AND] unary)*; unary := NOT unary | primary. */
  private static final class Reader {
    private final List<Item> items;
    private int position;

    Reader(List<Item> items) {
      this.items = items;
    }

    Node or() {
      List<Node> operands = new ArrayList<>();
      operands.add(and());
      while (accept(Kind.OR)) {
        operands.add(and());
      }
      return operands.size() == 1 ? operands.get(0) : new Or(operands);
    }

    private Node and() {
      List<Node> operands = new ArrayList<>();
      operands.add(unary());
      while (position < items.size() && peek() != Kind.OR && peek() != Kind.CLOSE) {
        accept(Kind.AND);
        operands.add(unary());
      }
      return operands.size() == 1 ? operands.get(0) : new And(operands);
    }

    private Node unary() {
      if (accept(Kind.NOT)) {
        return new Not(unary());
      }
      if (accept(Kind.OPEN)) {
        Node inner = or();
        if (!accept(Kind.CLOSE)) {
          throw malformed("a parenthesis is not closed");
        }
        return inner;
      }
      if (position < items.size() && peek() == Kind.WORD) {
        return phrase(items.get(position++).text);
      }
      throw malformed(position < items.size()
          ? "unexpected " + items.get(position).text
          : "an operator is missing its operand");
    }

    private Kind peek() {
      return items.get(position).kind;
    }

    private boolean accept(Kind kind) {
      if (position < items.size() && peek() == kind) {
        position++;
        return true;
      }
      return false;
    }
  }

  /** Shows the shape only: the expression may be customer data. */
  @Override
  public String toString() {
    return "SearchExpression{" + root.getClass().getSimpleName() + "}";
  }
}
