package dev.salescloud.client.activity;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which activities to read: about a record, of an owner, in a date range, open or completed. Every
 * part is optional; the parts given must all hold. Immutable: each method returns a changed copy.
 *
 * <pre>{@code
 * ActivityFilter openForDeal = ActivityFilter.all().about(dealId).open();
 * ActivityFilter adasWeek = ActivityFilter.all().ownedBy(adaId)
 *     .between(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8)).completed();
 * List<Activity> timeline = sf.activities().list(adasWeek);
 * }</pre>
 *
 * <p>A record is matched by {@code WhoId} when it is a lead or contact, by {@code WhatId}
 * otherwise (account, opportunity, ...). The date range holds a task by its due date ({@code
 * ActivityDate}) and an event by its start ({@code StartDateTime}, or {@code ActivityDate} for
 * all-day events), both days included, in UTC.
 */
public final class ActivityFilter {
  /** Whether activities are still to do or done; see {@link dev.salescloud.model.sales.Activity#isOpenAt}. */
  public enum State {
    /** Open and completed. */
    ANY,
    /** Open tasks ({@code IsClosed = false}) and events that have not ended. */
    OPEN,
    /** Completed tasks and events that have ended. */
    COMPLETED
  }

  private static final ActivityFilter ALL =
      new ActivityFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          State.ANY);

  private final Optional<SalesforceId> about;
  private final Optional<SalesforceId> owner;
  private final Optional<LocalDate> from;
  private final Optional<LocalDate> to;
  private final State state;

  private ActivityFilter(Optional<SalesforceId> about, Optional<SalesforceId> owner,
      Optional<LocalDate> from, Optional<LocalDate> to, State state) {
    this.about = about;
    this.owner = owner;
    this.from = from;
    this.to = to;
    this.state = state;
  }

  /**
   * Every activity the user can see; narrow it with the other methods.
   *
   * @return the filter that holds everything
   */
  public static ActivityFilter all() {
    return ALL;
  }

  /**
   * Only activities about a record: a lead or contact ({@code WhoId}), or an account,
   * opportunity or other record ({@code WhatId}).
   *
   * @param recordId the record
   * @return a changed copy
   */
  public ActivityFilter about(SalesforceId recordId) {
    InvalidArgumentException.requireNonNull(recordId, "recordId");
    return new ActivityFilter(Optional.of(recordId), owner, from, to, state);
  }

  /**
   * Only activities a user owns.
   *
   * @param ownerId a User id
   * @return a changed copy
   * @throws InvalidArgumentException if the id is not a user's
   */
  public ActivityFilter ownedBy(SalesforceId ownerId) {
    InvalidArgumentException.requireNonNull(ownerId, "ownerId");
    ownerId.requireType("User");
    return new ActivityFilter(about, Optional.of(ownerId), from, to, state);
  }

  /**
   * Only activities dated in a range of days, both included.
   *
   * @param first the first day
   * @param last the last day
   * @return a changed copy
   * @throws InvalidArgumentException if the range ends before it starts
   */
  public ActivityFilter between(LocalDate first, LocalDate last) {
    InvalidArgumentException.requireNonNull(first, "first");
    InvalidArgumentException.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new InvalidArgumentException(
          "last", "The range ends on " + last + ", before its first day " + first);
    }
    return new ActivityFilter(about, owner, Optional.of(first), Optional.of(last), state);
  }

  /**
   * Only open activities: tasks not closed, events not ended.
   *
   * @return a changed copy
   */
  public ActivityFilter open() {
    return new ActivityFilter(about, owner, from, to, State.OPEN);
  }

  /**
   * Only completed activities: closed tasks, ended events.
   *
   * @return a changed copy
   */
  public ActivityFilter completed() {
    return new ActivityFilter(about, owner, from, to, State.COMPLETED);
  }

  /**
   * The record the activities are about.
   *
   * @return the record's id; empty for any
   */
  public Optional<SalesforceId> recordId() {
    return about;
  }

  /**
   * The owner.
   *
   * @return the user's id; empty for any
   */
  public Optional<SalesforceId> ownerId() {
    return owner;
  }

  /**
   * The first day of the range.
   *
   * @return the day; empty for no range
   */
  public Optional<LocalDate> firstDay() {
    return from;
  }

  /**
   * The last day of the range, included.
   *
   * @return the day; empty for no range
   */
  public Optional<LocalDate> lastDay() {
    return to;
  }

  /**
   * Open, completed or both.
   *
   * @return the state
   */
  public State state() {
    return state;
  }

  /** Shows the ids, the days and the state. */
  @Override
  public String toString() {
    return "ActivityFilter{" + about.map(id -> "about " + id + ", ").orElse("")
        + owner.map(id -> "owner " + id + ", ").orElse("")
        + from.map(f -> f + ".." + to.orElseThrow() + ", ").orElse("") + state + "}";
  }
}
