package dev.salescloud.testkit.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.soql.SearchGroup;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlBuilder;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.client.soql.SoslQuery;
import dev.salescloud.client.soql.SoslReturning;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.schema.FieldSchema;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.soql.SoqlEngine;
import dev.salescloud.testkit.store.OrgStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Evaluates parsed SOSL against the records of a fake org, the way Salesforce's search resource
 * does, and answers the records found in RETURNING order.
 *
 * <pre>{@code
 * SoslEngine engine = new SoslEngine(store);
 * List<ObjectNode> found = engine.search(
 *     SoslParser.parse("FIND {Ada*} IN NAME FIELDS RETURNING Lead(Name WHERE Status = 'Open'), Contact"),
 *     "/services/data/v62.0");
 * }</pre>
 *
 * <h2>What a search term finds</h2>
 *
 * <p>Text is cut into tokens at spaces and punctuation and compared ignoring case: {@code {acme}}
 * finds "Acme, Inc." but not "Acmeco"; {@code *} and {@code ?} stand for characters inside a
 * token ({@code {Acm*}} finds "Acmeco"); a quoted phrase's words, and the parts of a word such as
 * {@code ada@acme.example}, must follow each other in one field. Words are combined with
 * {@code AND} (also when written next to each other), {@code OR}, {@code AND NOT} and parentheses;
 * all of a record's searched fields count together. Phone numbers are compared by their digits.
 *
 * <h2>Which fields are searched</h2>
 *
 * <ul>
 *   <li>{@code IN NAME FIELDS}: {@code Name}, {@code FirstName}, {@code LastName}, Lead's
 *       {@code Company} and the activities' {@code Subject};
 *   <li>{@code IN EMAIL FIELDS}: the email fields; {@code IN PHONE FIELDS}: the phone fields;
 *   <li>{@code IN ALL FIELDS} (the default) and {@code IN SIDEBAR FIELDS}: every text, long text,
 *       email, phone and URL field, and the name fields. Picklists other than {@code Subject} are
 *       not searched.
 * </ul>
 *
 * <p>Each RETURNING object's WHERE, ORDER BY, LIMIT and OFFSET are evaluated by the
 * {@link SoqlEngine}, so unknown objects and fields are refused with {@code INVALID_TYPE} and
 * {@code INVALID_FIELD} as in SOQL. Without RETURNING every object of the org is searched and only
 * ids are returned. At most {@value #MAX_ROWS} records are returned, fewer with {@code LIMIT}.
 * Deleted records are never found. The search reads one consistent state of the org; it is
 * thread-safe.
 */
public final class SoslEngine {
  /** The most records one search returns, Salesforce's cap. */
  public static final int MAX_ROWS = 2_000;

  private static final Set<String> NAME_FIELDS =
      Set.of("name", "firstname", "lastname", "company", "subject");

  private final OrgStore store;
  private final SoqlEngine soql;

  /**
   * Creates an engine over an org's records.
   *
   * @param store the records to search
   */
  public SoslEngine(OrgStore store) {
    this.store = InvalidArgumentException.requireNonNull(store, "store");
    this.soql = new SoqlEngine(store);
  }

  /**
   * Runs a search over one consistent state of the org.
   *
   * @param search the parsed search
   * @param base the version path records' {@code attributes.url} start with, e.g.
   *     {@code /services/data/v62.0}
   * @return the records found, each starting with its {@code attributes}, object by object in
   *     RETURNING order
   * @throws SalesforceFault {@code INVALID_SEARCH} for a term shorter than two characters,
   *     {@code MALFORMED_SEARCH} for a term whose operators or parentheses do not fit together,
   *     {@code INVALID_TYPE} and {@code INVALID_FIELD} as the SOQL engine refuses them
   */
  public List<ObjectNode> search(SoslQuery search, String base) {
    InvalidArgumentException.requireNonNull(search, "search");
    InvalidArgumentException.requireNonNull(base, "base");
    SearchExpression expression = SearchExpression.parse(search.term());
    SearchGroup group = search.searchGroup().orElse(SearchGroup.ALL_FIELDS);
    int limit = Math.min(MAX_ROWS, search.limit().orElse(MAX_ROWS));
    List<ObjectNode> found = new ArrayList<>();
    synchronized (store) {
      for (SoslReturning returning : returning(search)) {
        Optional<ObjectSchema> object = store.schema().object(returning.object());
        List<FieldSchema> searched = object.map(o -> searched(o, group)).orElse(List.of());
        Predicate<ObjectNode> keep =
            row -> expression.matches(new SearchableText(row, searched));
        found.addAll(soql.execute(query(returning), base, keep).records());
      }
    }
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
  }

  private List<SoslReturning> returning(SoslQuery search) {
    if (!search.returning().isEmpty()) {
      return search.returning();
    }
    List<SoslReturning> every = new ArrayList<>();
    for (ObjectSchema object : store.schema().objects()) {
      every.add(new SoslReturning(object.name(), List.of(), Optional.empty(), List.of(),
          OptionalInt.empty(), OptionalInt.empty()));
    }
    return every;
  }

  /** The SOQL query of one RETURNING item: its fields (the id when none), WHERE, ORDER BY, ... */
  private static SoqlQuery query(SoslReturning returning) {
    List<Object> fields = new ArrayList<>(returning.fields());
    if (fields.isEmpty()) {
      fields.add(Soql.field("Id"));
    }
    SoqlBuilder query = Soql.select(fields).from(returning.object());
    if (returning.where().isPresent()) {
      query = query.where(returning.where().get());
    }
    if (!returning.orderBy().isEmpty()) {
      query = query.orderBy(returning.orderBy().toArray());
    }
    if (returning.limit().isPresent()) {
      query = query.limit(returning.limit().getAsInt());
    }
    if (returning.offset().isPresent()) {
      query = query.offset(returning.offset().getAsInt());
    }
    return query.build();
  }

  /** The fields a search group looks in, on one object. */
  private static List<FieldSchema> searched(ObjectSchema object, SearchGroup group) {
    List<FieldSchema> fields = new ArrayList<>();
    for (FieldSchema field : object.fields()) {
      FieldType type = field.type();
      boolean name =
          NAME_FIELDS.contains(field.name().toLowerCase(Locale.ROOT))
              && type.isText()
              && (!field.name().equals("Company") || object.name().equals("Lead"));
      boolean keep;
      switch (group) {
        case NAME_FIELDS:
          keep = name;
          break;
        case EMAIL_FIELDS:
          keep = type == FieldType.EMAIL;
          break;
        case PHONE_FIELDS:
          keep = type == FieldType.PHONE;
          break;
        default:
          keep = name || (type.isText() && type != FieldType.PICKLIST);
      }
      if (keep) {
        fields.add(field);
      }
    }
    return fields;
  }

  /** Describes this by names and counts, never by record values. */
  @Override
  public String toString() {
    return "SoslEngine{" + store + "}";
  }
}
