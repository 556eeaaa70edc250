package dev.salescloud.model.limits;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the org limits ({@code GET .../limits}): the allocation ({@code Max}) and what is
 * left of it ({@code Remaining}), with the breakdown some limits carry per connected app or per
 * kind kept in order.
 *
 * <pre>{@code
 * "DailyApiRequests":{"Max":15000,"Remaining":14998,
 *                     "Ant Migration Tool":{"Max":0,"Remaining":0}}
 *
 * Limit daily = limits.dailyApiRequests().orElseThrow();
 * daily.used();           // 2
 * daily.fractionUsed();   // 0.000133...
 * daily.breakdown("Ant Migration Tool").map(Limit::max);   // Optional[0]
 * }</pre>
 *
 * <p>The same shape describes the burst allocation of the {@code Sforce-Limit-Info} header
 * ({@link ApiUsage#bursts()}). Reading JSON also accepts the counts as strings, as API 29.0 sent
 * them; they are written back as numbers.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableLimit.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"Max", "Remaining"})
public abstract class Limit {
  Limit() {}

  /**
   * {@code Max}: the allocation.
   *
   * @return the most that may be used in the limit's period
   */
  @JsonProperty("Max")
  public abstract long max();

  /**
   * {@code Remaining}: what is left of the allocation.
   *
   * @return the uses left in the current period
   */
  @JsonProperty("Remaining")
  public abstract long remaining();

  /**
   * The nested entries of the limit, by name: per connected app for {@code DailyApiRequests}
   * ({@code "Ant Migration Tool"}, {@code "Salesforce CLI"}, ...), per kind for some others.
   *
   * @return an ordered map, empty for most limits
   */
  @JsonAnyGetter
  public abstract Map<String, Limit> breakdown();

  /**
   * What has been used: {@code max - remaining}.
   *
   * @return the uses so far in the current period
   */
  public long used() {
    return max() - remaining();
  }

  /**
   * The share of the allocation that has been used.
   *
   * @return {@code used / max}; for an allocation of 0, 0 if nothing was used and 1 otherwise
   */
  public double fractionUsed() {
    return Fractions.used(used(), max());
  }

  /**
   * One nested entry.
   *
   * @param name its name, such as {@code "Ant Migration Tool"}
   * @return the entry, or empty if the limit has none of that name
   */
  public Optional<Limit> breakdown(String name) {
    InvalidArgumentException.requireNonNull(name, "name");
    return Optional.ofNullable(breakdown().get(name));
  }

  /** The allocation cannot be negative. */
  @Value.Check
  protected void check() {
    if (max() < 0) {
      throw new InvalidArgumentException(
          "Max", "Max is " + max() + "; an allocation cannot be negative");
    }
  }

  /**
   * An allocation without breakdown.
   *
   * @param max the allocation
   * @param remaining what is left of it
   * @return the limit
   */
  public static Limit of(long max, long remaining) {
    return builder().max(max).remaining(remaining).build();
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
   * Reads a limit from its JSON object, keeping the nested entries in order.
   *
   * @param json the object's members, as Jackson reads them in order
   * @return the limit
   * @throws InvalidArgumentException if {@code Max} or {@code Remaining} is missing or not a whole
   *     number, or a nested entry is not an object
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Limit fromJson(Map<String, JsonNode> json) {
    return fromMembers("limit", json);
  }

  private static Limit fromMembers(String name, Map<String, JsonNode> members) {
    Builder builder = builder();
    boolean sawMax = false;
    boolean sawRemaining = false;
    for (Map.Entry<String, JsonNode> member : members.entrySet()) {
      String key = member.getKey();
      JsonNode value = member.getValue();
      if (key.equals("Max")) {
        builder.max(count(name, key, value));
        sawMax = true;
      } else if (key.equals("Remaining")) {
        builder.remaining(count(name, key, value));
        sawRemaining = true;
      } else if (value != null && value.isObject()) {
        Map<String, JsonNode> nested = new LinkedHashMap<>();
        value.properties().forEach(e -> nested.put(e.getKey(), e.getValue()));
        builder.putBreakdown(key, fromMembers(name + "." + key, nested));
      } else {
        throw new InvalidArgumentException(
            name + "." + key,
            "Limit entry "
                + name
                + "."
                + key
                + " is "
                + shown(value)
                + "; a limit holds Max, Remaining and nested limits, each an object");
      }
    }
    if (!sawMax || !sawRemaining) {
      throw new InvalidArgumentException(
          name,
          "Limit " + name + " needs both Max and Remaining, as Salesforce sends them; it has "
              + members.keySet());
    }
    return builder.build();
  }

  private static long count(String name, String key, JsonNode value) {
    if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    if (value != null && value.isTextual() && value.asText().matches("-?\\d{1,18}")) {
      return Long.parseLong(value.asText());
    }
    throw new InvalidArgumentException(
        name + "." + key,
        "Limit " + name + "." + key + " is " + shown(value) + "; it must be a whole number");
  }

  private static String shown(JsonNode value) {
    String text = value == null ? "null" : value.toString();
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  /** Builds a {@link Limit}. */
  public static final class Builder extends ImmutableLimit.Builder {
    Builder() {}
  }
}
