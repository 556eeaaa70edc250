package dev.salescloud.model.forecast;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One owner's share of a forecast: their figures, with their own quota when known.
 *
 * <pre>{@code
 * ForecastGroup ada = ForecastGroup.of(adaId, adaTally.toTotals().withQuota(adaQuota));
 * ada.totals().attainment();
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableForecastGroup.class)
@JsonDeserialize(as = ImmutableForecastGroup.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"ownerId", "ownerName", "totals"})
public abstract class ForecastGroup {
  ForecastGroup() {}

  /**
   * The owner.
   *
   * @return a User id
   */
  @JsonProperty("ownerId")
  public abstract SalesforceId ownerId();

  /**
   * The owner's name, when it was read.
   *
   * @return for example {@code "Ada Ng"}
   */
  @JsonProperty("ownerName")
  public abstract Optional<String> ownerName();

  /**
   * The owner's figures.
   *
   * @return the figures
   */
  @JsonProperty("totals")
  public abstract ForecastTotals totals();

  /** The owner is a user. */
  @Value.Check
  protected void check() {
    if (!ownerId().keyPrefix().equals("005")) {
      throw new InvalidArgumentException(
          "ForecastGroup.ownerId",
          "ForecastGroup.ownerId = "
              + ownerId()
              + " is "
              + ForecastQuery.kindOf(ownerId())
              + ": forecast groups are per user (ids starting with 005)");
    }
  }

  /**
   * An owner's figures.
   *
   * @param ownerId the owner, a User id
   * @param totals the figures
   * @return the group
   * @throws InvalidArgumentException if the owner is not a user
   */
  public static ForecastGroup of(SalesforceId ownerId, ForecastTotals totals) {
    return builder().ownerId(ownerId).totals(totals).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the owner and counts the opportunities. */
  @Override
  public String toString() {
    return "ForecastGroup{" + ownerId() + ", " + totals() + "}";
  }

  /** Builds a {@link ForecastGroup}. */
  public static final class Builder extends ImmutableForecastGroup.Builder {
    Builder() {}
  }
}
