package dev.salescloud.model.describe;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The objects of an org the user can see, the body of {@code GET /services/data/vNN.0/sobjects/}
 * (Describe Global).
 *
 * <pre>{@code
 * DescribeGlobal global = mapper.readValue(body, DescribeGlobal.class);
 * global.sobject("invoice__c").isPresent();             // is the custom object there?
 * global.sobjectOf(SalesforceId.of("a01000000000001")); // which object an id belongs to
 * }</pre>
 *
 * <p>Object names are matched ignoring case, as Salesforce matches them; the list therefore
 * cannot hold two names that differ only in case. Keys not modelled here are kept in {@link
 * #otherFields()}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableDescribeGlobal.class)
@JsonDeserialize(builder = DescribeGlobal.Builder.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder(alphabetic = true)
public abstract class DescribeGlobal {
  DescribeGlobal() {}

  /** {@code encoding}: the org's character encoding. @return {@code UTF-8} unless set otherwise */
  @JsonProperty("encoding")
  @Value.Default
  public String encoding() {
    return "UTF-8";
  }

  /**
   * {@code maxBatchSize}: the most records one SOAP create or update takes.
   *
   * @return 200 unless set otherwise
   */
  @JsonProperty("maxBatchSize")
  @Value.Default
  public int maxBatchSize() {
    return 200;
  }

  /** {@code sobjects}: the objects, in Salesforce's order. @return the objects */
  @JsonProperty("sobjects")
  public abstract List<SObjectSummary> sobjects();

  /**
   * Keys beyond the modelled ones, as Salesforce sent them.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /** The objects by name, ignoring case. */
  @JsonIgnore
  @Value.Lazy
  Map<String, SObjectSummary> sobjectsByName() {
    Map<String, SObjectSummary> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    sobjects().forEach(s -> byName.put(s.name(), s));
    return Collections.unmodifiableMap(byName);
  }

  /**
   * An object by its API name.
   *
   * @param name the name, matched ignoring case
   * @return the object, or empty if the org has none of that name (or the user cannot see it)
   */
  public Optional<SObjectSummary> sobject(String name) {
    InvalidArgumentException.requireNonNull(name, "name");
    return Optional.ofNullable(sobjectsByName().get(name));
  }

  /**
   * The object a record id belongs to, by its key prefix; this also finds custom objects, whose
   * prefixes differ from org to org.
   *
   * @param id a record id
   * @return the object whose {@code keyPrefix} starts the id, or empty if none does
   */
  public Optional<SObjectSummary> sobjectOf(SalesforceId id) {
    InvalidArgumentException.requireNonNull(id, "id");
    return sobjects().stream()
        .filter(s -> s.keyPrefix().filter(id.keyPrefix()::equals).isPresent())
        .findFirst();
  }

  /** Keeps object names unique ignoring case and extra keys to keys not modelled. */
  @Value.Check
  protected void check() {
    DescribeKeys.requireUniqueNames("DescribeGlobal", "sobject", sobjects(), SObjectSummary::name);
    DescribeKeys.requireUnmodelled(this, "DescribeGlobal", otherFields());
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
   * A builder holding this list's attributes.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Counts the objects. */
  @Override
  public String toString() {
    return "DescribeGlobal{sobjects=" + sobjects().size() + "}";
  }

  /** Builds a {@link DescribeGlobal}. */
  public static final class Builder extends ImmutableDescribeGlobal.Builder {
    Builder() {}
  }
}
