package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.TypedRecordBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Task (key prefix {@code 00T}): a to-do, a logged call or a sent email, about a person ({@code
 * WhoId}: a lead or contact) and a record ({@code WhatId}: an account, opportunity, case, ...).
 *
 * <pre>{@code
 * Task call = Task.builder()
 *     .subject("Discovery call")
 *     .taskSubtype(Task.TaskSubtype.CALL)
 *     .callType(Task.CallType.OUTBOUND)
 *     .callDurationInSeconds(840)
 *     .status(Task.Status.COMPLETED)
 *     .activityDate(LocalDate.of(2026, 11, 20))
 *     .whoId(contactId)
 *     .whatId(opportunityId)
 *     .build();
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>{@code WhoId} must be a Lead ({@code 00Q}) or Contact ({@code 003}) id; anything else is
 *       refused when the record is built, naming the field and the key prefix.
 *   <li>{@code ActivityDate} is the due date, a date without time (Salesforce anchors it at
 *       midnight UTC; do not shift it by time zone).
 *   <li>{@code IsClosed}, {@code IsHighPriority}, {@code CompletedDateTime}, {@code AccountId} and
 *       {@code IsArchived} are derived by Salesforce and refused by {@link #toCreateFields()};
 *       {@code TaskSubtype} and {@code IsRecurrence} can be given on create only.
 * </ul>
 *
 * <p>{@code Owner}, {@code Who} and {@code What} hold the related record's fields selected in a
 * query ({@code Who.Name}, {@code What.Name}); {@code Who} and {@code What} are polymorphic, so
 * they are generic {@link SObject} records whose {@code sobjectType()} tells what they are.
 * Picklist fields are strings with the standard values as constants in the nested classes.
 * Instances are immutable and thread-safe; {@code toString()} names the fields that are set, never
 * their values.
 *
 * @see Activity
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(builder = Task.Builder.class)
public abstract class Task extends ActivityRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "Task";

  Task() {}

  /** Always {@code "Task"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }


  /** {@code Status}; standard values in {@link Status}. @return the status */
  @JsonProperty("Status")
  public abstract Optional<String> status();

  /** {@code Priority}; standard values in {@link Priority}. @return the priority */
  @JsonProperty("Priority")
  public abstract Optional<String> priority();

  /** {@code IsHighPriority}; read-only, from the priority. @return whether the task is urgent */
  @JsonProperty("IsHighPriority")
  public abstract Optional<Boolean> isHighPriority();

  /** {@code IsClosed}; read-only, from the status. @return whether the task is completed */
  @JsonProperty("IsClosed")
  public abstract Optional<Boolean> isClosed();










  /**
   * {@code TaskSubtype}; standard values in {@link TaskSubtype}; can be given on create only.
   *
   * @return the subtype
   */
  @JsonProperty("TaskSubtype")
  public abstract Optional<String> taskSubtype();

  /** {@code Type}; standard values in {@link Type}. @return the task type */
  @JsonProperty("Type")
  public abstract Optional<String> type();

  /** {@code CallDurationInSeconds}. @return how long the call lasted */
  @JsonProperty("CallDurationInSeconds")
  public abstract Optional<Integer> callDurationInSeconds();

  /** {@code CallType}; values in {@link CallType}. @return the call's direction */
  @JsonProperty("CallType")
  public abstract Optional<String> callType();

  /** {@code CallDisposition}, at most 255 characters. @return the call's result */
  @JsonProperty("CallDisposition")
  public abstract Optional<String> callDisposition();

  /** {@code CallObject}: the call center's name for the call. @return the call object */
  @JsonProperty("CallObject")
  public abstract Optional<String> callObject();

  /** {@code CompletedDateTime}; read-only, set when the task closes. @return when it closed */
  @JsonProperty("CompletedDateTime")
  public abstract Optional<Instant> completedDateTime();



  /** {@code IsRecurrence}; can be given on create only. @return whether the task repeats */
  @JsonProperty("IsRecurrence")
  public abstract Optional<Boolean> isRecurrence();

  /** {@code IsArchived}; read-only. @return whether the task is archived */
  @JsonProperty("IsArchived")
  public abstract Optional<Boolean> isArchived();

  /**
   * A builder for a new task.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this task's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }


  /**
   * Builds a {@link Task}. Besides a setter per field, it takes custom fields through {@link
   * #customField(String, Object)}.
   */
  public static final class Builder extends ImmutableTask.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}
  }

  /**
   * Standard values of {@code Task.Status}; orgs may rename them or add others, and query {@code
   * TaskStatus} to learn which ones close a task.
   */
  public static final class Status {
    /** The default status of a new task. */
    public static final String NOT_STARTED = "Not Started";
    /** Being worked on. */
    public static final String IN_PROGRESS = "In Progress";
    /** Done; the standard closed status ({@code IsClosed = true}). */
    public static final String COMPLETED = "Completed";
    /** Blocked on another person. */
    public static final String WAITING_ON_SOMEONE_ELSE = "Waiting on someone else";
    /** Postponed. */
    public static final String DEFERRED = "Deferred";

    private Status() {}
  }

  /** Standard values of {@code Task.Priority}. */
  public static final class Priority {
    /** Urgent ({@code IsHighPriority = true}). */
    public static final String HIGH = "High";
    /** The default priority. */
    public static final String NORMAL = "Normal";
    /** Not urgent. */
    public static final String LOW = "Low";

    private Priority() {}
  }

  /** Values of {@code Task.TaskSubtype}, a restricted picklist set on create only. */
  public static final class TaskSubtype {
    /** A plain to-do. */
    public static final String TASK = "Task";
    /** A sent email. */
    public static final String EMAIL = "Email";
    /** An email sent to a list. */
    public static final String LIST_EMAIL = "ListEmail";
    /** A step of a Sales Engagement cadence; set by Salesforce, not by clients. */
    public static final String CADENCE = "Cadence";
    /** A logged call. */
    public static final String CALL = "Call";
    /** A LinkedIn message (API 56.0 and later). */
    public static final String LINKED_IN = "LinkedIn";

    private TaskSubtype() {}
  }

  /** Values of {@code Task.CallType}, a restricted picklist. */
  public static final class CallType {
    /** The other party called. */
    public static final String INBOUND = "Inbound";
    /** A call within the company. */
    public static final String INTERNAL = "Internal";
    /** The owner called out. */
    public static final String OUTBOUND = "Outbound";

    private CallType() {}
  }

  /** Common values of {@code Task.Type}; orgs define their own. */
  public static final class Type {
    /** A call. */
    public static final String CALL = "Call";
    /** An email. */
    public static final String EMAIL = "Email";
    /** A meeting. */
    public static final String MEETING = "Meeting";
    /** Anything else. */
    public static final String OTHER = "Other";

    private Type() {}
  }
}
