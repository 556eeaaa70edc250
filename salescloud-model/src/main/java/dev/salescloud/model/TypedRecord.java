package dev.salescloud.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.error.InvalidArgumentException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The base of the typed records ({@code Lead}, {@code Account}, {@code Opportunity}, ...): the
 * {@code attributes}, the id, the audit fields every object has, and the fields the type does not
 * model.
 *
 * <p>Typed records describe a record as Salesforce returns it, so their builders accept every
 * field, read-only ones included (handy for tests). What a write may send is checked when the
 * write is made: {@link #toCreateFields()} refuses the id, system fields and derived fields with a
 * message that names them, and the {@code *Patch} types cannot hold them at all.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class TypedRecord implements SObjectRecord {
  private static final ClassValue<Set<String>> MODELLED_FIELDS =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
              JsonProperty property = method.getAnnotation(JsonProperty.class);
              if (property != null && !property.value().isEmpty()) {
                names.add(property.value());
              }
            }
          }
          return names;
        }
      };

  /** For the generated implementations. */
  protected TypedRecord() {}

  /** {@inheritDoc} */
  @JsonIgnore
  @Override
  public abstract String sobjectType();

  /** {@inheritDoc} */
  @JsonProperty("attributes")
  @Override
  public abstract Optional<RecordAttributes> attributes();

  /** {@inheritDoc} */
  @JsonProperty("Id")
  @Override
  public abstract Optional<SalesforceId> id();

  /**
   * {@code IsDeleted}: whether the record is in the recycle bin (seen through {@code queryAll}).
   *
   * @return the flag, if read
   */
  @JsonProperty("IsDeleted")
  public abstract Optional<Boolean> isDeleted();

  /**
   * {@code CreatedDate}.
   *
   * @return when the record was created, if read
   */
  @JsonProperty("CreatedDate")
  public abstract Optional<Instant> createdDate();

  /**
   * {@code CreatedById}.
   *
   * @return the user who created the record, if read
   */
  @JsonProperty("CreatedById")
  public abstract Optional<SalesforceId> createdById();

  /**
   * {@code LastModifiedDate}.
   *
   * @return when a user last changed the record, if read
   */
  @JsonProperty("LastModifiedDate")
  public abstract Optional<Instant> lastModifiedDate();

  /**
   * {@code LastModifiedById}.
   *
   * @return the user who last changed the record, if read
   */
  @JsonProperty("LastModifiedById")
  public abstract Optional<SalesforceId> lastModifiedById();

  /**
   * {@code SystemModstamp}: when a user or an automated process last changed the record.
   *
   * @return the timestamp, if read
   */
  @JsonProperty("SystemModstamp")
  public abstract Optional<Instant> systemModstamp();

  /** {@inheritDoc} */
  @JsonAnyGetter
  @Override
  public abstract Map<String, JsonNode> otherFields();

  /**
   * Names the type, the id and the fields that are set, never their values: records hold
   * personal data. Child relationships show their record counts, e.g. {@code
   * Account{001D000000IqhSLIAZ, fields=[Name, Contacts[2]]}}.
   */
  @Override
  public final String toString() {
    java.util.List<String> set = new java.util.ArrayList<>();
    FieldValues.fieldsOf(this).forEach((name, value) -> {
      if (name.equals("attributes") || name.equals("Id") || value.isNull()) {
        return;
      }
      set.add(value.path("records").isArray() ? name + "[" + value.get("records").size() + "]" : name);
    });
    return sobjectType() + id().map(i -> "{" + i + ", ").orElse("{") + "fields=" + set + "}";
  }

  /** Keeps {@link #otherFields()} to well-formed names the type does not model itself. */
  @Value.Check
  protected void checkOtherFields() {
    Set<String> modelled = MODELLED_FIELDS.get(getClass());
    for (String name : otherFields().keySet()) {
      FieldNames.requireApiName(name, "field");
      if (modelled.contains(name)) {
        throw new InvalidArgumentException(
            sobjectType() + "." + name,
            sobjectType()
                + "."
                + name
                + " is a field the "
                + sobjectType()
                + " type models; set it through its builder method ("
                + Character.toLowerCase(name.charAt(0))
                + name.substring(1)
                + "(..)), not as another field");
      }
    }
  }
}
