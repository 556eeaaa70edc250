package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.sobject.RecordClient;
import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.AccountPatch;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.ContactPatch;
import dev.salescloud.model.sales.Event;
import dev.salescloud.model.sales.EventPatch;
import dev.salescloud.model.sales.Industry;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadPatch;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.OpportunityPatch;
import dev.salescloud.model.sales.Task;
import dev.salescloud.model.sales.TaskPatch;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubClientsTest extends LoopbackTest {
  static final SalesforceId ACCOUNT_ID = SalesforceId.of("001D000000IqhSLIAZ");
  static final SalesforceId CONTACT_ID = SalesforceId.of("0035f00000Xyz12AAB");
  static final SalesforceId OPPORTUNITY_ID = SalesforceId.of("0065f00000AbCdEAAV");
  static final SalesforceId TASK_ID = SalesforceId.of("00T5f00000AbCdEEA1");
  static final SalesforceId EVENT_ID = SalesforceId.of("00U5f00000AbCdEEA1");
  static final SalesforceId LEAD_ID = SalesforceId.of("00Q5f00000AbcdeEAB");

  static String created(SalesforceId id) {
    return "{\"id\":\"" + id.value() + "\",\"success\":true,\"errors\":[]}";
  }

  static String record(String type, SalesforceId id, String fields) {
    return "{\"attributes\":{\"type\":\"" + type + "\",\"url\":\"/services/data/v66.0/sobjects/"
        + type + "/" + id.value() + "\"},\"Id\":\"" + id.value() + "\"," + fields + "}";
  }

  /**
   * Creates, reads, updates and deletes through one sub-client and checks every request;
   * returns the record read.
   */
  <R extends SObjectRecord, P extends RecordPatch> R crud(
      RecordClient<R, P> client,
      SalesforceId id,
      R toCreate,
      String createBody,
      String readFields,
      P patch,
      String patchBody)
      throws Exception {
    String type = client.sobjectType();
    String base = "/services/data/v66.0/sobjects/" + type;
    server.enqueue(201, created(id));
    server.enqueue(200, record(type, id, readFields));
    server.enqueue(empty(204));
    server.enqueue(empty(204));

    SalesforceId createdId = client.create(toCreate);
    R read = client.get(id);
    client.update(id, patch);
    client.delete(id);

    Recorded create = server.takeRequest();
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.path()).isEqualTo(base);
    assertThat(json(create.body())).isEqualTo(json(createBody));
    assertThat(createdId).isEqualTo(id);
    Recorded get = server.takeRequest();
    assertThat(get.method()).isEqualTo("GET");
    assertThat(get.path()).isEqualTo(base + "/" + id.value());
    Recorded update = server.takeRequest();
    assertThat(update.method()).isEqualTo("PATCH");
    assertThat(update.path()).isEqualTo(base + "/" + id.value());
    assertThat(json(update.body())).isEqualTo(json(patchBody));
    Recorded delete = server.takeRequest();
    assertThat(delete.method()).isEqualTo("DELETE");
    assertThat(delete.path()).isEqualTo(base + "/" + id.value());
    assertThat(read.id()).contains(id);
    return read;
  }

  @Nested
  class TypedRecords {
    @Test
    void accountsCreateReadUpdateAndDeleteAccounts() throws Exception {
      Account read =
          crud(
              sf.accounts(),
              ACCOUNT_ID,
              Account.builder().name("Acme").industry(Industry.MANUFACTURING).build(),
              "{\"Name\":\"Acme\",\"Industry\":\"Manufacturing\"}",
              "\"Name\":\"Acme\",\"AnnualRevenue\":1200000.00",
              AccountPatch.builder().type(Account.Type.CUSTOMER_DIRECT).clear("Site").build(),
              "{\"Type\":\"Customer - Direct\",\"Site\":null}");

      assertThat(read.name()).contains("Acme");
      assertThat(read.annualRevenue()).contains(new BigDecimal("1200000.00"));
    }

    @Test
    void contactsCreateReadUpdateAndDeleteContacts() throws Exception {
      Contact read =
          crud(
              sf.contacts(),
              CONTACT_ID,
              Contact.builder().lastName("Ng").accountId(ACCOUNT_ID).build(),
              "{\"LastName\":\"Ng\",\"AccountId\":\"001D000000IqhSLIAZ\"}",
              "\"LastName\":\"Ng\",\"Email\":\"ada@acme.example\"",
              ContactPatch.builder().title("CTO").build(),
              "{\"Title\":\"CTO\"}");

      assertThat(read.email()).contains("ada@acme.example");
    }

    @Test
    void opportunitiesCreateReadUpdateAndDeleteOpportunities() throws Exception {
      Opportunity read =
          crud(
              sf.opportunities(),
              OPPORTUNITY_ID,
              Opportunity.builder().name("Acme - 50 seats").stageName(Opportunity.Stage.PROSPECTING)
                  .closeDate(LocalDate.of(2026, 9, 30)).amount(new BigDecimal("50000")).build(),
              "{\"Name\":\"Acme - 50 seats\",\"StageName\":\"Prospecting\",\"CloseDate\":\"2026-09-30\","
                  + "\"Amount\":50000}",
              "\"Name\":\"Acme - 50 seats\",\"Amount\":50000.00,\"CloseDate\":\"2026-09-30\"",
              OpportunityPatch.builder().stageName(Opportunity.Stage.CLOSED_WON).build(),
              "{\"StageName\":\"Closed Won\"}");

      assertThat(read.amount()).contains(new BigDecimal("50000.00"));
      assertThat(read.closeDate()).contains(LocalDate.of(2026, 9, 30));
    }

    @Test
    void tasksCreateReadUpdateAndDeleteTasks() throws Exception {
      Task read =
          crud(
              sf.tasks(),
              TASK_ID,
              Task.builder().subject("Call back").whoId(LEAD_ID).activityDate(LocalDate.of(2026, 5, 4)).build(),
              "{\"Subject\":\"Call back\",\"WhoId\":\"00Q5f00000AbcdeEAB\",\"ActivityDate\":\"2026-05-04\"}",
              "\"Subject\":\"Call back\",\"Status\":\"Not Started\"",
              TaskPatch.builder().status(Task.Status.COMPLETED).build(),
              "{\"Status\":\"Completed\"}");

      assertThat(read.status()).contains(Task.Status.NOT_STARTED);
    }

    @Test
    void eventsCreateReadUpdateAndDeleteEvents() throws Exception {
      Instant start = Instant.parse("2026-05-04T15:00:00Z");
      Event read =
          crud(
              sf.events(),
              EVENT_ID,
              Event.builder().subject("Demo").whatId(OPPORTUNITY_ID).startDateTime(start)
                  .endDateTime(start.plusSeconds(3600)).build(),
              "{\"Subject\":\"Demo\",\"WhatId\":\"0065f00000AbCdEAAV\","
                  + "\"StartDateTime\":\"2026-05-04T15:00:00.000+0000\",\"EndDateTime\":\"2026-05-04T16:00:00.000+0000\"}",
              "\"Subject\":\"Demo\",\"StartDateTime\":\"2026-05-04T15:00:00.000+0000\"",
              EventPatch.builder().location("Zoom").build(),
              "{\"Location\":\"Zoom\"}");

      assertThat(read.startDateTime()).contains(start);
    }

    @Test
    void leadsCreateReadUpdateAndDeleteLeads() throws Exception {
      Lead read =
          crud(
              sf.leads(),
              LEAD_ID,
              Lead.builder().lastName("Ng").company("Acme").build(),
              "{\"LastName\":\"Ng\",\"Company\":\"Acme\"}",
              "\"LastName\":\"Ng\",\"Status\":\"Open - Not Contacted\"",
              LeadPatch.builder().rating("Hot").build(),
              "{\"Rating\":\"Hot\"}");

      assertThat(read.status()).contains("Open - Not Contacted");
    }
  }

  @Nested
  class Wiring {
    @Test
    void eachSubClientServesItsObjectAndIsShared() {
      assertThat(sf.accounts().sobjectType()).isEqualTo("Account");
      assertThat(sf.contacts().sobjectType()).isEqualTo("Contact");
      assertThat(sf.opportunities().sobjectType()).isEqualTo("Opportunity");
      assertThat(sf.tasks().sobjectType()).isEqualTo("Task");
      assertThat(sf.events().sobjectType()).isEqualTo("Event");
      assertThat(sf.leads().sobjectType()).isEqualTo("Lead");
      assertThat(sf.accounts()).isSameAs(sf.accounts());
      assertThat(sf.contacts()).isSameAs(sf.contacts());
    }

    @Test
    void refusesTheIdOfAnotherObjectWithoutSendingAnything() {
      guard.assertThatThrownBy(() -> sf.contacts().get(ACCOUNT_ID))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("001 (Account)")
          .hasMessageContaining("Contact");
      guard.assertThatThrownBy(() -> sf.tasks().delete(EVENT_ID))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("00U (Event)");
      guard.assertThatThrownBy(
              () -> sf.opportunities().update(ACCOUNT_ID, OpportunityPatch.builder().name("x").build()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("001 (Account)");
      guard.assertThatThrownBy(() -> sf.events().get(TASK_ID, "Subject"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("00T (Task)");

      assertThat(server.requestCount()).isZero();
    }

    @Test
    void readsCustomFieldsOnTypedRecords() {
      server.enqueue(200, record("Account", ACCOUNT_ID, "\"Name\":\"Acme\",\"Erp_Number__c\":\"A-1042\""));

      Account account = sf.accounts().get(ACCOUNT_ID);

      assertThat(account.customField("Erp_Number__c", String.class)).contains("A-1042");
    }

    @Test
    void mapsADeletedTaskToNotFound() {
      server.enqueue(404, "[{\"message\":\"entity is deleted\",\"errorCode\":\"ENTITY_IS_DELETED\",\"fields\":[]}]");

      guard.assertThatThrownBy(() -> sf.tasks().get(TASK_ID))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.hasErrorCode("ENTITY_IS_DELETED")).isTrue();
            assertThat(e.path()).isEqualTo("/services/data/v66.0/sobjects/Task/" + TASK_ID.value());
          });
    }
  }
}
