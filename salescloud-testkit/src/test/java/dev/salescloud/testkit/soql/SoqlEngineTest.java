package dev.salescloud.testkit.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.query.AggregateResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.MovingClock;
import dev.salescloud.testkit.schema.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SoqlEngineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2024-05-01T17:03:11Z");

  private final MovingClock clock = new MovingClock(START);
  private final FakeSalesCloud org = FakeSalesCloud.builder().clock(clock).build();
  private final SalesCloudClient client = org.client();

  private String insert(String type, Object... fieldsAndValues) {
    ObjectNode fields = JSON.createObjectNode();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      fields.set((String) fieldsAndValues[i], JSON.valueToTree(fieldsAndValues[i + 1]));
    }
    return org.store().insert(type, fields).value();
  }

  private String lead(String last, String company, Object... more) {
    Object[] all = new Object[more.length + 4];
    all[0] = "LastName";
    all[1] = last;
    all[2] = "Company";
    all[3] = company;
    System.arraycopy(more, 0, all, 4, more.length);
    return insert("Lead", all);
  }

  private List<String> lastNames(String soql) {
    return client.query(soql, Lead.class).stream()
        .map(l -> l.lastName().orElse("-"))
        .collect(Collectors.toList());
  }

  private ApiException refusal(String soql) {
    try {
      client.query(soql, SObject.class).toList();
    } catch (ApiException e) {
      return e;
    }
    throw new AssertionError("The org answered " + soql);
  }

  @Nested
  class Selecting {
    @Test
    void returnsTheSelectedFieldsOfEveryLiveRecordInCreationOrder() {
      lead("Ng", "Acme", "Title", "CTO");
      lead("Lovelace", "Engines");

      List<Lead> leads = client.query("SELECT Id, LastName, Title FROM Lead", Lead.class).toList();

      assertThat(leads).extracting(l -> l.lastName().orElseThrow()).containsExactly("Ng", "Lovelace");
      assertThat(leads.get(0).title()).contains("CTO");
      assertThat(leads.get(1).title()).isEmpty();
      assertThat(leads.get(0).company()).isEmpty();
      assertThat(leads.get(0).id().orElseThrow().keyPrefix()).isEqualTo("00Q");
    }

    @Test
    void runsBuiltQueriesTheSameAsText() {
      lead("Ng", "Acme");
      lead("Lovelace", "Engines");

      List<Lead> leads =
          client.query(
                  Soql.select("LastName").from("Lead").where(Soql.field("Company").eq("Engines")),
                  Lead.class)
              .toList();

      assertThat(leads).extracting(l -> l.lastName().orElseThrow()).containsExactly("Lovelace");
    }

    @Test
    void readsFieldsThroughTheObjectAlias() {
      lead("Ng", "Acme");

      assertThat(lastNames("SELECT l.LastName FROM Lead l WHERE l.Company = 'Acme'"))
          .containsExactly("Ng");
    }

    @Test
    void queryLeavesRecycledRecordsOutAndQueryAllKeepsThem() {
      lead("Ng", "Acme");
      String gone = lead("Lovelace", "Engines");
      org.store().delete("Lead", gone);

      List<Lead> live = client.query("SELECT Id, IsDeleted FROM Lead", Lead.class).toList();
      List<Lead> all = client.queryAll("SELECT Id, IsDeleted FROM Lead", Lead.class).toList();

      assertThat(live).extracting(l -> l.isDeleted().orElseThrow()).containsExactly(false);
      assertThat(all).extracting(l -> l.isDeleted().orElseThrow()).containsExactly(false, true);
    }

    @Test
    void countsWithCountAndAppliesTheWhereClause() {
      lead("Ng", "Acme");
      lead("Lovelace", "Acme");
      lead("Hopper", "Navy");

      assertThat(client.query("SELECT Id FROM Lead WHERE Company = 'Acme'", Lead.class).count())
          .isEqualTo(2);
      assertThat(client.query("SELECT Id FROM Lead", Lead.class).count()).isEqualTo(3);
    }
  }

  @Nested
  class Filtering {
    @Test
    void comparesTextIgnoringCase() {
      lead("Ng", "Acme");
      lead("NG", "Beta");
      lead("Lovelace", "Engines");

      assertThat(lastNames("SELECT LastName FROM Lead WHERE LastName = 'ng'"))
          .containsExactly("Ng", "NG");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE LastName > 'm'"))
          .containsExactly("Ng", "NG");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE LastName <= 'LOVELACE'"))
          .containsExactly("Lovelace");
    }

    @Test
    void notEqualsAndNotInKeepRecordsWhoseFieldIsNull() {
      lead("Ng", "Acme", "Title", "CTO");
      lead("Lovelace", "Engines");
      lead("Hopper", "Navy", "Title", "Admiral");

      assertThat(lastNames("SELECT LastName FROM Lead WHERE Title != 'CTO'"))
          .containsExactly("Lovelace", "Hopper");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Title NOT IN ('CTO', 'Admiral')"))
          .containsExactly("Lovelace");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Title = null"))
          .containsExactly("Lovelace");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Title != null"))
          .containsExactly("Ng", "Hopper");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Title > 'A'"))
          .containsExactly("Ng", "Hopper");
    }

    @Test
    void comparesNumbersByValue() {
      lead("Small", "A", "NumberOfEmployees", 9, "AnnualRevenue", 10.5);
      lead("Mid", "B", "NumberOfEmployees", 50, "AnnualRevenue", 1000);
      lead("Big", "C", "NumberOfEmployees", 5000);

      assertThat(lastNames("SELECT LastName FROM Lead WHERE NumberOfEmployees > 9"))
          .containsExactly("Mid", "Big");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE NumberOfEmployees >= 50.0"))
          .containsExactly("Mid", "Big");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE NumberOfEmployees < 50"))
          .containsExactly("Small");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE AnnualRevenue = 10.50"))
          .containsExactly("Small");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE AnnualRevenue IN (1000, 7)"))
          .containsExactly("Mid");
    }

    @Test
    void comparesCheckboxes() {
      lead("Ng", "Acme");
      lead("Lovelace", "Engines", "IsUnreadByOwner", false);

      assertThat(lastNames("SELECT LastName FROM Lead WHERE IsUnreadByOwner = true"))
          .containsExactly("Ng");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE IsUnreadByOwner = false"))
          .containsExactly("Lovelace");
    }

    @Test
    void comparesDatesAndDatetimes() {
      insert("Contact", "LastName", "Old", "Birthdate", "1950-03-01");
      clock.moveTo(START.plusSeconds(3600));
      insert("Contact", "LastName", "Young", "Birthdate", "2001-12-31");
      insert("Contact", "LastName", "Unknown");

      List<String> born =
          client.query("SELECT LastName FROM Contact WHERE Birthdate < 2000-01-01", Contact.class)
              .stream().map(c -> c.lastName().orElseThrow()).collect(Collectors.toList());
      List<String> late =
          client.query(
                  "SELECT LastName FROM Contact WHERE CreatedDate > 2024-05-01T17:03:11Z",
                  Contact.class)
              .stream().map(c -> c.lastName().orElseThrow()).collect(Collectors.toList());
      List<String> exact =
          client.query(
                  "SELECT LastName FROM Contact WHERE CreatedDate = 2024-05-01T19:03:11+02:00"
                      + " AND Birthdate = 1950-03-01",
                  Contact.class)
              .stream().map(c -> c.lastName().orElseThrow()).collect(Collectors.toList());

      assertThat(born).containsExactly("Old");
      assertThat(late).containsExactly("Young", "Unknown");
      assertThat(exact).containsExactly("Old");
    }

    @Test
    void matchesIdsIn15And18CharacterForms() {
      String ng = lead("Ng", "Acme");
      String lovelace = lead("Lovelace", "Engines");
      lead("Hopper", "Navy");
      String short15 = SalesforceId.of(ng).to15();

      assertThat(lastNames("SELECT LastName FROM Lead WHERE Id = '" + short15 + "'"))
          .containsExactly("Ng");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Id IN ('" + lovelace + "', '"
              + short15 + "')"))
          .containsExactly("Ng", "Lovelace");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Id != '" + ng + "'"))
          .containsExactly("Lovelace", "Hopper");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE OwnerId = '"
              + org.store().runningUserId().to15() + "'"))
          .containsExactly("Ng", "Lovelace", "Hopper");
    }

    @Test
    void looksIdsUpOnlyInTheQueriedObjectAndHonoursTheRestOfTheFilter() {
      String ng = lead("Ng", "Acme");
      String account = insert("Account", "Name", "Acme");
      String gone = lead("Gone", "Acme");
      org.store().delete("Lead", gone);

      assertThat(lastNames("SELECT LastName FROM Lead WHERE Id = '" + account + "'")).isEmpty();
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Id = '" + ng + "' AND Company = 'x'"))
          .isEmpty();
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Id IN ('" + ng + "', '" + gone + "')"))
          .containsExactly("Ng");
      assertThat(
              client.queryAll("SELECT LastName FROM Lead WHERE Id = '" + gone + "'", Lead.class)
                  .toList())
          .extracting(l -> l.lastName().orElseThrow())
          .containsExactly("Gone");
    }

    @Test
    void keepsOrDropsRecordsNamedBySemiJoinSubqueries() {
      String ng = lead("Ng", "Acme");
      lead("Lovelace", "Engines");
      String hopper = lead("Hopper", "Navy");
      insert("Task", "Subject", "Call", "WhoId", ng);
      insert("Task", "Subject", "Email", "WhoId", hopper);

      assertThat(lastNames("SELECT LastName FROM Lead WHERE Id IN (SELECT WhoId FROM Task)"))
          .containsExactly("Ng", "Hopper");
      assertThat(lastNames(
              "SELECT LastName FROM Lead WHERE Id IN (SELECT WhoId FROM Task WHERE Subject = 'call')"))
          .containsExactly("Ng");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Id NOT IN (SELECT WhoId FROM Task)"))
          .containsExactly("Lovelace");
      insert("Account", "Name", "acme");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Company IN (SELECT Name FROM Account)"))
          .containsExactly("Ng");
    }

    @Test
    void matchesLikePatternsIgnoringCaseWithEscapes() {
      lead("Ng", "Acme Corp");
      lead("Lovelace", "ACME_Labs");
      lead("Hopper", "Navy");
      lead("Null", "x");

      assertThat(lastNames("SELECT LastName FROM Lead WHERE Company LIKE 'acme%'"))
          .containsExactly("Ng", "Lovelace");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Company LIKE '%\\_Labs'"))
          .containsExactly("Lovelace");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Company LIKE 'N_vy'"))
          .containsExactly("Hopper");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Title LIKE '%'")).isEmpty();
    }

    @Test
    void combinesAndOrAndNot() {
      lead("Ng", "Acme", "Title", "CTO");
      lead("Lovelace", "Acme");
      lead("Hopper", "Navy", "Title", "CTO");

      assertThat(lastNames(
              "SELECT LastName FROM Lead WHERE Company = 'Acme' AND (Title = 'CTO' OR Title = null)"))
          .containsExactly("Ng", "Lovelace");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE NOT Company = 'Acme'"))
          .containsExactly("Hopper");
      assertThat(lastNames(
              "SELECT LastName FROM Lead WHERE Company = 'Navy' OR (Company = 'Acme' AND NOT Title = null)"))
          .containsExactly("Ng", "Hopper");
      assertThat(lastNames("SELECT LastName FROM Lead WHERE Company IN ('Navy', 'acme')"))
          .containsExactly("Ng", "Lovelace", "Hopper");
    }
  }

  @Nested
  class Ordering {
    @Test
    void sortsOnSeveralFieldsInEitherDirection() {
      lead("b", "Acme");
      lead("A", "Navy");
      lead("c", "Acme");
      lead("a", "Acme");

      assertThat(lastNames("SELECT LastName FROM Lead ORDER BY Company DESC, LastName"))
          .containsExactly("A", "a", "b", "c");
      assertThat(lastNames("SELECT LastName FROM Lead ORDER BY Company, LastName DESC"))
          .containsExactly("c", "b", "a", "A");
    }

    @Test
    void putsNullsFirstAscendingAndLastDescendingUnlessTold() {
      lead("Ten", "x", "NumberOfEmployees", 10);
      lead("None", "x");
      lead("Two", "x", "NumberOfEmployees", 2);

      assertThat(lastNames("SELECT LastName FROM Lead ORDER BY NumberOfEmployees"))
          .containsExactly("None", "Two", "Ten");
      assertThat(lastNames("SELECT LastName FROM Lead ORDER BY NumberOfEmployees DESC"))
          .containsExactly("Ten", "Two", "None");
      assertThat(lastNames("SELECT LastName FROM Lead ORDER BY NumberOfEmployees ASC NULLS LAST"))
          .containsExactly("Two", "Ten", "None");
      assertThat(lastNames("SELECT LastName FROM Lead ORDER BY NumberOfEmployees DESC NULLS FIRST"))
          .containsExactly("None", "Ten", "Two");
    }

    @Test
    void appliesOffsetThenLimitAfterSorting() {
      for (String name : List.of("e", "b", "d", "a", "c")) {
        lead(name, "x");
      }

      assertThat(lastNames("SELECT LastName FROM Lead ORDER BY LastName LIMIT 2"))
          .containsExactly("a", "b");
      assertThat(lastNames("SELECT LastName FROM Lead ORDER BY LastName LIMIT 2 OFFSET 2"))
          .containsExactly("c", "d");
      assertThat(lastNames("SELECT LastName FROM Lead ORDER BY LastName OFFSET 4"))
          .containsExactly("e");
      assertThat(lastNames("SELECT LastName FROM Lead ORDER BY LastName OFFSET 2000")).isEmpty();
    }
  }

  @Nested
  class Paging {
    @Test
    void readsEveryPageThroughNextRecordsUrlWithTheBatchSizeAsked() {
      for (int i = 0; i < 450; i++) {
        lead(String.format("L%03d", i), "x");
      }

      List<List<String>> pages = new ArrayList<>();
      client.query("SELECT LastName FROM Lead ORDER BY LastName", Lead.class)
          .batchSize(200)
          .pages()
          .forEach(p -> pages.add(
              p.records().stream().map(l -> l.lastName().orElseThrow()).collect(Collectors.toList())));

      assertThat(pages).extracting(List::size).containsExactly(200, 200, 50);
      assertThat(pages.get(1).get(0)).isEqualTo("L200");
      assertThat(pages.get(2).get(49)).isEqualTo("L449");
      assertThat(client.query("SELECT LastName FROM Lead", Lead.class).toList()).hasSize(450);
    }
  }

  @Nested
  class ParentPaths {
    @Test
    void readsParentFieldsAsNestedRecordsOrNull() {
      String acme = insert("Account", "Name", "Acme");
      insert("Contact", "LastName", "Ng", "AccountId", acme);
      insert("Contact", "LastName", "Orphan");

      List<Contact> contacts =
          client.query("SELECT LastName, Account.Name, Account.Owner.Name FROM Contact", Contact.class)
              .toList();

      assertThat(contacts.get(0).account().flatMap(a -> a.name())).contains("Acme");
      assertThat(contacts.get(0).account().flatMap(a -> a.owner())
              .flatMap(o -> o.name()))
          .contains("Admin User");
      assertThat(contacts.get(1).account()).isEmpty();
    }

    @Test
    void filtersAndSortsOnParentFields() {
      String acme = insert("Account", "Name", "Acme");
      String beta = insert("Account", "Name", "Beta");
      insert("Contact", "LastName", "Ng", "AccountId", beta);
      insert("Contact", "LastName", "Lovelace", "AccountId", acme);
      insert("Contact", "LastName", "Orphan");

      List<String> inAcme =
          client.query("SELECT LastName FROM Contact WHERE Account.Name LIKE 'ac%'", Contact.class)
              .stream().map(c -> c.lastName().orElseThrow()).collect(Collectors.toList());
      List<String> sorted =
          client.query("SELECT LastName FROM Contact ORDER BY Account.Name DESC", Contact.class)
              .stream().map(c -> c.lastName().orElseThrow()).collect(Collectors.toList());
      List<String> without =
          client.query("SELECT LastName FROM Contact WHERE Account.Name = null", Contact.class)
              .stream().map(c -> c.lastName().orElseThrow()).collect(Collectors.toList());

      assertThat(inAcme).containsExactly("Lovelace");
      assertThat(sorted).containsExactly("Ng", "Lovelace", "Orphan");
      assertThat(without).containsExactly("Orphan");
    }

    @Test
    void followsCustomLookupsThroughTheirUnderscoreRName() {
      org.schema().addObject("Invoice__c");
      org.schema().addLookup("Invoice__c", "Customer__c", "Account");
      org.schema().addField("Invoice__c", "Total__c", FieldType.CURRENCY);
      String acme = insert("Account", "Name", "Acme");
      insert("Invoice__c", "Name", "INV-1", "Customer__c", acme, "Total__c", 12.5);

      List<SObject> invoices =
          client.query(
                  "SELECT Name, Customer__r.Name FROM Invoice__c WHERE Customer__r.Name = 'acme'",
                  SObject.class)
              .toList();

      assertThat(invoices).hasSize(1);
      Optional<JsonNode> customer = invoices.get(0).get("Customer__r");
      assertThat(customer.map(c -> c.get("Name").asText())).contains("Acme");
      assertThat(customer.map(c -> c.get("attributes").get("type").asText())).contains("Account");
    }
  }

  @Nested
  class ChildSubqueries {
    @Test
    void nestsEachParentsChildrenAsAQueryResultOrNull() {
      String acme = insert("Account", "Name", "Acme");
      insert("Account", "Name", "Empty");
      insert("Contact", "LastName", "Ng", "AccountId", acme);
      insert("Contact", "LastName", "Adams", "AccountId", acme);
      insert("Contact", "LastName", "Orphan");
      insert("Account", "Name", "Acme Labs", "ParentId", acme);

      List<Account> accounts =
          client.query(
                  "SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName),"
                      + " (SELECT Name FROM ChildAccounts) FROM Account WHERE ParentId = null",
                  Account.class)
              .toList();

      assertThat(accounts).extracting(a -> a.name().orElseThrow()).containsExactly("Acme", "Empty");
      assertThat(accounts.get(0).contacts().orElseThrow().records())
          .extracting(c -> c.lastName().orElseThrow())
          .containsExactly("Adams", "Ng");
      assertThat(accounts.get(0).contacts().orElseThrow().totalSize()).isEqualTo(2);
      assertThat(accounts.get(0).childAccounts().orElseThrow().records())
          .extracting(a -> a.name().orElseThrow())
          .containsExactly("Acme Labs");
      assertThat(accounts.get(1).contacts()).isEmpty();
      assertThat(accounts.get(1).childAccounts()).isEmpty();
    }

    @Test
    void filtersAndLimitsChildrenPerParent() {
      String acme = insert("Account", "Name", "Acme");
      String beta = insert("Account", "Name", "Beta");
      for (String name : List.of("c", "a", "b")) {
        insert("Contact", "LastName", name, "AccountId", acme);
        insert("Contact", "LastName", name + "2", "AccountId", beta);
      }

      List<Account> accounts =
          client.query(
                  "SELECT Name, (SELECT LastName FROM Contacts WHERE LastName != 'a'"
                      + " ORDER BY LastName DESC LIMIT 1) FROM Account",
                  Account.class)
              .toList();

      assertThat(accounts.get(0).contacts().orElseThrow().records())
          .extracting(c -> c.lastName().orElseThrow())
          .containsExactly("c");
      assertThat(accounts.get(1).contacts().orElseThrow().records())
          .extracting(c -> c.lastName().orElseThrow())
          .containsExactly("c2");
    }

    @Test
    void findsActivitiesThroughWhoAndWhat() {
      String acme = insert("Account", "Name", "Acme");
      String ng = lead("Ng", "Acme");
      insert("Task", "Subject", "Call", "WhatId", acme);
      insert("Task", "Subject", "Email", "WhoId", ng);

      List<SObject> accounts =
          client.query("SELECT Name, (SELECT Subject FROM Tasks) FROM Account", SObject.class)
              .toList();
      List<SObject> leads =
          client.query("SELECT Name, (SELECT Subject FROM Tasks) FROM Lead", SObject.class)
              .toList();

      assertThat(accounts.get(0).get("Tasks").map(t -> t.get("records").get(0).get("Subject").asText()))
          .contains("Call");
      assertThat(leads.get(0).get("Tasks").map(t -> t.get("records").get(0).get("Subject").asText()))
          .contains("Email");
    }

    @Test
    void refusesAnUnknownChildRelationship() {
      ApiException e = refusal("SELECT Name, (SELECT Id FROM Widgets) FROM Account");
      ApiException wrongParent = refusal("SELECT Name, (SELECT Id FROM ChildAccounts) FROM Lead");

      assertThat(e.errorCode()).contains("INVALID_TYPE");
      assertThat(e.errors().get(0).message())
          .startsWith("Didn't understand relationship 'Widgets' in FROM part of query call.");
      assertThat(wrongParent.errorCode()).contains("INVALID_TYPE");
    }
  }

  @Nested
  class DateLiterals {
    private List<String> contacts(String where) {
      return client.query("SELECT LastName FROM Contact WHERE " + where, Contact.class).stream()
          .map(c -> c.lastName().orElseThrow())
          .collect(Collectors.toList());
    }

    @Test
    void readsRangesOfDatesAgainstTheOrgsClock() {
      insert("Contact", "LastName", "Today", "Birthdate", "2024-05-01");
      insert("Contact", "LastName", "Sunday", "Birthdate", "2024-04-28");
      insert("Contact", "LastName", "March", "Birthdate", "2024-03-15");
      insert("Contact", "LastName", "Unknown");

      assertThat(contacts("Birthdate = TODAY")).containsExactly("Today");
      assertThat(contacts("Birthdate = THIS_WEEK")).containsExactly("Today", "Sunday");
      assertThat(contacts("Birthdate = LAST_N_DAYS:3")).containsExactly("Today", "Sunday");
      assertThat(contacts("Birthdate < THIS_MONTH")).containsExactly("Sunday", "March");
      assertThat(contacts("Birthdate > LAST_MONTH")).containsExactly("Today");
      assertThat(contacts("Birthdate <= LAST_MONTH")).containsExactly("Sunday", "March");
      assertThat(contacts("Birthdate >= THIS_QUARTER")).containsExactly("Today", "Sunday");
      assertThat(contacts("Birthdate != THIS_QUARTER")).containsExactly("March", "Unknown");
      assertThat(contacts("Birthdate = NEXT_N_DAYS:5")).isEmpty();
    }

    @Test
    void placesDatetimesOnTheRunningUsersDay() {
      clock.moveTo(Instant.parse("2024-05-02T03:00:00Z"));
      insert("Contact", "LastName", "Evening");
      clock.moveTo(START);

      assertThat(contacts("CreatedDate = TODAY")).containsExactly("Evening");
      assertThat(contacts("CreatedDate = TOMORROW")).isEmpty();
    }

    @Test
    void refusesDateLiteralsOnOtherFields() {
      ApiException e = refusal("SELECT Id FROM Contact WHERE LastName = TODAY");

      assertThat(e.errorCode()).contains("INVALID_FIELD");
      assertThat(e.errors().get(0).message()).contains("'LastName'", "string");
    }
  }

  @Nested
  class Aggregates {
    private List<AggregateResult> aggregate(String soql) {
      return client.query(soql, AggregateResult.class).toList();
    }

    private void pipeline() {
      String acme = insert("Account", "Name", "Acme");
      String beta = insert("Account", "Name", "Beta");
      insert("Opportunity", "Name", "A1", "StageName", "Prospecting", "CloseDate", "2024-06-01",
          "Amount", 100, "AccountId", acme);
      insert("Opportunity", "Name", "A2", "StageName", "prospecting", "CloseDate", "2024-07-01",
          "Amount", 250.5, "AccountId", acme);
      insert("Opportunity", "Name", "B1", "StageName", "Closed Won", "CloseDate", "2024-05-01",
          "Amount", 1000, "AccountId", beta);
      insert("Opportunity", "Name", "N1", "StageName", "Closed Won", "CloseDate", "2024-04-01");
    }

    @Test
    void computesEveryAggregateOverAllRowsWithoutGroupBy() {
      pipeline();

      AggregateResult row =
          aggregate("SELECT COUNT(Id), COUNT(Amount), COUNT_DISTINCT(StageName), SUM(Amount),"
                  + " AVG(Amount) average, MIN(CloseDate), MAX(Amount) FROM Opportunity")
              .get(0);

      assertThat(row.aliases())
          .containsExactly("expr0", "expr1", "expr2", "expr3", "average", "expr4", "expr5");
      assertThat(row.count()).contains(4L);
      assertThat(row.expr(1, Long.class)).contains(3L);
      assertThat(row.expr(2, Long.class)).contains(2L);
      assertThat(row.expr(3, BigDecimal.class).map(BigDecimal::stripTrailingZeros))
          .contains(new BigDecimal("1350.5"));
      assertThat(row.get("average", BigDecimal.class).map(BigDecimal::stripTrailingZeros))
          .contains(new BigDecimal("450.1666666666667"));
      assertThat(row.expr(4, String.class)).contains("2024-04-01");
      assertThat(row.expr(5, BigDecimal.class).map(BigDecimal::intValue)).contains(1000);
    }

    @Test
    void answersOneRowOfZeroCountsAndNullSumsForNoRows() {
      List<AggregateResult> rows = aggregate("SELECT COUNT(Id), SUM(Amount) FROM Opportunity");

      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).count()).contains(0L);
      assertThat(rows.get(0).expr(1)).contains(com.fasterxml.jackson.databind.node.NullNode.getInstance());
    }

    @Test
    void groupsByFieldsIgnoringCaseOfTextAndSortsTheGroups() {
      pipeline();

      List<AggregateResult> rows =
          aggregate("SELECT StageName, COUNT(Id) n, SUM(Amount) FROM Opportunity"
              + " GROUP BY StageName ORDER BY COUNT(Id) DESC, StageName");

      assertThat(rows).extracting(r -> r.get("StageName", String.class).orElseThrow())
          .containsExactly("Closed Won", "Prospecting");
      assertThat(rows).extracting(r -> r.count("n").orElseThrow()).containsExactly(2L, 2L);
      assertThat(rows.get(1).expr(0, BigDecimal.class).map(BigDecimal::stripTrailingZeros))
          .contains(new BigDecimal("350.5"));
    }

    @Test
    void groupsBySeveralFieldsIncludingParentPaths() {
      pipeline();

      List<AggregateResult> rows =
          aggregate("SELECT Account.Name acct, StageName, MAX(Amount) FROM Opportunity"
              + " WHERE Amount != null GROUP BY Account.Name, StageName ORDER BY Account.Name");

      assertThat(rows).extracting(r -> r.get("acct", String.class).orElseThrow())
          .containsExactly("Acme", "Beta");
      assertThat(rows.get(0).expr(0, BigDecimal.class).map(BigDecimal::stripTrailingZeros))
          .contains(new BigDecimal("250.5"));
    }

    @Test
    void filtersGroupsWithHaving() {
      pipeline();

      List<AggregateResult> rows =
          aggregate("SELECT AccountId, SUM(Amount) total FROM Opportunity GROUP BY AccountId"
              + " HAVING SUM(Amount) > 500 OR COUNT(Id) IN (2)");

      assertThat(rows).hasSize(2);
      assertThat(rows).allSatisfy(r -> assertThat(r.get("AccountId", String.class)).isPresent());
      assertThat(rows.get(1).get("total", BigDecimal.class).map(BigDecimal::intValue))
          .contains(1000);
    }

    @Test
    void refusesFieldsThatAreNeitherGroupedNorAggregated() {
      ApiException e = refusal("SELECT Name, COUNT(Id) FROM Opportunity GROUP BY StageName");
      ApiException sum = refusal("SELECT SUM(Name) FROM Opportunity");

      assertThat(e.errorCode()).contains("MALFORMED_QUERY");
      assertThat(e.errors().get(0).message()).isEqualTo("Field must be grouped or aggregated: Name");
      assertThat(sum.errorCode()).contains("INVALID_FIELD");
      assertThat(sum.errors().get(0).message())
          .isEqualTo("field Name does not support aggregate operator SUM");
    }
  }

  @Nested
  class Refusals {
    @Test
    void refusesAnUnknownObjectWithInvalidType() {
      ApiException e = refusal("SELECT Id FROM Widget");

      assertThat(e.status()).isEqualTo(400);
      assertThat(e.errorCode()).contains("INVALID_TYPE");
      assertThat(e.errors().get(0).message()).startsWith("sObject type 'Widget' is not supported.");
    }

    @Test
    void refusesAnUnknownFieldWithInvalidFieldNamingIt() {
      ApiException select = refusal("SELECT Id, Colour__c FROM Lead");
      ApiException where = refusal("SELECT Id FROM Lead WHERE Shoe = 'x'");
      ApiException parent = refusal("SELECT Id, Boss.Name FROM Contact");

      assertThat(select.errorCode()).contains("INVALID_FIELD");
      assertThat(select.errors().get(0).message())
          .startsWith("No such column 'Colour__c' on entity 'Lead'.");
      assertThat(where.errors().get(0).message()).startsWith("No such column 'Shoe' on entity 'Lead'.");
      assertThat(parent.errorCode()).contains("INVALID_FIELD");
      assertThat(parent.errors().get(0).message())
          .startsWith("Didn't understand relationship 'Boss' in field path.");
    }

    @Test
    void refusesAFieldSelectedTwice() {
      ApiException e = refusal("SELECT Id, Name, id FROM Lead");

      assertThat(e.errorCode()).contains("MALFORMED_QUERY");
      assertThat(e.errors().get(0).message()).isEqualTo("duplicate field selected: id");
    }

    @Test
    void refusesValuesOfTheWrongTypeNamingTheField() {
      ApiException number = refusal("SELECT Id FROM Lead WHERE NumberOfEmployees = '5'");
      ApiException text = refusal("SELECT Id FROM Lead WHERE LastName = 5");
      ApiException flag = refusal("SELECT Id FROM Lead WHERE IsUnreadByOwner = 'true'");
      ApiException id = refusal("SELECT Id FROM Lead WHERE Id = 'nope'");

      assertThat(number.errorCode()).contains("INVALID_FIELD");
      assertThat(number.errors().get(0).message())
          .isEqualTo("value of filter criterion for field 'NumberOfEmployees' must be of type"
              + " double and should not be enclosed in quotes");
      assertThat(text.errors().get(0).message())
          .isEqualTo("value of filter criterion for field 'LastName' must be of type string and"
              + " should be enclosed in quotes");
      assertThat(flag.errors().get(0).message()).contains("'IsUnreadByOwner'", "boolean");
      assertThat(id.errorCode()).contains("INVALID_QUERY_FILTER_OPERATOR");
      assertThat(id.errors().get(0).message()).isEqualTo("invalid ID field: nope");
    }

    @Test
    void refusesWhatItDoesNotEvaluateInsteadOfAnsweringWrongly() {
      ApiException e = refusal("SELECT toLabel(Status) FROM Lead");
      ApiException rollup =
          refusal("SELECT Status, COUNT(Id) FROM Lead GROUP BY ROLLUP(Status)");

      assertThat(e.errorCode()).contains("MALFORMED_QUERY");
      assertThat(e.errors().get(0).message())
          .isEqualTo("The fake org does not evaluate functions in the SELECT list in SOQL queries");
      assertThat(rollup.errors().get(0).message()).contains("ROLLUP");
    }
  }

  @Test
  void describesItselfWithoutValues() {
    assertThat(new SoqlEngine(org.store()).toString()).startsWith("SoqlEngine{OrgStore{");
    assertThat(new SoqlResult(List.of(), 3).toString()).isEqualTo("SoqlResult{0 records, totalSize=3}");
    assertThat(new QueryLocators().toString()).isEqualTo("QueryLocators{0 open}");
  }

  @Nested
  class LookupIndex {
    private List<String> contactNames(String soql) {
      return client.query(soql, SObject.class).stream()
          .map(c -> c.otherField("LastName").map(v -> v.asText()).orElse("-"))
          .collect(Collectors.toList());
    }

    @Test
    void aFilterOnALookupReadsOnlyTheRecordsPointingThereAsTheyAreNow() {
      String acme = insert("Account", "Name", "Acme");
      String globex = insert("Account", "Name", "Globex");
      insert("Contact", "LastName", "Ng", "AccountId", acme);
      String moved = insert("Contact", "LastName", "Ode", "AccountId", acme);
      insert("Contact", "LastName", "Pak", "AccountId", globex);
      ObjectNode change = JSON.createObjectNode().put("AccountId", globex);
      org.store().update("Contact", moved, change);

      assertThat(contactNames("SELECT LastName FROM Contact WHERE AccountId = '" + acme + "'"))
          .containsExactly("Ng");
      assertThat(contactNames("SELECT LastName FROM Contact WHERE AccountId IN ('" + acme + "', '"
          + globex + "') AND LastName != 'Pak'")).containsExactly("Ng", "Ode");
      assertThat(org.store().rowsReferencing("Contact", "AccountId", List.of(acme), false))
          .hasSize(2);   // a superset: Ode pointed there once; the query re-checks
    }

    @Test
    void aRolledBackLookupChangeIsFoundUnderItsRestoredValue() {
      String acme = insert("Account", "Name", "Acme");
      String globex = insert("Account", "Name", "Globex");
      String ng = insert("Contact", "LastName", "Ng", "AccountId", acme);

      try {
        org.store().atomically(() -> {
          org.store().update("Contact", ng, JSON.createObjectNode().put("AccountId", globex));
          throw new IllegalStateException("fault after the change");
        });
      } catch (IllegalStateException expected) {
        // the change is undone
      }

      assertThat(contactNames("SELECT LastName FROM Contact WHERE AccountId = '" + acme + "'"))
          .containsExactly("Ng");
      assertThat(contactNames("SELECT LastName FROM Contact WHERE AccountId = '" + globex + "'"))
          .isEmpty();
    }

    @Test
    void deletedRecordsAreFoundByLookupOnlyThroughQueryAll() {
      String acme = insert("Account", "Name", "Acme");
      String ng = insert("Contact", "LastName", "Ng", "AccountId", acme);
      org.store().delete("Contact", ng);

      assertThat(contactNames("SELECT LastName FROM Contact WHERE AccountId = '" + acme + "'")).isEmpty();
      assertThat(client.queryAll("SELECT LastName FROM Contact WHERE AccountId = '" + acme + "'",
          SObject.class).toList()).hasSize(1);
    }

    @Test
    void theIndexHoldsOnlyTheRecordsOfTheTargetHoweverLargeTheTable() {
      String acme = insert("Account", "Name", "Acme");
      String other = insert("Account", "Name", "Other");
      for (int i = 0; i < 500; i++) {
        insert("Contact", "LastName", "C" + i, "AccountId", i % 250 == 0 ? acme : other);
      }

      assertThat(org.store().rowsReferencing("Contact", "AccountId", List.of(acme), false)).hasSize(2);
      assertThat(contactNames("SELECT LastName FROM Contact WHERE AccountId = '" + acme + "'"))
          .containsExactly("C0", "C250");
    }
  }
}
