package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.SalesforceDateTimes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cell of a detail row: the formatted label and the value.
 *
 * <pre>{@code
 * {"label":"Acme - 50 seats","value":"006D000000CvZ9TIAV"}      // lookups: the id, labelled by name
 * {"label":"$50,000.00","value":{"amount":50000,"currency":null}} // currency
 * {"label":"5/31/2026","value":"2026-05-31"}                     // dates
 * {"label":"-","value":null}                                     // empty
 * }</pre>
 *
 * <p>The typed readers ({@link #amount()}, {@link #number()}, {@link #text()}, {@link #id()},
 * {@link #date()}) are empty for an empty cell. Get a cell by its column with {@link
 * DetailRow#cell(String)}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableDataCell.class)
@JsonDeserialize(builder = DataCell.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"label", "value"})
public abstract class DataCell {
  /** The label Salesforce gives an empty cell. */
  public static final String EMPTY_LABEL = "-";

  DataCell() {}

  /**
   * The value formatted for display.
   *
   * @return the label; {@code "-"} for an empty cell
   */
  @JsonProperty("label")
  public abstract String label();

  /**
   * The value as Salesforce sent it: text (strings, picklists, ids, ISO dates), a number, a
   * boolean, an object {@code {"amount":n,"currency":c}} for currency, or JSON null when empty.
   *
   * @return the raw value
   */
  @JsonProperty("value")
  @Value.Default
  public JsonNode value() {
    return NullNode.getInstance();
  }

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * Whether the cell is empty (its value is null).
   *
   * @return {@code true} for {@code {"label":"-","value":null}}
   */
  @JsonIgnore
  public boolean isEmpty() {
    return value().isNull() || value().isMissingNode();
  }

  /**
   * The amount of a currency cell.
   *
   * @return the exact amount; empty if the cell is empty or not a currency value
   */
  public Optional<BigDecimal> amount() {
    return value().isObject() ? decimal(value().path("amount")) : Optional.empty();
  }

  /**
   * The currency of a currency cell, in orgs with several currencies.
   *
   * @return an ISO code such as {@code "EUR"}; empty in single-currency orgs, where it is null
   */
  public Optional<String> currency() {
    JsonNode currency = value().path("currency");
    return value().isObject() && currency.isTextual()
        ? Optional.of(currency.textValue())
        : Optional.empty();
  }

  /**
   * The value of a number, percent or currency cell, exactly.
   *
   * @return the number (for currency, the amount); empty if the cell is empty or not numeric
   */
  public Optional<BigDecimal> number() {
    return value().isObject() ? amount() : decimal(value());
  }

  /**
   * The value of a text cell: strings, picklists, ids, dates and datetimes as sent.
   *
   * @return the text; empty if the cell is empty or its value is not text
   */
  public Optional<String> text() {
    return value().isTextual() ? Optional.of(value().textValue()) : Optional.empty();
  }

  /**
   * The record id a lookup or name cell holds (its label is the record's name).
   *
   * @return the id; empty if the value is not a Salesforce id
   */
  public Optional<SalesforceId> id() {
    return text().filter(SalesforceId::isValid).map(SalesforceId::of);
  }

  /**
   * The value of a date cell.
   *
   * @return the date; empty if the cell is empty
   * @throws InvalidArgumentException if the cell holds text that is not a {@code yyyy-MM-dd} date
   */
  public Optional<LocalDate> date() {
    return text().map(SalesforceDateTimes::parseDate);
  }

  /**
   * A cell.
   *
   * @param label the formatted value
   * @param value the raw value
   * @return the cell
   */
  public static DataCell of(String label, JsonNode value) {
    return builder().label(label).value(value).build();
  }

  /**
   * An empty cell, {@code {"label":"-","value":null}}.
   *
   * @return the cell
   */
  public static DataCell empty() {
    return of(EMPTY_LABEL, NullNode.getInstance());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Says whether the cell is empty, never its value. */
  @Override
  public String toString() {
    return "DataCell{" + (isEmpty() ? "empty" : value().getNodeType().name().toLowerCase()) + "}";
  }

  static Optional<BigDecimal> decimal(JsonNode node) {
    return node.isNumber() ? Optional.of(node.decimalValue()) : Optional.empty();
  }

  /** Builds a {@link DataCell}. */
  public static final class Builder extends ImmutableDataCell.Builder {
    Builder() {}
  }
}
