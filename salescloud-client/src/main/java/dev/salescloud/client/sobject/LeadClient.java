package dev.salescloud.client.sobject;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;

/**
 * Reads and writes Lead records.
 *
 * <pre>{@code
 * SalesforceId id = sf.leads().create(Lead.builder().lastName("Ng").company("Acme")
 *     .leadSource(Lead.LeadSource.WEB).build());
 * sf.leads().update(id, LeadPatch.builder().status(Lead.Status.WORKING_CONTACTED).build());
 * Lead lead = sf.leads().get(id, "Name", "Status");
 * }</pre>
 *
 * <p>Assignment rules run on Lead creates unless the call says otherwise: pass {@code
 * RequestOptions.builder().autoAssign(false).build()} to keep the owner you set.
 *
 * <p>Everything {@link RecordClient} does (create, get, update, upsert, delete, describe, each with
 * {@link dev.salescloud.client.RequestOptions}) with {@link Lead} records and {@link LeadPatch} changes.
 * Get it from {@link dev.salescloud.client.SalesCloudClient#leads()}; thread-safe.
 */
public final class LeadClient extends RecordClient<Lead, LeadPatch> {

  /**
   * Creates the sub-client; {@link dev.salescloud.client.SalesCloudClient} does this.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   */
  public LeadClient(ApiExchange exchange, ApiVersion version) {
    super(exchange, version, Lead.SOBJECT_TYPE, new TypeReference<Lead>() {});
  }
}
