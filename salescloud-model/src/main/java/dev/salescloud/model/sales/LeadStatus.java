package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.TypedRecord;
import dev.salescloud.model.TypedRecordBuilder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A LeadStatus: one value of the org's {@code Lead.Status} picklist, saying whether it is the
 * default of new leads and whether it is a converted status.
 *
 * <p>A read-only metadata object: it can be queried, never created or updated through the API,
 * so it has no patch type. Lead conversion needs a status with {@code IsConverted = true}:
 *
 * <pre>{@code
 * // SELECT ApiName, MasterLabel, SortOrder, IsDefault, IsConverted FROM LeadStatus
 * //        WHERE IsConverted = true ORDER BY SortOrder
 * String convertedStatus = statuses.get(0).apiName().orElse(Lead.Status.CLOSED_CONVERTED);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; {@code toString()} names the fields that are set.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableLeadStatus.class)
@JsonDeserialize(builder = LeadStatus.Builder.class)
public abstract class LeadStatus extends TypedRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "LeadStatus";

  LeadStatus() {}

  /** Always {@code "LeadStatus"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }

  /**
   * {@code ApiName}: the value {@code Lead.Status} holds.
   *
   * @return for example {@code "Closed - Converted"}
   */
  @JsonProperty("ApiName")
  public abstract Optional<String> apiName();

  /** {@code MasterLabel}: the status's label. @return the label */
  @JsonProperty("MasterLabel")
  public abstract Optional<String> masterLabel();

  /** {@code SortOrder}. @return the status's position in the picklist */
  @JsonProperty("SortOrder")
  public abstract Optional<Integer> sortOrder();

  /** {@code IsDefault}. @return whether new leads get this status */
  @JsonProperty("IsDefault")
  public abstract Optional<Boolean> isDefault();

  /** {@code IsConverted}. @return whether lead conversion may set this status */
  @JsonProperty("IsConverted")
  public abstract Optional<Boolean> isConverted();

  /**
   * A builder, for tests and fakes that describe an org's statuses.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }


  /** Builds a {@link LeadStatus}. */
  public static final class Builder extends ImmutableLeadStatus.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}
  }
}
