/**
 * The sales objects: {@link dev.salescloud.model.sales.Lead}, Account, Contact, Opportunity and
 * their line items and contact roles, Task and Event, User, the stage and status metadata, and
 * the {@code *Patch} types that update them.
 *
 * <p>Each record type maps Salesforce's field API names to typed accessors, keeps custom fields
 * and unknown fields in {@code otherFields()}, and carries its standard picklist values as string
 * constants in nested classes.
 */
package dev.salescloud.model.sales;
