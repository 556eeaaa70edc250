package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The date range a report is limited to: {@code reportMetadata.standardDateFilter}.
 *
 * <pre>{@code
 * {"column":"CLOSE_DATE","durationValue":"THIS_FISCAL_QUARTER","startDate":"2026-10-01","endDate":"2026-12-31"}
 * }</pre>
 *
 * <p>{@code durationValue} is a relative range ({@code THIS_FISCAL_QUARTER}, {@code LAST_N_DAYS:30},
 * ...) or {@code CUSTOM}, in which case the dates are the range. Salesforce fills in the dates of
 * a relative range when it returns the metadata.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableStandardDateFilter.class)
@JsonDeserialize(builder = StandardDateFilter.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class StandardDateFilter {
  /** The {@code durationValue} of a range given by its dates. */
  public static final String CUSTOM = "CUSTOM";

  StandardDateFilter() {}

  /**
   * The date column filtered.
   *
   * @return for example {@code "CLOSE_DATE"}
   */
  @JsonProperty("column")
  public abstract String column();

  /**
   * The range: a relative date value or {@link #CUSTOM}.
   *
   * @return for example {@code "THIS_FISCAL_QUARTER"}
   */
  @JsonProperty("durationValue")
  public abstract Optional<String> durationValue();

  /**
   * The first day of the range.
   *
   * @return the date, if known
   */
  @JsonProperty("startDate")
  public abstract Optional<LocalDate> startDate();

  /**
   * The last day of the range.
   *
   * @return the date, if known
   */
  @JsonProperty("endDate")
  public abstract Optional<LocalDate> endDate();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /** A range does not end before it starts. */
  @Value.Check
  protected void check() {
    if (startDate().isPresent()
        && endDate().isPresent()
        && endDate().get().isBefore(startDate().get())) {
      throw new InvalidArgumentException(
          "StandardDateFilter.endDate",
          "StandardDateFilter.endDate "
              + endDate().get()
              + " is before startDate "
              + startDate().get()
              + ": give the first day as startDate and the last day as endDate");
    }
  }

  /**
   * A custom range on a date column.
   *
   * @param column the date column, e.g. {@code "CLOSE_DATE"}
   * @param startDate the first day
   * @param endDate the last day
   * @return the filter
   * @throws InvalidArgumentException if the range ends before it starts
   */
  public static StandardDateFilter between(String column, LocalDate startDate, LocalDate endDate) {
    return builder()
        .column(column)
        .durationValue(CUSTOM)
        .startDate(startDate)
        .endDate(endDate)
        .build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StandardDateFilter}. */
  public static final class Builder extends ImmutableStandardDateFilter.Builder {
    Builder() {}
  }
}
