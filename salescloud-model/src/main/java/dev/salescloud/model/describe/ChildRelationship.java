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
 * A relationship from an object to the records that point at it ({@link
 * SObjectDescribe#childRelationships()}): which object, through which lookup field, and the name
 * SOQL subqueries use.
 *
 * <pre>{@code
 * {"cascadeDelete":true,"childSObject":"Contact","field":"AccountId",
 *  "relationshipName":"Contacts","restrictedDelete":false}
 * // SELECT Name, (SELECT LastName FROM Contacts) FROM Account
 * }</pre>
 *
 * <p>A relationship without a name (many system objects) cannot be used in a subquery.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableChildRelationship.class)
@JsonDeserialize(builder = ChildRelationship.Builder.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder(alphabetic = true)
public abstract class ChildRelationship {
  ChildRelationship() {}

  /**
   * {@code childSObject}: the object whose records point at this one.
   *
   * @return for example {@code "Contact"}
   */
  @JsonProperty("childSObject")
  public abstract String childSObject();

  /**
   * {@code field}: the child's lookup or master-detail field.
   *
   * @return for example {@code "AccountId"}
   */
  @JsonProperty("field")
  public abstract String field();

  /**
   * {@code relationshipName}: the name of the relationship in SOQL subqueries.
   *
   * @return for example {@code "Contacts"}; empty for relationships that cannot be queried so
   */
  @JsonProperty("relationshipName")
  public abstract Optional<String> relationshipName();

  /**
   * {@code cascadeDelete}: whether deleting the parent deletes these children.
   *
   * @return the flag; {@code false} when not set
   */
  @JsonProperty("cascadeDelete")
  @Value.Default
  public boolean cascadeDelete() {
    return false;
  }

  /**
   * {@code restrictedDelete}: whether the parent cannot be deleted while it has these children.
   *
   * @return the flag; {@code false} when not set
   */
  @JsonProperty("restrictedDelete")
  @Value.Default
  public boolean restrictedDelete() {
    return false;
  }

  /**
   * Keys beyond the standard ones (such as {@code deprecatedAndHidden} or {@code
   * junctionReferenceTo}), as Salesforce sent them.
   *
   * @return an ordered map of extra keys
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /** Keeps extra keys to keys not modelled. */
  @Value.Check
  protected void check() {
    DescribeKeys.requireUnmodelled(this, "ChildRelationship", otherFields());
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
   * A builder holding this relationship's attributes.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ChildRelationship}; {@code childSObject} and {@code field} are required. */
  public static final class Builder extends ImmutableChildRelationship.Builder {
    Builder() {}
  }
}
