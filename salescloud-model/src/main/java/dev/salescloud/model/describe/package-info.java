/**
 * What Salesforce says about an org's objects and fields: {@link
 * dev.salescloud.model.describe.DescribeGlobal} ({@code GET /services/data/vNN.0/sobjects/}) lists
 * the objects, and {@link dev.salescloud.model.describe.SObjectDescribe} ({@code GET
 * .../sobjects/{SObject}/describe/}) details one object: its {@link
 * dev.salescloud.model.describe.FieldDescribe fields} with their types, lengths, picklist values
 * and references, its child relationships, record types and list-view scopes.
 *
 * <p>The client reads these to learn an org's shape (custom fields, required fields, picklist
 * values), the fake org serves them from its schema, and MCP tools show them to agents. Keys the
 * types do not model are kept and written back, and every key is written, {@code null} when empty,
 * in alphabetical order, as Salesforce does.
 */
package dev.salescloud.model.describe;
