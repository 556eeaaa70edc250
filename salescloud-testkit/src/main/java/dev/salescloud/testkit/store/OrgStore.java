package dev.salescloud.testkit.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.json.SalesforceDateTimes;
import dev.salescloud.testkit.schema.FieldSchema;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.OrgSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The records of a fake org: one in-memory table per sObject type, checked against the
 * {@link OrgSchema} on every write.
 *
 * <p>The store gives records ids with their object's key prefix and a valid 18-character checksum,
 * counted up per prefix; sets {@code CreatedDate}, {@code LastModifiedDate} and
 * {@code SystemModstamp} from its {@link Clock}; sets {@code CreatedById},
 * {@code LastModifiedById} and, unless given, {@code OwnerId} to the running user (a User record of
 * the org); fills defaults and derived fields; and keeps deleted records in a recycle bin with
 * {@code IsDeleted = true}, answering {@code ENTITY_IS_DELETED} when they are read, changed or
 * deleted again.
 *
 * <p>Every operation is atomic: the store is safe to use from several threads. Records go in and
 * out as JSON objects keyed by API name, the shape of Salesforce's REST bodies.
 */
public final class OrgStore {
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final OrgSchema schema;
  private final Clock clock;
  private final Map<String, Map<SalesforceId, ObjectNode>> tables = new HashMap<>();
  private final Map<String, Long> counters = new HashMap<>();
  private final UndoLog undo = new UndoLog();
  private final SalesforceId runningUser;
  private final FieldIndex index = new FieldIndex();

  /**
   * Creates an org with one user, {@code admin@example.com}, who is the running user.
   *
   * @param schema the org's schema
   * @param clock the clock that stamps records
   */
  public OrgStore(OrgSchema schema, Clock clock) {
    this.schema = InvalidArgumentException.requireNonNull(schema, "schema");
    this.clock = InvalidArgumentException.requireNonNull(clock, "clock");
    ObjectSchema user = schema.object("User").orElseThrow();
    SalesforceId id = nextId(user);
    ObjectNode fields = JSON.objectNode();
    fields.put("Username", "admin@example.com");
    fields.put("FirstName", "Admin");
    fields.put("LastName", "User");
    fields.put("Email", "admin@example.com");
    fields.put("Alias", "admin");
    this.runningUser = id;
    synchronized (this) {
      insertAs(user, id, fields);
      LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
      schema.objects().forEach(o -> o.seedRows(today).forEach(r -> seed(o.name(), r)));
    }
  }

  /**
   * The schema the store checks writes against.
   *
   * @return the schema
   */
  public OrgSchema schema() {
    return schema;
  }

  /**
   * The clock that stamps records and that date literals such as {@code TODAY} read.
   *
   * @return the org's clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The id of the User the org acts as: creator, modifier and default owner of records.
   *
   * @return the running user's id
   */
  public SalesforceId runningUserId() {
    return runningUser;
  }

  /**
   * Creates a record.
   *
   * @param sobjectType the object's API name, any case
   * @param fields the fields to write, keyed by API name; {@code attributes} is ignored
   * @return the new record's id
   * @throws SalesforceFault {@code NOT_FOUND} for an unknown object; {@code INVALID_FIELD},
   *     {@code INVALID_FIELD_FOR_INSERT_UPDATE}, {@code REQUIRED_FIELD_MISSING},
   *     {@code INVALID_CROSS_REFERENCE_KEY} and the type errors of {@link FieldSchema#coerce} for
   *     bad fields
   */
  public synchronized SalesforceId insert(String sobjectType, ObjectNode fields) {
    ObjectSchema object = requireObject(sobjectType);
    InvalidArgumentException.requireNonNull(fields, "fields");
    object.requireWritable("inserted");
    if (fields.has("Id") || fields.has("id") || fields.has("ID")) {
      throw SalesforceFault.badRequest(
          "INVALID_FIELD", "The Id field should not be specified in the sobject data.");
    }
    SalesforceId id = nextId(object);
    insertAs(object, id, fields);
    return id;
  }

