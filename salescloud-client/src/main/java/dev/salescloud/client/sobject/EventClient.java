package dev.salescloud.client.sobject;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.model.sales.Event;
import dev.salescloud.model.sales.EventPatch;

/**
 * Reads and writes Event records: meetings and other calendar entries on the activity timeline.
 *
 * <pre>{@code
 * Instant start = Instant.parse("2026-05-04T15:00:00Z");
 * SalesforceId meeting = sf.events().create(Event.builder().subject("Demo").whatId(dealId)
 *     .startDateTime(start).endDateTime(start.plus(Duration.ofHours(1))).build());
 * sf.events().update(meeting, EventPatch.builder().location("Zoom").build());
 * }</pre>
 *
 * <p>Everything {@link RecordClient} does (create, get, update, upsert, delete, describe, each with
 * {@link dev.salescloud.client.RequestOptions}) with {@link Event} records and {@link EventPatch} changes.
 * Get it from {@link dev.salescloud.client.SalesCloudClient#events()}; thread-safe.
 */
public final class EventClient extends RecordClient<Event, EventPatch> {

  /**
   * Creates the sub-client; {@link dev.salescloud.client.SalesCloudClient} does this.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   */
  public EventClient(ApiExchange exchange, ApiVersion version) {
    super(exchange, version, Event.SOBJECT_TYPE, new TypeReference<Event>() {});
  }
}
