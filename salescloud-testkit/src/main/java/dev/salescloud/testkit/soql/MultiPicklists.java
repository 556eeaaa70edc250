package dev.salescloud.testkit.soql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.soql.Condition;
import dev.salescloud.client.soql.Literal;
import dev.salescloud.client.soql.SetOperator;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code INCLUDES} and {@code EXCLUDES} on multi-select picklists: {@code INCLUDES ('a;b', 'c')}
 * keeps rows whose selection holds both a and b, or c; {@code EXCLUDES} keeps the others. Values
 * compare ignoring case.
 */
final class MultiPicklists {
  private MultiPicklists() {}

  static Predicate<ObjectNode> includes(SoqlEngine.Run run, Condition.In in) {
    SoqlEngine.Resolved path = run.field(in.left());
    if (path.field.type() != FieldType.MULTIPICKLIST) {
      throw SalesforceFault.badRequest(
          "INVALID_QUERY_FILTER_OPERATOR", "includes or excludes operator only valid on multipicklist field");
    }
    List<Set<String>> wanted = new ArrayList<>();
    for (Literal value : in.values()) {
      if (!(value instanceof Literal.StringValue)) {
        throw SalesforceFault.badRequest(
            "INVALID_FIELD",
            "value of filter criterion for field '" + path.written + "' must be of type string and"
                + " should be enclosed in quotes");
      }
      wanted.add(selections(((Literal.StringValue) value).value()));
    }
    boolean negated = in.operator() == SetOperator.EXCLUDES;
    return row -> {
      JsonNode actual = run.value(row, path);
      Set<String> held = actual.isNull() ? Set.of() : selections(actual.asText());
      boolean found = wanted.stream().anyMatch(held::containsAll);
      return found != negated;
    };
  }

  private static Set<String> selections(String text) {
    Set<String> out = new HashSet<>();
    for (String part : text.split(";")) {
      if (!part.isBlank()) {
        out.add(part.trim().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