  /**
   * Reads a record with all its fields.
   *
   * @param sobjectType the object's API name, any case
   * @param id the record's id, 15 or 18 characters
   * @return a copy of the record, keyed by API name in schema order
   * @throws SalesforceFault {@code NOT_FOUND} for an unknown object or record,
   *     {@code ENTITY_IS_DELETED} for a record in the recycle bin
   */
  public synchronized ObjectNode get(String sobjectType, String id) {
    return live(requireObject(sobjectType), id).deepCopy();
  }

  /**
   * Changes the given fields of a record; JSON null clears a field.
   *
   * @param sobjectType the object's API name, any case
   * @param id the record's id
   * @param fields the fields to change
   * @throws SalesforceFault as {@link #get} for a missing record, as {@link #insert} for bad fields
   */
  public synchronized void update(String sobjectType, String id, ObjectNode fields) {
    ObjectSchema object = requireObject(sobjectType);
    InvalidArgumentException.requireNonNull(fields, "fields");
    ObjectNode stored = live(object, id);
    object.requireWritable("updated");
    apply(object, stored.deepCopy(), fields, false, stored);
  }

  /**
   * Moves a record to the recycle bin: it keeps its fields with {@code IsDeleted = true}.
   *
   * @param sobjectType the object's API name, any case
   * @param id the record's id
   * @throws SalesforceFault as {@link #get} for a missing or already deleted record
   */
  public synchronized void delete(String sobjectType, String id) {
    ObjectNode row = live(requireObject(sobjectType), id);
    requireObject(sobjectType).requireWritable("deleted");
    undo.changing(row);
    Instant now = now();
    row.set("IsDeleted", BooleanNode.TRUE);
    row.set("LastModifiedDate", stamp(now));
    row.set("SystemModstamp", stamp(now));
  }

  /**
   * Deletes a record for good, bypassing the recycle bin, as Bulk API 2.0's {@code hardDelete}
   * does: not even {@code queryAll} finds it afterwards.
   *
   * @param sobjectType the object's API name, any case
   * @param id the record's id
   * @throws SalesforceFault as {@link #get} for a missing or already deleted record
   */
  public synchronized void purge(String sobjectType, String id) {
    ObjectSchema object = requireObject(sobjectType);
    live(object, id);
    object.requireWritable("deleted");
    SalesforceId key = SalesforceId.of(id);
    undo.removing(table(object), key);
    table(object).remove(key);
  }

  /**
   * Inserts or updates by an external id: with no live record holding the value, creates one with
   * the field set to it; with one, updates it; with several, changes nothing and lists them.
   *
   * @param sobjectType the object's API name, any case
   * @param field the field to match on
   * @param value the value to match
   * @param fields the fields to write
   * @return the outcome
   * @throws SalesforceFault {@code NOT_FOUND} for an unknown object or field, as {@link #insert}
   *     for bad fields
   */
  public synchronized Upsert upsert(String sobjectType, String field, String value, ObjectNode fields) {
    ObjectSchema object = requireObject(sobjectType);
    FieldSchema key = externalIdField(object, field);
    List<SalesforceId> matches = matching(object, key, value);
    if (matches.size() > 1) {
      return new Upsert(matches, false);
    }
    if (matches.isEmpty()) {
      ObjectNode create = fields.deepCopy();
      create.set(key.name(), TextNode.valueOf(value));
      return new Upsert(List.of(insert(object.name(), create)), true);
    }
    ObjectNode stored = table(object).get(matches.get(0));
    object.requireWritable("updated");
    apply(object, stored.deepCopy(), fields, false, stored);
    return new Upsert(matches, false);
  }

  /**
   * Finds the live records whose field holds a value, as {@code GET} and {@code DELETE} by
   * external id do.
   *
   * @param sobjectType the object's API name, any case
   * @param field the field to match on
   * @param value the value to match; text matches ignoring case
   * @return the ids of the matching records, in creation order
   * @throws SalesforceFault {@code NOT_FOUND} for an unknown object or a field that cannot hold
   *     external ids (lookups, checkboxes)
   */
  public synchronized List<SalesforceId> findByExternalId(String sobjectType, String field, String value) {
    ObjectSchema object = requireObject(sobjectType);
    return matching(object, externalIdField(object, field), value);
  }

