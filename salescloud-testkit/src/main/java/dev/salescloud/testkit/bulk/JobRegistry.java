package dev.salescloud.testkit.bulk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The jobs of one kind, by id, in creation order; ids come from a counter shared by both kinds. */
final class JobRegistry<J extends Job> {
  private final Map<String, J> jobs = new LinkedHashMap<>();
  private final AtomicLong ids;
  private final OrgStore store;

  JobRegistry(AtomicLong ids, OrgStore store) {
    this.ids = ids;
    this.store = store;
  }

  /** Who, when and which id for a job created now at an API version. */
  JobIdentity identity(int version) {
    String digits = String.format("%010d", ids.incrementAndGet());
    String id = SalesforceId.of("7505g" + digits).value();
    return new JobIdentity(id, store.runningUserId().value(), now(), version);
  }

  Instant now() {
    return store.clock().instant().truncatedTo(ChronoUnit.MILLIS);
  }

  J add(J job) {
    jobs.put(job.id, job);
    return job;
  }

  /** The job with an id, 15 or 18 characters; an unknown or deleted one is 404 NOT_FOUND. */
  J require(String id) {
    J job = SalesforceId.isValid(id) ? jobs.get(SalesforceId.of(id).value()) : null;
    if (job == null) {
      throw SalesforceFault.notFound();
    }
    return job;
  }

  /** Deletes a finished job. */
  void delete(String id) {
    J job = require(id);
    job.requireDeletable();
    jobs.remove(job.id);
  }

  /** The list resource: {@code {"done":true,"records":[JobInfo...],"nextRecordsUrl":null}}. */
  ObjectNode list() {
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    list.put("done", true);
    ArrayNode records = list.putArray("records");
    jobs.values().forEach(j -> records.add(j.detail()));
    list.putNull("nextRecordsUrl");
    return list;
  }

  /** Shows the number of jobs. */
  @Override
  public String toString() {
    return "JobRegistry{" + jobs.size() + " jobs}";
  }
}
