package dev.salescloud.model.composite;

/**
 * The HTTP methods a Composite or Composite Batch subrequest may use. Salesforce reads them
 * case-sensitively and upper-case, which is how they are written ({@code "PATCH"}).
 */
public enum HttpMethod {
  /** Reads a resource: a record, a query page, limits. */
  GET,
  /** Creates a record, or posts to an sObject Collections or action resource. */
  POST,
  /** Updates or upserts a record. */
  PATCH,
  /** Replaces a resource (few REST resources accept it). */
  PUT,
  /** Deletes a record. */
  DELETE
}
