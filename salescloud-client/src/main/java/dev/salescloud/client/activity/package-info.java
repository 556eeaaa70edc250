/**
 * Activity timelines: the tasks, events and logged calls of a record, an owner or a date range,
 * read as the model's {@link dev.salescloud.model.sales.Activity} and sorted by date, and the
 * one-line creation of calls, tasks and events. Start at {@link
 * dev.salescloud.client.SalesCloudClient#activities()}.
 */
package dev.salescloud.client.activity;
