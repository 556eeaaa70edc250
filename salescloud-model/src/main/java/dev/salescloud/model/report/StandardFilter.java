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
 * A filter the report type defines (for example {@code open} or {@code probability} on
 * opportunity reports): an element of {@code reportMetadata.standardFilters}. Standard filters
 * cannot be changed when a report is run.
 *
 * <pre>{@code
 * {"name":"open","value":"all"}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableStandardFilter.class)
@JsonDeserialize(builder = StandardFilter.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class StandardFilter {
  StandardFilter() {}

  /**
   * The filter's name.
   *
   * @return for example {@code "open"}
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * The filter's value.
   *
   * @return for example {@code "all"}
   */
  @JsonProperty("value")
  public abstract Optional<String> value();

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

  /** Builds a {@link StandardFilter}. */
  public static final class Builder extends ImmutableStandardFilter.Builder {
    Builder() {}
  }
}
