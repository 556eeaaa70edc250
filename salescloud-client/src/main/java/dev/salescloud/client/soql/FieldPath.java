package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * A field, or a path through parent relationships to a field: {@code Name}, {@code Account.Name},
 * {@code Account.Owner.Name}, {@code Parent__r.Score__c}.
 *
 * <p>Each segment is a name (a letter, then letters, digits and underscores); all but the last are
 * relationship names. A single-segment path cannot be one of SOQL's reserved words ({@code FROM},
 * {@code NOT}, {@code LIMIT}, ...). Whether the field exists is for Salesforce (or the fake org) to
 * say: the path carries no schema.
 *
 * <p>As an {@link Expression}, a path builds conditions and orderings:
 *
 * <pre>{@code
 * FieldPath name = FieldPath.of("Account.Name");
 * name.segments();               // [Account, Name]
 * name.eq("Acme");               // Account.Name = 'Acme'
 * name.desc().nullsLast();       // Account.Name DESC NULLS LAST
 * }</pre>
 *
 * @param segments the names along the path, at least one
 */
public record FieldPath(List<String> segments) implements Expression {
  /**
   * Checks the segments.
   *
   * @param segments the names along the path
   * @throws InvalidArgumentException if there are none, one is not a name, or a single segment is
   *     a reserved word
   */
  public FieldPath {
    InvalidArgumentException.requireNonNull(segments, "segments");
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new InvalidArgumentException("field", "A field path needs at least one name");
    }
    for (String segment : segments) {
      Identifiers.requireName(segment, "field");
    }
    if (segments.size() == 1 && Identifiers.isFieldReserved(segments.get(0))) {
      throw new InvalidArgumentException(
          "field",
          "'" + segments.get(0) + "' is a reserved SOQL keyword and cannot be used as a field name");
    }
  }

  /**
   * Reads a dotted path such as {@code "Account.Owner.Name"}.
   *
   * @param path the path
   * @return the field path
   * @throws InvalidArgumentException if a segment is empty or not a name
   */
  public static FieldPath of(String path) {
    InvalidArgumentException.requireNonNull(path, "field");
    List<String> segments = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= path.length(); i++) {
      if (i == path.length() || path.charAt(i) == '.') {
        String segment = path.substring(start, i);
        if (segment.isEmpty()) {
          throw new InvalidArgumentException(
              "field",
              "'"
                  + Identifiers.abbreviate(path)
                  + "' is not a field path: names are joined by single dots, as in Account.Name");
        }
        segments.add(segment);
        start = i + 1;
      }
    }
    return new FieldPath(segments);
  }

  /**
   * The field's own name, the last segment.
   *
   * @return for example {@code "Name"} for {@code Account.Owner.Name}
   */
  public String name() {
    return segments.get(segments.size() - 1);
  }

  /**
   * Whether the path goes through at least one parent relationship.
   *
   * @return {@code true} for {@code Account.Name}, {@code false} for {@code Name}
   */
  public boolean isRelationship() {
    return segments.size() > 1;
  }

  /** The dotted path, as SOQL writes it. */
  @Override
  public String toString() {
    return String.join(".", segments);
  }
}
