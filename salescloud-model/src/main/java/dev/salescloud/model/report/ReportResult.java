package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of running a report: the answer to a synchronous run ({@code GET|POST
 * .../analytics/reports/{id}}) and to a successful asynchronous one ({@code GET
 * .../instances/{instanceId}}, {@code attributes.type = "ReportInstance"}).
 *
 * <pre>{@code
 * {"attributes":{"type":"Report","reportId":"00O...","reportName":"..."},
 *  "allData":true,"hasDetailRows":true,
 *  "factMap":{"T!T":{"aggregates":[...],"rows":[]},"0!T":{...},"0_0!T":{...}},
 *  "groupingsDown":{"groupings":[{"key":"0","label":"...","value":"...","groupings":[...]}]},
 *  "groupingsAcross":{"groupings":[]},
 *  "reportMetadata":{...},"reportExtendedMetadata":{...}}
 * }</pre>
 *
 * <h2>Reading a result by meaning</h2>
 *
 * <p>The fact map is keyed {@code <rowKey>!<colKey>}, where a key is a group's key ({@code 0},
 * {@code 0_1}, ...) or {@code T} for the total: a tabular report has only {@code T!T}; a summary
 * report {@code 0!T}, {@code 0_0!T}, ..., {@code T!T}; a matrix report {@code 0!0}, {@code
 * 0_1!1_0}, row totals {@code 0!T}, column totals {@code T!0} and {@code T!T}. You rarely need the
 * keys:
 *
 * <pre>{@code
 * run.format();                                         // "SUMMARY"
 * run.grandTotal().aggregate("RowCount").number();       // Optional[13]
 * run.fact(List.of("Customer - Direct", "Closed Won"), List.of())   // the 0_1!T fact
 *    .map(f -> f.aggregate("s!AMOUNT").number());
 * for (DetailRow row : run.fact("0_1", "T").orElseThrow().rows()) {
 *   row.cell("AMOUNT").amount();                        // Optional[50000]
 * }
 * }</pre>
 *
 * <p>Every fact of a result knows the report's aggregate names and detail columns, so {@link
 * Fact#aggregate(String)} and {@link DetailRow#cell(String)} work on any fact taken from it. At
 * most 2,000 detail rows are returned; {@code allData} is then {@code false}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableReportResult.class)
