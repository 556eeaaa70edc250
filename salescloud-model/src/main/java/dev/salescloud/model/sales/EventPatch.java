package dev.salescloud.model.sales;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.FieldValues;
import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The changes to send in an Event update: only what is set here is sent; {@link
 * Builder#clear(String)} sends JSON null to empty a field.
 *
 * <pre>{@code
 * EventPatch patch = EventPatch.builder()
 *     .startDateTime(Instant.parse("2026-12-02T15:00:00Z"))
 *     .endDateTime(Instant.parse("2026-12-02T16:30:00Z"))
 *     .clear("Location")
 *     .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} refuses an {@code EndDateTime} before the {@code StartDateTime} when
 * the patch sets both; when it moves only one of them, Salesforce checks the result against the
 * stored other one. {@code WhoId} must be a Lead or Contact id. Derived fields ({@code AccountId},
 * {@code IsGroupEvent}, {@code IsChild}, {@code GroupEventType}, {@code IsArchived}) have no setter
 * and are refused; so is {@code EventSubtype}, which Salesforce accepts on create only. On a child
 * event (an invitee's copy) Salesforce lets only the reminder fields change.
 */
public final class EventPatch extends RecordPatch {
  private EventPatch(Builder builder) {
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

  /** Builds an {@link EventPatch}; each setter replaces an earlier change of the same field. */
  public static final class Builder extends RecordPatch.Builder<Builder> {
    private Builder() {
      super(Event.SOBJECT_TYPE);
    }

    /** A {@code WhoId} set by name takes only a Lead or Contact id. */
    @Override
    protected Object checkValue(String field, Object value) {
      if ("WhoId".equalsIgnoreCase(field)) {
        SalesFieldRules.requireWhoValue("Event.WhoId", value);
      }
      return value;
    }


    /** Sets {@code Subject}. @param value the subject @return this builder */
    public Builder subject(String value) {
      return set("Subject", value);
    }

    /** Sets {@code StartDateTime}. @param value the start @return this builder */
    public Builder startDateTime(Instant value) {
      return set("StartDateTime", value);
    }

    /** Sets {@code EndDateTime}. @param value the end @return this builder */
    public Builder endDateTime(Instant value) {
      return set("EndDateTime", value);
    }

    /** Sets {@code ActivityDateTime}. @param value the start @return this builder */
    public Builder activityDateTime(Instant value) {
      return set("ActivityDateTime", value);
    }

    /** Sets {@code ActivityDate}, for all-day events. @param value the date @return this builder */
    public Builder activityDate(LocalDate value) {
      return set("ActivityDate", value);
    }

    /** Sets {@code DurationInMinutes}. @param value the duration @return this builder */
    public Builder durationInMinutes(int value) {
      return set("DurationInMinutes", value);
    }

    /** Sets {@code IsAllDayEvent}. @param value the flag @return this builder */
    public Builder isAllDayEvent(boolean value) {
      return set("IsAllDayEvent", value);
    }

    /** Sets {@code Location}. @param value the location @return this builder */
    public Builder location(String value) {
      return set("Location", value);
    }

    /** Sets {@code ShowAs}. @param value see {@link Event.ShowAs} @return this builder */
    public Builder showAs(String value) {
      return set("ShowAs", value);
    }

    /** Sets {@code IsPrivate}. @param value the flag @return this builder */
    public Builder isPrivate(boolean value) {
      return set("IsPrivate", value);
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

    /** Sets {@code OwnerId}. @param value the owner @return this builder */
    public Builder ownerId(SalesforceId value) {
      return set("OwnerId", value);
    }

    /** Sets {@code Description}. @param value the description @return this builder */
    public Builder description(String value) {
      return set("Description", value);
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
     * @throws InvalidArgumentException if the patch sets an {@code EndDateTime} before the {@code
     *     StartDateTime} it also sets
     */
    public EventPatch build() {
      Optional<Instant> start = instant("StartDateTime");
      Optional<Instant> end = instant("EndDateTime");
      if (start.isPresent() && end.isPresent()) {
        Event.requireEndNotBeforeStart(start.get(), end.get());
      }
      return new EventPatch(this);
    }

    @Override
    protected Builder self() {
      return this;
    }

    private Optional<Instant> instant(String field) {
      for (Map.Entry<String, JsonNode> change : changes().entrySet()) {
        if (change.getKey().equalsIgnoreCase(field)) {
          return FieldValues.fromJson("Event." + field, change.getValue(), Instant.class);
        }
      }
      return Optional.empty();
    }
  }
}
