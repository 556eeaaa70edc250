package dev.salescloud.testkit.bulk;

import java.time.Instant;

/** Who created a job, when, at which API version, and the id it got. */
final class JobIdentity {
  final String id;
  final String createdById;
  final Instant now;
  final int version;

  JobIdentity(String id, String createdById, Instant now, int version) {
    this.id = id;
    this.createdById = createdById;
    this.now = now;
    this.version = version;
  }

  /** Shows the id and version. */
  @Override
  public String toString() {
    return "JobIdentity{" + id + ", v" + version + ".0}";
  }
}
