package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * An asynchronous run of a report: the answer to {@code POST .../analytics/reports/{id}/instances}
 * and an element of the instances list. Poll its {@link #url()} until {@link #isDone()}; when
 * {@link #isSuccess()}, that url returns a {@link ReportResult}. Results are kept for 24 hours.
 *
 * <pre>{@code
 * {"id":"0LGD000000000IyOAI","status":"Success","requestDate":"2013-08-12T19:06:47Z",
 *  "completionDate":"2013-08-12T19:06:48Z","ownerId":"005D0000001KvxRIAS","hasDetailRows":false,
 *  "url":"/services/data/v66.0/analytics/reports/00OD0000001ZbP7MAK/instances/0LGD000000000IyOAI"}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableReportInstance.class)
@JsonDeserialize(builder = ReportInstance.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ReportInstance {
  ReportInstance() {}

  /**
   * The instance's id.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract SalesforceId id();

  /**
   * The run's status; see {@link Status}.
   *
   * @return {@code New}, {@code Running}, {@code Success} or {@code Error}
   */
  @JsonProperty("status")
  public abstract String status();

  /**
   * When the run was requested.
   *
   * @return the instant
   */
  @JsonProperty("requestDate")
  @JsonSerialize(contentUsing = IsoInstantSerializer.class)
  public abstract Optional<Instant> requestDate();

  /**
   * When the run finished, successfully or not.
   *
   * @return the instant; empty while the run is new or running
   */
  @JsonProperty("completionDate")
  @JsonSerialize(contentUsing = IsoInstantSerializer.class)
  public abstract Optional<Instant> completionDate();

  /**
   * The user who requested the run.
   *
   * @return the user's id
   */
  @JsonProperty("ownerId")
  public abstract Optional<SalesforceId> ownerId();

  /**
   * Whether detail rows were requested.
   *
   * @return the flag
   */
  @JsonProperty("hasDetailRows")
  public abstract Optional<Boolean> hasDetailRows();

  /**
   * Where the result is fetched.
   *
   * @return a path; empty (null) when the run failed
   */
  @JsonProperty("url")
  public abstract Optional<String> url();

  /**
   * Keys this type does not model (such as {@code queryable}), as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * Whether the run has finished, successfully or not.
   *
   * @return {@code true} for {@code Success} and {@code Error}
   */
  @JsonIgnore
  public boolean isDone() {
    return isSuccess() || Status.ERROR.equalsIgnoreCase(status());
  }

  /**
   * Whether the run succeeded and its result can be fetched.
   *
   * @return {@code true} for {@code Success}
   */
  @JsonIgnore
  public boolean isSuccess() {
    return Status.SUCCESS.equalsIgnoreCase(status());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this instance, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the id and the status. */
  @Override
  public String toString() {
    return "ReportInstance{" + id() + " " + status() + "}";
  }

  /** Builds a {@link ReportInstance}. */
  public static final class Builder extends ImmutableReportInstance.Builder {
    Builder() {}
  }

  /** Values of {@code status}. */
  public static final class Status {
    /** The run was just requested. */
    public static final String NEW = "New";
    /** The report is running. */
    public static final String RUNNING = "Running";
    /** The report ran; its result can be fetched. */
    public static final String SUCCESS = "Success";
    /** The run failed, for example because access to the report was removed meanwhile. */
    public static final String ERROR = "Error";

    private Status() {}
  }
}
