package dev.salescloud.testkit.bulk;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CSV of one job: its column delimiter ({@code COMMA}, {@code TAB}, ...) and line ending
 * ({@code LF} or {@code CRLF}). Reads uploads and writes results with Jackson's CSV support;
 * result values are always quoted, as Salesforce writes them.
 */
final class CsvDialect {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();
  private static final String[] DELIMITERS = {"BACKQUOTE", "CARET", "COMMA", "PIPE", "SEMICOLON", "TAB"};
  private static final char[] SEPARATORS = {'`', '^', ',', '|', ';', '\t'};

  /** The dialect of a job that names none: comma and LF. */
  static final CsvDialect DEFAULT = new CsvDialect("COMMA", "LF");

  private final String delimiter;
  private final String lineEnding;
  private final CsvSchema schema;

  private CsvDialect(String delimiter, String lineEnding) {
    this.delimiter = delimiter;
    this.lineEnding = lineEnding;
    int at = List.of(DELIMITERS).indexOf(delimiter);
    this.schema = CsvSchema.emptySchema()
        .withColumnSeparator(SEPARATORS[at])
        .withLineSeparator(lineEnding.equals("CRLF") ? "\r\n" : "\n");
  }

  /** The dialect with the given names, or empty for a name Salesforce does not know. */
  static Optional<CsvDialect> of(String delimiter, String lineEnding) {
    String d = delimiter.toUpperCase(Locale.ROOT);
    String l = lineEnding.toUpperCase(Locale.ROOT);
    if (!List.of(DELIMITERS).contains(d) || !(l.equals("LF") || l.equals("CRLF"))) {
      return Optional.empty();
    }
    return Optional.of(new CsvDialect(d, l));
  }

  /** Whether a column delimiter name is one Salesforce knows. */
  static boolean knowsDelimiter(String delimiter) {
    return List.of(DELIMITERS).contains(delimiter.toUpperCase(Locale.ROOT));
  }

  String delimiter() {
    return delimiter;
  }

  String lineEnding() {
    return lineEnding;
  }

  /**
   * Reads an upload: its rows, the header first; an empty body has none.
   *
   * @throws IOException when the body is not CSV of this dialect
   */
  List<String[]> read(byte[] body) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it =
        CSV.readerFor(String[].class).with(schema).readValues(body)) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    }
    return rows;
  }

  /**
   * Writes a result: a header line of quoted leading columns and the uploaded names as they came,
   * then the rows with every value quoted.
   */
  byte[] write(List<String> quotedColumns, List<String> names, List<String[]> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      CsvSchema oneLine = schema.withLineSeparator("");
      StringBuilder header = new StringBuilder();
      if (!quotedColumns.isEmpty()) {
        header.append(quoting().with(oneLine).writeValueAsString(quotedColumns.toArray(new String[0])));
      }
      if (!names.isEmpty()) {
        if (header.length() > 0) {
          header.append(schema.getColumnSeparator());
        }
        header.append(CSV.writer(oneLine).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .writeValueAsString(names.toArray(new String[0])));
      }
      header.append(schema.getLineSeparator());
      out.write(header.toString().getBytes(StandardCharsets.UTF_8));
      ObjectWriter values = quoting().with(schema);
      for (String[] row : rows) {
        out.write(values.writeValueAsBytes(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static ObjectWriter quoting() {
    return CSV.writer()
        .with(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
        .with(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS);
  }

  /** Shows the dialect's names. */
  @Override
  public String toString() {
    return "CsvDialect{" + delimiter + ", " + lineEnding + "}";
  }
}
