/**
 * The root of the SDK's exception hierarchy and Salesforce's error payloads.
 *
 * <p>{@link dev.salescloud.model.error.SalesCloudException} is the unchecked root of everything the
 * SDK throws; {@link dev.salescloud.model.error.InvalidArgumentException} is raised before any
 * request is sent. {@link dev.salescloud.model.error.ApiError} is one entry of the error array
 * Salesforce returns ({@code errorCode} or {@code statusCode}, {@code message}, {@code fields}).
 */
package dev.salescloud.model.error;
