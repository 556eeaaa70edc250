package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The report type a report is built on: {@code reportMetadata.reportType}.
 *
 * <pre>{@code
 * {"type":"Opportunity","label":"Opportunities"}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableReportType.class)
@JsonDeserialize(builder = ReportType.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ReportType {
  ReportType() {}

  /**
   * The report type's unique API name.
   *
   * @return for example {@code "Opportunity"} or {@code "AccountList"}
   */
  @JsonProperty("type")
  public abstract String type();

  /**
   * The report type's display name.
   *
   * @return for example {@code "Opportunities"}
   */
  @JsonProperty("label")
  public abstract String label();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * A report type.
   *
   * @param type the API name
   * @param label the display name
   * @return the report type
   */
  public static ReportType of(String type, String label) {
    return builder().type(type).label(label).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportType}. */
  public static final class Builder extends ImmutableReportType.Builder {
    Builder() {}
  }
}
