package dev.salescloud.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Compound address fields ({@code BillingAddress}, {@code MailingAddress}, Lead's
 * {@code Address}): read-only JSON objects made of their component fields, null when every
 * component is.
 */
final class Addresses {
  /** The keys of the compound value, in Salesforce's order, with their component suffixes. */
  private static final String[][] COMPONENTS = {
    {"city", "City"},
    {"country", "Country"},
    {"geocodeAccuracy", "GeocodeAccuracy"},
    {"latitude", "Latitude"},
    {"longitude", "Longitude"},
    {"postalCode", "PostalCode"},
    {"state", "State"},
    {"street", "Street"},
  };

  private Addresses() {}

  /** The compound value of the address field {@code name} ({@code BillingAddress}) of a row. */
  static JsonNode compound(ObjectNode row, String name) {
    String prefix = name.substring(0, name.length() - "Address".length());
    ObjectNode value = JsonNodeFactory.instance.objectNode();
    boolean empty = true;
    for (String[] component : COMPONENTS) {
      JsonNode part = row.get(prefix + component[1]);
      value.set(component[0], part == null ? NullNode.getInstance() : part);
      empty &= part == null || part.isNull();
    }
    return empty ? NullNode.getInstance() : value;
  }
}
