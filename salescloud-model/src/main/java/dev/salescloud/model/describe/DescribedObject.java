package dev.salescloud.model.describe;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What Salesforce says about an object both in Describe Global ({@link SObjectSummary}) and in an
 * object's own describe ({@link SObjectDescribe}): its names, key prefix, what the user may do with
 * its records, its REST resources, and the keys the model does not name.
 */
public abstract class DescribedObject {
  DescribedObject() {}

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
   * rowTemplate}, ...).
   *
   * @return a map from name to path
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
}
