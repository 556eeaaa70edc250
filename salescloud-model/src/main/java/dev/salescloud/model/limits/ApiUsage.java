package dev.salescloud.model.limits;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The org's API usage over the rolling 24 hours, as Salesforce reports it on every REST response in
 * the {@code Sforce-Limit-Info} header.
 *
 * <pre>{@code
 * ApiUsage usage = ApiUsage.parse("api-usage=10018/100000; api-bursts=1/750");
 * usage.used();           // 10018
 * usage.max();            // 100000
 * usage.remaining();      // 89982
 * usage.fractionUsed();   // 0.10018
 * usage.bursts().map(Limit::remaining);   // Optional[749]
 * }</pre>
 *
 * <p>The header holds {@code key=value} entries separated by {@code ;} (or {@code ,}): {@code
 * api-usage=used/max} always, {@code per-app-api-usage=used/max(appName=name)} when the org has
 * app quotas ({@link #perAppUsage()}), {@code api-bursts=used/max} on newer orgs ({@link
 * #bursts()}). Entries of other keys are kept as text in {@link #otherEntries()}. {@link
 * #toHeaderValue()} writes the header back, so a fake org can send it.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableApiUsage.class)
@JsonDeserialize(as = ImmutableApiUsage.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"used", "max", "perAppUsage", "bursts", "otherEntries"})
public abstract class ApiUsage {
  /** The name of the response header that carries the usage. */
  public static final String HEADER = "Sforce-Limit-Info";

  private static final String API_USAGE = "api-usage";
  private static final String PER_APP_API_USAGE = "per-app-api-usage";
  private static final String API_BURSTS = "api-bursts";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern COUNTS = Pattern.compile("(\\d{1,18})/(\\d{1,18})");
  private static final Pattern APP_COUNTS =
      Pattern.compile("(\\d{1,18})/(\\d{1,18})\\(appName=([^()]+)\\)");

  ApiUsage() {}

  /**
   * The API calls made in the rolling 24 hours.
   *
   * @return the first number of {@code api-usage=used/max}
   */
  @JsonProperty("used")
  public abstract long used();

  /**
   * The org's daily API allocation.
   *
   * @return the second number of {@code api-usage=used/max}
   */
  @JsonProperty("max")
  public abstract long max();

  /**
   * The quota of the connected app that made the call, when the org has app quotas.
   *
   * @return the {@code per-app-api-usage} entry, if sent
   */
  @JsonProperty("perAppUsage")
  public abstract Optional<AppApiUsage> perAppUsage();

  /**
   * The burst allocation, from {@code api-bursts=used/max}.
   *
   * @return the allocation ({@code Max}) and what remains of it, if sent
   */
  @JsonProperty("bursts")
  public abstract Optional<Limit> bursts();

  /**
   * Entries of keys the SDK does not know, as text, in the order sent.
   *
   * @return key to raw value, for example {@code {"new-usage": "3/10"}}
   */
  @JsonProperty("otherEntries")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, String> otherEntries();

  /**
   * The calls left before the daily allocation is reached.
   *
   * @return {@code max - used}, never below 0 (Salesforce may let usage pass the allocation)
   */
  public long remaining() {
    return Math.max(0, max() - used());
  }

  /**
   * The share of the daily allocation that has been used.
   *
   * @return {@code used / max}, above 1 when usage passed the allocation; for an allocation of 0,
   *     0 if nothing was used and 1 otherwise
   */
  public double fractionUsed() {
    return Fractions.used(used(), max());
  }

  /**
   * The header value that describes this usage, entries separated by {@code "; "}.
   *
   * @return for example {@code api-usage=10018/100000; api-bursts=1/750}
   */
  public String toHeaderValue() {
    StringBuilder header = new StringBuilder();
    header.append(API_USAGE).append('=').append(used()).append('/').append(max());
    perAppUsage()
        .ifPresent(
            app ->
                header
                    .append("; ")
                    .append(PER_APP_API_USAGE)
                    .append('=')
                    .append(app.used())
                    .append('/')
                    .append(app.max())
                    .append("(appName=")
                    .append(app.appName())
                    .append(')'));
    bursts()
        .ifPresent(
            b ->
                header
                    .append("; ")
                    .append(API_BURSTS)
                    .append('=')
                    .append(b.used())
                    .append('/')
                    .append(b.max()));
    otherEntries().forEach((key, value) -> header.append("; ").append(key).append('=').append(value));
    return header.toString();
  }

  /** Counts are not negative; other entries fit in the header and do not repeat known keys. */
  @Value.Check
  protected void check() {
    if (used() < 0 || max() < 0) {
      throw new InvalidArgumentException(
          API_USAGE, "api-usage " + used() + "/" + max() + " has a negative count; both are 0 or more");
    }
    bursts()
        .ifPresent(
            b -> {
              if (b.used() < 0) {
                throw new InvalidArgumentException(
                    API_BURSTS,
                    "api-bursts has " + b.remaining() + " remaining of " + b.max()
                        + "; remaining cannot exceed the allocation");
              }
              if (!b.breakdown().isEmpty()) {
                throw new InvalidArgumentException(
                    API_BURSTS, "api-bursts is a used/max pair; it has no breakdown");
              }
            });
    Set<String> known = Set.of(API_USAGE, PER_APP_API_USAGE, API_BURSTS);
    otherEntries()
        .forEach(
            (key, value) -> {
              if (!KEY.matcher(key).matches() || known.contains(key.toLowerCase(Locale.ROOT))) {
                throw new InvalidArgumentException(
                    "otherEntries",
                    "'" + key + "' cannot be another entry: it must be a key such as new-usage,"
                        + " and not one of " + known);
              }
              if (value.isBlank() || value.contains("\r") || value.contains("\n")
                  || !isOneEntry(value)) {
                throw new InvalidArgumentException(
                    "otherEntries",
                    "The value '" + value + "' of " + key
                        + " must be non-blank text without ';', ',' (outside parentheses) or line breaks");
              }
            });
  }

  /**
   * Parses the value of a {@code Sforce-Limit-Info} header.
   *
   * @param header for example {@code api-usage=10018/100000} or {@code api-usage=25/5000;
   *     per-app-api-usage=17/250(appName=sample-app); api-bursts=1/750}
   * @return the usage
   * @throws InvalidArgumentException if the header is null, lacks {@code api-usage}, repeats a key,
   *     or an entry is not {@code key=value} or its counts are not {@code used/max}; the message
   *     names the header value
   */
  public static ApiUsage parse(String header) {
    InvalidArgumentException.requireNonNull(header, HEADER);
    Builder usage = builder();
    boolean sawApiUsage = false;
    Set<String> seen = new HashSet<>();
    List<String> entries;
    try {
      entries = split(header);
    } catch (IllegalArgumentException e) {
      throw malformed(header, e.getMessage());
    }
    for (String entry : entries) {
      if (entry.isEmpty()) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq < 0) {
        throw malformed(header, "'" + entry + "' is not a key=value entry");
      }
      String key = entry.substring(0, eq).trim();
      String value = entry.substring(eq + 1).trim();
      if (!KEY.matcher(key).matches()) {
        throw malformed(header, "'" + key + "' is not an entry key");
      }
      String lower = key.toLowerCase(Locale.ROOT);
      if (!seen.add(lower)) {
        throw malformed(header, "it has " + key + " twice");
      }
      switch (lower) {
        case API_USAGE:
          {
            Matcher counts = counts(header, key, value, COUNTS);
            usage.used(Long.parseLong(counts.group(1))).max(Long.parseLong(counts.group(2)));
            sawApiUsage = true;
            break;
          }
        case PER_APP_API_USAGE:
          {
            Matcher counts = counts(header, key, value, APP_COUNTS);
            try {
              usage.perAppUsage(
                  AppApiUsage.of(
                      counts.group(3).trim(),
                      Long.parseLong(counts.group(1)),
                      Long.parseLong(counts.group(2))));
            } catch (InvalidArgumentException e) {
              throw malformed(header, e.getMessage());
            }
            break;
          }
        case API_BURSTS:
          {
            Matcher counts = counts(header, key, value, COUNTS);
            long used = Long.parseLong(counts.group(1));
            long max = Long.parseLong(counts.group(2));
            usage.bursts(Limit.of(max, max - used));
            break;
          }
        default:
          if (value.isEmpty()) {
            throw malformed(header, key + " has no value");
          }
          usage.putOtherEntry(key, value);
      }
    }
    if (!sawApiUsage) {
      throw malformed(header, "it has no api-usage=used/max entry");
    }
    try {
      return usage.build();
    } catch (InvalidArgumentException e) {
      throw malformed(header, e.getMessage());
    }
  }

  private static Matcher counts(String header, String key, String value, Pattern pattern) {
    Matcher matcher = pattern.matcher(value);
    if (!matcher.matches()) {
      throw malformed(
          header,
          key
              + "="
              + value
              + " is not "
              + (pattern == APP_COUNTS ? "used/max(appName=name)" : "used/max")
              + " with whole numbers");
    }
    return matcher;
  }

  private static boolean isOneEntry(String value) {
    try {
      return split(value).size() == 1;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Splits at {@code ;} and {@code ,} outside parentheses; trims each entry. */
  private static List<String> split(String header) {
    List<String> entries = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          throw new IllegalArgumentException("a ')' at position " + (i + 1) + " closes nothing");
        }
      } else if ((c == ';' || c == ',') && depth == 0) {
        entries.add(header.substring(start, i).trim());
        start = i + 1;
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("a '(' is never closed");
    }
    entries.add(header.substring(start).trim());
    return entries;
  }

  private static InvalidArgumentException malformed(String header, String why) {
    String shown = header.length() > 200 ? header.substring(0, 200) + "..." : header;
    return new InvalidArgumentException(
        HEADER,
        "Malformed "
            + HEADER
            + " header '"
            + shown
            + "': "
            + why
            + "; expected entries such as api-usage=10018/100000; api-bursts=1/750");
  }

  /**
   * The usage of the given counts.
   *
   * @param used the calls made
   * @param max the daily allocation
   * @return the usage, without per-app or burst entries
   */
  public static ApiUsage of(long used, long max) {
    return builder().used(used).max(max).build();
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
   * A builder holding this usage's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link ApiUsage}. */
  public static final class Builder extends ImmutableApiUsage.Builder {
    Builder() {}
  }
}