@JsonDeserialize(builder = ReportResult.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ReportResult {
  /** The key of the grand total, and the row or column part of every total's key. */
  public static final String TOTAL = "T";

  /** The fact map key of the grand total. */
  public static final String GRAND_TOTAL_KEY = "T!T";

  private static final Set<String> FORMATS_WITH_GRAND_TOTAL =
      Set.of(
          ReportMetadata.Format.TABULAR,
          ReportMetadata.Format.SUMMARY,
          ReportMetadata.Format.MATRIX);

  ReportResult() {}

  /**
   * Which report ran, and for an asynchronous run which instance.
   *
   * @return the attributes
   */
  @JsonProperty("attributes")
  public abstract Optional<ReportAttributes> attributes();

  /**
   * Whether every detail row was returned.
   *
   * @return {@code false} when the rows were cut at 2,000; filter the report to see the rest
   */
  @JsonProperty("allData")
  public abstract Optional<Boolean> allData();

  /**
   * Whether Salesforce cut the detail rows ({@code allData} is {@code false}): the aggregates still
   * cover every record, but {@link Fact#rows()} hold at most 2,000 of them.
   *
   * @return {@code true} for a truncated run; filter the report to see the rest
   */
  @JsonIgnore
  public boolean isTruncated() {
    return allData().map(all -> !all).orElse(false);
  }

  /**
   * Whether the run included detail rows.
   *
   * @return the flag
   */
  @JsonProperty("hasDetailRows")
  public abstract Optional<Boolean> hasDetailRows();

  /**
   * The facts by key, as sent; prefer {@link #fact(String, String)} and {@link #fact(List, List)}.
   *
   * @return an unmodifiable map from {@code <rowKey>!<colKey>} to fact
   */
  @JsonProperty("factMap")
  public abstract Map<String, Fact> factMap();

  /**
   * The row groups found.
   *
   * @return the tree of groups; empty for tabular reports
   */
  @JsonProperty("groupingsDown")
  @Value.Default
  public Groupings groupingsDown() {
    return Groupings.none();
  }

  /**
   * The column groups found.
   *
   * @return the tree of groups; empty but for matrix reports
   */
  @JsonProperty("groupingsAcross")
  @Value.Default
  public Groupings groupingsAcross() {
    return Groupings.none();
  }

  /**
   * The definition the report ran with, with the aggregates and detail columns that name the
   * facts' contents.
   *
   * @return the metadata
   */
  @JsonProperty("reportMetadata")
  public abstract ReportMetadata reportMetadata();

  /**
   * Labels and data types of the aggregates, detail columns and grouping columns.
   *
   * @return the extended metadata
   */
  @JsonProperty("reportExtendedMetadata")
  public abstract Optional<ReportExtendedMetadata> reportExtendedMetadata();

  /**
   * Keys this type does not model (such as {@code hasExceededTabularRowLimit}), as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * Requires the grand total of the formats that always have one, and gives every fact the names
   * of its aggregates and cells.
   *
   * @return this result, or a copy whose facts know their names
   */
  @Value.Check
  protected ReportResult check() {
    if (FORMATS_WITH_GRAND_TOTAL.contains(format()) && !factMap().containsKey(GRAND_TOTAL_KEY)) {
      throw new InvalidArgumentException(
          "factMap",
          "The factMap of a "
              + format()
              + " report has no grand total "
              + GRAND_TOTAL_KEY
              + "; it holds "
              + factMap().keySet()
              + ". Salesforce always sends T!T: include it");
    }
    List<String> aggregates = reportMetadata().aggregates();
    List<String> columns = reportMetadata().detailColumns();
    boolean named = factMap().values().stream().allMatch(f -> f.isNamed(aggregates, columns));
    if (named) {
      return this;
    }
    Map<String, Fact> facts = new LinkedHashMap<>();
    factMap().forEach((key, fact) -> facts.put(key, fact.withNames(aggregates, columns)));
    return builder().from(this).factMap(facts).build();
  }

  /**
   * The report's format; see {@link ReportMetadata.Format}. When the metadata does not say, it
   * follows from the groupings: across means matrix, down means summary, none means tabular.
   *
   * @return {@code TABULAR}, {@code SUMMARY}, {@code MATRIX} or {@code MULTI_BLOCK}
   */
  public String format() {
    return reportMetadata()
        .reportFormat()
        .orElseGet(
            () ->
                !reportMetadata().groupingsAcross().isEmpty()
                    ? ReportMetadata.Format.MATRIX
                    : !reportMetadata().groupingsDown().isEmpty()
                        ? ReportMetadata.Format.SUMMARY
                        : ReportMetadata.Format.TABULAR);
  }

  /**
   * The grand total, {@code T!T}: the summaries of all records and, for a tabular report run with
   * details, every detail row.
   *
   * @return the fact
   * @throws InvalidArgumentException if the fact map has no {@code T!T} (which only a joined
   *     report may lack)
   */
  public Fact grandTotal() {
    return fact(GRAND_TOTAL_KEY)
        .orElseThrow(
            () ->
                new InvalidArgumentException(
                    "factMap",
                    "This "
                        + format()
                        + " result has no grand total "
                        + GRAND_TOTAL_KEY
                        + "; its facts are "
                        + factMap().keySet()));
  }

  /**
   * A fact by its whole key.
   *
   * @param factKey for example {@code "0_1!T"}
   * @return the fact; empty if there is none with that key
   */
  public Optional<Fact> fact(String factKey) {
    InvalidArgumentException.requireNonNull(factKey, "factKey");
    return Optional.ofNullable(factMap().get(factKey));
  }

  /**
   * A fact by its row and column keys.
   *
   * @param rowKey a row group's key such as {@code "0_1"}, or {@code "T"} for all rows
   * @param colKey a column group's key such as {@code "1_0"}, or {@code "T"} for all columns
   * @return the fact {@code <rowKey>!<colKey>}; empty if there is none
   */
  public Optional<Fact> fact(String rowKey, String colKey) {
    InvalidArgumentException.requireNonNull(rowKey, "rowKey");
    InvalidArgumentException.requireNonNull(colKey, "colKey");
    return fact(rowKey + "!" + colKey);
  }

  /**
   * A fact by the labels or values of its groups.
   *
   * <pre>{@code
   * run.fact(List.of(), List.of());                              // T!T, any format
   * run.fact(List.of("Customer - Direct"), List.of());           // 0!T in a summary report
   * run.fact(List.of("Prospecting"), List.of("2026-05-01"));     // 0!0 in a matrix report
   * run.fact(List.of(), List.of("May 2026"));                    // T!0, a column total
   * }</pre>
   *
   * @param downPath the row groups, outermost first (see {@link Groupings#find(List)}); empty for
   *     all rows
   * @param acrossPath the column groups, outermost first; empty for all columns
   * @return the fact; empty if a path names no group, or the fact map has no such fact
   * @throws InvalidArgumentException if a path or one of its elements is null
   */
  public Optional<Fact> fact(List<String> downPath, List<String> acrossPath) {
    Optional<String> row = groupingDown(downPath);
    Optional<String> col = groupingAcross(acrossPath);
    return row.isPresent() && col.isPresent() ? fact(row.get(), col.get()) : Optional.empty();
  }

  /**
   * The key of a row group, found by its and its enclosing groups' labels or values.
   *
   * @param labelsOrValues the path, outermost first, e.g. {@code List.of("Customer - Direct",
   *     "Closed Won")}
   * @return the key, e.g. {@code "0_1"}; {@code "T"} for an empty path; empty if no group matches
   * @throws InvalidArgumentException if the path or one of its elements is null
   */
  public Optional<String> groupingDown(List<String> labelsOrValues) {
    return keyOf(groupingsDown(), labelsOrValues, "downPath");
  }

  /**
   * The key of a column group, found by its and its enclosing groups' labels or values.
   *
   * @param labelsOrValues the path, outermost first, e.g. {@code List.of("2026-05-01")}
   * @return the key, e.g. {@code "1_0"}; {@code "T"} for an empty path; empty if no group matches
   * @throws InvalidArgumentException if the path or one of its elements is null
   */
  public Optional<String> groupingAcross(List<String> labelsOrValues) {
    return keyOf(groupingsAcross(), labelsOrValues, "acrossPath");
  }

  private static Optional<String> keyOf(Groupings groupings, List<String> path, String name) {
    InvalidArgumentException.requireNonNull(path, name);
    if (path.isEmpty()) {
      return Optional.of(TOTAL);
    }
    return groupings.find(path).map(GroupingValue::key);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the report, the format and the fact keys, never data. */
  @Override
  public String toString() {
    return "ReportResult{"
        + attributes().flatMap(ReportAttributes::reportId).map(id -> id + " ").orElse("")
        + format()
        + ", facts="
        + factMap().size()
        + allData().filter(all -> !all).map(all -> ", truncated").orElse("")
        + "}";
  }

  /** Builds a {@link ReportResult}. */
  public static final class Builder extends ImmutableReportResult.Builder {
    Builder() {}
  }
}
