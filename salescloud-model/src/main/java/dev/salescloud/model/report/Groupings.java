package dev.salescloud.model.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The groups a run found in one direction: {@code groupingsDown} or {@code groupingsAcross} of a
 * run result, {@code {"groupings":[...]}}, a tree of {@link GroupingValue}s.
 *
 * <pre>{@code
 * Optional<GroupingValue> won = run.groupingsDown().find(List.of("Customer - Direct", "Closed Won"));
 * won.map(GroupingValue::key);   // Optional["0_1"]
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableGroupings.class)
@JsonDeserialize(builder = Groupings.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Groupings {
  private static final Groupings NONE = builder().build();

  Groupings() {}

  /**
   * The outermost groups, in sort order.
   *
   * @return the groups; empty when the report is not grouped in this direction
   */
  @JsonProperty("groupings")
  public abstract List<GroupingValue> groupings();

  /**
   * Keys this type does not model, as sent.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * Finds a group by the labels or values of it and its enclosing groups, outermost first. At each
   * level a group whose value matches is preferred to one whose label matches.
   *
   * @param labelsOrValues for example {@code List.of("Customer - Direct", "Closed Won")}, or
   *     {@code List.of("2026-05-01")} for the May 2026 group of a month grouping
   * @return the group; empty if no group has that path, or the path is empty
   * @throws InvalidArgumentException if the path or one of its elements is null
   */
  public Optional<GroupingValue> find(List<String> labelsOrValues) {
    InvalidArgumentException.requireNonNull(labelsOrValues, "path");
    List<GroupingValue> level = groupings();
    GroupingValue found = null;
    for (int i = 0; i < labelsOrValues.size(); i++) {
      String wanted =
          InvalidArgumentException.requireNonNull(labelsOrValues.get(i), "path[" + i + "]");
      List<GroupingValue> candidates = level;
      found = byValue(candidates, wanted).or(() -> byLabel(candidates, wanted)).orElse(null);
      if (found == null) {
        return Optional.empty();
      }
      level = found.groupings();
    }
    return Optional.ofNullable(found);
  }

  /**
   * Finds a group by its key.
   *
   * @param key for example {@code "0_1"}
   * @return the group; empty if there is none with that key
   */
  public Optional<GroupingValue> byKey(String key) {
    InvalidArgumentException.requireNonNull(key, "key");
    List<GroupingValue> level = groupings();
    GroupingValue found = null;
    String prefix = "";
    for (String part : key.split("_", -1)) {
      String wanted = prefix + part;
      found = level.stream().filter(g -> g.key().equals(wanted)).findFirst().orElse(null);
      if (found == null) {
        return Optional.empty();
      }
      level = found.groupings();
      prefix = wanted + "_";
    }
    return Optional.ofNullable(found);
  }

  private static Optional<GroupingValue> byValue(List<GroupingValue> level, String wanted) {
    return level.stream()
        .filter(g -> g.valueText().map(wanted::equals).orElse(false))
        .findFirst();
  }

  private static Optional<GroupingValue> byLabel(List<GroupingValue> level, String wanted) {
    return level.stream().filter(g -> g.label().equals(wanted)).findFirst();
  }

  /**
   * No groups, as in {@code {"groupings":[]}}.
   *
   * @return the empty tree
   */
  public static Groupings none() {
    return NONE;
  }

  /**
   * The given outermost groups.
   *
   * @param groupings the groups
   * @return the tree
   */
  public static Groupings of(List<GroupingValue> groupings) {
    return builder().groupings(groupings).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Counts the outermost groups. */
  @Override
  public String toString() {
    return "Groupings{" + groupings().size() + "}";
  }

  /** Builds {@link Groupings}. */
  public static final class Builder extends ImmutableGroupings.Builder {
    Builder() {}
  }
}
