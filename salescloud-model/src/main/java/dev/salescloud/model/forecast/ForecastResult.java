package dev.salescloud.model.forecast;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A pipeline forecast for a period: the team's totals and, when grouped by owner, each owner's
 * share. See {@link ForecastTotals} for the figures and how the cumulative ones are computed.
 *
 * <pre>{@code
 * ForecastResult f = ForecastResult.builder()
 *     .period(ForecastPeriod.thisQuarter().resolved(start, end))
 *     .addGroups(ForecastGroup.of(ada, adaTotals), ForecastGroup.of(sam, samTotals))
 *     .build();                                 // totals = the groups added up
 * f.totals().commitForecast();
 * f.group(ada).map(g -> g.totals().gap());
 * }</pre>
 *
 * <p>When groups are given, the totals are their sum unless set; set totals must have the same
 * amounts and counts as the groups. A team's quota is its own, not the sum of its members':
 *
 * <pre>{@code
 * ForecastResult withQuota = f.toBuilder().totals(f.totals().withQuota(teamQuota)).build();
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableForecastResult.class)
@JsonDeserialize(as = ImmutableForecastResult.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"period", "currencyIsoCode", "totals", "groups"})
public abstract class ForecastResult {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  ForecastResult() {}

  /**
   * The period forecast.
   *
   * @return the period, resolved to dates when they are known
   */
  @JsonProperty("period")
  public abstract ForecastPeriod period();

  /**
   * The currency of the amounts, in orgs with several currencies.
   *
   * @return an ISO code such as {@code "USD"}
   */
  @JsonProperty("currencyIsoCode")
  public abstract Optional<String> currencyIsoCode();

  /**
   * Each owner's figures, when the forecast was grouped by owner.
   *
   * @return the groups, one per owner; empty when not grouped
   */
  @JsonProperty("groups")
  public abstract List<ForecastGroup> groups();

  /**
   * The figures of all owners together.
   *
   * @return the totals; unless set, the groups added up
   */
  @JsonProperty("totals")
  @Value.Default
  public ForecastTotals totals() {
    return sumOfGroups();
  }

  private ForecastTotals sumOfGroups() {
    return ForecastTotals.sum(
        groups().stream().map(ForecastGroup::totals).collect(Collectors.toList()));
  }

  /**
   * One owner's figures.
   *
   * @param ownerId the owner
   * @return the owner's group; empty if the owner has none
   */
  public Optional<ForecastGroup> group(SalesforceId ownerId) {
    InvalidArgumentException.requireNonNull(ownerId, "ownerId");
    return groups().stream().filter(g -> g.ownerId().equals(ownerId)).findFirst();
  }

  /** One group per owner, totals that agree with the groups, and an ISO currency code. */
  @Value.Check
  protected void check() {
    Set<SalesforceId> owners = new HashSet<>();
    for (ForecastGroup group : groups()) {
      if (!owners.add(group.ownerId())) {
        throw new InvalidArgumentException(
            "ForecastResult.groups",
            "ForecastResult.groups holds owner "
                + group.ownerId()
                + " twice: give each owner one group");
      }
    }
    if (!groups().isEmpty()) {
      totals()
          .firstDifferenceFrom(sumOfGroups())
          .ifPresent(
              difference -> {
                throw new InvalidArgumentException(
                    "ForecastResult.totals",
                    "ForecastResult.totals do not add up to its "
                        + groups().size()
                        + " groups ("
                        + difference
                        + " in the groups): leave the totals unset to have them summed, or set"
                        + " matching ones");
              });
    }
    currencyIsoCode()
        .filter(code -> !CURRENCY.matcher(code).matches())
        .ifPresent(
            code -> {
              throw new InvalidArgumentException(
                  "ForecastResult.currencyIsoCode",
                  "ForecastResult.currencyIsoCode = '"
                      + code
                      + "' is not an ISO 4217 code: use three capital letters such as USD");
            });
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
   * A builder holding this result, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the period and counts the groups and opportunities, never amounts. */
  @Override
  public String toString() {
    return "ForecastResult{" + period() + ", groups=" + groups().size() + ", " + totals() + "}";
  }

  /** Builds a {@link ForecastResult}. */
  public static final class Builder extends ImmutableForecastResult.Builder {
    Builder() {}
  }
}
