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
 * A row limit on a tabular report: {@code reportMetadata.topRows}.
 *
 * <pre>{@code
 * {"rowLimit":5,"direction":"Desc"}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableTopRows.class)
@JsonDeserialize(builder = TopRows.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class TopRows {
  TopRows() {}

  /**
   * The most rows shown.
   *
   * @return the limit
   */
  @JsonProperty("rowLimit")
  public abstract int rowLimit();

  /**
   * Which end of the sort is kept; see {@link GroupingInfo.SortOrder}.
   *
   * @return {@code "Asc"} or {@code "Desc"}
   */
  @JsonProperty("direction")
  public abstract Optional<String> direction();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TopRows}. */
  public static final class Builder extends ImmutableTopRows.Builder {
    Builder() {}
  }
}
