package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code attributes} of a run result: which report ran and, for an asynchronous run, the
 * instance.
 *
 * <pre>{@code
 * {"type":"Report","reportId":"00OD0000001ZbP7MAK","reportName":"Pipeline by Stage",
 *  "describeUrl":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/describe",
 *  "instancesUrl":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/instances"}
 * {"type":"ReportInstance","id":"0LGD000000000IyOAI","status":"Success","reportId":"00OD0000001ZbP7MAK",
 *  "reportName":"Pipeline by Stage","ownerId":"005D0000001KvxRIAS",
 *  "requestDate":"2013-08-12T19:06:47Z","completionDate":"2013-08-12T19:06:48Z"}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableReportAttributes.class)
@JsonDeserialize(builder = ReportAttributes.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ReportAttributes {
  /** The {@code type} of a synchronous run. */
  public static final String REPORT = "Report";
  /** The {@code type} of the result of an asynchronous run. */
  public static final String REPORT_INSTANCE = "ReportInstance";

  ReportAttributes() {}

  /**
   * What produced the result.
   *
   * @return {@link #REPORT} or {@link #REPORT_INSTANCE}
   */
  @JsonProperty("type")
  public abstract String type();

  /**
   * The report's id.
   *
   * @return the id (key prefix {@code 00O})
   */
  @JsonProperty("reportId")
  public abstract Optional<SalesforceId> reportId();

  /**
   * The report's name.
   *
   * @return the name
   */
  @JsonProperty("reportName")
  public abstract Optional<String> reportName();

  /**
   * Where the report's definition is described.
   *
   * @return a path ending in {@code /describe}
   */
  @JsonProperty("describeUrl")
  public abstract Optional<String> describeUrl();

  /**
   * Where the report's asynchronous runs are listed.
   *
   * @return a path ending in {@code /instances}
   */
  @JsonProperty("instancesUrl")
  public abstract Optional<String> instancesUrl();

  /**
   * The id of the asynchronous run (instance results only).
   *
   * @return the instance id
   */
  @JsonProperty("id")
  public abstract Optional<SalesforceId> id();

  /**
   * The status of the asynchronous run (instance results only); see {@link
   * ReportInstance.Status}.
   *
   * @return for example {@code "Success"}
   */
  @JsonProperty("status")
  public abstract Optional<String> status();

  /**
   * When the asynchronous run was requested.
   *
   * @return the instant
   */
  @JsonProperty("requestDate")
  @JsonSerialize(contentUsing = IsoInstantSerializer.class)
  public abstract Optional<Instant> requestDate();

  /**
   * When the asynchronous run finished.
   *
   * @return the instant
   */
  @JsonProperty("completionDate")
  @JsonSerialize(contentUsing = IsoInstantSerializer.class)
  public abstract Optional<Instant> completionDate();

  /**
   * The user who requested the asynchronous run.
   *
   * @return the user's id
   */
  @JsonProperty("ownerId")
  public abstract Optional<SalesforceId> ownerId();

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

  /** Builds {@link ReportAttributes}. */
  public static final class Builder extends ImmutableReportAttributes.Builder {
    Builder() {}
  }
}
