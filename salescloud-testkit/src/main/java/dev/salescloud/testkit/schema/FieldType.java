package dev.salescloud.testkit.schema;

/**
 * The data type of a field in the fake org's schema, named after Salesforce's describe types.
 *
 * <p>The type decides which JSON values a write accepts (a string for {@link #STRING}, a number
 * for {@link #NUMBER}, {@code yyyy-MM-dd} for {@link #DATE}, ...) and how the value is stored and
 * read back; a value of the wrong kind is refused with {@code INVALID_TYPE_ON_FIELD_IN_RECORD}.
 */
public enum FieldType {
  /** The record id (18 characters). */
  ID,
  /** Short text, at most the field's length (255 unless declared otherwise). */
  STRING,
  /** Long text (32,000 characters). */
  TEXTAREA,
  /** A picklist value, stored as text. */
  PICKLIST,
  /** The values of a multi-select picklist, stored as text joined by semicolons: {@code a;b}. */
  MULTIPICKLIST,
  /** An email address, stored as text. */
  EMAIL,
  /** A phone number, stored as text. */
  PHONE,
  /** A URL, stored as text. */
  URL,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A decimal number (Salesforce's {@code double}). */
  NUMBER,
  /** A money amount. */
  CURRENCY,
  /** A percentage, 0 to 100 for most fields. */
  PERCENT,
  /** A whole number. */
  INTEGER,
  /** A calendar date, {@code yyyy-MM-dd}. */
  DATE,
  /** An instant, read back as {@code 2024-05-01T17:03:11.000+0000}. */
  DATETIME,
  /** A lookup: the id of a record of one of the field's target types. */
  REFERENCE,
  /**
   * A compound address read from its component fields (street, city, ...); read-only, selectable,
   * not filterable.
   */
  ADDRESS;

  /**
   * Tells whether values of this type are text.
   *
   * @return true for the string-like types
   */
  public boolean isText() {
    return this == STRING || this == TEXTAREA || this == PICKLIST || this == EMAIL || this == PHONE
        || this == URL || this == MULTIPICKLIST;
  }

  /**
   * Tells whether values of this type are numbers.
   *
   * @return true for the numeric types
   */
  public boolean isNumeric() {
    return this == NUMBER || this == CURRENCY || this == PERCENT || this == INTEGER;
  }

  /**
   * The default length of text fields of this type.
   *
   * @return 32,000 for long text, 18 for ids, 255 otherwise
   */
  int defaultLength() {
    switch (this) {
      case TEXTAREA:
        return 32_000;
      case MULTIPICKLIST:
        return 4_099;
      case ID:
      case REFERENCE:
        return 18;
      case EMAIL:
        return 80;
      case PHONE:
        return 40;
      default:
        return 255;
    }
  }

  /**
   * The type's name in describe results, e.g. {@code double} for {@link #NUMBER} and
   * {@code int} for {@link #INTEGER}.
   *
   * @return Salesforce's describe type name
   */
  public String describeName() {
    switch (this) {
      case NUMBER:
        return "double";
      case INTEGER:
        return "int";
      default:
        return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
