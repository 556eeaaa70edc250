package dev.salescloud.testkit.rest;

import static dev.salescloud.testkit.rest.Responses.MAPPER;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.util.List;

/**
 * The per-record results of sObject Collections and sObject Tree, which name the error code
 * {@code statusCode}, not {@code errorCode}: {@code {"id":..., "success":..., "errors":[...]}}.
 */
final class SaveResults {
  /** The error of the records that were valid when another record of an all-or-none call failed. */
  static final SalesforceFault ROLLED_BACK =
      SalesforceFault.badRequest(
          "ALL_OR_NONE_OPERATION_ROLLED_BACK",
          "Record rolled back because not all records were valid and the request was using"
              + " AllOrNone header");

  private SaveResults() {}

  /** A success: {@code {"id":"...","success":true,"errors":[]}}. */
  static ObjectNode success(SalesforceId id) {
    ObjectNode result = MAPPER.createObjectNode();
    result.put("id", id.value());
    result.put("success", true);
    result.putArray("errors");
    return result;
  }

  /** A failure, with the record's id when it has one: {@code {"success":false,"errors":[...]}}. */
  static ObjectNode failure(String id, SalesforceFault fault) {
    ObjectNode result = MAPPER.createObjectNode();
    if (id != null) {
      result.put("id", id);
    }
    result.put("success", false);
    result.putArray("errors").add(error(fault));
    return result;
  }

  /** One error of a record: {@code {"statusCode":"...","message":"...","fields":[...]}}. */
  static ObjectNode error(SalesforceFault fault) {
    ObjectNode error = MAPPER.createObjectNode();
    error.put("statusCode", fault.errorCode());
    error.put("message", fault.getMessage());
    ArrayNode fields = error.putArray("fields");
    fault.fields().forEach(fields::add);
    return error;
  }

  /**
   * The fault a record write answers for a record that does not exist: the REST resources say 404
   * {@code NOT_FOUND}, the record-level results say {@code INVALID_CROSS_REFERENCE_KEY} or, for an
   * id of the wrong shape, {@code MALFORMED_ID}.
   */
  static SalesforceFault recordFault(String id, SalesforceFault fault) {
    if (!fault.errorCode().equals("NOT_FOUND")) {
      return fault;
    }
    if (id == null || !SalesforceId.isValid(id)) {
      return SalesforceFault.badRequest("MALFORMED_ID", "malformed id " + id, "Id");
    }
    return new SalesforceFault(
        400, "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", List.of());
  }
}
