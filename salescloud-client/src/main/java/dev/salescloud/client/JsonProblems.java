package dev.salescloud.client;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Says where a response body failed to read, without quoting any value of the body. */
final class JsonProblems {
  private JsonProblems() {}

  /**
   * The JSON path of the failure and the kind of problem, e.g. {@code " at Lead["Amount"]
   * (InvalidFormatException)"}.
   */
  static String where(Exception e) {
    String path = e instanceof JsonMappingException ? ((JsonMappingException) e).getPathReference() : "";
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return (path == null || path.isBlank() ? "" : " at " + path)
        + " (" + root.getClass().getSimpleName() + ")";
  }
}
