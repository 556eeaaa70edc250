package dev.salescloud.model.sales;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the ids put in lookup fields ({@code Contact.AccountId}, {@code Account.ParentId}, ...):
 * a malformed id, or the id of another object, is refused with a message that names the field and
 * the value, before Salesforce would answer {@code MALFORMED_ID} or {@code
 * FIELD_INTEGRITY_EXCEPTION}.
 */
final class LookupIds {
  private LookupIds() {}

  /**
   * Checks that an id belongs to the object a lookup field points at.
   *
   * @param sobjectType the object holding the field, e.g. {@code "Contact"}
   * @param field the lookup field, e.g. {@code "AccountId"}
   * @param id the id; null is refused with a pointer to clearing the field
   * @param target the object the field looks up, e.g. {@code "Account"}
   * @return the id
   */
  static SalesforceId require(String sobjectType, String field, SalesforceId id, String target) {
    String name = sobjectType + "." + field;
    if (id == null) {
      throw new InvalidArgumentException(
          name, name + " must not be null; to empty a field, clear it (sent as JSON null)");
    }
    try {
      return id.requireType(target);
    } catch (InvalidArgumentException e) {
      throw new InvalidArgumentException(
          name,
          name
              + " = "
              + id
              + " is "
              + id.objectType().map(LookupIds::withArticle).orElse("an unknown object's")
              + " id, but "
              + field
              + " looks up "
              + withArticle(target)
              + SalesforceId.keyPrefixOf(target)
                  .map(prefix -> " (ids starting with " + prefix + ")")
                  .orElse("")
              + "; pass the id of "
              + withArticle(target)
              + " record.");
    }
  }

  /**
   * Checks a value given by field name ({@code set("AccountId", ..)}) when the field is one of
   * the object's lookups: an id, string or JSON string must be a well-formed id of the looked-up
   * object, and is sent in its 18-character form. Other fields and other value types pass
   * unchanged.
   *
   * @param sobjectType the object holding the field
   * @param lookups the object's lookup fields (keys compared ignoring case) and what they look up
   * @param field the field's API name
   * @param value the value to be sent
   * @return the value to send: the parsed id for a lookup given as text, else {@code value}
   */
  static Object checkByName(
      String sobjectType, Map<String, String> lookups, String field, Object value) {
    if (field == null || value == null) {
      return value;
    }
    Optional<Map.Entry<String, String>> lookup =
        lookups.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(field)).findFirst();
    if (lookup.isEmpty()) {
      return value;
    }
    String target = lookup.get().getValue();
    if (value instanceof SalesforceId) {
      return require(sobjectType, field, (SalesforceId) value, target);
    }
    String text = null;
    if (value instanceof String) {
      text = (String) value;
    } else if (value instanceof JsonNode && ((JsonNode) value).isTextual()) {
      text = ((JsonNode) value).textValue();
    }
    if (text == null) {
      return value;
    }
    SalesforceId id;
    try {
      id = SalesforceId.of(text);
    } catch (InvalidArgumentException e) {
      String name = sobjectType + "." + field;
      throw new InvalidArgumentException(
          name,
          name
              + " looks up "
              + withArticle(target)
              + " and needs a 15- or 18-character id, but got "
              + e.getMessage().replaceFirst("^Not a Salesforce id: ", ""));
    }
    return require(sobjectType, field, id, target);
  }

  private static String withArticle(String sobjectType) {
    return ("AEIO".indexOf(sobjectType.charAt(0)) >= 0 ? "an " : "a ") + sobjectType;
  }
}
