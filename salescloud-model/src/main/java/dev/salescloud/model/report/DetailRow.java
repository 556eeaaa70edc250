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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One record of a report run with details: {@code {"dataCells":[...]}}, whose cells align with
 * {@link ReportMetadata#detailColumns()}.
 *
 * <pre>{@code
 * for (DetailRow row : run.grandTotal().rows()) {
 *   String name = row.cell("OPPORTUNITY_NAME").label();
 *   Optional<BigDecimal> amount = row.cell("AMOUNT").amount();
 * }
 * }</pre>
 *
 * <p>Rows read through a {@link ReportResult} know their column names; a row built by hand knows
 * them only if given {@link #columnNames()}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableDetailRow.class)
@JsonDeserialize(builder = DetailRow.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class DetailRow {
  DetailRow() {}

  /**
   * The cells, in the order of the report's detail columns.
   *
   * @return the cells
   */
  @JsonProperty("dataCells")
  public abstract List<DataCell> dataCells();

  /**
   * The column name of each cell, from {@link ReportMetadata#detailColumns()}; not part of the
   * JSON. Filled in by {@link ReportResult}.
   *
   * @return the column names; empty for a row that was not read through a result
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract List<String> columnNames();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * The cell of a column.
   *
   * @param column the column's API name, e.g. {@code "AMOUNT"}; matched exactly first, then
   *     ignoring case
   * @return the cell
   * @throws InvalidArgumentException if the report has no such detail column (the message lists
   *     the ones it has), or the row holds fewer cells than the report has columns
   */
  public DataCell cell(String column) {
    int index =
        ReportMetadata.indexOf(columnNames(), column, "column", "reportMetadata.detailColumns");
    if (index >= dataCells().size()) {
      throw new InvalidArgumentException(
          "column",
          "Column "
              + column
              + " is detail column "
              + (index + 1)
              + " of "
              + columnNames().size()
              + ", but this row holds only "
              + dataCells().size()
              + " cells: the row does not belong to this report's metadata");
    }
    return dataCells().get(index);
  }

  /**
   * The cells by column name, in column order.
   *
   * @return an unmodifiable ordered map; empty for a row that knows no column names
   */
  public Map<String, DataCell> cellsByColumn() {
    Map<String, DataCell> cells = new LinkedHashMap<>();
    int n = Math.min(columnNames().size(), dataCells().size());
    for (int i = 0; i < n; i++) {
      cells.put(columnNames().get(i), dataCells().get(i));
    }
    return Collections.unmodifiableMap(cells);
  }

  /**
   * A row of cells.
   *
   * @param cells the cells
   * @return the row
   */
  public static DetailRow of(List<DataCell> cells) {
    return builder().dataCells(cells).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Counts the cells, never shows them. */
  @Override
  public String toString() {
    return "DetailRow{cells=" + dataCells().size() + "}";
  }

  DetailRow withColumns(List<String> columns) {
    return columnNames().equals(columns) ? this : builder().from(this).columnNames(columns).build();
  }

  /** Builds a {@link DetailRow}. */
  public static final class Builder extends ImmutableDetailRow.Builder {
    Builder() {}
  }
}
