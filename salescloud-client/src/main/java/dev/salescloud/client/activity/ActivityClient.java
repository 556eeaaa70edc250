package dev.salescloud.client.activity;

import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.client.Query;
import dev.salescloud.client.soql.Condition;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlBuilder;
import dev.salescloud.client.sobject.EventClient;
import dev.salescloud.client.sobject.TaskClient;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.sales.Activity;
import dev.salescloud.model.sales.Event;
import dev.salescloud.model.sales.Task;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The activity timeline: tasks, events and logged calls, read together and sorted by date as the
 * model's {@link Activity}, and created in one line. Get it from {@link
 * dev.salescloud.client.SalesCloudClient#activities()}; thread-safe.
 *
 * <h2>Reading a timeline</h2>
 *
 * <pre>{@code
 * List<Activity> deal = sf.activities().forRecord(dealId);            // WhatId = the deal
 * List<Activity> mine = sf.activities().forOwner(userId);
 * List<Activity> week = sf.activities().between(monday, friday);
 * List<Activity> todo = sf.activities().list(ActivityFilter.all().about(leadId).open());
 * long calls = deal.stream().filter(a -> a.kind() == Activity.Kind.CALL).count();
 * }</pre>
 *
 * <p>A timeline costs two queries whatever its size (one on Task, one on Event, each read page by
 * page), oldest first ({@link Activity#timelineOrder()}). Open and completed follow {@link
 * Activity#isOpenAt(Instant)}: a task by {@code IsClosed}, an event by whether it has ended.
 *
 * <h2>Creating activities</h2>
 *
 * <pre>{@code
 * sf.activities().logCall(contactId, "Discovery call", Duration.ofMinutes(12), Task.CallType.OUTBOUND);
 * sf.activities().createTask(dealId, "Send the proposal", LocalDate.of(2026, 5, 8));
 * sf.activities().createEvent(dealId, "Demo", Instant.parse("2026-05-06T15:00:00Z"), Duration.ofHours(1));
 * }</pre>
 *
 * <p>The record an activity is about goes to {@code WhoId} when it is a lead or contact and to
 * {@code WhatId} otherwise.
 */
public final class ActivityClient {
  /** The Task fields a timeline reads. */
  static final List<String> TASK_FIELDS =
      List.of("Id", "Subject", "Status", "IsClosed", "Priority", "ActivityDate", "OwnerId",
          "WhoId", "WhatId", "TaskSubtype", "Type", "CallType", "CallDurationInSeconds",
          "Description");

  /** The Event fields a timeline reads. */
  static final List<String> EVENT_FIELDS =
      List.of("Id", "Subject", "StartDateTime", "EndDateTime", "ActivityDateTime", "ActivityDate",
          "DurationInMinutes", "IsAllDayEvent", "Location", "OwnerId", "WhoId", "WhatId",
          "Description");

  private final ApiExchange exchange;
  private final ApiVersion version;
  private final TaskClient tasks;
  private final EventClient events;
  private final Clock clock;

  /**
   * Creates the sub-client; {@link dev.salescloud.client.SalesCloudClient} does this.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   */
  public ActivityClient(ApiExchange exchange, ApiVersion version) {
    this(exchange, version, Clock.systemUTC());
  }

  ActivityClient(ApiExchange exchange, ApiVersion version, Clock clock) {
    this.exchange = exchange;
    this.version = version;
    this.tasks = new TaskClient(exchange, version);
    this.events = new EventClient(exchange, version);
    this.clock = clock;
  }

  /**
   * The activities about a record, oldest first.
   *
   * @param recordId a lead or contact ({@code WhoId}), or an account, opportunity, ... ({@code
   *     WhatId})
   * @return the timeline
   */
  public List<Activity> forRecord(SalesforceId recordId) {
    return list(ActivityFilter.all().about(recordId));
  }

  /**
   * The activities a user owns, oldest first.
   *
   * @param ownerId a User id
   * @return the timeline
   * @throws InvalidArgumentException if the id is not a user's
   */
  public List<Activity> forOwner(SalesforceId ownerId) {
    return list(ActivityFilter.all().ownedBy(ownerId));
  }

  /**
   * The activities dated in a range of days (UTC), both included, oldest first.
   *
   * @param first the first day
   * @param last the last day
   * @return the timeline
   */
  public List<Activity> between(LocalDate first, LocalDate last) {
    return list(ActivityFilter.all().between(first, last));
  }

  /**
   * The activities a filter holds, oldest first. Maps to two {@code GET .../query} calls, on
   * Task and on Event (more only for results beyond 2,000 records of one kind).
   *
   * @param filter which activities
   * @return the timeline
   */
  public List<Activity> list(ActivityFilter filter) {
    InvalidArgumentException.requireNonNull(filter, "filter");
    Instant now = clock.instant();
    List<Activity> timeline = new ArrayList<>();
    Query.of(exchange, version, taskQuery(filter).build(), Task.class, false)
        .forEach(t -> timeline.add(Activity.of(t)));
    Query.of(exchange, version, eventQuery(filter).build(), Event.class, false)
        .forEach(e -> timeline.add(Activity.of(e)));
    return timeline.stream()
        .filter(a -> filter.state() == ActivityFilter.State.ANY
            || a.isOpenAt(now) == (filter.state() == ActivityFilter.State.OPEN))
        .sorted(Activity.timelineOrder())
        .collect(Collectors.toUnmodifiableList());
  }

  private static SoqlBuilder taskQuery(ActivityFilter filter) {
    List<Condition> conditions = common(filter);
    filter.firstDay().ifPresent(first -> {
      conditions.add(Soql.field("ActivityDate").ge(first));
      conditions.add(Soql.field("ActivityDate").le(filter.lastDay().orElseThrow()));
    });
    if (filter.state() != ActivityFilter.State.ANY) {
      conditions.add(Soql.field("IsClosed").eq(filter.state() == ActivityFilter.State.COMPLETED));
    }
    return where(Soql.select(TASK_FIELDS).from(Task.SOBJECT_TYPE), conditions);
  }

  private static SoqlBuilder eventQuery(ActivityFilter filter) {
    List<Condition> conditions = common(filter);
    filter.firstDay().ifPresent(first -> {
      LocalDate last = filter.lastDay().orElseThrow();
      Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      conditions.add(Soql.or(
          Soql.field("StartDateTime").ge(start).and(Soql.field("StartDateTime").lt(end)),
          Soql.field("ActivityDate").ge(first).and(Soql.field("ActivityDate").le(last))));
    });
    return where(Soql.select(EVENT_FIELDS).from(Event.SOBJECT_TYPE), conditions);
  }

  private static List<Condition> common(ActivityFilter filter) {
    List<Condition> conditions = new ArrayList<>();
    filter.recordId().ifPresent(id -> conditions.add(Soql.field(isPerson(id) ? "WhoId" : "WhatId").eq(id)));
    filter.ownerId().ifPresent(id -> conditions.add(Soql.field("OwnerId").eq(id)));
    return conditions;
  }

  private static SoqlBuilder where(SoqlBuilder query, List<Condition> conditions) {
    if (conditions.isEmpty()) {
      return query;
    }
    return query.where(conditions.size() == 1
        ? conditions.get(0)
        : Soql.and(conditions.toArray(new Condition[0])));
  }

  /**
   * Logs a call that took place today (UTC): a completed task with {@code TaskSubtype = Call},
   * its duration and direction. Maps to {@code POST .../sobjects/Task}; never retried once sent.
   *
   * @param about the lead or contact called, or the account or opportunity the call was about
   * @param subject for example {@code "Discovery call"}
   * @param duration how long the call took, at least 0 seconds
   * @param callType {@code Inbound}, {@code Outbound} or {@code Internal} ({@link Task.CallType})
   * @return the new task's id
   * @throws InvalidArgumentException before sending, if the duration is negative
   * @throws ValidationException if Salesforce refuses the task
   */
  public SalesforceId logCall(SalesforceId about, String subject, Duration duration, String callType) {
    InvalidArgumentException.requireNonNull(duration, "duration");
    InvalidArgumentException.requireNonNull(callType, "callType");
    if (duration.isNegative()) {
      throw new InvalidArgumentException("duration", "A call lasts 0 seconds or more, not " + duration);
    }
    Task.Builder call = about(Task.builder(), about, subject)
        .taskSubtype(Task.TaskSubtype.CALL)
        .type(Task.Type.CALL)
        .status(Task.Status.COMPLETED)
        .activityDate(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
        .callDurationInSeconds(Math.toIntExact(duration.getSeconds()))
        .callType(callType);
    return tasks.create(call.build());
  }

  /**
   * Creates an open task due on a day. Maps to {@code POST .../sobjects/Task}.
   *
   * @param about the lead, contact, account, opportunity, ... the task is about
   * @param subject for example {@code "Send the proposal"}
   * @param dueDate the due date ({@code ActivityDate})
   * @return the new task's id
   * @throws ValidationException if Salesforce refuses the task
   */
  public SalesforceId createTask(SalesforceId about, String subject, LocalDate dueDate) {
    InvalidArgumentException.requireNonNull(dueDate, "dueDate");
    return tasks.create(about(Task.builder(), about, subject)
        .status(Task.Status.NOT_STARTED).activityDate(dueDate).build());
  }

  /**
   * Creates a timed event. Maps to {@code POST .../sobjects/Event}.
   *
   * @param about the lead, contact, account, opportunity, ... the event is about
   * @param subject for example {@code "Demo"}
   * @param start when it starts
   * @param length how long it lasts, in whole minutes, more than zero
   * @return the new event's id
   * @throws InvalidArgumentException before sending, if the length is not positive
   * @throws ValidationException if Salesforce refuses the event
   */
  public SalesforceId createEvent(SalesforceId about, String subject, Instant start, Duration length) {
    InvalidArgumentException.requireNonNull(start, "start");
    InvalidArgumentException.requireNonNull(length, "length");
    if (length.toMinutes() <= 0) {
      throw new InvalidArgumentException("length", "An event lasts at least a minute, not " + length);
    }
    Event.Builder event = Event.builder().subject(InvalidArgumentException.requireNonNull(subject, "subject"))
        .startDateTime(start)
        .endDateTime(start.plus(Duration.ofMinutes(length.toMinutes())))
        .durationInMinutes(Math.toIntExact(length.toMinutes()));
    InvalidArgumentException.requireNonNull(about, "about");
    if (isPerson(about)) {
      event.whoId(about);
    } else {
      event.whatId(about);
    }
    return events.create(event.build());
  }

  private static Task.Builder about(Task.Builder task, SalesforceId about, String subject) {
    InvalidArgumentException.requireNonNull(about, "about");
    task.subject(InvalidArgumentException.requireNonNull(subject, "subject"));
    return isPerson(about) ? task.whoId(about) : task.whatId(about);
  }

  private static boolean isPerson(SalesforceId id) {
    return id.keyPrefix().equals("00Q") || id.keyPrefix().equals("003");
  }

  /** Names the sub-client. */
  @Override
  public String toString() {
    return "ActivityClient{" + version + "}";
  }
}
