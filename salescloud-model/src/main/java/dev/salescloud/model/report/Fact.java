package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One entry of a run's fact map: the summaries of one cell of the report (a group, a group
 * crossed with a column group, or a total) and, when the run included details, its detail rows.
 *
 * <pre>{@code
 * "0_1!T":{"aggregates":[{"label":"$120,000.00","value":120000},{"label":"2","value":2}],
 *          "rows":[{"dataCells":[...]}, ...]}
 * }</pre>
 *
 * <p>Aggregates align with {@link ReportMetadata#aggregates()}; ask for them by name:
 *
 * <pre>{@code
 * Fact total = run.grandTotal();
 * BigDecimal sum = total.aggregate("s!AMOUNT").number().orElse(BigDecimal.ZERO);
 * long count = total.aggregate("RowCount").number().map(BigDecimal::longValue).orElse(0L);
 * }</pre>
 *
 * <p>Facts read through a {@link ReportResult} know the aggregate and column names; a fact built
 * by hand knows them only if given {@link #aggregateNames()} (and its rows {@link
 * DetailRow#columnNames()}).
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableFact.class)
@JsonDeserialize(builder = Fact.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"aggregates", "rows"})
public abstract class Fact {
  Fact() {}

  /**
   * The summaries, in the order of the report's aggregates.
   *
   * @return the values
   */
  @JsonProperty("aggregates")
  public abstract List<AggregateValue> aggregates();

  /**
   * The detail rows of this cell of the report: present for the innermost groups (and for the
   * {@code T!T} fact of a tabular report) when the run included details.
   *
   * @return the rows; empty for summaries and runs without details
   */
  @JsonProperty("rows")
  public abstract List<DetailRow> rows();

  /**
   * The name of each aggregate, from {@link ReportMetadata#aggregates()}; not part of the JSON.
   * Filled in by {@link ReportResult}.
   *
   * @return the names; empty for a fact that was not read through a result
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract List<String> aggregateNames();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * The summary of an aggregate.
   *
   * @param name the aggregate's name in the report metadata, e.g. {@code "s!AMOUNT"} or {@code
   *     "RowCount"}; matched exactly first, then ignoring case
   * @return the value
   * @throws InvalidArgumentException if the report has no such aggregate (the message lists the
   *     ones it has), or this fact holds fewer values than the report has aggregates
   */
  public AggregateValue aggregate(String name) {
    int index =
        ReportMetadata.indexOf(aggregateNames(), name, "aggregate", "reportMetadata.aggregates");
    if (index >= aggregates().size()) {
      throw new InvalidArgumentException(
          "aggregate",
          "Aggregate "
              + name
              + " is aggregate "
              + (index + 1)
              + " of "
              + aggregateNames().size()
              + ", but this fact holds only "
              + aggregates().size()
              + " values: the fact does not belong to this report's metadata");
    }
    return aggregates().get(index);
  }

  /**
   * The summaries by aggregate name, in the metadata's order.
   *
   * @return an unmodifiable ordered map; empty for a fact that knows no aggregate names
   */
  public Map<String, AggregateValue> aggregatesByName() {
    Map<String, AggregateValue> values = new LinkedHashMap<>();
    int n = Math.min(aggregateNames().size(), aggregates().size());
    for (int i = 0; i < n; i++) {
      values.put(aggregateNames().get(i), aggregates().get(i));
    }
    return Collections.unmodifiableMap(values);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Counts the aggregates and rows, never shows them. */
  @Override
  public String toString() {
    return "Fact{aggregates=" + aggregates().size() + ", rows=" + rows().size() + "}";
  }

  /** This fact with the names of its aggregates and of its rows' cells filled in. */
  Fact withNames(List<String> aggregateNames, List<String> columnNames) {
    if (isNamed(aggregateNames, columnNames)) {
      return this;
    }
    List<DetailRow> named = new ArrayList<>(rows().size());
    for (DetailRow row : rows()) {
      named.add(row.withColumns(columnNames));
    }
    return builder().from(this).aggregateNames(aggregateNames).rows(named).build();
  }

  boolean isNamed(List<String> aggregateNames, List<String> columnNames) {
    if (!aggregateNames().equals(aggregateNames)) {
      return false;
    }
    for (DetailRow row : rows()) {
      if (!row.columnNames().equals(columnNames)) {
        return false;
      }
    }
    return true;
  }

  /** Builds a {@link Fact}. */
  public static final class Builder extends ImmutableFact.Builder {
    Builder() {}
  }
}
