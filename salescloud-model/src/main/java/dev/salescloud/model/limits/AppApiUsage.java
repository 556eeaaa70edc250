package dev.salescloud.model.limits;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import org.immutables.value.Value;

/**
 * The API quota of the connected app that made a call, from the {@code per-app-api-usage} entry of
 * the {@code Sforce-Limit-Info} header: {@code per-app-api-usage=17/250(appName=sample-app)}.
 *
 * <pre>{@code
 * ApiUsage.parse("api-usage=25/5000; per-app-api-usage=17/250(appName=sample-app)")
 *     .perAppUsage()
 *     .map(AppApiUsage::remaining);   // Optional[233]
 * }</pre>
 *
 * <p>Salesforce sends it only when the org has app quotas.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAppApiUsage.class)
@JsonDeserialize(as = ImmutableAppApiUsage.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"appName", "used", "max"})
public abstract class AppApiUsage {
  AppApiUsage() {}

  /**
   * The connected app's name.
   *
   * @return for example {@code sample-app}
   */
  @JsonProperty("appName")
  public abstract String appName();

  /**
   * The calls the app has made in the rolling 24 hours.
   *
   * @return the calls used
   */
  @JsonProperty("used")
  public abstract long used();

  /**
   * The app's quota.
   *
   * @return the most calls the app may make in the rolling 24 hours
   */
  @JsonProperty("max")
  public abstract long max();

  /**
   * The calls the app has left.
   *
   * @return {@code max - used}, never below 0
   */
  public long remaining() {
    return Math.max(0, max() - used());
  }

  /**
   * The share of the quota the app has used.
   *
   * @return {@code used / max} (above 1 when over quota); for a quota of 0, 0 if nothing was used
   *     and 1 otherwise
   */
  public double fractionUsed() {
    return Fractions.used(used(), max());
  }

  /** The name is a non-blank name that fits in the header; the counts are not negative. */
  @Value.Check
  protected void check() {
    if (appName().isBlank() || appName().matches(".*[()\\r\\n].*")) {
      throw new InvalidArgumentException(
          "appName",
          "appName '" + appName() + "' must be a non-blank name without parentheses or line breaks");
    }
    if (used() < 0 || max() < 0) {
      throw new InvalidArgumentException(
          "per-app-api-usage",
          "per-app-api-usage " + used() + "/" + max() + " of " + appName()
              + " has a negative count; both numbers are 0 or more");
    }
  }

  /**
   * The usage of an app.
   *
   * @param appName the connected app's name
   * @param used the calls it made
   * @param max its quota
   * @return the usage
   */
  public static AppApiUsage of(String appName, long used, long max) {
    return builder().appName(appName).used(used).max(max).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppApiUsage}. */
  public static final class Builder extends ImmutableAppApiUsage.Builder {
    Builder() {}
  }
}
