/**
 * Salesforce's JSON: the {@link dev.salescloud.model.json.SalesCloudJackson} module for any
 * Jackson {@code ObjectMapper}, and {@link dev.salescloud.model.json.SalesforceDateTimes} for the
 * date and datetime forms Salesforce reads and writes.
 */
package dev.salescloud.model.json;
