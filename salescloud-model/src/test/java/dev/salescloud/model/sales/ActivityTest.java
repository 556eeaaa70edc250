package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.MAPPER;
import static dev.salescloud.model.JsonAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.query.QueryResult;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActivityTest {
  static final SalesforceId TASK_1 = SalesforceId.of("00TRO00000Task12AB");
  static final SalesforceId TASK_2 = SalesforceId.of("00TRO00000Task22AB");
  static final SalesforceId TASK_3 = SalesforceId.of("00TRO00000Task32AB");
  static final SalesforceId EVENT_1 = SalesforceId.of("00URO00000Evnt12AB");
  static final SalesforceId EVENT_2 = SalesforceId.of("00URO00000Evnt22AB");
  static final SalesforceId EVENT_3 = SalesforceId.of("00URO00000Evnt32AB");
  static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

  /** {@code SELECT Name, (SELECT ... FROM Tasks), (SELECT ... FROM Events) FROM Account}. */
  static final String ACCOUNT_WITH_ACTIVITIES =
      """
      {"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"},
       "Id":"001D000000IqhSLIAZ","Name":"Acme",
       "Tasks":{"totalSize":2,"done":true,"records":[
         {"attributes":{"type":"Task","url":"/services/data/v66.0/sobjects/Task/00TRO00000Task12AB"},
          "Id":"00TRO00000Task12AB","Subject":"Discovery call","Status":"Completed","IsClosed":true,
          "ActivityDate":"2026-11-20","TaskSubtype":"Call","CallType":"Outbound","CallDurationInSeconds":840,
          "WhoId":"003RO0000035WQgYAM","WhatId":"006D000000CpOSyIAN","AccountId":"001D000000IqhSLIAZ",
          "OwnerId":"00558000001N0KeAAK","CompletedDateTime":"2026-11-20T15:14:00.000+0000"},
         {"attributes":{"type":"Task","url":"/services/data/v66.0/sobjects/Task/00TRO00000Task22AB"},
          "Id":"00TRO00000Task22AB","Subject":"Send the order form","Status":"Not Started","IsClosed":false,
          "ActivityDate":"2026-12-03","TaskSubtype":"Task","CallType":null,"WhoId":null,
          "WhatId":"006D000000CpOSyIAN","CompletedDateTime":null}]},
       "Events":{"totalSize":1,"done":true,"records":[
         {"attributes":{"type":"Event","url":"/services/data/v66.0/sobjects/Event/00URO00000Evnt12AB"},
          "Id":"00URO00000Evnt12AB","Subject":"Product demo","IsAllDayEvent":false,
          "StartDateTime":"2026-12-01T15:00:00.000+0000","EndDateTime":"2026-12-01T16:00:00.000+0000",
          "ActivityDateTime":"2026-12-01T15:00:00.000+0000","ActivityDate":"2026-12-01",
          "DurationInMinutes":60,"WhoId":"003RO0000035WQgYAM","WhatId":"006D000000CpOSyIAN"}]}}
      """;

  static Task task(SalesforceId id) {
    return Task.builder().id(id).subject("Follow up").build();
  }

  static Event event(SalesforceId id, Instant start) {
    return Event.builder().id(id).subject("Meeting").startDateTime(start).durationInMinutes(30).build();
  }

  static List<SObject> children(SObject parent, String relationship) {
    try {
      return MAPPER
          .treeToValue(
              parent.get(relationship).orElseThrow(), new TypeReference<QueryResult<SObject>>() {})
          .records();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class Classifying {
    @Test
    void aTaskWithTheCallSubtypeIsACall() {
      Task call = task(TASK_1).toBuilder().taskSubtype(Task.TaskSubtype.CALL).build();

      assertThat(Activity.of(call).kind()).isEqualTo(Activity.Kind.CALL);
    }

    @Test
    void aTaskWithACallTypeIsACallWhateverItsSubtype() {
      Task call =
          task(TASK_1).toBuilder()
              .taskSubtype(Task.TaskSubtype.TASK)
              .callType(Task.CallType.INBOUND)
              .build();

      assertThat(Activity.of(call).kind()).isEqualTo(Activity.Kind.CALL);
    }

    @Test
    void otherTasksAreTasksEvenWhenTheirTypePicklistSaysCall() {
      assertThat(Activity.of(task(TASK_1)).kind()).isEqualTo(Activity.Kind.TASK);
      assertThat(
              Activity.of(
                      task(TASK_1).toBuilder()
                          .taskSubtype(Task.TaskSubtype.EMAIL)
                          .type(Task.Type.CALL)
                          .build())
                  .kind())
          .isEqualTo(Activity.Kind.TASK);
    }

    @Test
    void anEventIsAnEvent() {
      assertThat(Activity.of(event(EVENT_1, NOON)).kind()).isEqualTo(Activity.Kind.EVENT);
    }
  }

  @Nested
  class Building {
    @Test
    void buildsTheActivitiesOfAQueriedAccountFromGenericRows() {
      SObject account = read(ACCOUNT_WITH_ACTIVITIES, SObject.class);
      List<SObjectRecord> rows = new ArrayList<>();
      rows.addAll(children(account, "Tasks"));
      rows.addAll(children(account, "Events"));

      List<Activity> timeline =
          rows.stream().map(Activity::from).sorted(Activity.timelineOrder()).toList();

      assertThat(timeline)
          .extracting(Activity::kind, a -> a.id().orElseThrow(), a -> a.subject().orElseThrow())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Activity.Kind.CALL, TASK_1, "Discovery call"),
              org.assertj.core.groups.Tuple.tuple(Activity.Kind.EVENT, EVENT_1, "Product demo"),
              org.assertj.core.groups.Tuple.tuple(
                  Activity.Kind.TASK, TASK_2, "Send the order form"));
      Activity call = timeline.get(0);
      assertThat(call.whoId()).contains(SalesforceId.of("003RO0000035WQgYAM"));
      assertThat(call.whatId()).contains(SalesforceId.of("006D000000CpOSyIAN"));
      assertThat(call.accountId()).contains(SalesforceId.of("001D000000IqhSLIAZ"));
      assertThat(call.ownerId()).contains(SalesforceId.of("00558000001N0KeAAK"));
      assertThat(call.status()).contains(Task.Status.COMPLETED);
      assertThat(call.callDuration()).contains(Duration.ofMinutes(14));
      assertThat(call.task()).isPresent();
      assertThat(call.record()).isInstanceOf(Task.class);
      assertThat(timeline.get(1).event()).isPresent();
      assertThat(timeline.get(1).status()).isEmpty();
      assertThat(timeline.get(1).callDuration()).isEmpty();
    }

    @Test
    void takesTypedRecordsFromAMixedList() {
      List<SObjectRecord> mixed = List.of(task(TASK_1), event(EVENT_1, NOON));

      assertThat(mixed.stream().map(Activity::from))
          .extracting(Activity::kind)
          .containsExactly(Activity.Kind.TASK, Activity.Kind.EVENT);
    }

    @Test
    void refusesRecordsThatAreNotActivitiesNamingTheirType() {
      SObject account = SObject.builder("Account").put("Name", "Acme").build();

      assertThatThrownBy(() -> Activity.from(account))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("A Account record is not an activity")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("record");
      assertThatThrownBy(
              () -> Activity.from(Opportunity.builder().name("Acme").build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Opportunity record is not an activity");
    }

    @Test
    void refusesAGenericTaskWhoseWhoIsNotAPerson() {
      SObject badTask =
          SObject.builder("Task").put("WhoId", SalesforceId.of("001D000000IqhSLIAZ")).build();

      assertThatThrownBy(() -> Activity.from(badTask))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Task.WhoId");
    }

    @Test
    void equalRecordsGiveEqualActivitiesAndToStringHidesTheSubject() {
      Activity a = Activity.of(task(TASK_1));

      assertThat(a).isEqualTo(Activity.of(task(TASK_1))).hasSameHashCodeAs(Activity.of(task(TASK_1)));
      assertThat(a).isNotEqualTo(Activity.of(task(TASK_2)));
      assertThat(a.toString()).isEqualTo("Activity{TASK 00TRO00000Task12AB}");
    }
  }

  @Nested
  class Dating {
    @Test
    void aTaskIsDatedByItsDueDateAtMidnightUtc() {
      Activity due =
          Activity.of(
              task(TASK_1).toBuilder()
                  .activityDate(LocalDate.of(2026, 12, 3))
                  .completedDateTime(Instant.parse("2026-12-04T09:00:00Z"))
                  .build());

      assertThat(due.when()).contains(Instant.parse("2026-12-03T00:00:00Z"));
      assertThat(due.isDateOnly()).isTrue();
      assertThat(due.date()).contains(LocalDate.of(2026, 12, 3));
      assertThat(due.end()).isEmpty();
    }

    @Test
    void aTaskWithoutDueDateIsDatedByItsCompletion() {
      Activity done =
          Activity.of(
              task(TASK_1).toBuilder()
                  .completedDateTime(Instant.parse("2026-12-04T23:30:00Z"))
                  .build());

      assertThat(done.when()).contains(Instant.parse("2026-12-04T23:30:00Z"));
      assertThat(done.isDateOnly()).isFalse();
      assertThat(done.date()).contains(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aTaskWithNeitherHasNoDate() {
      Activity undated = Activity.of(task(TASK_1));

      assertThat(undated.when()).isEmpty();
      assertThat(undated.date()).isEmpty();
      assertThat(undated.isDateOnly()).isFalse();
    }

    @Test
    void aTimedEventIsDatedByItsStartAndEndsByEndOrDuration() {
      Event withEnd =
          Event.builder()
              .startDateTime(Instant.parse("2026-12-01T15:00:00Z"))
              .endDateTime(Instant.parse("2026-12-01T16:15:00Z"))
              .activityDate(LocalDate.of(2026, 12, 1))
              .build();
      Event withDuration =
          Event.builder()
              .activityDateTime(Instant.parse("2026-12-01T15:00:00Z"))
              .durationInMinutes(45)
              .build();

      assertThat(Activity.of(withEnd).when()).contains(Instant.parse("2026-12-01T15:00:00Z"));
      assertThat(Activity.of(withEnd).isDateOnly()).isFalse();
      assertThat(Activity.of(withEnd).end()).contains(Instant.parse("2026-12-01T16:15:00Z"));
      assertThat(Activity.of(withDuration).when()).contains(Instant.parse("2026-12-01T15:00:00Z"));
      assertThat(Activity.of(withDuration).end()).contains(Instant.parse("2026-12-01T15:45:00Z"));
    }

    @Test
    void anAllDayEventIsDatedByItsDateAndLastsTheDay() {
      Activity offsite =
          Activity.of(
              Event.builder()
                  .isAllDayEvent(true)
                  .activityDate(LocalDate.of(2026, 12, 10))
                  .startDateTime(Instant.parse("2026-12-10T08:00:00Z"))
                  .build());

      assertThat(offsite.when()).contains(Instant.parse("2026-12-10T00:00:00Z"));
      assertThat(offsite.isDateOnly()).isTrue();
      assertThat(offsite.end()).contains(Instant.parse("2026-12-11T00:00:00Z"));
    }
  }

  @Nested
  class Completing {
    @Test
    void aTaskIsCompletedWhenClosedWhateverTheTime() {
      Task closed = task(TASK_1).toBuilder().status("Done (custom)").isClosed(true).build();
      Task open = task(TASK_2).toBuilder().status(Task.Status.IN_PROGRESS).isClosed(false).build();

      assertThat(Activity.of(closed).isCompletedAt(Instant.EPOCH)).isTrue();
      assertThat(Activity.of(open).isOpenAt(Instant.parse("2100-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void withoutIsClosedATaskIsCompletedByStatusOrCompletionTime() {
      Task completed = task(TASK_1).toBuilder().status(Task.Status.COMPLETED).build();
      Task stamped =
          task(TASK_2).toBuilder().completedDateTime(Instant.parse("2026-12-01T09:00:00Z")).build();
      Task waiting = task(TASK_3).toBuilder().status(Task.Status.WAITING_ON_SOMEONE_ELSE).build();

      assertThat(Activity.of(completed).isCompletedAt(NOON)).isTrue();
      assertThat(Activity.of(stamped).isCompletedAt(NOON)).isTrue();
      assertThat(Activity.of(waiting).isCompletedAt(NOON)).isFalse();
    }

    @Test
    void anEventIsCompletedOnceItHasEnded() {
      Activity meeting = Activity.of(event(EVENT_1, Instant.parse("2026-12-01T11:45:00Z")));

      assertThat(meeting.isOpenAt(NOON)).isTrue();
      assertThat(meeting.isCompletedAt(Instant.parse("2026-12-01T12:15:00Z"))).isTrue();
      assertThat(meeting.isCompletedAt(Instant.parse("2026-12-01T12:14:59Z"))).isFalse();
    }

    @Test
    void anUndatedEventStaysOpen() {
      assertThat(Activity.of(Event.builder().subject("Someday").build()).isOpenAt(NOON)).isTrue();
    }
  }

  @Nested
  class Ordering {
    @Test
    void ordersByMomentThenIdWithUndatedActivitiesLastWhateverTheInputOrder() {
      Activity dueThatDay =
          Activity.of(task(TASK_2).toBuilder().activityDate(LocalDate.of(2026, 12, 1)).build());
      Activity morning = Activity.of(event(EVENT_2, Instant.parse("2026-12-01T09:00:00Z")));
      Activity sameMomentLowerId = Activity.of(event(EVENT_1, NOON));
      Activity sameMomentHigherId = Activity.of(event(EVENT_3, NOON));
      Activity completedLater =
          Activity.of(
              task(TASK_1).toBuilder().completedDateTime(Instant.parse("2026-12-02T08:00:00Z")).build());
      Activity undated = Activity.of(task(TASK_3));
      List<Activity> expected =
          List.of(dueThatDay, morning, sameMomentLowerId, sameMomentHigherId, completedLater, undated);
      Random random = new Random(20261201L);

      for (int round = 0; round < 200; round++) {
        List<Activity> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, random);

        assertThat(shuffled.stream().sorted(Activity.timelineOrder()).toList())
            .as("round %d from %s", round, shuffled)
            .containsExactlyElementsOf(expected);
        assertThat(shuffled.stream().sorted(Activity.newestFirst()).toList())
            .as("round %d from %s", round, shuffled)
            .containsExactly(
                completedLater, sameMomentLowerId, sameMomentHigherId, morning, dueThatDay, undated);
      }
    }

    @Test
    void mergesTypedTaskAndEventListsIntoOneTimeline() {
      List<Task> tasks =
          List.of(task(TASK_1).toBuilder().activityDate(LocalDate.of(2026, 12, 5)).build());
      List<Event> events =
          List.of(event(EVENT_1, Instant.parse("2026-12-06T10:00:00Z")), event(EVENT_2, NOON));

      List<Activity> timeline =
          Stream.concat(tasks.stream().map(Activity::of), events.stream().map(Activity::of))
              .sorted(Activity.timelineOrder())
              .toList();

      assertThat(timeline)
          .extracting(a -> a.id().orElseThrow())
          .containsExactly(EVENT_2, TASK_1, EVENT_1);
    }
  }
}
