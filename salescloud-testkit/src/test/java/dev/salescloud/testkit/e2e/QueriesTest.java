package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.client.Query;
import dev.salescloud.client.QueryTooLargeException;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.client.soql.SoqlSyntaxException;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.query.AggregateResult;
import dev.salescloud.model.query.QueryResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.model.sales.Contact;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.testkit.FakeSalesCloud;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueriesTest {
  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  private List<SalesforceId> leads(int count, String company) {
    List<SalesforceId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(client.leads().create(
          Lead.builder().lastName(String.format("L%04d", i)).company(company).build()));
    }
    return ids;
  }

  @Nested
  class Reading {
    @Test
    void builtQueryFiltersAndOrdersTypedRecords() {
      leads(3, "Acme");
      leads(2, "Globex");

      List<Lead> found = client.query(Soql.select("Id", "LastName", "Company").from("Lead")
          .where(Soql.field("Company").eq("Acme")).orderBy(Soql.field("LastName").desc()),
          Lead.class).toList();

      assertThat(found).extracting(l -> l.lastName().orElseThrow())
          .containsExactly("L0002", "L0001", "L0000");
      assertThat(found).allSatisfy(l -> assertThat(l.company()).contains("Acme"));
    }

    @Test
    void rawQueryReadsGenericRecordsWithParentFields() {
      SalesforceId account = client.accounts().create(Account.builder().name("Acme").build());
      client.contacts().create(Contact.builder().lastName("Ng").accountId(account).build());

      List<SObject> rows =
          client.query("SELECT LastName, Account.Name FROM Contact WHERE Account.Name = 'Acme'",
              SObject.class).toList();

      assertThat(rows).singleElement().satisfies(r -> {
        assertThat(r.get("LastName", String.class)).contains("Ng");
        assertThat(r.get("Account").map(a -> a.get("Name").asText())).contains("Acme");
      });
    }

    @Test
    void aggregatesComeBackAsAggregateResults() {
      client.opportunities().create(Opportunity.builder().name("A").stageName(Opportunity.Stage.PROSPECTING)
          .closeDate(LocalDate.of(2030, 1, 1)).amount(new BigDecimal("100")).build());
      client.opportunities().create(Opportunity.builder().name("B").stageName(Opportunity.Stage.PROSPECTING)
          .closeDate(LocalDate.of(2030, 1, 1)).amount(new BigDecimal("50")).build());

      List<AggregateResult> rows = client.query(
          "SELECT StageName, SUM(Amount) total FROM Opportunity GROUP BY StageName",
          AggregateResult.class).toList();

      assertThat(rows).singleElement().satisfies(r ->
          assertThat(r.get("total", BigDecimal.class))
              .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("150")));
    }

    @Test
    void firstAsksForOneRecordAndCountForTheCountOnly() {
      leads(3, "Acme");
      Query<Lead> query = client.query(
          Soql.select("LastName").from("Lead").orderBy("LastName"), Lead.class);

      assertThat(query.first().flatMap(Lead::lastName)).contains("L0000");
      assertThat(query.count()).isEqualTo(3);
      assertThat(client.query(Soql.select("Id").from("Lead")
          .where(Soql.field("Company").eq("None")), Lead.class).first()).isEmpty();
    }
  }

  @Nested
  class Paging {
    @Test
    void readsSeveralPagesLazilyWithTheBatchSize() {
      List<SalesforceId> ids = leads(450, "Acme");
      int before = org.apiCallsToday();

      Query<Lead> query =
          client.query(Soql.select("Id").from("Lead").orderBy("LastName"), Lead.class).batchSize(200);
      List<Integer> pageSizes = new ArrayList<>();
      List<SalesforceId> read = new ArrayList<>();
      for (QueryResult<Lead> page : query.pages()) {
        pageSizes.add(page.records().size());
        assertThat(page.totalSize()).isEqualTo(450);
        page.records().forEach(l -> read.add(l.id().orElseThrow()));
      }

      assertThat(pageSizes).containsExactly(200, 200, 50);
      assertThat(read).isEqualTo(ids);
      assertThat(org.apiCallsToday() - before).isEqualTo(3);
    }

    @Test
    void sendsNothingUntilIterated() {
      int before = org.apiCallsToday();

      Query<Lead> query = client.query(Soql.select("Id").from("Lead"), Lead.class);

      assertThat(org.apiCallsToday()).isEqualTo(before);
      assertThat(query.stream().count()).isZero();
      assertThat(org.apiCallsToday()).isEqualTo(before + 1);
    }

    @Test
    void maxRecordsRefusesALargerResultAfterTheFirstPage() {
      leads(5, "Acme");

      assertThatThrownBy(() -> client.query(Soql.select("Id").from("Lead"), Lead.class)
              .maxRecords(4).toList())
          .isInstanceOfSatisfying(QueryTooLargeException.class, e -> {
            assertThat(e.matched()).isEqualTo(5);
            assertThat(e.maxRecords()).isEqualTo(4);
          });
      assertThat(client.query(Soql.select("Id").from("Lead"), Lead.class).maxRecords(5).toList())
          .hasSize(5);
    }
  }

  @Nested
  class DeletedRows {
    @Test
    void queryAllSeesDeletedRowsThatQueryDoesNot() {
      List<SalesforceId> ids = leads(3, "Acme");
      client.leads().delete(ids.get(1));

      List<Lead> live = client.query("SELECT Id, IsDeleted FROM Lead", Lead.class).toList();
      List<Lead> all = client.queryAll("SELECT Id, IsDeleted FROM Lead", Lead.class).toList();

      assertThat(live).extracting(l -> l.id().orElseThrow())
          .containsExactly(ids.get(0), ids.get(2));
      assertThat(all).extracting(l -> l.id().orElseThrow()).containsExactlyElementsOf(ids);
      assertThat(all.stream().filter(l -> l.isDeleted().orElse(false)).map(l -> l.id().orElseThrow())
          .collect(Collectors.toList())).containsExactly(ids.get(1));
      assertThat(client.queryAll(Soql.select("Id").from("Lead")
          .where(Soql.field("IsDeleted").eq(true)), Lead.class).count()).isEqualTo(1);
    }
  }

  @Nested
  class Refused {
    @Test
    void malformedSoqlIsRefusedBeforeSending() {
      int before = org.apiCallsToday();

      assertThatThrownBy(() -> client.query("SELECT Id FORM Lead", Lead.class))
          .isInstanceOfSatisfying(SoqlSyntaxException.class,
              e -> assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY"));
      assertThat(org.apiCallsToday()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIsInvalidFieldFromTheOrg() {
      assertThatThrownBy(() -> client.query("SELECT Nope__c FROM Lead", Lead.class).toList())
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errorCode()).contains("INVALID_FIELD");
            assertThat(e.errors().get(0).message()).startsWith("No such column 'Nope__c' on entity 'Lead'.");
          });
    }
  }
}
