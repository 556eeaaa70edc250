package dev.salescloud.model;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.regex.Pattern;

/**
 * Rules for Salesforce API names of objects and fields.
 *
 * <p>An API name starts with a letter and holds letters, digits and underscores; custom names end
 * in {@code __c} (fields and objects) or {@code __r} (custom relationships) and may start with a
 * namespace ({@code acme__Score__c}). Salesforce treats names case-insensitively.
 */
public final class FieldNames {
  private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");
  private static final Pattern CUSTOM_FIELD =
      Pattern.compile("(?:[A-Za-z][A-Za-z0-9]*__)?[A-Za-z][A-Za-z0-9_]*?__c", Pattern.CASE_INSENSITIVE);

  private FieldNames() {}

  /**
   * Checks that a string is a well-formed API name.
   *
   * @param name the name to check
   * @param what what the name stands for in the message, e.g. {@code "field"}
   * @return the name
   * @throws InvalidArgumentException if the name is null, empty or holds other characters
   */
  public static String requireApiName(String name, String what) {
    InvalidArgumentException.requireNonNull(name, what);
    if (!API_NAME.matcher(name).matches() || name.endsWith("_") && !name.endsWith("__c")) {
      throw new InvalidArgumentException(
          what,
          "'"
              + abbreviate(name)
              + "' is not a valid Salesforce API name for a "
              + what
              + ": it must start with a letter and hold only letters, digits and underscores");
    }
    return name;
  }

  /**
   * Checks that a name is the API name of a custom field, such as {@code Score__c} or {@code
   * acme__Score__c}.
   *
   * @param name the name to check
   * @return the name
   * @throws InvalidArgumentException if it is not a custom field name
   */
  public static String requireCustomField(String name) {
    requireApiName(name, "field");
    if (!isCustomField(name)) {
      throw new InvalidArgumentException(
          "field",
          "'"
              + name
              + "' is not a custom field: custom field names end in __c (e.g. Score__c or"
              + " acme__Score__c); read standard fields through their accessors or otherField(..)");
    }
    return name;
  }

  /**
   * Whether a name is that of a custom field.
   *
   * @param name an API name
   * @return {@code true} for names such as {@code Score__c} and {@code acme__Score__c}
   */
  public static boolean isCustomField(String name) {
    return CUSTOM_FIELD.matcher(name).matches();
  }

  static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
