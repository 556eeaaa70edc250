package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.json;
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

class EventTest {
  static final SalesforceId CONTACT = SalesforceId.of("003RO0000035WQgYAM");
  static final Instant START = Instant.parse("2026-12-01T15:00:00Z");
  static final Instant END = Instant.parse("2026-12-01T16:00:00Z");

  /** A demo, queried with {@code Who.Name, What.Name}. */
  static final String DEMO =
      """
      {"attributes":{"type":"Event","url":"/services/data/v66.0/sobjects/Event/00URO00000Evnt12AB"},
       "Id":"00URO00000Evnt12AB","IsDeleted":false,"Subject":"Product demo",
       "StartDateTime":"2026-12-01T15:00:00.000+0000","EndDateTime":"2026-12-01T16:00:00.000+0000",
       "ActivityDateTime":"2026-12-01T15:00:00.000+0000","ActivityDate":"2026-12-01",
       "DurationInMinutes":60,"IsAllDayEvent":false,"Location":"Zoom","ShowAs":"Busy","IsPrivate":false,
       "WhoId":"003RO0000035WQgYAM",
       "Who":{"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO0000035WQgYAM"},"Name":"Ada Ng"},
       "WhatId":"006D000000CpOSyIAN",
       "What":{"attributes":{"type":"Opportunity","url":"/services/data/v66.0/sobjects/Opportunity/006D000000CpOSyIAN"},"Name":"Acme — 50 seats","Amount":50000.00},
       "AccountId":"001D000000IqhSLIAZ","OwnerId":"00558000001N0KeAAK","Description":null,
       "EventSubtype":"Event","IsGroupEvent":true,"IsChild":false,"GroupEventType":"1",
       "ReminderDateTime":"2026-12-01T14:45:00.000+0000","IsReminderSet":true,
       "CreatedDate":"2026-11-25T09:00:00.000+0000","Meeting_Link__c":"https://zoom.example/j/1"}
      """;

  @Nested
  class ReadingJson {
    @Test
    void readsATimedEventWithItsPeopleAndRecords() {
      Event demo = read(DEMO, Event.class);

      assertThat(demo.subject()).contains("Product demo");
      assertThat(demo.startDateTime()).contains(START);
      assertThat(demo.endDateTime()).contains(END);
      assertThat(demo.activityDateTime()).contains(START);
      assertThat(demo.activityDate()).contains(LocalDate.of(2026, 12, 1));
      assertThat(demo.durationInMinutes()).contains(60);
      assertThat(demo.isAllDayEvent()).contains(false);
      assertThat(demo.showAs()).contains(Event.ShowAs.BUSY);
      assertThat(demo.eventSubtype()).contains(Event.EventSubtype.EVENT);
      assertThat(demo.groupEventType()).contains(Event.GroupEventType.GROUP);
      assertThat(demo.isGroupEvent()).contains(true);
      assertThat(demo.reminderDateTime()).contains(Instant.parse("2026-12-01T14:45:00Z"));
      assertThat(demo.who().map(SObject::sobjectType)).contains("Contact");
      assertThat(demo.what().flatMap(w -> w.get("Amount", java.math.BigDecimal.class)))
          .contains(new java.math.BigDecimal("50000.00"));
      assertThat(demo.customField("Meeting_Link__c", String.class))
          .contains("https://zoom.example/j/1");
      assertThat(demo.description()).isEmpty();
    }

    @Test
    void readsAnAllDayEventWithoutTimesOrParents() {
      Event offsite =
          read(
              """
              {"attributes":{"type":"Event","url":"/services/data/v66.0/sobjects/Event/00URO00000Evnt22AB"},
               "Id":"00URO00000Evnt22AB","Subject":"Customer offsite","IsAllDayEvent":true,
               "ActivityDate":"2026-12-10","DurationInMinutes":1440,"StartDateTime":"2026-12-10T00:00:00.000+0000",
               "EndDateTime":"2026-12-11T00:00:00.000+0000","ActivityDateTime":null,
               "WhoId":null,"Who":null,"WhatId":null,"What":null}
              """,
              Event.class);

      assertThat(offsite.isAllDayEvent()).contains(true);
      assertThat(offsite.activityDate()).contains(LocalDate.of(2026, 12, 10));
      assertThat(offsite.activityDateTime()).isEmpty();
      assertThat(offsite.who()).isEmpty();
      assertThat(offsite.what()).isEmpty();
    }

    @Test
    void roundTripsAnEvent() {
      assertRoundTrip(DEMO.replace("\"Description\":null,", ""), Event.class);
    }

