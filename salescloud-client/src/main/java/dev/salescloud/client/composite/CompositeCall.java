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
import dev.salescloud.model.composite.CompositeRequest;
import dev.salescloud.model.composite.CompositeResponse;
import dev.salescloud.model.composite.CompositeSubrequest;
import dev.salescloud.model.composite.Reference;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Composite request being built: up to 25 record operations and queries that Salesforce runs
 * in order, in one API call, later ones using earlier results through {@link Reference}s. Get one
 * from {@code SalesCloudClient.composite()}; maps to {@code POST .../composite}.
 *
 * <pre>{@code
 * CompositeResponse response = sf.composite()
 *     .create("acct", Account.builder().name("Acme").build())
 *     .create("ng", Contact.builder().lastName("Ng").build(), Map.of("AccountId", Reference.id("acct")))
 *     .query("contacts", "SELECT Id, LastName FROM Contact WHERE AccountId = '@{acct.id}'")
 *     .update("won", opportunityId, OpportunityPatch.builder().stageName("Closed Won").build())
 *     .send();
 * SalesforceId accountId = response.subresponse("acct").flatMap(r -> r.bodyAs(SaveResult.class))
 *     .flatMap(SaveResult::id).orElseThrow();
 * }</pre>
 *
 * <h2>All or none</h2>
 *
 * <p>{@code allOrNone} is {@code true} unless set: when one subrequest fails, Salesforce rolls
 * every earlier one back and answers the rest {@code PROCESSING_HALTED}; {@link
 * CompositeResponse#rolledBack()} says so. A failed subrequest is an answer, not an exception:
 * read {@link CompositeResponse#failures()}. Only a refusal of the whole request (a malformed one,
 * an expired session) is thrown.
 *
 * <h2>Checked as you build</h2>
 *
 * <p>A 26th subrequest, a sixth query, a referenceId used twice, or a reference to a subrequest
 * that does not come earlier fail at once with an {@link InvalidArgumentException} naming the
 * limit, before anything is sent.
 *
 * <p>A call is a builder: use it from one thread and send it once.
 */
public final class CompositeCall {
  private final ApiExchange exchange;
  private final ApiVersion version;
  private final List<CompositeSubrequest> subrequests = new ArrayList<>();
  private boolean allOrNone = true;
  private boolean collateSubrequests;

  /**
   * A call sent through an exchange; {@code SalesCloudClient.composite()} makes them.
   *
   * @param exchange the client's exchange
   * @param version the API version of the subrequests' urls
   */
  public CompositeCall(ApiExchange exchange, ApiVersion version) {
    this.exchange = InvalidArgumentException.requireNonNull(exchange, "exchange");
    this.version = InvalidArgumentException.requireNonNull(version, "version");
  }

  /**
   * Creates a record; its result body is a {@code SaveResult} whose id later subrequests use as
   * {@code Reference.id(referenceId)}.
   *
   * @param referenceId the name of this subrequest
   * @param record the record; no id, no read-only field
   * @return this call
   */
  public CompositeCall create(String referenceId, SObjectRecord record) {
    return create(referenceId, record, Map.of());
  }

  /**
   * Creates a record whose lookups point at records created or read earlier in this call.
   *
   * @param referenceId the name of this subrequest
   * @param record the record's own fields
   * @param references fields set to earlier results, e.g. {@code Map.of("AccountId",
   *     Reference.id("acct"))}
   * @return this call
   */
  public CompositeCall create(String referenceId, SObjectRecord record, Map<String, Reference> references) {
    return add(referenceId, Operation.create(record, references));
  }

  /**
   * Reads a record, with all fields or the ones named.
   *
   * @param referenceId the name of this subrequest
   * @param sobjectType the object's API name
   * @param id the record's id
   * @param fields the fields to read; none for all
   * @return this call
   */
  public CompositeCall get(String referenceId, String sobjectType, SalesforceId id, String... fields) {
    return add(referenceId, Operation.get(sobjectType, Operation.idOf(id, sobjectType), fields));
  }

  /**
   * Reads a record created or found earlier in this call.
   *
   * @param referenceId the name of this subrequest
   * @param sobjectType the object's API name
   * @param id a reference to the record's id, e.g. {@code Reference.id("acct")}
   * @param fields the fields to read; none for all
   * @return this call
   */
  public CompositeCall get(String referenceId, String sobjectType, Reference id, String... fields) {
    return add(referenceId, Operation.get(sobjectType, Operation.idOf(id), fields));
  }

  /**
   * Updates a record with a patch's changes.
   *
   * @param referenceId the name of this subrequest
   * @param id the record's id, of the patch's object
   * @param patch the changes
   * @return this call
   */
  public CompositeCall update(String referenceId, SalesforceId id, RecordPatch patch) {
    InvalidArgumentException.requireNonNull(patch, "patch");
    return add(referenceId, Operation.update(Operation.idOf(id, patch.sobjectType()), patch, Map.of()));
  }

  /**
   * Updates a record created or found earlier in this call, e.g. {@code
   * Reference.field("q", "records[0].Id")}.
   *
   * @param referenceId the name of this subrequest
   * @param id a reference to the record's id
   * @param patch the changes
   * @param references fields set to earlier results; may be empty
   * @return this call
   */
  public CompositeCall update(
      String referenceId, Reference id, RecordPatch patch, Map<String, Reference> references) {
    return add(referenceId, Operation.update(Operation.idOf(id), patch, references));
  }

  /**
   * Inserts or updates a record by an external id; its result body is an {@code UpsertResult}.
   *
   * @param referenceId the name of this subrequest
   * @param externalIdField the external id field, e.g. {@code Erp_Id__c}
   * @param value the external id value
   * @param record the record's other fields
   * @return this call
   */
  public CompositeCall upsert(String referenceId, String externalIdField, String value, SObjectRecord record) {
    return add(referenceId, Operation.upsert(externalIdField, value, record));
  }

  /**
   * Deletes a record.
   *
   * @param referenceId the name of this subrequest
   * @param sobjectType the object's API name
   * @param id the record's id
   * @return this call
   */
  public CompositeCall delete(String referenceId, String sobjectType, SalesforceId id) {
    return add(referenceId, Operation.delete(sobjectType, Operation.idOf(id, sobjectType)));
  }

  /**
   * Deletes a record created or found earlier in this call.
   *
   * @param referenceId the name of this subrequest
   * @param sobjectType the object's API name
   * @param id a reference to the record's id
   * @return this call
   */
  public CompositeCall delete(String referenceId, String sobjectType, Reference id) {
    return add(referenceId, Operation.delete(sobjectType, Operation.idOf(id)));
  }

  /**
   * Runs a SOQL query built with {@code Soql}; read its rows with {@link
   * dev.salescloud.model.composite.CompositeSubresponse#queryResult(Class)}. At most five queries
   * per call.
   *
   * @param referenceId the name of this subrequest
   * @param query the query
   * @return this call
   */
  public CompositeCall query(String referenceId, SoqlBuilder query) {
    return query(referenceId, InvalidArgumentException.requireNonNull(query, "query").build());
  }

  /**
   * Runs a parsed or built SOQL query.
   *
   * @param referenceId the name of this subrequest
   * @param query the query
   * @return this call
   */
  public CompositeCall query(String referenceId, SoqlQuery query) {
    return add(referenceId, Operation.query(query, false));
  }

  /**
   * Runs a SOQL query written by hand, parsed before anything is sent; string literals may hold
   * references such as {@code '@{acct.id}'}.
   *
   * @param referenceId the name of this subrequest
   * @param soql the query text
   * @return this call
   */
  public CompositeCall query(String referenceId, String soql) {
    return query(referenceId, SoqlParser.parse(soql));
  }

  /**
   * Whether a failure rolls every subrequest back; {@code true} unless set.
   *
   * @param allOrNone {@code false} to keep what succeeded
   * @return this call
   */
  public CompositeCall allOrNone(boolean allOrNone) {
    this.allOrNone = allOrNone;
    return this;
  }

  /**
   * Whether Salesforce may run independent subrequests together; {@code false} unless set, so
   * they run in the order given.
   *
   * @param collateSubrequests {@code true} to let Salesforce collate
   * @return this call
   */
  public CompositeCall collateSubrequests(boolean collateSubrequests) {
    this.collateSubrequests = collateSubrequests;
    return this;
  }

  /**
   * The request this call sends.
   *
   * @return the request
   * @throws InvalidArgumentException if the call has no subrequest
   */
  public CompositeRequest toRequest() {
    return CompositeRequest.builder()
        .allOrNone(allOrNone)
        .collateSubrequests(collateSubrequests)
        .subrequests(subrequests)
        .build();
  }

  /**
   * Sends the call: one API call, whatever the number of subrequests.
   *
   * @return each subrequest's status, body and errors, in order
   * @throws InvalidArgumentException if the call has no subrequest
   */
  public CompositeResponse send() {
    return send(RequestOptions.none());
  }

  /**
   * Sends the call with per-call options. A composite is never replayed once it may have run.
   *
   * @param options the call's timeout and extra headers
   * @return each subrequest's status, body and errors, in order
   */
  public CompositeResponse send(RequestOptions options) {
    InvalidArgumentException.requireNonNull(options, "options");
    CompositeRequest request = toRequest();
    return exchange.call(
        "POST", version.basePath() + "/composite", exchange.mapper().valueToTree(request), false,
        options, new TypeReference<CompositeResponse>() {});
  }

  private CompositeCall add(String referenceId, Operation operation) {
    CompositeSubrequest subrequest = CompositeSubrequest.builder()
        .method(operation.method)
        .url(version.basePath() + operation.path)
        .referenceId(InvalidArgumentException.requireNonNull(referenceId, "referenceId"))
        .body(operation.body)
        .build();
    List<CompositeSubrequest> next = new ArrayList<>(subrequests);
    next.add(subrequest);
    CompositeRequest.builder().subrequests(next).build();   // the limits, checked as each is added
    subrequests.add(subrequest);
    return this;
  }

  /** Shows the number of subrequests and the flags, never record values. */
  @Override
  public String toString() {
    return "CompositeCall{" + subrequests.size() + " subrequests, allOrNone=" + allOrNone
        + ", collateSubrequests=" + collateSubrequests + "}";
  }
}
