package dev.salescloud.testkit.bulk;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.schema.ObjectSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the rows of one ingest job to the org, one by one, each through the store with all its
 * checks: an insert, update, upsert, delete or hard delete (past the recycle bin) per row. A refused row becomes a failed row with
 * Salesforce's {@code CODE:message:fields --} text; the rows before and after it are unaffected.
 */
final class IngestRows {
  private final OrgStore store;
  private final ObjectSchema object;
  private final String operation;
  private final String externalIdField;
  private final List<IngestColumn> columns;

  private IngestRows(OrgStore store, ObjectSchema object, String operation, String externalIdField,
      List<IngestColumn> columns) {
    this.store = store;
    this.object = object;
    this.operation = operation;
    this.externalIdField = externalIdField;
    this.columns = columns;
  }

  /**
   * Resolves a header.
   *
   * @throws SalesforceFault naming the first column the object does not have, as the job's
   *     {@code errorMessage} says it: {@code InvalidBatch : Field name not found : X}
   */
  static IngestRows of(OrgStore store, IngestJob job, List<String> header) {
    ObjectSchema object = store.requireObject(job.object);
    List<IngestColumn> columns = new ArrayList<>();
    for (String name : header) {
      columns.add(IngestColumn.resolve(store, object, name).orElseThrow(() -> new SalesforceFault(
          400, "InvalidBatch", "InvalidBatch : Field name not found : " + name, List.of())));
    }
    return new IngestRows(store, object, job.operation, job.externalIdField, columns);
  }

  /** What one row came to: the record's id, whether it was created, or the error text. */
  static final class Outcome {
    final String id;
    final boolean created;
    final Optional<String> error;

    private Outcome(String id, boolean created, Optional<String> error) {
      this.id = id;
      this.created = created;
      this.error = error;
    }

    /** Shows the id and whether the row failed. */
    @Override
    public String toString() {
      return "Outcome{" + id + (error.isPresent() ? ", failed" : "") + "}";
    }
  }

  /** Applies one row; never throws for what the row holds. */
  Outcome apply(String[] row) {
    String id = "";
    for (int c = 0; c < columns.size() && c < row.length; c++) {
      if (columns.get(c).isId()) {
        id = row[c];
      }
    }
    try {
      if (row.length != columns.size()) {
        throw SalesforceFault.badRequest("INVALID_FIELD", "The row has " + row.length
            + " values, but the header names " + columns.size() + " columns");
      }
      switch (operation) {
        case "insert":
          return new Outcome(store.insert(object.name(), fields(row, true)).value(), true, Optional.empty());
        case "update":
          store.update(object.name(), requireId(id), fields(row, false));
          return new Outcome(id, false, Optional.empty());
        case "upsert":
          return upsert(row, id);
        case "hardDelete":
          store.purge(object.name(), requireId(id));
          return new Outcome(id, false, Optional.empty());
        default:
          store.delete(object.name(), requireId(id));
          return new Outcome(id, false, Optional.empty());
      }
    } catch (SalesforceFault fault) {
      return new Outcome(operation.equals("insert") || operation.equals("upsert") ? "" : id, false,
          Optional.of(errorText(fault)));
    } catch (InvalidArgumentException e) {
      return new Outcome("", false, Optional.of("UNKNOWN_EXCEPTION:" + e.getMessage() + ":--"));
    }
  }

  private Outcome upsert(String[] row, String id) {
    if (externalIdField.equalsIgnoreCase("Id")) {
      if (id.isEmpty()) {
        return new Outcome(store.insert(object.name(), fields(row, false)).value(), true, Optional.empty());
      }
      store.update(object.name(), requireId(id), fields(row, false));
      return new Outcome(id, false, Optional.empty());
    }
    String key = "";
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).header.equalsIgnoreCase(externalIdField)) {
        key = row[c];
      }
    }
    if (key.isEmpty() || key.equals(IngestColumn.NULL)) {
      throw SalesforceFault.badRequest("MISSING_ARGUMENT", externalIdField + " not specified");
    }
    ObjectNode fields = fields(row, false);
    fields.remove(object.requireField(externalIdField).name());
    OrgStore.Upsert upsert = store.upsert(object.name(), externalIdField, key, fields);
    if (upsert.ids().size() > 1) {
      throw SalesforceFault.badRequest("DUPLICATE_EXTERNAL_ID", externalIdField
          + ": more than one record found for external id field: " + upsert.ids());
    }
    return new Outcome(upsert.ids().get(0).value(), upsert.created(), Optional.empty());
  }

  /** The fields a row writes: its non-empty cells, the {@code Id} only when an insert carries one. */
  private ObjectNode fields(String[] row, boolean keepId) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    for (int c = 0; c < columns.size(); c++) {
      IngestColumn column = columns.get(c);
      if (row[c].isEmpty() || column.isId() && !keepId) {
        continue;
      }
      fields.set(column.field.name(), column.value(store, row[c]));
    }
    return fields;
  }

  private String requireId(String id) {
    if (id.isEmpty()) {
      throw SalesforceFault.badRequest(
          "MISSING_ARGUMENT", "Id not specified in an " + operation + " call");
    }
    if (!SalesforceId.isValid(id)) {
      throw SalesforceFault.badRequest(
          "MALFORMED_ID", "Id: id value of incorrect type: " + id, "Id");
    }
    return id;
  }

  /** Salesforce's {@code sf__Error}: {@code CODE:message:field1,field2 --}. */
  private static String errorText(SalesforceFault fault) {
    String code = fault.errorCode();
    String message = fault.getMessage();
    if (code.equals("NOT_FOUND")) {
      code = "INVALID_CROSS_REFERENCE_KEY";
      message = "invalid cross reference id";
    }
    return code + ":" + message + ":" + String.join(",", fault.fields())
        + (fault.fields().isEmpty() ? "--" : " --");
  }

  /** Shows the object, operation and column count. */
  @Override
  public String toString() {
    return "IngestRows{" + operation + " " + object.name() + ", " + columns.size() + " columns}";
  }
}
