package dev.salescloud.client.sobject;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.OpportunityPatch;

/**
 * Reads and writes Opportunity records.
 *
 * <pre>{@code
 * SalesforceId deal = sf.opportunities().create(Opportunity.builder().name("Acme - 50 seats")
 *     .stageName(Opportunity.Stage.PROSPECTING).closeDate(LocalDate.of(2026, 9, 30))
 *     .amount(new BigDecimal("50000")).build());
 * sf.opportunities().update(deal,
 *     OpportunityPatch.builder().stageName(Opportunity.Stage.CLOSED_WON).build());
 * }</pre>
 *
 * <p>Everything {@link RecordClient} does (create, get, update, upsert, delete, describe, each with
 * {@link dev.salescloud.client.RequestOptions}) with {@link Opportunity} records and {@link OpportunityPatch} changes.
 * Get it from {@link dev.salescloud.client.SalesCloudClient#opportunities()}; thread-safe.
 */
public final class OpportunityClient extends RecordClient<Opportunity, OpportunityPatch> {

  /**
   * Creates the sub-client; {@link dev.salescloud.client.SalesCloudClient} does this.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   */
  public OpportunityClient(ApiExchange exchange, ApiVersion version) {
    super(exchange, version, Opportunity.SOBJECT_TYPE, new TypeReference<Opportunity>() {});
  }
}
