package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;

/**
 * The search expression of a SOSL query, the text between the braces of {@code FIND {...}}.
 *
 * <p>Inside the braces these characters are reserved and must be escaped with a backslash to be
 * searched for: {@code & | ! ( ) { } [ ] ^ " ~ * ? : \ ' + -}. {@link #literal(String)} escapes all
 * of them, so user input is searched for as typed; {@link #withWildcards(String)} leaves {@code *}
 * (any run of characters) and {@code ?} (one character) as wildcards. Words such as {@code AND},
 * {@code OR} and {@code AND NOT} between terms remain SOSL operators.
 *
 * <pre>{@code
 * SearchTerm.literal("Acme (UK) Ltd.").expression()   // Acme \(UK\) Ltd.
 * SearchTerm.withWildcards("Acm*").expression()       // Acm*
 * }</pre>
 *
 * @param expression the search expression as written between the braces, with its escapes
 */
public record SearchTerm(String expression) {
  /** The characters SOSL reserves inside a search term. */
  public static final String RESERVED_CHARACTERS = "&|!(){}[]^\"~*?:\\'+-";

  /**
   * Checks that the expression fits between braces.
   *
   * @param expression the expression
   * @throws InvalidArgumentException if it is blank, ends in a lone backslash, or holds a brace
   *     that is not escaped
   */
  public SearchTerm {
    InvalidArgumentException.requireNonNull(expression, "term");
    if (expression.isBlank()) {
      throw new InvalidArgumentException("term", "A SOSL search term must not be blank");
    }
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\\') {
        if (i + 1 == expression.length()) {
          throw new InvalidArgumentException(
              "term", "A SOSL search term cannot end in a lone backslash; escape it as \\\\");
        }
        i++;
      } else if (c == '{' || c == '}') {
        throw new InvalidArgumentException(
            "term",
            "A brace in a SOSL search term must be escaped (\\" + c + "); use"
                + " SearchTerm.literal(..) for text typed by a user");
      }
    }
  }

  /**
   * A term that searches for the text as given: every reserved character is escaped.
   *
   * @param text any text, such as user input
   * @return the term
   * @throws InvalidArgumentException if the text is blank
   */
  public static SearchTerm literal(String text) {
    return new SearchTerm(escape(text, ""));
  }

  /**
   * A term whose {@code *} and {@code ?} act as wildcards; every other reserved character is
   * escaped.
   *
   * @param text text with wildcards, such as {@code "Acm*"}
   * @return the term
   * @throws InvalidArgumentException if the text is blank
   */
  public static SearchTerm withWildcards(String text) {
    return new SearchTerm(escape(text, "*?"));
  }

  /**
   * Escapes the reserved characters of a search term with a backslash.
   *
   * @param text any text
   * @param keep reserved characters to leave unescaped, for example {@code "*?"}
   * @return the escaped text
   */
  static String escape(String text, String keep) {
    InvalidArgumentException.requireNonNull(text, "term");
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (RESERVED_CHARACTERS.indexOf(c) >= 0 && keep.indexOf(c) < 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * The expression without its escapes: the text a literal term searches for.
   *
   * @return the unescaped text
   */
  public String unescaped() {
    StringBuilder out = new StringBuilder(expression.length());
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\\') {
        c = expression.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Shows the length only: the term may be customer data. */
  @Override
  public String toString() {
    return "SearchTerm[" + expression.length() + " chars]";
  }
}
