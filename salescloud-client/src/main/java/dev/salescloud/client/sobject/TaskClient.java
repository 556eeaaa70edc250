package dev.salescloud.client.sobject;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.model.sales.Task;
import dev.salescloud.model.sales.TaskPatch;

/**
 * Reads and writes Task records: to-dos, calls and emails on the activity timeline.
 *
 * <pre>{@code
 * SalesforceId call = sf.tasks().create(Task.builder().subject("Call back").whoId(leadId)
 *     .activityDate(LocalDate.of(2026, 5, 4)).build());
 * sf.tasks().update(call, TaskPatch.builder().status(Task.Status.COMPLETED).build());
 * }</pre>
 *
 * <p>Everything {@link RecordClient} does (create, get, update, upsert, delete, describe, each with
 * {@link dev.salescloud.client.RequestOptions}) with {@link Task} records and {@link TaskPatch} changes.
 * Get it from {@link dev.salescloud.client.SalesCloudClient#tasks()}; thread-safe.
 */
public final class TaskClient extends RecordClient<Task, TaskPatch> {

  /**
   * Creates the sub-client; {@link dev.salescloud.client.SalesCloudClient} does this.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   */
  public TaskClient(ApiExchange exchange, ApiVersion version) {
    super(exchange, version, Task.SOBJECT_TYPE, new TypeReference<Task>() {});
  }
}
