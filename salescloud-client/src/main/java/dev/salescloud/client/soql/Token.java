package dev.salescloud.client.soql;

/**
 * One token of a SOQL or SOSL statement, with its place in the text.
 *
 * @param kind what the token is
 * @param text the characters of the token as written (a string keeps its quotes and escapes)
 * @param start the offset of its first character
 */
record Token(Token.Kind kind, String text, int start) {
  enum Kind {
    /** A name or keyword, possibly dotted: {@code SELECT}, {@code Account.Owner.Name}. */
    WORD,
    /** A quoted string, undecoded: escapes are decoded by the parser, which knows the context. */
    STRING,
    /** An integer or decimal number, possibly negative. */
    NUMBER,
    /** {@code 2026-01-31}. */
    DATE,
    /** {@code 2026-01-31T09:30:00Z}, {@code 2026-01-31T09:30:00.000+01:00}. */
    DATETIME,
    LPAREN,
    RPAREN,
    COMMA,
    COLON,
    /** {@code = != <> < <= > >=}. */
    OPERATOR,
    /** The braces of a SOSL search term with what is between them, undecoded. */
    SEARCH_TERM,
    EOF
  }

  /** Whether this is the given keyword, ignoring case. */
  boolean is(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  /** Whether this is a word without dots: a keyword or a plain name. */
  boolean isSimpleWord() {
    return kind == Kind.WORD && text.indexOf('.') < 0;
  }

  /** The token as shown in an error message. */
  String shown() {
    if (kind == Kind.EOF) {
      return "<EOF>";
    }
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
