package dev.salescloud.client.bulk;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV of Bulk API 2.0, RFC 4180 as Salesforce reads and writes it: a header row of field
 * names, comma-separated, LF line endings, every value quoted (so commas, quotes, newlines and
 * leading spaces survive), {@code ""} escaping a quote, UTF-8 without a byte-order mark.
 */
final class CsvTable {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .build();
  private static final CsvSchema NO_HEADER = CsvSchema.emptySchema().withLineSeparator("\n");

  final List<String> header;
  final List<String[]> rows;

  private CsvTable(List<String> header, List<String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** One CSV record, values quoted, ending in LF: a job's body is its header line, then its rows. */
  static byte[] line(String[] values) {
    try {
      return CSV.writer(NO_HEADER).writeValueAsBytes(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a whole CSV body: its header and rows; an empty body has neither.
   *
   * @throws IOException if the body is not CSV
   */
  static CsvTable read(byte[] body) throws IOException {
    List<String> header = List.of();
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(NO_HEADER).readValues(body)) {
      while (it.hasNextValue()) {
        String[] row = it.nextValue();
        if (header.isEmpty()) {
          header = Arrays.asList(row);
        } else {
          rows.add(row);
        }
      }
    }
    return new CsvTable(header, rows);
  }

  /** The index of a column, matched case-insensitively as Salesforce matches field names. */
  int column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
