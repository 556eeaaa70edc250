package dev.salescloud.model.describe;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One object in the list of {@link DescribeGlobal}: its names, key prefix and what the user may do
 * with its records. Its fields need an {@link SObjectDescribe}.
 *
 * <pre>{@code
 * {"name":"Account","label":"Account","labelPlural":"Accounts","keyPrefix":"001","custom":false,
 *  "createable":true,"updateable":true,"deletable":true,"queryable":true,"searchable":true,
 *  "urls":{"sobject":"/services/data/v66.0/sobjects/Account",
 *          "describe":"/services/data/v66.0/sobjects/Account/describe",
 *          "rowTemplate":"/services/data/v66.0/sobjects/Account/{ID}"}}
 * }</pre>
 *
 * <p>Flags Salesforce did not send read as {@code false}; other keys ({@code activateable}, {@code
 * layoutable}, {@code retrieveable}, ...) are kept in {@link #otherFields()}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSObjectSummary.class)
@JsonDeserialize(builder = SObjectSummary.Builder.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder(alphabetic = true)
public abstract class SObjectSummary {
  SObjectSummary() {}

  /** {@code name}: the object's API name. @return the name */
  @JsonProperty("name")
  public abstract String name();

  /** {@code label}: the object's label. @return the label */
  @JsonProperty("label")
  public abstract String label();

  /** {@code labelPlural}: the object's plural label. @return the plural label */
  @JsonProperty("labelPlural")
  public abstract String labelPlural();

  /**
   * {@code keyPrefix}: the first three characters of the object's record ids; empty for objects
   * without records of their own. @return the key prefix
   */
  @JsonProperty("keyPrefix")
  public abstract Optional<String> keyPrefix();

  /** {@code custom}: whether this is a custom object. @return the flag */
  @JsonProperty("custom")
  @Value.Default
  public boolean custom() {
    return false;
  }

  /** {@code createable}: whether the user may create records. @return the flag */
  @JsonProperty("createable")
  @Value.Default
  public boolean createable() {
    return false;
  }

  /** {@code updateable}: whether the user may update records. @return the flag */
  @JsonProperty("updateable")
  @Value.Default
  public boolean updateable() {
    return false;
  }

  /** {@code deletable}: whether the user may delete records. @return the flag */
  @JsonProperty("deletable")
  @Value.Default
  public boolean deletable() {
    return false;
  }

  /** {@code queryable}: whether SOQL can query the object. @return the flag */
  @JsonProperty("queryable")
  @Value.Default
  public boolean queryable() {
    return false;
  }

  /** {@code searchable}: whether SOSL can search the object. @return the flag */
  @JsonProperty("searchable")
  @Value.Default
  public boolean searchable() {
    return false;
  }

  /**
   * {@code urls}: the object's REST resources ({@code sobject}, {@code describe}, {@code
   * rowTemplate}). @return a map from name to path
   */
  @JsonProperty("urls")
  public abstract Map<String, String> urls();

  /**
   * Keys beyond the modelled ones, as Salesforce sent them.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /** Keeps extra keys to keys not modelled. */
  @Value.Check
  protected void check() {
    DescribeKeys.requireUnmodelled(this, "SObjectSummary", otherFields());
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
   * A builder holding this summary's attributes.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds an {@link SObjectSummary}; {@code name}, {@code label} and {@code labelPlural} are
   * required.
   */
  public static final class Builder extends ImmutableSObjectSummary.Builder {
    Builder() {}
  }
}
