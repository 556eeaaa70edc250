package dev.salescloud.client.sobject;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.model.sales.Account;
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
 * <p>Everything {@link RecordClient} does (create, get, update, upsert, delete, describe, each with
 * {@link dev.salescloud.client.RequestOptions}) with {@link Account} records and {@link AccountPatch} changes.
 * Get it from {@link dev.salescloud.client.SalesCloudClient#accounts()}; thread-safe.
 */
public final class AccountClient extends RecordClient<Account, AccountPatch> {

  /**
   * Creates the sub-client; {@link dev.salescloud.client.SalesCloudClient} does this.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   */
  public AccountClient(ApiExchange exchange, ApiVersion version) {
    super(exchange, version, Account.SOBJECT_TYPE, new TypeReference<Account>() {});
  }
}
