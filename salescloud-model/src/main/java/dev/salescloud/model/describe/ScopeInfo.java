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
import org.immutables.value.Value;

/**
 * One of the scopes an object's records can be listed by ({@link
 * SObjectDescribe#supportedScopes()}), the {@code USING SCOPE} values of SOQL.
 *
 * <pre>{@code
 * {"label":"My accounts","name":"mine"}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableScopeInfo.class)
@JsonDeserialize(builder = ScopeInfo.Builder.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder(alphabetic = true)
public abstract class ScopeInfo {
  /** The name of the scope of all records. */
  public static final String EVERYTHING = "everything";

  /** The name of the scope of the records the user owns. */
  public static final String MINE = "mine";

  /** The name of the scope of the records the user's team owns. */
  public static final String TEAM = "team";

  ScopeInfo() {}

  /**
   * {@code name}: the scope's name in SOQL.
   *
   * @return for example {@code "everything"}, {@code "mine"}, {@code "team"}, {@code "queue_owned"}
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * {@code label}: the scope's label.
   *
   * @return for example {@code "All accounts"}
   */
  @JsonProperty("label")
  public abstract String label();

  /**
   * Keys beyond the standard ones, as Salesforce sent them.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /** Keeps extra keys to keys not modelled. */
  @Value.Check
  protected void check() {
    DescribeKeys.requireUnmodelled(this, "ScopeInfo", otherFields());
  }

  /**
   * A scope.
   *
   * @param name its name, e.g. {@link #MINE}
   * @param label its label
   * @return the scope
   */
  public static ScopeInfo of(String name, String label) {
    return builder().name(name).label(label).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScopeInfo}; both attributes are required. */
  public static final class Builder extends ImmutableScopeInfo.Builder {
    Builder() {}
  }
}