  /**
   * Counts the live records of an object (not those in the recycle bin).
   *
   * @param sobjectType the object's API name, any case
   * @return the number of records
   */
  public synchronized int count(String sobjectType) {
    return (int)
        table(requireObject(sobjectType)).values().stream()
            .filter(r -> !r.get("IsDeleted").asBoolean())
            .count();
  }

  /**
   * Copies the records of an object, in creation order, for a query to read.
   *
   * @param sobjectType the object's API name, any case
   * @param includeDeleted whether records in the recycle bin are included, as {@code queryAll}
   *     does
   * @return copies of the records
   * @throws SalesforceFault {@code NOT_FOUND} for an unknown object
   */
  public synchronized List<ObjectNode> rows(String sobjectType, boolean includeDeleted) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode row : table(requireObject(sobjectType)).values()) {
      if (includeDeleted || !row.get("IsDeleted").asBoolean()) {
        out.add(row.deepCopy());
      }
    }
    return out;
  }

  /**
   * Finds one record of any object by id through the id index, without scanning a table; records
   * in the recycle bin are found too (their {@code IsDeleted} is true).
   *
   * @param id the record's id
   * @return a copy of the record, or empty when no object uses the id's prefix or no record has it
   */
  public synchronized Optional<ObjectNode> row(SalesforceId id) {
    InvalidArgumentException.requireNonNull(id, "id");
    return schema.objectsWithPrefix(id.keyPrefix()).stream()
        .map(o -> table(o).get(id))
        .filter(r -> r != null)
        .findFirst()
        .map(ObjectNode::deepCopy);
  }

  /**
   * Looks an object up or answers 404 like Salesforce does for an unknown object in a URL.
   *
   * @param sobjectType the object's API name, any case
   * @return the object
   * @throws SalesforceFault {@code NOT_FOUND}
   */
  public ObjectSchema requireObject(String sobjectType) {
    return schema.object(sobjectType).orElseThrow(SalesforceFault::notFound);
  }

  private static FieldSchema externalIdField(ObjectSchema object, String field) {
    FieldSchema key = object
        .field(field)
        .filter(f -> f.type() != FieldType.REFERENCE && f.type() != FieldType.BOOLEAN)
        .orElseThrow(SalesforceFault::notFound);
    if (!key.externalId()) {
      throw new SalesforceFault(
          404, "NOT_FOUND",
          "Provided external ID field does not exist or is not accessible: " + key.name(),
          List.of());
    }
    return key;
  }

  private List<SalesforceId> matching(ObjectSchema object, FieldSchema key, String value) {
    JsonNode match = key.coerce(TextNode.valueOf(value));
    List<SalesforceId> matches = new ArrayList<>();
    for (ObjectNode row : indexed(object, key, match)) {
      if (!row.get("IsDeleted").asBoolean() && sameValue(row.get(key.name()), match)) {
        matches.add(SalesforceId.of(row.get("Id").asText()));
      }
    }
    return matches;
  }

  /** The stored rows (not copies) the index holds under a value of a field; a superset. */
  private List<ObjectNode> indexed(ObjectSchema object, FieldSchema field, JsonNode value) {
    if (!FieldIndex.indexes(field)) {
      return new ArrayList<>(table(object).values());
    }
    Map<SalesforceId, ObjectNode> rows = table(object);
    List<ObjectNode> out = new ArrayList<>();
    for (String id : index.find(object, field.name(), value)) {
      ObjectNode row = rows.get(SalesforceId.of(id));
      if (row != null) {
        out.add(row);
      }
    }
    return out;
  }

  /** The rows that may hold one of a record's unique values, for the uniqueness check. */
  private List<ObjectNode> holdingUniqueValues(ObjectSchema object, ObjectNode row) {
    List<ObjectNode> candidates = new ArrayList<>();
    for (FieldSchema field : object.fields()) {
      JsonNode value = row.get(field.name());
      if (field.unique() && value != null && !value.isNull()) {
        candidates.addAll(indexed(object, field, value));
      }
    }
    return candidates;
  }

  private void insertAs(ObjectSchema object, SalesforceId id, ObjectNode fields) {
    ObjectNode row = JSON.objectNode();
    for (FieldSchema f : object.fields()) {
      row.set(f.name(), f.defaultValue().orElse(NullNode.getInstance()));
    }
    row.put("Id", id.value());
    row.set("CreatedById", TextNode.valueOf(runningUser.value()));
    row.set("CreatedDate", stamp(now()));
    if (object.field("OwnerId").isPresent()) {
      row.put("OwnerId", runningUser.value());
    }
    apply(object, row, fields, true, null);
  }

  private void apply(
      ObjectSchema object, ObjectNode row, ObjectNode fields, boolean create, ObjectNode stored) {
    refuseConvertedLead(object, stored);
    Set<String> written = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> entry : fields.properties()) {
      if (entry.getKey().equals("attributes")) {
        continue;
      }
      FieldSchema field = object.requireField(entry.getKey());
      if (create ? !field.createable() : !field.updateable()) {
        throw SalesforceFault.badRequest(
            "INVALID_FIELD_FOR_INSERT_UPDATE",
            "Unable to create/update fields: " + field.name() + ". Please check the security"
                + " settings of this field and verify that it is read/write for your profile or"
                + " permission set.",
            field.name());
      }
      JsonNode value = field.coerce(entry.getValue());
      if (field.type() == FieldType.REFERENCE && !value.isNull()) {
        requireTarget(field, value.asText());
      }
      row.set(field.name(), value);
      written.add(field.name());
    }
    stampModified(object, row, written);
    object.requireComplete(row);
    object.checkWrite(Optional.ofNullable(stored).map(ObjectNode::deepCopy), row, holdingUniqueValues(object, row));
    if (stored == null) {
      undo.inserting(table(object), SalesforceId.of(row.get("Id").asText()));
      table(object).put(SalesforceId.of(row.get("Id").asText()), row);
    } else {
      undo.changing(stored);
      stored.setAll(row);
    }
    index.add(object, row);
  }

  private void requireTarget(FieldSchema field, String id) {
    SalesforceId target = SalesforceId.of(id);
    Optional<ObjectSchema> type = schema.objectWithPrefix(target.keyPrefix());
    boolean exists =
        type.filter(t -> field.referenceTo().stream().anyMatch(r -> r.equalsIgnoreCase(t.name())))
            .map(t -> table(t).get(target))
            .filter(r -> !r.get("IsDeleted").asBoolean())
            .isPresent();
    if (!exists) {
      throw SalesforceFault.badRequest(
          "INVALID_CROSS_REFERENCE_KEY",
          field.name() + ": invalid cross reference id",
          field.name());
    }
  }

  private ObjectNode live(ObjectSchema object, String id) {
    InvalidArgumentException.requireNonNull(id, "id");
    if (!SalesforceId.isValid(id)) {
      throw SalesforceFault.notFound();
    }
    ObjectNode row = table(object).get(SalesforceId.of(id));
    if (row == null) {
      throw SalesforceFault.notFound();
    }
    if (row.get("IsDeleted").asBoolean()) {
      throw new SalesforceFault(404, "ENTITY_IS_DELETED", "entity is deleted", List.of());
    }
    return row;
  }

  private Map<SalesforceId, ObjectNode> table(ObjectSchema object) {
    return tables.computeIfAbsent(object.name(), k -> new LinkedHashMap<>());
  }

  private synchronized SalesforceId nextId(ObjectSchema object) {
    long n = counters.merge(object.keyPrefix(), 1L, Long::sum);
    StringBuilder digits = new StringBuilder();
    for (long v = n; v > 0; v /= 62) {
      digits.insert(0, BASE62.charAt((int) (v % 62)));
    }
    while (digits.length() < 10) {
      digits.insert(0, '0');
    }
    return SalesforceId.of(object.keyPrefix() + "5g" + digits.substring(digits.length() - 10));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static JsonNode stamp(Instant instant) {
    return TextNode.valueOf(SalesforceDateTimes.formatDateTime(instant));
  }

  private static boolean sameValue(JsonNode stored, JsonNode match) {
    if (stored == null || stored.isNull()) {
      return false;
    }
    if (stored.isNumber() && match.isNumber()) {
      return stored.decimalValue().compareTo(match.decimalValue()) == 0;
    }
    return stored.asText().equalsIgnoreCase(match.asText());
  }

  /**
   * The running user's time zone ({@code TimeZoneSidKey}), which decides where the org's days
   * begin: for SOQL date literals and for dates placed relative to today.
   *
   * @return the zone, UTC when the user has none
   */
  public synchronized ZoneId runningUserZone() {
    return row(runningUser)
        .map(u -> u.get("TimeZoneSidKey"))
        .filter(z -> z != null && !z.isNull())
        .map(z -> ZoneId.of(z.asText()))
        .orElse(ZoneOffset.UTC);
  }

  /**
   * Runs several writes as one transaction: when the block throws, every record it inserted is
   * removed and every record it changed or deleted gets its earlier fields back, and the exception
   * goes on to the caller. Other threads wait until the block ends. Only the rows the block touches
   * are copied, however large the org; blocks may nest, and a failing inner block undoes only its
   * own writes. Ids handed out inside a block that fails are not given out again.
   *
   * <pre>{@code
   * store.atomically(() -> {
   *   SalesforceId account = store.insert("Account", accountFields);
   *   contactFields.put("AccountId", account.value());
   *   return store.insert("Contact", contactFields); // a fault here removes the account too
   * });
   * }</pre>
   *
   * @param <T> what the block returns
   * @param work the writes, calling this store
   * @return what the block returned
   */
  public synchronized <T> T atomically(Supplier<T> work) {
    InvalidArgumentException.requireNonNull(work, "work");
    return undo.run(work);
  }

  /** The number of writes the running {@link #atomically} blocks have recorded. */
  synchronized int recordedWrites() {
    return undo.size();
  }

  /**
   * Stores a record behind the API's back, the way a new org holds its lead statuses,
   * opportunity stages and periods: read-only objects and read-only fields are written too.
   * Values are still checked against their types; system fields are stamped as for a create.
   *
   * <pre>{@code
   * org.store().seed("Report", JSON.objectNode().put("Name", "Pipeline").put("DeveloperName",
   *     "Pipeline").put("Format", "SUMMARY"));
   * }</pre>
   *
   * @param sobjectType the object's API name, any case
   * @param fields the fields to store, keyed by API name
   * @return the new record's id
   * @throws SalesforceFault {@code NOT_FOUND} for an unknown object, {@code INVALID_FIELD} and
   *     the type errors of {@link FieldSchema#coerce} for bad fields
   */
  public synchronized SalesforceId seed(String sobjectType, ObjectNode fields) {
    ObjectSchema object = requireObject(sobjectType);
    InvalidArgumentException.requireNonNull(fields, "fields");
    SalesforceId id = nextId(object);
    ObjectNode row = JSON.objectNode();
    for (FieldSchema f : object.fields()) {
      row.set(f.name(), f.defaultValue().orElse(NullNode.getInstance()));
    }
    for (Map.Entry<String, JsonNode> entry : fields.properties()) {
      FieldSchema field = object.requireField(entry.getKey());
      row.set(field.name(), field.coerce(entry.getValue()));
    }
    JsonNode stamp = stamp(now());
    row.put("Id", id.value());
    row.put("CreatedById", runningUser.value());
    row.put("LastModifiedById", runningUser.value());
    row.set("CreatedDate", stamp);
    row.set("LastModifiedDate", stamp);
    row.set("SystemModstamp", stamp);
    Set<String> written = new LinkedHashSet<>();
    fields.fieldNames().forEachRemaining(written::add);
    object.derive(row, written);
    table(object).put(id, row);
    index.add(object, row);
    return id;
  }

  /**
   * Finds the records of an object whose lookup field points at any of the given records, through
   * the field index rather than a scan. The answer may hold records whose lookup has pointed there
   * before and no longer does: check each one, as a query's WHERE clause does.
   *
   * @param sobjectType the object's API name, any case
   * @param field the lookup field, e.g. {@code AccountId}
   * @param targetIds the 18-character ids looked for
   * @param includeDeleted whether records in the recycle bin are included
   * @return copies of the candidate records, in creation order
   * @throws SalesforceFault {@code NOT_FOUND} for an unknown object
   */
  public synchronized List<ObjectNode> rowsReferencing(
      String sobjectType, String field, Collection<String> targetIds, boolean includeDeleted) {
    ObjectSchema object = requireObject(sobjectType);
    InvalidArgumentException.requireNonNull(field, "field");
    InvalidArgumentException.requireNonNull(targetIds, "targetIds");
    SortedSet<String> ids = new TreeSet<>();
    targetIds.forEach(target -> ids.addAll(index.find(object, field, TextNode.valueOf(target))));
    List<ObjectNode> out = new ArrayList<>();
    Map<SalesforceId, ObjectNode> rows = table(object);
    for (String id : ids) {
      ObjectNode row = rows.get(SalesforceId.of(id));
      if (row != null && (includeDeleted || !row.get("IsDeleted").asBoolean())) {
        out.add(row.deepCopy());
      }
    }
    return out;
  }

  /** Describes this by names and counts, never by record values. */

  @Override
  public synchronized String toString() {
    return "OrgStore{" + tables.size() + " tables}";
  }

  /**
   * Changes fields of a record the way Salesforce itself does inside a process such as lead
   * conversion: read-only fields ({@code IsConverted}, {@code ConvertedAccountId}, ...) are
   * written too, and validation rules do not run. Values are still checked against their types,
   * {@code LastModifiedDate} and {@code SystemModstamp} are stamped, and inside {@link
   * #atomically} the change is undone with the block.
   *
   * @param sobjectType the object's API name, any case
   * @param id the record's id
   * @param fields the fields to change, keyed by API name; JSON null clears a field
   * @throws SalesforceFault as {@link #get} for a missing record, {@code INVALID_FIELD} and the type
   *     errors of {@link FieldSchema#coerce} for bad fields
   */
  public synchronized void updateAsSystem(String sobjectType, String id, ObjectNode fields) {
    ObjectSchema object = requireObject(sobjectType);
    InvalidArgumentException.requireNonNull(fields, "fields");
    ObjectNode stored = live(object, id);
    ObjectNode row = stored.deepCopy();
    Set<String> written = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> entry : fields.properties()) {
      FieldSchema field = object.requireField(entry.getKey());
      row.set(field.name(), field.coerce(entry.getValue()));
      written.add(field.name());
    }
    stampModified(object, row, written);
    undo.changing(stored);
    stored.setAll(row);
  }

  /** Stamps who changed a record and when, then recomputes its derived fields. */
  private void stampModified(ObjectSchema object, ObjectNode row, Set<String> written) {
    Instant now = now();
    row.set("LastModifiedById", TextNode.valueOf(runningUser.value()));
    row.set("LastModifiedDate", stamp(now));
    row.set("SystemModstamp", stamp(now));
    object.derive(row, written);
  }

  /** A converted lead is read-only: Salesforce refuses every later update of it. */
  private static void refuseConvertedLead(ObjectSchema object, ObjectNode stored) {
    if (stored != null && object.name().equals("Lead") && stored.path("IsConverted").asBoolean()) {
      throw SalesforceFault.badRequest(
          "CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead");
    }
  }

  /** What an upsert did: the record it created or updated, or the records that matched. */
  public static final class Upsert {
    private final List<SalesforceId> ids;
    private final boolean created;

    Upsert(List<SalesforceId> ids, boolean created) {
      this.ids = List.copyOf(ids);
      this.created = created;
    }

    /**
     * The ids of the matched or created records; more than one means nothing was written.
     *
     * @return the ids
     */
    public List<SalesforceId> ids() {
      return ids;
    }

    /**
     * Tells whether the upsert created a record.
     *
     * @return true for an insert
     */
    public boolean created() {
      return created;
    }

    /** Describes this by names and counts, never by record values. */

    @Override
    public String toString() {
      return "Upsert{" + ids.size() + " ids, created=" + created + "}";
    }
  }
}
