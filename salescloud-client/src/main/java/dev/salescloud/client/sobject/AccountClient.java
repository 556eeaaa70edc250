package dev.salescloud.client.sobject;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.client.Query;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlBuilder;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Opportunity;
import java.util.Optional;
import dev.salescloud.model.sales.AccountPatch;

/**
 * Reads and writes Account records.
 *
 * <pre>{@code
 * SalesforceId acme = sf.accounts().create(Account.builder().name("Acme")
 *     .industry(Industry.MANUFACTURING).build());
 * sf.accounts().update(acme, AccountPatch.builder().type(Account.Type.CUSTOMER_DIRECT).build());
 * UpsertResult r = sf.accounts().upsert("Erp_Number__c", "A-1042",
 *     Account.builder().name("Acme").build());
 * }</pre>
 *
 * <h2>Hierarchy and related records</h2>
 *
 * <pre>{@code
 * Optional<Account> parent = sf.accounts().parent(acme);
 * for (Account child : sf.accounts().children(acme)) { ... }
 * List<Contact> people = sf.accounts().contacts(acme).toList();
 * long open = sf.accounts().opportunities(acme, "Id", "StageName").count();
 * }</pre>
 *
 * <p>The helpers return lazy {@link Query} results with a default set of fields, or the fields you
 * name.
 *
 * <p>Everything {@link RecordClient} does (create, get, update, upsert, delete, describe, each with
 * {@link dev.salescloud.client.RequestOptions}) with {@link Account} records and {@link AccountPatch} changes.
 * Get it from {@link dev.salescloud.client.SalesCloudClient#accounts()}; thread-safe.
 */
public final class AccountClient extends RecordClient<Account, AccountPatch> {
  /** The fields {@link #children(SalesforceId)} reads. */
  public static final String ACCOUNT_FIELDS = "Id, Name, ParentId, Type, Industry, OwnerId";

  /** The fields {@link #contacts(SalesforceId)} reads. */
  public static final String CONTACT_FIELDS =
      "Id, Name, FirstName, LastName, Title, Email, Phone, AccountId, OwnerId";

  /** The fields {@link #opportunities(SalesforceId)} reads. */
  public static final String OPPORTUNITY_FIELDS =
      "Id, Name, StageName, CloseDate, Amount, Probability, IsClosed, IsWon, AccountId, OwnerId";

  private final ApiVersion version;

  /**
   * Creates the sub-client; {@link dev.salescloud.client.SalesCloudClient} does this.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   */
  public AccountClient(ApiExchange exchange, ApiVersion version) {
    super(exchange, version, Account.SOBJECT_TYPE, new TypeReference<Account>() {});
    this.version = version;
  }

  /**
   * The account's parent ({@code ParentId}), read with every field.
   *
   * @param accountId the account
   * @return the parent, or empty for a top-level account
   */
  public Optional<Account> parent(SalesforceId accountId) {
    return get(accountId, "ParentId").parentId().map(this::get);
  }

  /**
   * The accounts whose parent is this one, with the default fields ({@value #ACCOUNT_FIELDS}).
   *
   * @param accountId the parent account
   * @return the children, lazily
   */
  public Query<Account> children(SalesforceId accountId) {
    return children(accountId, ACCOUNT_FIELDS.split(", "));
  }

  /**
   * The accounts whose parent is this one, with the given fields.
   *
   * @param accountId the parent account
   * @param fields field API names (paths such as {@code Owner.Name} too)
   * @return the children, lazily
   */
  public Query<Account> children(SalesforceId accountId, String... fields) {
    return related(Account.class, Account.SOBJECT_TYPE, "ParentId", accountId, fields);
  }

  /**
   * The account's contacts, with the default fields ({@value #CONTACT_FIELDS}).
   *
   * @param accountId the account
   * @return the contacts, lazily
   */
  public Query<Contact> contacts(SalesforceId accountId) {
    return contacts(accountId, CONTACT_FIELDS.split(", "));
  }

  /**
   * The account's contacts, with the given fields.
   *
   * @param accountId the account
   * @param fields field API names
   * @return the contacts, lazily
   */
  public Query<Contact> contacts(SalesforceId accountId, String... fields) {
    return related(Contact.class, Contact.SOBJECT_TYPE, "AccountId", accountId, fields);
  }

  /**
   * The account's opportunities, with the default fields ({@value #OPPORTUNITY_FIELDS}).
   *
   * @param accountId the account
   * @return the opportunities, lazily
   */
  public Query<Opportunity> opportunities(SalesforceId accountId) {
    return opportunities(accountId, OPPORTUNITY_FIELDS.split(", "));
  }

  /**
   * The account's opportunities, with the given fields.
   *
   * @param accountId the account
   * @param fields field API names
   * @return the opportunities, lazily
   */
  public Query<Opportunity> opportunities(SalesforceId accountId, String... fields) {
    return related(Opportunity.class, Opportunity.SOBJECT_TYPE, "AccountId", accountId, fields);
  }

  private <T> Query<T> related(
      Class<T> type, String object, String lookup, SalesforceId accountId, String... fields) {
    InvalidArgumentException.requireNonNull(accountId, "accountId");
    InvalidArgumentException.requireNonNull(fields, "fields");
    if (fields.length == 0) {
      throw new InvalidArgumentException("fields", "Name at least one field to read");
    }
    SoqlBuilder query =
        Soql.select((Object[]) fields)
            .from(object)
            .where(Soql.field(lookup).eq(accountId.requireType(Account.SOBJECT_TYPE)))
            .orderBy(Soql.field("Id").asc());
    return Query.of(exchange(), version, query.build(), type, false);
  }
}
