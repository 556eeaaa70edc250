package dev.salescloud.testkit.report;

import dev.salescloud.testkit.schema.SalesforceFault;
import java.util.List;

/** The Reports API's refusals of a run: 400 {@code BAD_REQUEST} and 404 {@code NOT_FOUND}. */
final class RunRefusal {
  private RunRefusal() {}

  static SalesforceFault badRequest(String message) {
    return new SalesforceFault(400, "BAD_REQUEST", message, List.of());
  }

  static SalesforceFault notFound() {
    return new SalesforceFault(404, "NOT_FOUND", "The requested resource does not exist", List.of());
  }
}
