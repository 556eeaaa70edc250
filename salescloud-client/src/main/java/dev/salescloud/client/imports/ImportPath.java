package dev.salescloud.client.imports;

/** The way an import sent its records to Salesforce. */
public enum ImportPath {
  /** sObject Collections, 200 records per API call. */
  COLLECTIONS,
  /** Bulk API 2.0 ingest jobs, a handful of API calls per job of up to 100 MB. */
  BULK
}
