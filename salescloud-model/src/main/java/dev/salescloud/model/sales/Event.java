package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.TypedRecordBuilder;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Event (key prefix {@code 00U}): a meeting or appointment in a calendar, about a person ({@code
 * WhoId}: a lead or contact) and a record ({@code WhatId}).
 *
 * <pre>{@code
 * Event demo = Event.builder()
 *     .subject("Product demo")
 *     .startDateTime(Instant.parse("2026-12-01T15:00:00Z"))
 *     .endDateTime(Instant.parse("2026-12-01T16:00:00Z"))
 *     .location("Zoom")
 *     .whoId(contactId)
 *     .whatId(opportunityId)
 *     .build();
 * }</pre>
 *
 * <h2>Time</h2>
 *
 * <p>A timed event has a start ({@code StartDateTime}, which {@code ActivityDateTime} mirrors) and
 * an end ({@code EndDateTime} or {@code DurationInMinutes}); datetimes travel in UTC. An all-day
 * event ({@code IsAllDayEvent}) is dated by {@code ActivityDate}, a date without time that
 * Salesforce anchors at midnight UTC. An {@code EndDateTime} before the {@code StartDateTime} is
 * refused when the record is built.
 *
 * <h2>Rules</h2>
 *
 * <p>{@code WhoId} must be a Lead ({@code 00Q}) or Contact ({@code 003}) id. {@code AccountId},
 * {@code IsGroupEvent}, {@code IsChild}, {@code GroupEventType} and {@code IsArchived} are derived
 * by Salesforce and refused by {@link #toCreateFields()}; {@code EventSubtype} can be given on
 * create only. {@code Owner}, {@code Who} and {@code What} hold the related record's selected
 * fields as generic {@link SObject} records. Instances are immutable and thread-safe; {@code
 * toString()} names the fields that are set, never their values.
 *
 * @see Activity
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableEvent.class)
@JsonDeserialize(builder = Event.Builder.class)
public abstract class Event extends ActivityRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "Event";

  Event() {}

  /** Always {@code "Event"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }


  /** {@code StartDateTime}: when a timed event starts (UTC). @return the start */
  @JsonProperty("StartDateTime")
  public abstract Optional<Instant> startDateTime();

  /** {@code EndDateTime}: when the event ends (UTC). @return the end */
  @JsonProperty("EndDateTime")
  public abstract Optional<Instant> endDateTime();

  /**
   * {@code ActivityDateTime}: the start of a timed event; equal to {@code StartDateTime} when both
   * are set.
   *
   * @return the start
   */
  @JsonProperty("ActivityDateTime")
  public abstract Optional<Instant> activityDateTime();


  /** {@code DurationInMinutes}. @return how long the event lasts */
  @JsonProperty("DurationInMinutes")
  public abstract Optional<Integer> durationInMinutes();

  /** {@code IsAllDayEvent}. @return whether the event lasts whole days */
  @JsonProperty("IsAllDayEvent")
  public abstract Optional<Boolean> isAllDayEvent();

  /** {@code Location}. @return where the event takes place */
  @JsonProperty("Location")
  public abstract Optional<String> location();

  /** {@code ShowAs}; values in {@link ShowAs}. @return how the time shows in the calendar */
  @JsonProperty("ShowAs")
  public abstract Optional<String> showAs();

  /** {@code IsPrivate}. @return whether only the owner sees the details */
  @JsonProperty("IsPrivate")
  public abstract Optional<Boolean> isPrivate();









  /**
   * {@code EventSubtype}; values in {@link EventSubtype}; can be given on create only.
   *
   * @return the subtype
   */
  @JsonProperty("EventSubtype")
  public abstract Optional<String> eventSubtype();

  /** {@code IsGroupEvent}; read-only. @return whether the event has invitees */
  @JsonProperty("IsGroupEvent")
  public abstract Optional<Boolean> isGroupEvent();

  /** {@code IsChild}; read-only. @return whether this is an invitee's copy of a group event */
  @JsonProperty("IsChild")
  public abstract Optional<Boolean> isChild();

  /** {@code GroupEventType}; read-only; values in {@link GroupEventType}. @return the type */
  @JsonProperty("GroupEventType")
  public abstract Optional<String> groupEventType();



  /** Keeps {@code WhoId} to a lead or contact, and the end at or after the start. */
  @Value.Check
  protected void checkEvent() {
    if (startDateTime().isPresent() && endDateTime().isPresent()) {
      requireEndNotBeforeStart(startDateTime().get(), endDateTime().get());
    }
  }

  /** Refuses an end before the start, for records and patches. */
  static void requireEndNotBeforeStart(Instant start, Instant end) {
    if (end.isBefore(start)) {
      throw new InvalidArgumentException(
          "Event.EndDateTime",
          "Event.EndDateTime = "
              + end
              + " is before Event.StartDateTime = "
              + start
              + "; an event cannot end before it starts. Swap them, or give DurationInMinutes"
              + " instead of EndDateTime.");
    }
  }

  /**
   * A builder for a new event.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this event's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }


  /**
   * Builds an {@link Event}. Besides a setter per field, it takes custom fields through {@link
   * #customField(String, Object)}.
   */
  public static final class Builder extends ImmutableEvent.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}
  }

  /** Values of {@code Event.ShowAs}, a restricted picklist. */
  public static final class ShowAs {
    /** The time shows as busy (the default). */
    public static final String BUSY = "Busy";
    /** The owner is out of the office. */
    public static final String OUT_OF_OFFICE = "OutOfOffice";
    /** The time stays free. */
    public static final String FREE = "Free";

    private ShowAs() {}
  }

  /** Values of {@code Event.EventSubtype}, a restricted picklist set on create only. */
  public static final class EventSubtype {
    /** A calendar event. */
    public static final String EVENT = "Event";

    private EventSubtype() {}
  }

  /** Values of {@code Event.GroupEventType} (read-only; API 19.0 and later). */
  public static final class GroupEventType {
    /** An event without invitees. */
    public static final String NON_GROUP = "0";
    /** An event with invitees. */
    public static final String GROUP = "1";
    /** A proposed meeting (not used from API 41.0). */
    public static final String PROPOSED = "2";
    /** The template of a Lightning Experience event series. */
    public static final String SERIES_PATTERN = "3";

    private GroupEventType() {}
  }
}
