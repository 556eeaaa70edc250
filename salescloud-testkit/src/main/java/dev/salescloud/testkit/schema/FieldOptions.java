package dev.salescloud.testkit.schema;

import dev.salescloud.model.describe.PicklistValue;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The options of a custom field a test declares: required, unique (ignoring case unless declared
 * case-sensitive), external id, length, picklist values, restricted picklist and default value.
 *
 * <pre>{@code
 * org.schema().addField("Account", "Erp_Id__c", FieldType.STRING,
 *     FieldOptions.builder().externalId().unique().length(20).build());
 * org.schema().addField("Lead", "Tier__c", FieldType.PICKLIST,
 *     FieldOptions.builder().picklist("Gold", "Silver").restricted().defaultValue("Silver").build());
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class FieldOptions {
  private static final FieldOptions NONE = builder().build();

  private final boolean required;
  private final boolean unique;
  private final boolean caseSensitive;
  private final boolean externalId;
  private final OptionalInt length;
  private final List<PicklistValue> picklistValues;
  private final boolean restricted;
  private final Optional<String> defaultValue;

  private FieldOptions(Builder b) {
    this.required = b.required;
    this.unique = b.unique;
    this.caseSensitive = b.caseSensitive;
    this.externalId = b.externalId;
    this.length = b.length;
    this.restricted = b.restricted;
    this.defaultValue = b.defaultValue;
    List<PicklistValue> values = new ArrayList<>();
    for (PicklistValue v : b.picklistValues) {
      boolean isDefault = v.defaultValue() || b.defaultValue.filter(v.value()::equals).isPresent();
      values.add(isDefault == v.defaultValue() ? v : v.toBuilder().defaultValue(isDefault).build());
    }
    this.picklistValues = List.copyOf(values);
  }

  /**
   * The options of a plain optional field.
   *
   * @return options with nothing set
   */
  public static FieldOptions none() {
    return NONE;
  }

  /**
   * Starts a set of options.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether a create must give the field.
   *
   * @return true for required fields
   */
  public boolean required() {
    return required;
  }

  /**
   * Tells whether two live records may not hold the same value.
   *
   * @return true for unique fields
   */
  public boolean unique() {
    return unique;
  }

  /**
   * Tells whether uniqueness compares text with its case.
   *
   * @return true when {@code abc} and {@code ABC} are different values
   */
  public boolean caseSensitive() {
    return caseSensitive;
  }

  /**
   * Tells whether upserts and reads by external id may use the field.
   *
   * @return true for external-id fields
   */
  public boolean externalId() {
    return externalId;
  }

  /**
   * The maximum length of a text value, when declared.
   *
   * @return the length, or empty for the type's default
   */
  public OptionalInt length() {
    return length;
  }

  /**
   * The picklist values, in the order describe lists them.
   *
   * @return the values, empty for fields that are not picklists
   */
  public List<PicklistValue> picklistValues() {
    return picklistValues;
  }

  /**
   * Tells whether writes may only use the active picklist values.
   *
   * @return true for restricted picklists
   */
  public boolean restricted() {
    return restricted;
  }

  /**
   * The value a create stores when it does not give the field.
   *
   * @return the default, or empty
   */
  public Optional<String> defaultValue() {
    return defaultValue;
  }

  /** Describes this by names and counts, never by record values. */
  @Override
  public String toString() {
    return "FieldOptions{required=" + required + ", unique=" + unique + ", externalId=" + externalId
        + ", picklistValues=" + picklistValues.size() + ", restricted=" + restricted + "}";
  }

  /** Collects the options of a field; every option is off unless set. */
  public static final class Builder {
    private boolean required;
    private boolean unique;
    private boolean caseSensitive;
    private boolean externalId;
    private OptionalInt length = OptionalInt.empty();
    private final List<PicklistValue> picklistValues = new ArrayList<>();
    private boolean restricted;
    private Optional<String> defaultValue = Optional.empty();

    private Builder() {}

    /**
     * Makes a create give the field: without it Salesforce answers
     * {@code REQUIRED_FIELD_MISSING}.
     *
     * @return this builder
     */
    public Builder required() {
      this.required = true;
      return this;
    }

    /**
     * Refuses a write that gives a live record the value of another with
     * {@code DUPLICATE_VALUE}; text compares ignoring case.
     *
     * @return this builder
     */
    public Builder unique() {
      this.unique = true;
      return this;
    }

    /**
     * Makes the field unique with text compared case-sensitively.
     *
     * @return this builder
     */
    public Builder caseSensitive() {
      this.unique = true;
      this.caseSensitive = true;
      return this;
    }

    /**
     * Lets upserts and reads by external id ({@code sobjects/{type}/{field}/{value}}) use the
     * field.
     *
     * @return this builder
     */
    public Builder externalId() {
      this.externalId = true;
      return this;
    }

    /**
     * Sets the maximum length of a text value.
     *
     * @param length 1 to 131,072 characters
     * @return this builder
     * @throws InvalidArgumentException for a length out of range
     */
    public Builder length(int length) {
      if (length < 1 || length > 131_072) {
        throw new InvalidArgumentException(
            "length", "A text field holds 1 to 131072 characters, not " + length);
      }
      this.length = OptionalInt.of(length);
      return this;
    }

    /**
     * Adds active picklist values whose labels are the values.
     *
     * @param values the API values, e.g. {@code "Gold", "Silver"}
     * @return this builder
     */
    public Builder picklist(String... values) {
      InvalidArgumentException.requireNonNull(values, "values");
      return picklist(List.of(values));
    }

    /**
     * Adds active picklist values whose labels are the values.
     *
     * @param values the API values
     * @return this builder
     */
    public Builder picklist(List<String> values) {
      InvalidArgumentException.requireNonNull(values, "values");
      for (String value : values) {
        picklistValue(PicklistValue.of(InvalidArgumentException.requireNonNull(value, "value")));
      }
      return this;
    }

    /**
     * Adds one picklist value with its label, active flag and default flag.
     *
     * @param value e.g. {@code PicklistValue.builder().value("Bronze").active(false).build()}
     * @return this builder
     */
    public Builder picklistValue(PicklistValue value) {
      picklistValues.add(InvalidArgumentException.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Restricts writes to the active picklist values: another value is refused with
     * {@code INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST}.
     *
     * @return this builder
     */
    public Builder restricted() {
      this.restricted = true;
      return this;
    }

    /**
     * Sets the value a create stores when it does not give the field; for a picklist, that value
     * becomes the default value describe shows.
     *
     * @param value the default, as text ({@code "true"} for a checkbox)
     * @return this builder
     */
    public Builder defaultValue(String value) {
      this.defaultValue = Optional.of(InvalidArgumentException.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Creates the options.
     *
     * @return the options
     */
    public FieldOptions build() {
      return new FieldOptions(this);
    }
  }
}
