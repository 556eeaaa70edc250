package dev.salescloud.model.sales;

import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of an activity timeline: a {@link Task} or an {@link Event} seen through the same
 * questions — what kind it is, when it happens, who and what it is about, whether it is done. It
 * is a read-only view, not an sObject: build it from a record with {@link #of(Task)}, {@link
 * #of(Event)} or {@link #from(SObjectRecord)}, and reach the record itself through {@link
 * #task()}, {@link #event()} or {@link #record()}.
 *
 * <h2>Building a timeline</h2>
 *
 * <pre>{@code
 * // from typed lists
 * List<Activity> timeline = Stream.concat(
 *         tasks.stream().map(Activity::of),
 *         events.stream().map(Activity::of))
 *     .sorted(Activity.timelineOrder())
 *     .toList();
 *
 * // from a mixed list of Task and Event rows, typed or generic (SObject)
 * List<Activity> latestFirst = rows.stream()
 *     .map(Activity::from)
 *     .sorted(Activity.newestFirst())
 *     .toList();
 * long openCalls = timeline.stream()
 *     .filter(a -> a.kind() == Activity.Kind.CALL && a.isOpenAt(Instant.now()))
 *     .count();
 * }</pre>
 *
 * <h2>When an activity happens</h2>
 *
 * <p>{@link #when()} is the moment the activity sorts by:
 *
 * <ul>
 *   <li>a task: its due date ({@code ActivityDate}), else the moment it was completed ({@code
 *       CompletedDateTime});
 *   <li>an all-day event: its date ({@code ActivityDate});
 *   <li>any other event: its start ({@code StartDateTime}, else {@code ActivityDateTime}, else
 *       {@code ActivityDate}).
 * </ul>
 *
 * <p>A date without time counts as midnight UTC, exactly as Salesforce stores it ({@link
 * #isDateOnly()} says when that is the case), so a task due on a day sorts before that day's
 * timed events.
 *
 * <p>{@link Kind} is the SDK's own classification, not a Salesforce picklist. Instances are
 * immutable and thread-safe; {@code toString()} shows the kind and id only.
 */
@SalesCloudStyle
@Value.Immutable
public abstract class Activity {
  private static final Comparator<Activity> TIMELINE_ORDER =
      Comparator.comparing(
              (Activity a) -> a.when().orElse(null),
              Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
          .thenComparing(
              a -> a.id().orElse(null), Comparator.nullsLast(Comparator.<SalesforceId>naturalOrder()));

  private static final Comparator<Activity> NEWEST_FIRST =
      Comparator.comparing(
              (Activity a) -> a.when().orElse(null),
              Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
          .thenComparing(
              a -> a.id().orElse(null), Comparator.nullsLast(Comparator.<SalesforceId>naturalOrder()));

  Activity() {}

  /** What an activity is, as the SDK classifies it. */
  public enum Kind {
    /** A task that is not a call: a to-do, an email, a LinkedIn message, ... */
    TASK,
    /** A calendar event. */
    EVENT,
    /** A task with {@code TaskSubtype} Call, or with a {@code CallType}. */
    CALL
  }

  /**
   * The task this activity was built from.
   *
   * @return the task; empty for an event
   */
  public abstract Optional<Task> task();

  /**
   * The event this activity was built from.
   *
   * @return the event; empty for a task
   */
  public abstract Optional<Event> event();

  /** Holds exactly one record. */
  @Value.Check
  protected void checkOneRecord() {
    if (task().isPresent() == event().isPresent()) {
      throw new InvalidArgumentException(
          "record", "An activity is built from exactly one Task or one Event");
    }
  }

  /**
   * The activity of a task: a {@link Kind#CALL} when its {@code TaskSubtype} is Call or it has a
   * {@code CallType}, else a {@link Kind#TASK}.
   *
   * @param task the task
   * @return the activity
   */
  public static Activity of(Task task) {
    InvalidArgumentException.requireNonNull(task, "task");
    return ImmutableActivity.builder().task(task).build();
  }

  /**
   * The activity of an event.
   *
   * @param event the event
   * @return the activity
   */
  public static Activity of(Event event) {
    InvalidArgumentException.requireNonNull(event, "event");
    return ImmutableActivity.builder().event(event).build();
  }

  /**
   * The activity of a record of a mixed list: a {@link Task}, an {@link Event}, or a generic
   * {@link SObject} of type {@code Task} or {@code Event} (read as the typed record).
   *
   * @param record the record
   * @return the activity
   * @throws InvalidArgumentException if the record is of another object, or a generic record does
   *     not fit the typed one
   */
  public static Activity from(SObjectRecord record) {
    InvalidArgumentException.requireNonNull(record, "record");
    if (record instanceof Task) {
      return of((Task) record);
    }
    if (record instanceof Event) {
      return of((Event) record);
    }
    if (record instanceof SObject && Task.SOBJECT_TYPE.equals(record.sobjectType())) {
      return of(((SObject) record).as(Task.class));
    }
    if (record instanceof SObject && Event.SOBJECT_TYPE.equals(record.sobjectType())) {
      return of(((SObject) record).as(Event.class));
    }
    throw new InvalidArgumentException(
        "record",
        "A "
            + record.sobjectType()
            + " record is not an activity: give a Task or an Event (typed, or an SObject of"
            + " type Task or Event)");
  }

  /**
   * The oldest first, activities without a date last; ties broken by id.
   *
   * @return the comparator of a timeline
   */
  public static Comparator<Activity> timelineOrder() {
    return TIMELINE_ORDER;
  }

  /**
   * The newest first, activities without a date last; ties broken by id.
   *
   * @return the comparator of a feed
   */
  public static Comparator<Activity> newestFirst() {
    return NEWEST_FIRST;
  }

  /**
   * The task or event.
   *
   * @return the record this activity was built from
   */
  public SObjectRecord record() {
    return task().<SObjectRecord>map(t -> t).orElseGet(() -> event().orElseThrow());
  }

  /**
   * What the activity is.
   *
   * @return {@link Kind#EVENT} for events; for tasks {@link Kind#CALL} or {@link Kind#TASK}
   */
  public Kind kind() {
    if (event().isPresent()) {
      return Kind.EVENT;
    }
    Task task = task().orElseThrow();
    boolean call =
        task.taskSubtype().filter(Task.TaskSubtype.CALL::equals).isPresent()
            || task.callType().isPresent();
    return call ? Kind.CALL : Kind.TASK;
  }

  /**
   * The record's id.
   *
   * @return the id; empty for a record not read from Salesforce
   */
  public Optional<SalesforceId> id() {
    return record().id();
  }

  /**
   * {@code Subject}.
   *
   * @return the subject
   */
  public Optional<String> subject() {
    return task().isPresent() ? task().get().subject() : event().orElseThrow().subject();
  }

  /**
   * The moment the activity sorts by (see the type's documentation); a date counts as midnight
   * UTC.
   *
   * @return the moment; empty for a task with neither due date nor completion, or an event
   *     without date
   */
  public Optional<Instant> when() {
    if (task().isPresent()) {
      Task task = task().get();
      return task.activityDate().map(Activity::midnightUtc).or(task::completedDateTime);
    }
    Event event = event().orElseThrow();
    if (event.isAllDayEvent().orElse(false) && event.activityDate().isPresent()) {
      return event.activityDate().map(Activity::midnightUtc);
    }
    return event
        .startDateTime()
        .or(event::activityDateTime)
        .or(() -> event.activityDate().map(Activity::midnightUtc));
  }

  /**
   * Whether {@link #when()} comes from a date without time ({@code ActivityDate}).
   *
   * @return {@code true} for due dates and all-day events
   */
  public boolean isDateOnly() {
    if (task().isPresent()) {
      return task().get().activityDate().isPresent();
    }
    Event event = event().orElseThrow();
    if (event.isAllDayEvent().orElse(false) && event.activityDate().isPresent()) {
      return true;
    }
    return event.startDateTime().isEmpty()
        && event.activityDateTime().isEmpty()
        && event.activityDate().isPresent();
  }

  /**
   * The day of {@link #when()}, in UTC (for a date-only activity, its date).
   *
   * @return the day
   */
  public Optional<LocalDate> date() {
    return when().map(w -> LocalDate.ofInstant(w, ZoneOffset.UTC));
  }

  /**
   * When an event ends: {@code EndDateTime}, else the start plus {@code DurationInMinutes}, else
   * for an all-day event the end of its day (UTC).
   *
   * @return the end; always empty for tasks
   */
  public Optional<Instant> end() {
    if (event().isEmpty()) {
      return Optional.empty();
    }
    Event event = event().get();
    if (event.endDateTime().isPresent()) {
      return event.endDateTime();
    }
    Optional<Instant> start = when();
    if (start.isPresent() && event.durationInMinutes().isPresent()) {
      return Optional.of(start.get().plus(Duration.ofMinutes(event.durationInMinutes().get())));
    }
    if (isDateOnly()) {
      return start.map(s -> s.plus(Duration.ofDays(1)));
    }
    return Optional.empty();
  }

  /**
   * {@code WhoId}: the lead or contact.
   *
   * @return the person's id
   */
  public Optional<SalesforceId> whoId() {
    return task().isPresent() ? task().get().whoId() : event().orElseThrow().whoId();
  }

  /**
   * {@code WhatId}: the related record.
   *
   * @return the related record's id
   */
  public Optional<SalesforceId> whatId() {
    return task().isPresent() ? task().get().whatId() : event().orElseThrow().whatId();
  }

  /**
   * {@code AccountId}, as Salesforce derived it.
   *
   * @return the account's id
   */
  public Optional<SalesforceId> accountId() {
    return task().isPresent() ? task().get().accountId() : event().orElseThrow().accountId();
  }

  /**
   * {@code OwnerId}.
   *
   * @return the owner's id
   */
  public Optional<SalesforceId> ownerId() {
    return task().isPresent() ? task().get().ownerId() : event().orElseThrow().ownerId();
  }

  /**
   * A task's {@code Status}.
   *
   * @return the status; always empty for events, which have none
   */
  public Optional<String> status() {
    return task().flatMap(Task::status);
  }

  /**
   * Whether the activity is done at the given moment: a task once it is closed ({@code
   * IsClosed}; when that was not read, a {@code CompletedDateTime} or the status Completed), an
   * event once it has ended ({@link #end()}, else {@link #when()}).
   *
   * @param now the moment to judge by, usually {@code Instant.now()}
   * @return {@code true} if completed
   */
  public boolean isCompletedAt(Instant now) {
    InvalidArgumentException.requireNonNull(now, "now");
    if (task().isPresent()) {
      Task task = task().get();
      return task.isClosed()
          .orElseGet(
              () ->
                  task.completedDateTime().isPresent()
                      || task.status().filter(Task.Status.COMPLETED::equals).isPresent());
    }
    return end().or(this::when).map(end -> !end.isAfter(now)).orElse(false);
  }

  /**
   * Whether the activity is still open at the given moment; the opposite of {@link
   * #isCompletedAt(Instant)}.
   *
   * @param now the moment to judge by
   * @return {@code true} if open
   */
  public boolean isOpenAt(Instant now) {
    return !isCompletedAt(now);
  }

  /**
   * A call's duration, from {@code CallDurationInSeconds}.
   *
   * @return the duration; empty for events and tasks without one
   */
  public Optional<Duration> callDuration() {
    return task().flatMap(Task::callDurationInSeconds).map(Duration::ofSeconds);
  }

  /** Shows the kind and the id only: the rest may be personal data. */
  @Override
  public String toString() {
    return "Activity{" + kind() + id().map(id -> " " + id).orElse("") + "}";
  }

  private static Instant midnightUtc(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
