/**
 * The schema of the fake org: objects, fields and their types, required fields and defaults,
 * read-only and derived fields, and the custom objects and fields a test declares through
 * {@link dev.salescloud.testkit.schema.OrgSchema}. Writes are checked here and refused with
 * Salesforce's error codes as a {@link dev.salescloud.testkit.schema.SalesforceFault}.
 */
package dev.salescloud.testkit.schema;
