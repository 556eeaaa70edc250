package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;

/**
 * A SOQL or SOSL statement was refused by the client's parser before anything was sent: a syntax
 * error, or a rule of the grammar such as OFFSET above 2,000.
 *
 * <p>It carries what Salesforce would answer: {@link #errorCode()} ({@code MALFORMED_QUERY}, {@code
 * MALFORMED_SEARCH} or {@code NUMBER_OUTSIDE_VALID_RANGE}), the 1-based {@link #row()} and {@link
 * #column()} of the offending {@link #token()}, and a message in Salesforce's shape, showing the
 * line with a caret under the column:
 *
 * <pre>
 * SELECT Id FORM Account
 *           ^
 * ERROR at Row:1:Column:11
 * unexpected token: 'FORM'
 * </pre>
 */
public class SoqlSyntaxException extends InvalidArgumentException {
  private static final long serialVersionUID = 1L;

  /** A SOQL syntax error. */
  public static final String MALFORMED_QUERY = "MALFORMED_QUERY";

  /** A SOSL syntax error. */
  public static final String MALFORMED_SEARCH = "MALFORMED_SEARCH";

  /** A number outside the range the grammar allows, such as OFFSET above 2,000. */
  public static final String NUMBER_OUTSIDE_VALID_RANGE = "NUMBER_OUTSIDE_VALID_RANGE";

  /** The widest part of a long line shown in the message, in characters. */
  private static final int WINDOW = 100;

  private final String errorCode;
  private final int row;
  private final int column;
  private final String token;
  private final String detail;

  SoqlSyntaxException(
      String errorCode, String argument, String statement, int offset, String token,
      String detail) {
    super(argument, message(statement, offset, detail));
    this.errorCode = errorCode;
    int[] position = position(statement, offset);
    this.row = position[0];
    this.column = position[1];
    this.token = token;
    this.detail = detail;
  }

  /**
   * Salesforce's error code for this failure.
   *
   * @return {@code MALFORMED_QUERY}, {@code MALFORMED_SEARCH} or {@code NUMBER_OUTSIDE_VALID_RANGE}
   */
  public String errorCode() {
    return errorCode;
  }

  /**
   * The line of the statement where the error is, counting from 1.
   *
   * @return the row
   */
  public int row() {
    return row;
  }

  /**
   * The character of the line where the error is, counting from 1.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The text of the offending token, {@code <EOF>} at the end of the statement.
   *
   * @return the token, abbreviated when long
   */
  public String token() {
    return token;
  }

  /**
   * The last line of the message: what is wrong, without the position.
   *
   * @return for example {@code unexpected token: 'FORM'}
   */
  public String detail() {
    return detail;
  }

  private static int[] position(String statement, int offset) {
    int row = 1;
    int lineStart = 0;
    int end = Math.min(offset, statement.length());
    for (int i = 0; i < end; i++) {
      if (statement.charAt(i) == '\n') {
        row++;
        lineStart = i + 1;
      }
    }
    return new int[] {row, offset - lineStart + 1};
  }

  private static String message(String statement, int offset, String detail) {
    int[] position = position(statement, offset);
    int lineStart = offset - (position[1] - 1);
    int lineEnd = statement.indexOf('\n', lineStart);
    if (lineEnd < 0) {
      lineEnd = statement.length();
    }
    if (lineEnd > lineStart && statement.charAt(lineEnd - 1) == '\r') {
      lineEnd--;
    }
    int from = lineStart;
    int to = lineEnd;
    String prefix = "";
    String suffix = "";
    if (to - from > WINDOW) {
      from = Math.max(lineStart, offset - WINDOW / 2);
      to = Math.min(lineEnd, from + WINDOW);
      prefix = from > lineStart ? "..." : "";
      suffix = to < lineEnd ? "..." : "";
    }
    String line = statement.substring(from, Math.max(from, to));
    StringBuilder caret = new StringBuilder(prefix.length() + offset - from + 1);
    caret.append(" ".repeat(prefix.length()));
    for (int i = from; i < offset && i < to; i++) {
      caret.append(statement.charAt(i) == '\t' ? '\t' : ' ');
    }
    caret.append(" ".repeat(Math.max(0, offset - Math.max(from, to))));
    caret.append('^');
    return "\n"
        + prefix
        + line
        + suffix
        + "\n"
        + caret
        + "\nERROR at Row:"
        + position[0]
        + ":Column:"
        + position[1]
        + "\n"
        + detail;
  }
}
