package dev.salescloud.client.soql;

import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A SOSL search as a syntax tree: what {@link SoslParser#parse(String)} reads, what {@link
 * SoslBuilder#build()} makes, and what {@link #toSosl()} writes back.
 *
 * <pre>{@code
 * SoslQuery s = SoslParser.parse(
 *     "FIND {Acme} IN NAME FIELDS RETURNING Lead(Id, Name WHERE Status = 'Open'), Contact LIMIT 20");
 * s.term().unescaped();     // "Acme"
 * s.searchGroup();          // Optional[NAME_FIELDS]
 * s.objects();              // [Lead, Contact]
 * }</pre>
 *
 * <p>{@code SoslParser.parse(s.toSosl())} equals {@code s} for every search. Instances are
 * immutable and thread-safe; {@code toString()} never shows the search term.
 */
@SalesCloudStyle
@Value.Immutable
public abstract class SoslQuery {
  SoslQuery() {}

  /**
   * The search expression between the braces.
   *
   * @return the term
   */
  public abstract SearchTerm term();

  /**
   * The fields searched ({@code IN ... FIELDS}); Salesforce searches all fields when absent.
   *
   * @return the group
   */
  public abstract Optional<SearchGroup> searchGroup();

  /**
   * The objects returned, with their fields and clauses; Salesforce searches every searchable
   * object when empty.
   *
   * @return the items of RETURNING
   */
  public abstract List<SoslReturning> returning();

  /**
   * The most rows returned in all.
   *
   * @return a positive number, or empty
   */
  public abstract OptionalInt limit();

  @Value.Check
  void check() {
    if (limit().isPresent() && limit().getAsInt() < 1) {
      throw new InvalidArgumentException(
          "limit", "LIMIT must be a positive number of rows, not " + limit().getAsInt());
    }
  }

  /**
   * Renders the search as canonical SOSL, ready to send to {@code GET .../search?q=}.
   *
   * @return the SOSL text
   * @throws InvalidArgumentException if the text would exceed 100,000 characters
   */
  public String toSosl() {
    return SoqlRenderer.render(this);
  }

  /**
   * The objects named in RETURNING, in order.
   *
   * @return the names
   */
  public Set<String> objects() {
    Set<String> objects = new LinkedHashSet<>();
    returning().forEach(r -> objects.add(r.object()));
    return Collections.unmodifiableSet(objects);
  }

  /** Shows the shape of the search, never its term. */
  @Override
  public String toString() {
    return "SoslQuery{term="
        + term().expression().length()
        + " chars, returning="
        + objects()
        + limit().stream().mapToObj(l -> ", limit=" + l).findFirst().orElse("")
        + "}";
  }

  static ImmutableSoslQuery.Builder builder() {
    return ImmutableSoslQuery.builder();
  }
}