    @Test
    void refusesAnEndBeforeTheStartNamingBoth() {
      assertThatThrownBy(
              () ->
                  read(
                      "{\"StartDateTime\":\"2026-12-01T16:00:00.000+0000\","
                          + "\"EndDateTime\":\"2026-12-01T15:00:00.000+0000\"}",
                      Event.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining(
              "Event.EndDateTime = 2026-12-01T15:00:00Z is before Event.StartDateTime ="
                  + " 2026-12-01T16:00:00Z");
    }

    @Test
    void refusesAWhoIdOfAnAccount() {
      assertThatThrownBy(() -> read("{\"WhoId\":\"001D000000IqhSLIAZ\"}", Event.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Event.WhoId = 001D000000IqhSLIAZ has key prefix 001 (Account)");
    }
  }

  @Nested
  class Creating {
    @Test
    void sendsTheSetFieldsIncludingTheCreateOnlySubtype() {
      Event demo =
          Event.builder()
              .subject("Product demo")
              .startDateTime(START)
              .endDateTime(END)
              .location("Zoom")
              .eventSubtype(Event.EventSubtype.EVENT)
              .whoId(CONTACT)
              .build();

      assertThat(json(write(demo.toCreateFields()))).isEqualTo(json("{\"Subject\":\"Product demo\",\"StartDateTime\":\"2026-12-01T15:00:00.000+0000\","
                  + "\"EndDateTime\":\"2026-12-01T16:00:00.000+0000\",\"Location\":\"Zoom\","
                  + "\"WhoId\":\"003RO0000035WQgYAM\",\"EventSubtype\":\"Event\"}"));
    }

    @Test
    void refusesAnEndBeforeTheStartButAcceptsAZeroLengthEvent() {
      assertThatThrownBy(() -> Event.builder().startDateTime(END).endDateTime(START).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Event.EndDateTime = 2026-12-01T15:00:00Z is before")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Event.EndDateTime");
      assertThat(Event.builder().startDateTime(START).endDateTime(START).build().endDateTime())
          .contains(START);
      assertThat(Event.builder().endDateTime(START).build().startDateTime()).isEmpty();
    }

    @Test
    void refusesEachDerivedFieldInACreateNamingIt() {
      Event base = Event.builder().subject("Sync").startDateTime(START).durationInMinutes(30).build();
      List<Event> derived =
          List.of(
              base.toBuilder().accountId(SalesforceId.of("001D000000IqhSLIAZ")).build(),
              base.toBuilder().isGroupEvent(true).build(),
              base.toBuilder().isChild(false).build(),
              base.toBuilder().groupEventType(Event.GroupEventType.NON_GROUP).build());

      for (Event event : derived) {
        assertThatThrownBy(event::toCreateFields)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageMatching(
                "Event\\.(AccountId|IsGroupEvent|IsChild|GroupEventType) is read-only.*");
      }
    }

    @Test
    void refusesAWhoIdThatIsNotALeadOrContact() {
      assertThatThrownBy(
              () -> Event.builder().whoId(SalesforceId.of("006D000000CpOSyIAN")).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Event.WhoId = 006D000000CpOSyIAN has key prefix 006 (Opportunity)")
          .hasMessageContaining("WhatId");
    }
  }

  @Nested
  class Patching {
    @Test
    void distinguishesSetClearedAndUnsetFields() {
      EventPatch patch =
          EventPatch.builder()
              .startDateTime(Instant.parse("2026-12-02T15:00:00Z"))
              .endDateTime(Instant.parse("2026-12-02T16:30:00Z"))
              .showAs(Event.ShowAs.OUT_OF_OFFICE)
              .isReminderSet(false)
              .clear("Location")
              .build();

      assertThat(write(patch))
          .isEqualTo(
              "{\"StartDateTime\":\"2026-12-02T15:00:00.000+0000\","
                  + "\"EndDateTime\":\"2026-12-02T16:30:00.000+0000\",\"ShowAs\":\"OutOfOffice\","
                  + "\"IsReminderSet\":false,\"Location\":null}");
    }

    @Test
    void buildRefusesAnEndBeforeTheStartItAlsoSets() {
      EventPatch.Builder backwards =
          EventPatch.builder().endDateTime(START).set("startdatetime", END);

      assertThatThrownBy(backwards::build)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining(
              "Event.EndDateTime = 2026-12-01T15:00:00Z is before Event.StartDateTime ="
                  + " 2026-12-01T16:00:00Z");
    }

    @Test
    void buildLeavesAOneSidedMoveOrAClearedEndToSalesforce() {
      assertThat(EventPatch.builder().endDateTime(START).build().fields())
          .containsOnlyKeys("EndDateTime");
      assertThat(
              EventPatch.builder()
                  .startDateTime(END)
                  .clear("EndDateTime")
                  .durationInMinutes(30)
                  .build()
                  .clearedFields())
          .containsExactly("EndDateTime");
    }

    @Test
    void refusesAWhoIdOfAnAccount() {
      assertThatThrownBy(
              () -> EventPatch.builder().whoId(SalesforceId.of("001D000000IqhSLIAZ")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Event.WhoId = 001D000000IqhSLIAZ has key prefix 001");
    }

    @Test
    void refusesTheCreateOnlySubtypeAndDerivedFields() {
      assertThatThrownBy(() -> EventPatch.builder().set("EventSubtype", "Event"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Event.EventSubtype can be set only when the record is created");
      assertThatThrownBy(() -> EventPatch.builder().set("IsGroupEvent", true))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Event.IsGroupEvent is read-only");
    }
  }
}
