package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;

/**
 * The pattern of a SOQL {@code LIKE} comparison: {@code %} matches any run of characters, {@code _}
 * matches exactly one, and a backslash makes the next {@code %}, {@code _} or {@code \} literal.
 *
 * <p>Build a pattern from a wildcard pattern with {@link #of(String)}, or from plain text — such as
 * user input, whose {@code %} and {@code _} must not act as wildcards — with {@link
 * #literal(String)}, {@link #startsWith(String)}, {@link #contains(String)} or {@link
 * #endsWith(String)}, which escape them. Either way the renderer quotes and escapes the pattern, so
 * it can never leave its string literal.
 *
 * <pre>{@code
 * LikePattern.of("Acme%")              // Name LIKE 'Acme%'
 * LikePattern.startsWith("50%_off")    // Name LIKE '50\%\_off%'
 * LikePattern.contains("O'Brien")      // Name LIKE '%O\'Brien%'
 * LikePattern.of("Acme%").matches("ACME Corp")   // true: LIKE ignores case
 * }</pre>
 *
 * @param pattern the pattern in SOQL LIKE syntax, decoded from its string literal: wildcards
 *     {@code %} and {@code _}, escapes {@code \%}, {@code \_} and {@code \\}
 */
public record LikePattern(String pattern) {
  /**
   * Checks the pattern.
   *
   * @param pattern the pattern
   * @throws InvalidArgumentException if it is null, longer than 4,000 characters, or holds a
   *     backslash that is not followed by {@code %}, {@code _} or another backslash
   */
  public LikePattern {
    InvalidArgumentException.requireNonNull(pattern, "pattern");
    if (pattern.length() > Literal.MAX_STRING_LENGTH) {
      throw new InvalidArgumentException(
          "pattern",
          "A SOQL LIKE pattern holds at most 4,000 characters; this one has " + pattern.length());
    }
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) == '\\') {
        char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
        if (next != '\\' && next != '%' && next != '_') {
          throw new InvalidArgumentException(
              "pattern",
              "In a LIKE pattern a backslash must be followed by %, _ or another backslash"
                  + " (character "
                  + (i + 1)
                  + "); write \\\\ for a literal backslash, or use LikePattern.literal(..) for"
                  + " plain text");
        }
        i++;
      }
    }
  }

  /**
   * A wildcard pattern, as SOQL writes it between the quotes.
   *
   * @param pattern for example {@code "Acme%"}; {@code \%}, {@code \_} and {@code \\} are literal
   * @return the pattern
   * @throws InvalidArgumentException if a backslash escapes anything else
   */
  public static LikePattern of(String pattern) {
    return new LikePattern(pattern);
  }

  /**
   * A pattern that matches exactly the given text: its {@code %}, {@code _} and {@code \} are
   * escaped.
   *
   * @param text any text
   * @return the pattern
   */
  public static LikePattern literal(String text) {
    return new LikePattern(escape(text));
  }

  /**
   * A pattern that matches values starting with the given text ({@code text%}), whose wildcard
   * characters are escaped.
   *
   * @param text any text, such as user input
   * @return the pattern
   */
  public static LikePattern startsWith(String text) {
    return new LikePattern(escape(text) + "%");
  }

  /**
   * A pattern that matches values containing the given text ({@code %text%}), whose wildcard
   * characters are escaped.
   *
   * @param text any text, such as user input
   * @return the pattern
   */
  public static LikePattern contains(String text) {
    return new LikePattern("%" + escape(text) + "%");
  }

  /**
   * A pattern that matches values ending with the given text ({@code %text}), whose wildcard
   * characters are escaped.
   *
   * @param text any text, such as user input
   * @return the pattern
   */
  public static LikePattern endsWith(String text) {
    return new LikePattern("%" + escape(text));
  }

  /**
   * Escapes the characters that have a meaning in a LIKE pattern: {@code \}, {@code %} and {@code
   * _}.
   *
   * @param text any text
   * @return the text with each of those characters preceded by a backslash
   */
  public static String escape(String text) {
    InvalidArgumentException.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '%' || c == '_') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Whether a value matches this pattern the way Salesforce's {@code LIKE} does: ignoring case,
   * with {@code %} for any run of characters (also none) and {@code _} for exactly one.
   *
   * @param value the value of the field
   * @return {@code true} if it matches
   */
  public boolean matches(String value) {
    InvalidArgumentException.requireNonNull(value, "value");
    // Pattern elements: a code point to match literally, or ANY_ONE / ANY_RUN.
    int[] elements = new int[pattern.length()];
    int count = 0;
    for (int i = 0; i < pattern.length(); ) {
      int cp = pattern.codePointAt(i);
      if (cp == '\\') {
        elements[count++] = fold(pattern.codePointAt(i + 1));
        i += 2;
      } else {
        elements[count++] = cp == '%' ? ANY_RUN : cp == '_' ? ANY_ONE : fold(cp);
        i += Character.charCount(cp);
      }
    }
    int[] text = value.codePoints().map(LikePattern::fold).toArray();
    // Greedy match with backtracking to the last ANY_RUN: linear for most patterns.
    int p = 0;
    int t = 0;
    int runAt = -1;
    int runText = 0;
    while (t < text.length) {
      if (p < count && (elements[p] == ANY_ONE || elements[p] == text[t])) {
        p++;
        t++;
      } else if (p < count && elements[p] == ANY_RUN) {
        runAt = p++;
        runText = t;
      } else if (runAt >= 0) {
        p = runAt + 1;
        t = ++runText;
      } else {
        return false;
      }
    }
    while (p < count && elements[p] == ANY_RUN) {
      p++;
    }
    return p == count;
  }

  private static final int ANY_ONE = -1;
  private static final int ANY_RUN = -2;

  private static int fold(int codePoint) {
    return Character.toLowerCase(Character.toUpperCase(codePoint));
  }

  /** Shows the length only: the pattern may hold customer data. */
  @Override
  public String toString() {
    return "LikePattern[" + pattern.length() + " chars]";
  }
}
