package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.TypedRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What tasks and events share: the subject, the person ({@code WhoId}, a Lead or Contact) and the
 * record ({@code WhatId}) they are about, the account, the owner, the date and the reminder. {@link
 * Activity} builds timelines on it.
 */
public abstract class ActivityRecord extends TypedRecord {
  ActivityRecord() {}

  /** {@code Subject}. @return the subject */
  @JsonProperty("Subject")
  public abstract Optional<String> subject();

  /** {@code WhoId}: the lead or contact the activity is about. @return the person's id */
  @JsonProperty("WhoId")
  public abstract Optional<SalesforceId> whoId();

  /**
   * {@code Who}: the lead or contact, when queried as a relationship ({@code Who.Name}); check
   * its {@code sobjectType()}.
   *
   * @return the person's record
   */
  @JsonProperty("Who")
  public abstract Optional<SObject> who();

  /** {@code WhatId}: the record the activity relates to ("Related To"). @return its id */
  @JsonProperty("WhatId")
  public abstract Optional<SalesforceId> whatId();

  /**
   * {@code What}: the related record, when queried as a relationship ({@code What.Name}); any
   * object, so check its {@code sobjectType()}.
   *
   * @return the related record
   */
  @JsonProperty("What")
  public abstract Optional<SObject> what();

  /** {@code AccountId}; read-only: the account of the {@code What} record, else of the contact in {@code WhoId}. @return the account's id */
  @JsonProperty("AccountId")
  public abstract Optional<SalesforceId> accountId();

  /** {@code OwnerId}: the user who owns the activity. @return the owner's id */
  @JsonProperty("OwnerId")
  public abstract Optional<SalesforceId> ownerId();

  /**
   * {@code Owner}: the owner, when queried as a relationship ({@code Owner.Name}); a user or a
   * queue, as a generic record.
   *
   * @return the owner record
   */
  @JsonProperty("Owner")
  public abstract Optional<SObject> owner();

  /** {@code Description}. @return the description */
  @JsonProperty("Description")
  public abstract Optional<String> description();

  /** {@code ActivityDate}: a task's due date, an event's date (midnight-UTC anchored, not time-zone shifted). @return the date */
  @JsonProperty("ActivityDate")
  public abstract Optional<LocalDate> activityDate();

  /** {@code IsReminderSet}. @return whether a reminder is set */
  @JsonProperty("IsReminderSet")
  public abstract Optional<Boolean> isReminderSet();

  /** {@code ReminderDateTime}. @return when the reminder fires */
  @JsonProperty("ReminderDateTime")
  public abstract Optional<Instant> reminderDateTime();

  /** A {@code WhoId} must be a Lead or Contact id. */
  @Value.Check
  protected void checkWho() {
    whoId().ifPresent(id -> SalesFieldRules.requireWho(sobjectType() + ".WhoId", id));
  }
}
