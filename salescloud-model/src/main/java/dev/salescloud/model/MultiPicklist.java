package dev.salescloud.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The value of a multi-select picklist: Salesforce sends and accepts the selected values joined
 * with semicolons ({@code "Email;Phone"}).
 *
 * <pre>{@code
 * MultiPicklist channels = MultiPicklist.of("Email", "Phone");
 * channels.values();      // [Email, Phone]
 * channels.toString();    // "Email;Phone"
 * }</pre>
 */
public final class MultiPicklist {
  private final List<String> values;

  private MultiPicklist(List<String> values) {
    this.values = values;
  }

  /**
   * The selected values.
   *
   * @param values each selected value; none may be empty or contain a semicolon
   * @return the value
   * @throws InvalidArgumentException if a value is empty, repeated or holds a semicolon
   */
  public static MultiPicklist of(String... values) {
    return of(Arrays.asList(values));
  }

  /**
   * The selected values.
   *
   * @param values each selected value; none may be empty or contain a semicolon
   * @return the value
   * @throws InvalidArgumentException if a value is empty, repeated or holds a semicolon
   */
  public static MultiPicklist of(List<String> values) {
    InvalidArgumentException.requireNonNull(values, "values");
    Set<String> seen = new LinkedHashSet<>();
    for (String value : values) {
      InvalidArgumentException.requireNonNull(value, "values");
      if (value.isEmpty() || value.contains(";")) {
        throw new InvalidArgumentException(
            "values",
            "Multi-select picklist value '" + value + "' must be non-empty and hold no ';'");
      }
      if (!seen.add(value)) {
        throw new InvalidArgumentException(
            "values", "Multi-select picklist value '" + value + "' is given twice");
      }
    }
    return new MultiPicklist(List.copyOf(values));
  }

  /**
   * Reads the semicolon-joined form Salesforce sends.
   *
   * @param joined for example {@code "Email;Phone"}; an empty string means nothing selected
   * @return the value
   */
  @JsonCreator
  public static MultiPicklist parse(String joined) {
    InvalidArgumentException.requireNonNull(joined, "joined");
    if (joined.isEmpty()) {
      return new MultiPicklist(List.of());
    }
    return new MultiPicklist(List.copyOf(new LinkedHashSet<>(Arrays.asList(joined.split(";")))));
  }

  /**
   * The selected values, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> values() {
    return values;
  }

  /**
   * Whether a value is selected.
   *
   * @param value a picklist value
   * @return {@code true} if selected
   */
  public boolean contains(String value) {
    return values.contains(value);
  }

  /** Returns the semicolon-joined form Salesforce expects. */
  @JsonValue
  @Override
  public String toString() {
    return String.join(";", values);
  }

  /** Compares by value. */
  @Override
  public boolean equals(Object o) {
    return o instanceof MultiPicklist && ((MultiPicklist) o).values.equals(values);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return values.hashCode();
  }
}
