package dev.salescloud.client;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.result.UpsertAmbiguity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An upsert by external id matched more than one record, so Salesforce wrote nothing and answered
 * {@code 300 Multiple Choices} with the matching records. Retrying the same upsert fails the same
 * way: update one of the {@link #ids()} by id, or clean up the duplicates and make the field
 * unique (its External ID and Unique attributes).
 *
 * <pre>{@code
 * try {
 *   sf.contacts().upsert("Legacy_Id__c", "C-1042", contact);
 * } catch (AmbiguousExternalIdException e) {
 *   SalesforceId first = e.ids().get(0);
 *   sf.contacts().update(first, patch);
 * }
 * }</pre>
 *
 * <p>It is an {@link ApiException} with status 300 and no Salesforce errors (Salesforce sends a
 * list of record URLs, not an error array); {@link #retryable()} is {@code false}. The message
 * names the field and the matched ids, never a field value of a record.
 */
public final class AmbiguousExternalIdException extends ApiException {
  private static final long serialVersionUID = 1L;
  private static final int IDS_IN_MESSAGE = 10;

  private final String externalIdField;
  private final List<String> urls;
  private final List<SalesforceId> ids;

  /**
   * Creates the exception.
   *
   * @param externalIdField the external id field the upsert matched on
   * @param matches the records Salesforce listed
   * @param method the request's HTTP method
   * @param path the request's path
   */
  public AmbiguousExternalIdException(
      String externalIdField, UpsertAmbiguity matches, String method, String path) {
    super(300, List.of(), method, path, hint(externalIdField, matches));
    this.externalIdField = externalIdField;
    this.urls = matches.urls();
    this.ids = matches.ids();
  }

  /**
   * The external id field the upsert matched on.
   *
   * @return for example {@code Legacy_Id__c}
   */
  public String externalIdField() {
    return externalIdField;
  }

  /**
   * The ids of the records the value matched, in Salesforce's order.
   *
   * @return at least one id (Salesforce lists two or more)
   */
  public List<SalesforceId> ids() {
    return ids;
  }

  /**
   * The URLs of the matched records, as Salesforce listed them.
   *
   * @return for example {@code [/services/data/v66.0/sobjects/Contact/003..., ...]}
   */
  public List<String> urls() {
    return urls;
  }

  /**
   * The matched records as the model's value.
   *
   * @return the ambiguity
   */
  public UpsertAmbiguity matches() {
    return UpsertAmbiguity.of(urls);
  }

  private static String hint(String field, UpsertAmbiguity matches) {
    List<SalesforceId> ids = matches.ids();
    String shown =
        ids.stream().limit(IDS_IN_MESSAGE).map(SalesforceId::value).collect(Collectors.joining(", "));
    if (ids.size() > IDS_IN_MESSAGE) {
      shown += ", ... (" + (ids.size() - IDS_IN_MESSAGE) + " more)";
    }
    return "The external id field " + field + " matched " + ids.size() + " records, so nothing was"
        + " written: [" + shown + "]. Update one of them by id, or remove the duplicates and make "
        + field + " unique";
  }
}
