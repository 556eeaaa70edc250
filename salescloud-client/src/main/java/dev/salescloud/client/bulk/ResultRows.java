package dev.salescloud.client.bulk;

import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.json.SalesforceDateTimes;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Matches the rows of a job's result CSVs to the rows uploaded. Salesforce answers results in no
 * particular order and with no row number, but every result row repeats the uploaded columns, so a
 * row is recognised by its values — compared as Salesforce re-renders them (numbers in any
 * notation, datetimes in any offset form, {@code #N/A} as empty). Identical uploaded rows are
 * interchangeable and are matched in order.
 */
final class ResultRows {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

  private final List<String> header;
  private final Map<List<String>, Deque<Integer>> byKey = new HashMap<>();

  /** Indexes the uploaded rows; {@code indexes[i]} is the input position of {@code rows.get(i)}. */
  ResultRows(List<String> header, List<String[]> rows, int[] indexes) {
    this.header = header;
    for (int i = 0; i < rows.size(); i++) {
      byKey.computeIfAbsent(key(Arrays.asList(rows.get(i))), k -> new ArrayDeque<>()).add(indexes[i]);
    }
  }

  /**
   * Takes the input position of the uploaded row a result row repeats.
   *
   * @return the position, or -1 when no uploaded row (left) has those values
   */
  int take(CsvTable result, String[] row) {
    List<String> values = new ArrayList<>(header.size());
    for (String column : header) {
      int at = result.column(column);
      values.add(at < 0 || at >= row.length ? "" : row[at]);
    }
    Deque<Integer> candidates = byKey.get(key(values));
    return candidates == null || candidates.isEmpty() ? -1 : candidates.poll();
  }

  /** Parses {@code sf__Error}: {@code CODE:message:field1,field2 --}. */
  static ApiError error(String text) {
    String body = text.strip();
    if (body.endsWith("--")) {
      body = body.substring(0, body.length() - 2).strip();
    }
    int first = body.indexOf(':');
    if (first < 0) {
      return ApiError.of("UNKNOWN_EXCEPTION", body);
    }
    String code = body.substring(0, first);
    String rest = body.substring(first + 1);
    int last = rest.lastIndexOf(':');
    if (last < 0) {
      return ApiError.of(code, rest);
    }
    String fields = rest.substring(last + 1).strip();
    return ApiError.of(code, rest.substring(0, last),
        fields.isEmpty() ? new String[0] : fields.split("\\s*,\\s*"));
  }

  private static List<String> key(List<String> values) {
    List<String> key = new ArrayList<>(values.size());
    for (String value : values) {
      key.add(normalize(value));
    }
    return key;
  }

  private static String normalize(String value) {
    if (value == null || value.equals("#N/A")) {
      return "";
    }
    if (NUMBER.matcher(value).matches()) {
      BigDecimal number = new BigDecimal(value);
      return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return value.toLowerCase(java.util.Locale.ROOT);
    }
    if (DATETIME.matcher(value).matches()) {
      try {
        return SalesforceDateTimes.parseDateTime(value).toString();
      } catch (RuntimeException e) {
        return value;
      }
    }
    return value;
  }
}
