package dev.salescloud.client.composite;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.client.RequestOptions;
import dev.salescloud.client.soql.SoqlBuilder;
import dev.salescloud.client.soql.SoqlParser;
import dev.salescloud.client.soql.SoqlQuery;
import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.composite.BatchRequest;
import dev.salescloud.model.composite.BatchResponse;
import dev.salescloud.model.composite.BatchResult;
import dev.salescloud.model.composite.BatchSubrequest;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Composite Batch request being built: up to 25 independent subrequests that Salesforce runs
 * one after the other in one HTTP call, each committed on its own. Get one from {@code
 * SalesCloudClient.batch()}; maps to {@code POST .../composite/batch}.
 *
 * <pre>{@code
 * BatchResponse response = sf.batch()
 *     .get("Account", accountId, "Name", "Industry")
 *     .update(leadId, LeadPatch.builder().status("Working - Contacted").build())
 *     .query(Soql.select("Id").from("Opportunity").where(Soql.field("IsClosed").eq(false)))
 *     .haltOnError(true)
 *     .send();
 * response.results().get(0).resultAs(Account.class);       // results in the order added
 * }</pre>
 *
 * <p>Unlike {@link CompositeCall}, subrequests cannot use each other's results and nothing is
 * rolled back. With {@code haltOnError(true)} the subrequests after a failure are not run and
 * answer {@code 412 BATCH_PROCESSING_HALTED} ({@link BatchResult#isHalted()}). A failed subrequest
 * is an answer, not an exception: read {@link BatchResponse#failures()}. Salesforce counts each
 * subrequest as an API call.
 *
 * <p>A call is a builder: use it from one thread and send it once.
 */
public final class BatchCall {
  private final ApiExchange exchange;
  private final ApiVersion version;
  private final List<BatchSubrequest> subrequests = new ArrayList<>();
  private boolean haltOnError;

  /**
   * A call sent through an exchange; {@code SalesCloudClient.batch()} makes them.
   *
   * @param exchange the client's exchange
   * @param version the API version of the subrequests' urls
   */
  public BatchCall(ApiExchange exchange, ApiVersion version) {
    this.exchange = InvalidArgumentException.requireNonNull(exchange, "exchange");
    this.version = InvalidArgumentException.requireNonNull(version, "version");
  }

  /**
   * Creates a record; its result is a {@code SaveResult}.
   *
   * @param record the record; no id, no read-only field
   * @return this call
   */
  public BatchCall create(SObjectRecord record) {
    return add(Operation.create(record, Map.of()));
  }

  /**
   * Reads a record, with all fields or the ones named.
   *
   * @param sobjectType the object's API name
   * @param id the record's id
   * @param fields the fields to read; none for all
   * @return this call
   */
  public BatchCall get(String sobjectType, SalesforceId id, String... fields) {
    return add(Operation.get(sobjectType, Operation.idOf(id, sobjectType), fields));
  }

  /**
   * Updates a record with a patch's changes; its result is empty ({@code 204}).
   *
   * @param id the record's id, of the patch's object
   * @param patch the changes
   * @return this call
   */
  public BatchCall update(SalesforceId id, RecordPatch patch) {
    InvalidArgumentException.requireNonNull(patch, "patch");
    return add(Operation.update(Operation.idOf(id, patch.sobjectType()), patch, Map.of()));
  }

  /**
   * Inserts or updates a record by an external id; its result is an {@code UpsertResult}.
   *
   * @param externalIdField the external id field, e.g. {@code Erp_Id__c}
   * @param value the external id value
   * @param record the record's other fields
   * @return this call
   */
  public BatchCall upsert(String externalIdField, String value, SObjectRecord record) {
    return add(Operation.upsert(externalIdField, value, record));
  }

  /**
   * Deletes a record.
   *
   * @param sobjectType the object's API name
   * @param id the record's id
   * @return this call
   */
  public BatchCall delete(String sobjectType, SalesforceId id) {
    return add(Operation.delete(sobjectType, Operation.idOf(id, sobjectType)));
  }

  /**
   * Runs a SOQL query built with {@code Soql}; its result is a query result.
   *
   * @param query the query
   * @return this call
   */
  public BatchCall query(SoqlBuilder query) {
    return query(InvalidArgumentException.requireNonNull(query, "query").build());
  }

  /**
   * Runs a parsed or built SOQL query.
   *
   * @param query the query
   * @return this call
   */
  public BatchCall query(SoqlQuery query) {
    return add(Operation.query(query, false));
  }

  /**
   * Runs a SOQL query written by hand, parsed before anything is sent.
   *
   * @param soql the query text
   * @return this call
   */
  public BatchCall query(String soql) {
    return query(SoqlParser.parse(soql));
  }

  /**
   * Whether the subrequests after a failure are skipped; {@code false} unless set.
   *
   * @param haltOnError {@code true} to stop at the first failure
   * @return this call
   */
  public BatchCall haltOnError(boolean haltOnError) {
    this.haltOnError = haltOnError;
    return this;
  }

  /**
   * The request this call sends.
   *
   * @return the request
   * @throws InvalidArgumentException if the call has no subrequest
   */
  public BatchRequest toRequest() {
    return BatchRequest.builder().haltOnError(haltOnError).subrequests(subrequests).build();
  }

  /**
   * Sends the call.
   *
   * @return each subrequest's status and result, in the order added
   * @throws InvalidArgumentException if the call has no subrequest
   */
  public BatchResponse send() {
    return send(RequestOptions.none());
  }

  /**
   * Sends the call with per-call options. A batch is never replayed once it may have run.
   *
   * @param options the call's timeout and extra headers
   * @return each subrequest's status and result, in the order added
   */
  public BatchResponse send(RequestOptions options) {
    InvalidArgumentException.requireNonNull(options, "options");
    BatchRequest request = toRequest();
    return exchange.call(
        "POST", version.basePath() + "/composite/batch", exchange.mapper().valueToTree(request),
        false, options, new TypeReference<BatchResponse>() {});
  }

  private BatchCall add(Operation operation) {
    BatchSubrequest subrequest = BatchSubrequest.builder()
        .method(operation.method)
        .url("v" + version.value() + operation.path)
        .richInput(operation.body)
        .build();
    List<BatchSubrequest> next = new ArrayList<>(subrequests);
    next.add(subrequest);
    BatchRequest.builder().subrequests(next).build();   // the limit, checked as each is added
    subrequests.add(subrequest);
    return this;
  }

  /** Shows the number of subrequests and the flag, never record values. */
  @Override
  public String toString() {
    return "BatchCall{" + subrequests.size() + " subrequests, haltOnError=" + haltOnError + "}";
  }
}
