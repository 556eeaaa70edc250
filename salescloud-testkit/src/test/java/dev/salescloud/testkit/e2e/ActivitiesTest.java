package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.activity.ActivityFilter;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Activity;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.Task;
import dev.salescloud.model.sales.TaskPatch;
import dev.salescloud.testkit.FakeSalesCloud;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActivitiesTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  private final SalesforceId acme = client.accounts().create(Account.builder().name("Acme").build());
  private final SalesforceId ada = client.contacts().create(
      Contact.builder().lastName("Ng").accountId(acme).build());
  private final SalesforceId lead = client.leads().create(
      Lead.builder().lastName("Ito").company("Initech").build());
  private final SalesforceId deal = client.opportunities().create(Opportunity.builder()
      .name("Acme - 50 seats").accountId(acme).stageName(Opportunity.Stage.PROSPECTING)
      .closeDate(LocalDate.of(2030, 3, 31)).build());
  private final SalesforceId sam = org.store().insert("User", JsonNodeFactory.instance.objectNode()
      .put("Username", "sam@acme.example").put("LastName", "Sam")
      .put("Email", "sam@acme.example").put("Alias", "sam"));

  private final SalesforceId proposal =
      client.activities().createTask(deal, "Send the proposal", LocalDate.of(2030, 1, 10));
  private final SalesforceId kickoff = client.activities().createTask(deal, "Kick-off notes",
      LocalDate.of(2020, 1, 5));
  private final SalesforceId pastDemo = client.activities().createEvent(deal, "Demo",
      Instant.parse("2020-01-07T15:00:00Z"), Duration.ofHours(1));
  private final SalesforceId nextMeeting = client.activities().createEvent(deal, "Negotiation",
      Instant.parse("2040-02-01T09:30:00Z"), Duration.ofMinutes(45));
  private final SalesforceId call = client.activities().logCall(ada, "Discovery call",
      Duration.ofMinutes(12), Task.CallType.OUTBOUND);

  {
    client.tasks().update(kickoff, TaskPatch.builder().status(Task.Status.COMPLETED).build());
  }

  private static List<SalesforceId> ids(List<Activity> timeline) {
    return timeline.stream().map(a -> a.id().orElseThrow()).toList();
  }

  @Nested
  class Timelines {
    @Test
    void ofARecordHoldItsTasksAndEventsOldestFirst() {
      List<Activity> timeline = client.activities().forRecord(deal);

      assertThat(ids(timeline)).containsExactly(kickoff, pastDemo, proposal, nextMeeting);
      assertThat(timeline).extracting(Activity::kind).containsExactly(
          Activity.Kind.TASK, Activity.Kind.EVENT, Activity.Kind.TASK, Activity.Kind.EVENT);
      assertThat(timeline.get(1).end()).contains(Instant.parse("2020-01-07T16:00:00Z"));
    }

    @Test
    void ofAPersonHoldTheCallsLoggedWithThem() {
      List<Activity> timeline = client.activities().forRecord(ada);

      assertThat(timeline).singleElement().satisfies(a -> {
        assertThat(a.id()).contains(call);
        assertThat(a.kind()).isEqualTo(Activity.Kind.CALL);
        assertThat(a.whoId()).contains(ada);
        assertThat(a.callDuration()).contains(Duration.ofMinutes(12));
        assertThat(a.task().flatMap(Task::callType)).contains("Outbound");
        assertThat(a.isOpenAt(Instant.now())).isFalse();
      });
      assertThat(client.activities().forRecord(lead)).isEmpty();
    }

    @Test
    void ofAnOwnerHoldOnlyTheirActivities() {
      SalesforceId samsTask = client.tasks().create(Task.builder().subject("Follow up")
          .whoId(lead).ownerId(sam).activityDate(LocalDate.of(2030, 2, 2)).build());

      assertThat(ids(client.activities().forOwner(sam))).containsExactly(samsTask);
      assertThat(ids(client.activities().forOwner(org.store().runningUserId())))
          .containsExactlyInAnyOrder(kickoff, pastDemo, proposal, nextMeeting, call);
    }

    @Test
    void ofADateRangeHoldTasksDueAndEventsStartingOnThoseDays() {
      assertThat(ids(client.activities().between(LocalDate.of(2020, 1, 5), LocalDate.of(2020, 1, 7))))
          .containsExactly(kickoff, pastDemo);
      assertThat(ids(client.activities().between(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 6))))
          .isEmpty();
      assertThat(ids(client.activities().between(LocalDate.of(2029, 12, 1), LocalDate.of(2040, 2, 1))))
          .containsExactly(proposal, nextMeeting);
    }

    @Test
    void costTwoQueriesWhateverTheirSize() {
      int before = org.apiCallsToday();

      client.activities().forRecord(deal);

      assertThat(org.apiCallsToday() - before).isEqualTo(2);
    }
  }

  @Nested
  class OpenAndCompleted {
    @Test
    void openHoldsOpenTasksAndEventsStillToCome() {
      assertThat(ids(client.activities().list(ActivityFilter.all().about(deal).open())))
          .containsExactly(proposal, nextMeeting);
    }

    @Test
    void completedHoldsClosedTasksAndPastEvents() {
      assertThat(ids(client.activities().list(ActivityFilter.all().about(deal).completed())))
          .containsExactly(kickoff, pastDemo);
      assertThat(ids(client.activities().list(ActivityFilter.all().completed())))
          .containsExactly(kickoff, pastDemo, call);
    }
  }

  @Nested
  class RefusedBeforeSending {
    @Test
    void aNegativeCallDuration() {
      int before = org.apiCallsToday();

      assertThatThrownBy(() -> client.activities().logCall(ada, "Call", Duration.ofSeconds(-1),
          Task.CallType.INBOUND))
          .isInstanceOfSatisfying(InvalidArgumentException.class,
              e -> assertThat(e.argument()).isEqualTo("duration"));
      assertThat(org.apiCallsToday()).isEqualTo(before);
    }

    @Test
    void aRangeThatEndsBeforeItStarts() {
      assertThatThrownBy(() -> client.activities().between(LocalDate.of(2030, 1, 2),
          LocalDate.of(2030, 1, 1)))
          .isInstanceOfSatisfying(InvalidArgumentException.class,
              e -> assertThat(e.argument()).isEqualTo("last"));
    }

    @Test
    void anOwnerWhoIsNoUser() {
      assertThatThrownBy(() -> client.activities().forOwner(ada))
          .isInstanceOf(InvalidArgumentException.class);
    }
  }
}
