package dev.salescloud.testkit.rest;

/**
 * Thrown out of an {@link dev.salescloud.testkit.store.OrgStore#atomically} block to make the
 * store undo the block's writes once a call has decided to fail as a whole; carries no stack trace.
 */
final class Rollback extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Rollback() {
    super("rolled back", null, false, false);
  }
}
