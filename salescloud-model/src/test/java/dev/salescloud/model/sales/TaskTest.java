package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaskTest {
  static final SalesforceId CONTACT = SalesforceId.of("003RO0000035WQgYAM");
  static final SalesforceId LEAD = SalesforceId.of("00QRO00000Lead12AB");
  static final SalesforceId ACCOUNT = SalesforceId.of("001D000000IqhSLIAZ");
  static final SalesforceId OPPORTUNITY = SalesforceId.of("006D000000CpOSyIAN");

  /** A logged call, queried with {@code Who.Name, What.Name, Owner.Name}. */
  static final String LOGGED_CALL =
      """
      {"attributes":{"type":"Task","url":"/services/data/v66.0/sobjects/Task/00TRO00000Task12AB"},
       "Id":"00TRO00000Task12AB","IsDeleted":false,"Subject":"Discovery call","Status":"Completed",
       "Priority":"High","IsHighPriority":true,"IsClosed":true,"ActivityDate":"2026-11-20",
       "OwnerId":"00558000001N0KeAAK",
       "Owner":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},"Name":"Sam Rep"},
       "WhoId":"003RO0000035WQgYAM",
       "Who":{"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO0000035WQgYAM"},"Name":"Ada Ng"},
       "WhatId":"006D000000CpOSyIAN",
       "What":{"attributes":{"type":"Opportunity","url":"/services/data/v66.0/sobjects/Opportunity/006D000000CpOSyIAN"},"Name":"Acme — 50 seats"},
       "AccountId":"001D000000IqhSLIAZ","Description":"Budget confirmed; wants a demo.",
       "TaskSubtype":"Call","Type":"Call","CallDurationInSeconds":840,"CallType":"Outbound",
       "CallDisposition":"Connected","CallObject":null,
       "CompletedDateTime":"2026-11-20T15:14:00.000+0000","ReminderDateTime":null,"IsReminderSet":false,
       "IsRecurrence":false,"IsArchived":false,
       "CreatedDate":"2026-11-20T15:00:00.000+0000","Call_Sentiment__c":"Positive",
       "Brand_New_Field_v70":[1,2]}
      """;

  @Nested
  class ReadingJson {
    @Test
    void readsALoggedCallWithItsPeopleAndRecords() {
      Task call = read(LOGGED_CALL, Task.class);

      assertThat(call.id()).contains(SalesforceId.of("00TRO00000Task12AB"));
      assertThat(call.subject()).contains("Discovery call");
      assertThat(call.status()).contains(Task.Status.COMPLETED);
      assertThat(call.priority()).contains(Task.Priority.HIGH);
      assertThat(call.isHighPriority()).contains(true);
      assertThat(call.isClosed()).contains(true);
      assertThat(call.activityDate()).contains(LocalDate.of(2026, 11, 20));
      assertThat(call.whoId()).contains(CONTACT);
      assertThat(call.whatId()).contains(OPPORTUNITY);
      assertThat(call.accountId()).contains(ACCOUNT);
      assertThat(call.taskSubtype()).contains(Task.TaskSubtype.CALL);
      assertThat(call.type()).contains(Task.Type.CALL);
      assertThat(call.callDurationInSeconds()).contains(840);
      assertThat(call.callType()).contains(Task.CallType.OUTBOUND);
      assertThat(call.callDisposition()).contains("Connected");
      assertThat(call.callObject()).isEmpty();
      assertThat(call.completedDateTime()).contains(Instant.parse("2026-11-20T15:14:00Z"));
      assertThat(call.reminderDateTime()).isEmpty();
      assertThat(call.isRecurrence()).contains(false);
    }

    @Test
    void readsPolymorphicWhoAndWhatAsGenericRecordsOfTheirType() {
      Task call = read(LOGGED_CALL, Task.class);

      SObject who = call.who().orElseThrow();
      SObject what = call.what().orElseThrow();
      assertThat(who.sobjectType()).isEqualTo("Contact");
      assertThat(who.get("Name", String.class)).contains("Ada Ng");
      assertThat(what.sobjectType()).isEqualTo("Opportunity");
      assertThat(what.get("Name", String.class)).contains("Acme — 50 seats");
      assertThat(call.owner().flatMap(o -> o.get("Name", String.class))).contains("Sam Rep");
    }

    @Test
    void readsATaskAboutALeadWithEmptyLookups() {
      Task task =
          read(
              """
              {"attributes":{"type":"Task","url":"/services/data/v66.0/sobjects/Task/00TRO00000Task22AB"},
               "Id":"00TRO00000Task22AB","Subject":"Send pricing","Status":"Not Started",
               "WhoId":"00QRO00000Lead12AB",
               "Who":{"attributes":{"type":"Lead","url":"/services/data/v66.0/sobjects/Lead/00QRO00000Lead12AB"},"Name":"Bo Li"},
               "WhatId":null,"What":null,"AccountId":null}
              """,
              Task.class);

      assertThat(task.whoId()).contains(LEAD);
      assertThat(task.who().map(SObject::sobjectType)).contains("Lead");
      assertThat(task.what()).isEmpty();
      assertThat(task.whatId()).isEmpty();
      assertThat(task.accountId()).isEmpty();
    }

    @Test
    void keepsCustomAndUnknownFields() {
      Task call = read(LOGGED_CALL, Task.class);

      assertThat(call.customField("Call_Sentiment__c", String.class)).contains("Positive");
      assertThat(call.otherField("Brand_New_Field_v70")).contains(json("[1,2]"));
    }

    @Test
    void roundTripsALoggedCall() {
      assertRoundTrip(
          LOGGED_CALL.replace("\"CallObject\":null,", "").replace("\"ReminderDateTime\":null,", ""),
          Task.class);
    }

    @Test
    void refusesAWhoIdOfAnAccountNamingTheFieldAndPrefix() {
      assertThatThrownBy(
              () -> read("{\"Subject\":\"x\",\"WhoId\":\"001D000000IqhSLIAZ\"}", Task.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Task.WhoId = 001D000000IqhSLIAZ has key prefix 001 (Account)");
    }
  }

  @Nested
  class Creating {
    @Test
    void sendsTheSetFieldsIncludingTheCreateOnlySubtype() {
      Task call =
          Task.builder()
              .subject("Discovery call")
              .taskSubtype(Task.TaskSubtype.CALL)
              .callType(Task.CallType.OUTBOUND)
              .callDurationInSeconds(840)
              .status(Task.Status.COMPLETED)
              .activityDate(LocalDate.of(2026, 11, 20))
              .whoId(CONTACT)
              .whatId(OPPORTUNITY)
              .build();

      assertThat(json(write(call.toCreateFields()))).isEqualTo(json("{\"Subject\":\"Discovery call\",\"Status\":\"Completed\","
                  + "\"ActivityDate\":\"2026-11-20\",\"WhoId\":\"003RO0000035WQgYAM\","
                  + "\"WhatId\":\"006D000000CpOSyIAN\",\"TaskSubtype\":\"Call\","
                  + "\"CallDurationInSeconds\":840,\"CallType\":\"Outbound\"}"));
    }

    @Test
    void refusesEachDerivedFieldInACreateNamingIt() {
      Task base = Task.builder().subject("Follow up").build();
      List<Task> derived =
          List.of(
              base.toBuilder().isClosed(true).build(),
              base.toBuilder().isHighPriority(true).build(),
              base.toBuilder().accountId(ACCOUNT).build(),
              base.toBuilder().completedDateTime(Instant.parse("2026-11-20T15:14:00Z")).build(),
              base.toBuilder().isArchived(false).build());
      List<String> names =
          List.of("IsClosed", "IsHighPriority", "AccountId", "CompletedDateTime", "IsArchived");

      for (int i = 0; i < derived.size(); i++) {
        Task task = derived.get(i);
        assertThatThrownBy(task::toCreateFields)
            .as(names.get(i))
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("Task." + names.get(i) + " is read-only");
      }
    }

    @Test
    void refusesAWhoIdThatIsNotALeadOrContact() {
      for (SalesforceId notAPerson :
          List.of(ACCOUNT, OPPORTUNITY, SalesforceId.of("a01RO00000Cust1YAB"))) {
        assertThatThrownBy(() -> Task.builder().subject("x").whoId(notAPerson).build())
            .as(notAPerson.value())
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("Task.WhoId = " + notAPerson.value())
            .hasMessageContaining("has key prefix " + notAPerson.keyPrefix())
            .hasMessageContaining("a Lead (00Q) or a Contact (003) id")
            .extracting(e -> ((InvalidArgumentException) e).argument())
            .isEqualTo("Task.WhoId");
      }
    }

    @Test
    void acceptsLeadsAndContactsAsWho() {
      assertThat(Task.builder().whoId(LEAD).build().whoId()).contains(LEAD);
      assertThat(Task.builder().whoId(SalesforceId.of("003RO0000035WQg")).build().whoId())
          .contains(CONTACT);
    }
  }

  @Nested
  class Patching {
    @Test
    void distinguishesSetClearedAndUnsetFields() {
      TaskPatch patch =
          TaskPatch.builder()
              .status(Task.Status.COMPLETED)
              .priority(Task.Priority.LOW)
              .whoId(LEAD)
              .callDisposition("Left a voicemail")
              .reminderDateTime(Instant.parse("2026-11-21T08:30:00Z"))
              .clear("WhatId")
              .clear("Description")
              .build();

      assertThat(write(patch))
          .isEqualTo(
              "{\"Status\":\"Completed\",\"Priority\":\"Low\",\"WhoId\":\"00QRO00000Lead12AB\","
                  + "\"CallDisposition\":\"Left a voicemail\","
                  + "\"ReminderDateTime\":\"2026-11-21T08:30:00.000+0000\","
                  + "\"WhatId\":null,\"Description\":null}");
      assertThat(patch.clearedFields()).containsExactly("WhatId", "Description");
    }

    @Test
    void refusesAWhoIdOfAnAccountHoweverItIsGiven() {
      assertThatThrownBy(() -> TaskPatch.builder().whoId(ACCOUNT))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Task.WhoId = 001D000000IqhSLIAZ has key prefix 001 (Account)");
      assertThatThrownBy(() -> TaskPatch.builder().set("WhoId", "001D000000IqhSL"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Task.WhoId")
          .hasMessageContaining("001");
      assertThatThrownBy(() -> TaskPatch.builder().set("whoid", json("\"006D000000CpOSyIAN\"")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("key prefix 006 (Opportunity)");
    }

    @Test
    void clearsTheWho() {
      assertThat(write(TaskPatch.builder().clear("WhoId").build())).isEqualTo("{\"WhoId\":null}");
    }

    @Test
    void refusesCreateOnlyFields() {
      for (String field : List.of("TaskSubtype", "IsRecurrence")) {
        assertThatThrownBy(() -> TaskPatch.builder().set(field, "Call"))
            .as(field)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("Task." + field + " can be set only when the record is created");
      }
    }

    @Test
    void refusesDerivedFields() {
      for (String field : List.of("IsClosed", "IsHighPriority", "AccountId", "CompletedDateTime")) {
        assertThatThrownBy(() -> TaskPatch.builder().clear(field))
            .as(field)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("Task." + field + " is read-only");
      }
    }
  }
}
