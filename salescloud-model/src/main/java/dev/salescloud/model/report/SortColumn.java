package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How detail rows are sorted: an element of {@code reportMetadata.sortBy}.
 *
 * <pre>{@code
 * {"sortColumn":"AMOUNT","sortOrder":"Desc"}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSortColumn.class)
@JsonDeserialize(builder = SortColumn.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class SortColumn {
  SortColumn() {}

  /**
   * The column sorted on.
   *
   * @return a report column API name
   */
  @JsonProperty("sortColumn")
  public abstract String sortColumn();

  /**
   * The direction; see {@link GroupingInfo.SortOrder}.
   *
   * @return {@code "Asc"} or {@code "Desc"}
   */
  @JsonProperty("sortOrder")
  public abstract Optional<String> sortOrder();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * A sort on a column.
   *
   * @param column the report column API name
   * @param sortOrder {@code "Asc"} or {@code "Desc"}
   * @return the sort
   */
  public static SortColumn of(String column, String sortOrder) {
    return builder().sortColumn(column).sortOrder(sortOrder).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SortColumn}. */
  public static final class Builder extends ImmutableSortColumn.Builder {
    Builder() {}
  }
}
