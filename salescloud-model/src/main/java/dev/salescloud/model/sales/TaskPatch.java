package dev.salescloud.model.sales;

import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The changes to send in a Task update: only what is set here is sent; {@link
 * Builder#clear(String)} sends JSON null to empty a field.
 *
 * <pre>{@code
 * TaskPatch patch = TaskPatch.builder()
 *     .status(Task.Status.COMPLETED)
 *     .callDisposition("Left a voicemail")
 *     .clear("ReminderDateTime")
 *     .build();
 * }</pre>
 *
 * <p>{@code WhoId} must be a Lead or Contact id: {@link Builder#whoId(SalesforceId)} and {@link
 * Builder#set(String, Object)} refuse others. Derived fields ({@code IsClosed}, {@code
 * IsHighPriority}, {@code CompletedDateTime}, {@code AccountId}, {@code IsArchived}) have no setter
 * and are refused; so are {@code TaskSubtype} and {@code IsRecurrence}, which Salesforce accepts on
 * create only. Closing a task is done through {@code Status}.
 */
public final class TaskPatch extends RecordPatch {
  private TaskPatch(Builder builder) {
    super(builder);
  }

  /**
   * A builder with no changes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskPatch}; each setter replaces an earlier change of the same field. */
  public static final class Builder extends RecordPatch.Builder<Builder> {
    private Builder() {
      super(Task.SOBJECT_TYPE);
    }

    /** A {@code WhoId} set by name takes only a Lead or Contact id. */
    @Override
    protected Object checkValue(String field, Object value) {
      if ("WhoId".equalsIgnoreCase(field)) {
        SalesFieldRules.requireWhoValue("Task.WhoId", value);
      }
      return value;
    }


    /** Sets {@code Subject}. @param value the subject @return this builder */
    public Builder subject(String value) {
      return set("Subject", value);
    }

    /**
     * Sets {@code Status}; a closed status closes the task.
     *
     * @param value see {@link Task.Status}
     * @return this builder
     */
    public Builder status(String value) {
      return set("Status", value);
    }

    /** Sets {@code Priority}. @param value see {@link Task.Priority} @return this builder */
    public Builder priority(String value) {
      return set("Priority", value);
    }

    /** Sets {@code ActivityDate}, the due date. @param value the date @return this builder */
    public Builder activityDate(LocalDate value) {
      return set("ActivityDate", value);
    }

    /** Sets {@code OwnerId}: a user or queue. @param value the owner @return this builder */
    public Builder ownerId(SalesforceId value) {
      return set("OwnerId", value);
    }

    /**
     * Sets {@code WhoId}.
     *
     * @param value a Lead ({@code 00Q}) or Contact ({@code 003}) id
     * @return this builder
     * @throws InvalidArgumentException if the id is of another object
     */
    public Builder whoId(SalesforceId value) {
      return set("WhoId", value);
    }

    /** Sets {@code WhatId}, the related record. @param value its id @return this builder */
    public Builder whatId(SalesforceId value) {
      return set("WhatId", value);
    }

    /** Sets {@code Description}. @param value the comments @return this builder */
    public Builder description(String value) {
      return set("Description", value);
    }

    /** Sets {@code Type}. @param value see {@link Task.Type} @return this builder */
    public Builder type(String value) {
      return set("Type", value);
    }

    /** Sets {@code CallDurationInSeconds}. @param value the duration @return this builder */
    public Builder callDurationInSeconds(int value) {
      return set("CallDurationInSeconds", value);
    }

    /** Sets {@code CallType}. @param value see {@link Task.CallType} @return this builder */
    public Builder callType(String value) {
      return set("CallType", value);
    }

    /** Sets {@code CallDisposition}. @param value the call's result @return this builder */
    public Builder callDisposition(String value) {
      return set("CallDisposition", value);
    }

    /** Sets {@code CallObject}. @param value the call center's name @return this builder */
    public Builder callObject(String value) {
      return set("CallObject", value);
    }

    /** Sets {@code ReminderDateTime}. @param value when to remind @return this builder */
    public Builder reminderDateTime(Instant value) {
      return set("ReminderDateTime", value);
    }

    /** Sets {@code IsReminderSet}. @param value the flag @return this builder */
    public Builder isReminderSet(boolean value) {
      return set("IsReminderSet", value);
    }

    /**
     * Builds the patch.
     *
     * @return the patch
     */
    public TaskPatch build() {
      return new TaskPatch(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
