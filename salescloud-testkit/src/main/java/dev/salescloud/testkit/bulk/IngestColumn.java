package dev.salescloud.testkit.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.testkit.schema.FieldSchema;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One column of an uploaded CSV resolved against the job's object: the record's {@code Id}, a
 * field, or a parent found by one of its fields ({@code Account.Ext_Id__c},
 * {@code Lead:Who.Email}) that fills a lookup.
 */
final class IngestColumn {
  /** The cell text that sets a field to null; an empty cell leaves the field unchanged. */
  static final String NULL = "#N/A";

  final String header;
  final FieldSchema field;
  private final ObjectSchema parent;
  private final String parentField;

  private IngestColumn(String header, FieldSchema field, ObjectSchema parent, String parentField) {
    this.header = header;
    this.field = field;
    this.parent = parent;
    this.parentField = parentField;
  }

  /**
   * Resolves a header name, ignoring case.
   *
   * @return the column, or empty when the object has no such field or relationship
   * @throws SalesforceFault {@code InvalidBatch} for a type prefix on a lookup that is not
   *     polymorphic
   */
  static Optional<IngestColumn> resolve(OrgStore store, ObjectSchema object, String header) {
    int dot = header.indexOf('.');
    if (dot < 0) {
      return object.field(header).map(f -> new IngestColumn(header, f, null, null));
    }
    String relationship = header.substring(0, dot);
    String type = null;
    int colon = relationship.indexOf(':');
    if (colon >= 0) {
      type = relationship.substring(0, colon);
      relationship = relationship.substring(colon + 1);
    }
    Optional<FieldSchema> lookup = lookup(object, relationship);
    if (lookup.isEmpty()) {
      return Optional.empty();
    }
    if (type != null && lookup.get().referenceTo().size() == 1) {
      throw new SalesforceFault(400, "InvalidBatch", "InvalidBatch : type is not needed for non"
          + " polymorphic foreign key references: " + relationship, List.of());
    }
    String targetType = type == null ? lookup.get().referenceTo().get(0) : type;
    if (lookup.get().referenceTo().stream().noneMatch(targetType::equalsIgnoreCase)) {
      return Optional.empty();
    }
    Optional<ObjectSchema> target = store.schema().object(targetType);
    String name = header.substring(dot + 1);
    Optional<FieldSchema> key = target.flatMap(t -> t.field(name))
        .filter(f -> f.externalId() || f.type() == FieldType.ID);
    return key.map(k -> new IngestColumn(header, lookup.get(), target.get(), k.name()));
  }

  /** The lookup a relationship name stands for: {@code Account} for AccountId, X__r for X__c. */
  private static Optional<FieldSchema> lookup(ObjectSchema object, String relationship) {
    String lower = relationship.toLowerCase(Locale.ROOT);
    String field = lower.endsWith("__r") ? lower.substring(0, lower.length() - 1) + "c" : lower + "id";
    return object.field(field).filter(f -> f.type() == FieldType.REFERENCE);
  }

  /** Whether this is the record's {@code Id}. */
  boolean isId() {
    return parent == null && field.type() == FieldType.ID;
  }

  /**
   * The value a non-empty cell writes: null for {@code #N/A}, the parent's id for a parent column,
   * the text otherwise (the store checks it against the field's type).
   *
   * @throws SalesforceFault {@code INVALID_FIELD} when no parent or several have the value
   */
  JsonNode value(OrgStore store, String cell) {
    if (cell.equals(NULL)) {
      return NullNode.getInstance();
    }
    if (parent == null) {
      return TextNode.valueOf(cell);
    }
    if (parentField.equals("Id")) {
      return TextNode.valueOf(cell);
    }
    List<SalesforceId> matches = store.findByExternalId(parent.name(), parentField, cell);
    if (matches.size() != 1) {
      throw SalesforceFault.badRequest("INVALID_FIELD", "Foreign key external ID: " + cell
          + (matches.isEmpty() ? " not found" : " matched more than one record")
          + " for field " + parentField + " in entity " + parent.name());
    }
    return TextNode.valueOf(matches.get(0).value());
  }

  /** Shows the header and the field it writes. */
  @Override
  public String toString() {
    return "IngestColumn{" + header + " -> " + field.name() + "}";
  }
}
