package dev.salescloud.client.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SoqlQueryTest {
  static final String ACCOUNTS_WITH_EVERYTHING =
      "SELECT Id, a.Name, a.Owner.Name, toLabel(a.Type), (SELECT LastName, Account.Name FROM"
          + " Contacts WHERE Email != null ORDER BY CreatedDate), (SELECT Amount FROM"
          + " Opportunities), TYPEOF a.Parent WHEN Account THEN Phone ELSE Name END"
          + " FROM Account a WHERE a.Industry = 'Energy' AND (NOT Id IN (SELECT AccountId FROM"
          + " Case WHERE IsClosed = false) OR a.id NOT IN (SELECT WhatId FROM Task))"
          + " ORDER BY a.NAME LIMIT 20 OFFSET 40";

  @Nested
  class Counting {
    @Test
    void countsTheSameRowsWithoutOrderLimitOffsetOrFor() {
      SoqlQuery q =
          SoqlParser.parse(
              "SELECT Id, Name FROM Lead USING SCOPE mine WHERE Status = 'Open'"
                  + " ORDER BY Name LIMIT 10 OFFSET 5 FOR VIEW");

      assertThat(q.asCount().toSoql())
          .isEqualTo("SELECT COUNT() FROM Lead USING SCOPE mine WHERE Status = 'Open'");
      assertThat(q.asCount().isCount()).isTrue();
    }

    @Test
    void refusesToCountAnAggregateQuery() {
      SoqlQuery q = SoqlParser.parse("SELECT StageName, SUM(Amount) FROM Opportunity GROUP BY StageName");

      assertThatThrownBy(q::asCount)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("aggregate query");
    }
  }

  @Nested
  class WhatAQueryTouches {
    @Test
    void listsTheObjectsOfFromSubqueriesAndSemiJoinsInOrder() {
      SoqlQuery q = SoqlParser.parse(ACCOUNTS_WITH_EVERYTHING);

      assertThat(q.objects()).containsExactly("Account", "Contacts", "Opportunities", "Case", "Task");
    }

    @Test
    void listsTheFieldsOfEveryClausePerObjectWithoutTheAlias() {
      SoqlQuery q = SoqlParser.parse(ACCOUNTS_WITH_EVERYTHING);

      assertThat(q.fields())
          .containsExactly(
              entry(
                  "Account",
                  set(
                      "Id", "Name", "Owner.Name", "Type", "Parent", "Parent.Phone", "Parent.Name",
                      "Industry")),
              entry("Contacts", set("LastName", "Account.Name", "Email", "CreatedDate")),
              entry("Opportunities", set("Amount")),
              entry("Case", set("AccountId", "IsClosed")),
              entry("Task", set("WhatId")));
    }

    @Test
    void mergesObjectsAndFieldsThatDifferOnlyInCase() {
      SoqlQuery q =
          SoqlParser.parse(
              "SELECT Id, NAME, name FROM Contact WHERE Id IN (SELECT ContactId FROM contact)");

      assertThat(q.objects()).containsExactly("Contact");
      assertThat(q.fields()).containsExactly(entry("Contact", set("Id", "NAME", "ContactId")));
    }

    @Test
    void readsFieldsInsideFunctionsGroupingHavingAndOrdering() {
      SoqlQuery q =
          SoqlParser.parse(
              "SELECT CALENDAR_YEAR(CloseDate), COUNT(Id) FROM Opportunity GROUP BY"
                  + " CALENDAR_YEAR(CloseDate), OwnerId HAVING MAX(Amount) > 5 ORDER BY"
                  + " MIN(Probability)");

      assertThat(q.fields())
          .containsExactly(
              entry("Opportunity", set("CloseDate", "Id", "OwnerId", "Amount", "Probability")));
    }

    @Test
    void answersLimitOffsetAndTheSubqueryLists() {
      SoqlQuery q = SoqlParser.parse(ACCOUNTS_WITH_EVERYTHING);

      assertThat(q.limit()).isEqualTo(OptionalInt.of(20));
      assertThat(q.offset()).isEqualTo(OptionalInt.of(40));
      assertThat(q.subqueries()).extracting(SoqlQuery::object).containsExactly("Contacts", "Opportunities");
      assertThat(q.semiJoins()).extracting(SoqlQuery::object).containsExactly("Case", "Task");
      assertThat(q.subqueries().get(0).orderBy()).hasSize(1);
      assertThat(SoqlParser.parse("SELECT Id FROM A").limit()).isEmpty();
    }

    @Test
    void capsTheLimitOfACopyOnly() {
      SoqlQuery q = SoqlParser.parse(ACCOUNTS_WITH_EVERYTHING);

      SoqlQuery capped = q.withLimit(5);

      assertThat(capped.limit()).isEqualTo(OptionalInt.of(5));
      assertThat(q.limit()).isEqualTo(OptionalInt.of(20));
      assertThat(capped.toSoql()).contains(" LIMIT 5 OFFSET 40");
      assertThat(SoqlParser.parse(capped.toSoql())).isEqualTo(capped);
      assertThat(SoqlParser.parse("SELECT Id FROM A").withLimit(200).toSoql())
          .isEqualTo("SELECT Id FROM A LIMIT 200");
      assertThatThrownBy(() -> q.withLimit(0))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("LIMIT must be a positive number of rows");
    }
  }

  @Nested
  class DocumentedExamples {
    @Test
    void theClassExampleSaysWhatTheQueryTouches() {
      SoqlQuery q =
          SoqlParser.parse(
              "SELECT Name, (SELECT LastName FROM Contacts) FROM Account"
                  + " WHERE Industry = 'Energy' ORDER BY Name LIMIT 50");

      assertThat(q.object()).isEqualTo("Account");
      assertThat(q.objects()).containsExactly("Account", "Contacts");
      assertThat(q.fields())
          .containsExactly(
              entry("Account", set("Name", "Industry")), entry("Contacts", set("LastName")));
      assertThat(q.limit()).isEqualTo(OptionalInt.of(50));
      assertThat(q.withLimit(10).toSoql())
          .isEqualTo(
              "SELECT Name, (SELECT LastName FROM Contacts) FROM Account WHERE Industry = 'Energy'"
                  + " ORDER BY Name LIMIT 10");
    }

    @Test
    void theAliasExampleNumbersAsDocumented() {
      SoqlQuery q =
          SoqlParser.parse(
              "SELECT StageName, SUM(Amount), AVG(Amount) average, MAX(Amount) FROM Opportunity"
                  + " GROUP BY StageName");

      assertThat(q.aliasOf(Soql.sum("Amount"))).contains("expr0");
      assertThat(q.aliasOf(Soql.avg("Amount"))).contains("average");
      assertThat(q.aliasOf(Soql.max("Amount"))).contains("expr1");
    }
  }

  @Nested
  class AggregateColumns {
    static final String STAGES =
        "SELECT StageName, SUM(Amount), AVG(Amount) average, MAX(Amount),"
            + " CALENDAR_YEAR(CloseDate), toLabel(StageName), FORMAT(MIN(Amount)),"
            + " COUNT(Id) cnt, COUNT_DISTINCT(OwnerId) FROM Opportunity"
            + " GROUP BY StageName, CALENDAR_YEAR(CloseDate)";

    @Test
    void numbersOnlyTheUnaliasedAggregatesInSelectOrder() {
      SoqlQuery q = SoqlParser.parse(STAGES);

      assertThat(q.aliasOf(Soql.sum("Amount"))).contains("expr0");
      assertThat(q.aliasOf(Soql.avg("Amount"))).contains("average");
      assertThat(q.aliasOf(Soql.max("Amount"))).contains("expr1");
      assertThat(q.aliasOf(Soql.function(SoqlFunction.CALENDAR_YEAR, "CloseDate")))
          .contains("expr2");
      assertThat(q.aliasOf(Soql.function(SoqlFunction.TO_LABEL, "StageName")))
          .contains("StageName");
      assertThat(q.aliasOf(Soql.function(SoqlFunction.FORMAT, Soql.min("Amount"))))
          .contains("expr3");
      assertThat(q.aliasOf(Soql.countOf("Id"))).contains("cnt");
      assertThat(q.aliasOf(Soql.countDistinct("OwnerId"))).contains("expr4");
    }

    @Test
    void answersNothingForAFunctionNotSelected() {
      assertThat(SoqlParser.parse(STAGES).aliasOf(Soql.min("Amount"))).isEmpty();
      assertThat(SoqlParser.parse(STAGES).aliasOf(Soql.sum("amount"))).isEmpty();
    }

    @Test
    void numbersTheFirstUnaliasedAggregateExpr0() {
      SoqlQuery q = SoqlParser.parse("SELECT CampaignId, SUM(Amount) FROM Opportunity GROUP BY CampaignId");

      assertThat(q.aliasOf(Soql.sum("Amount"))).contains("expr0");
    }

    @Test
    void tellsAggregateQueriesFromPlainOnesAndBareCounts() {
      assertThat(SoqlParser.parse(STAGES).isAggregate()).isTrue();
      assertThat(SoqlParser.parse("SELECT SUM(Amount) FROM Opportunity").isAggregate()).isTrue();
      assertThat(SoqlParser.parse("SELECT FORMAT(SUM(Amount)) s FROM Opportunity").isAggregate())
          .isTrue();
      assertThat(SoqlParser.parse("SELECT Name FROM Lead GROUP BY Name").isAggregate()).isTrue();
      assertThat(SoqlParser.parse("SELECT Id, toLabel(Status) FROM Lead").isAggregate()).isFalse();
      SoqlQuery count = SoqlParser.parse("SELECT COUNT() FROM Lead");
      assertThat(count.isAggregate()).isFalse();
      assertThat(count.isCount()).isTrue();
      assertThat(SoqlParser.parse("SELECT COUNT(Id) FROM Lead").isCount()).isFalse();
    }
  }

  @Nested
  class TreeRules {
    @Test
    void refusesAQueryWithoutSelectItemsOrWithAnInvalidObject() {
      assertThatThrownBy(() -> SoqlQuery.builder().object("Account").build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("selects at least one field");
      assertThatThrownBy(
              () ->
                  SoqlQuery.builder()
                      .addSelect(Soql.selectItem("Id"))
                      .object("Account WHERE")
                      .build())
          .hasMessageContaining("is not a valid object name");
    }

    @Test
    void refusesNodesThatCouldNotBeWrittenAsSoql() {
      assertThatThrownBy(() -> FieldPath.of("from"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("'from' is a reserved SOQL keyword");
      assertThatThrownBy(() -> new FieldPath(List.of()))
          .hasMessageContaining("needs at least one name");
      assertThatThrownBy(() -> new Condition.And(List.of(FieldPath.of("A").eq(1))))
          .hasMessageContaining("AND needs at least two conditions, not 1");
      assertThatThrownBy(() -> new Condition.Or(List.of()))
          .hasMessageContaining("OR needs at least two conditions, not 0");
      assertThatThrownBy(
              () ->
                  new Condition.In(
                      FieldPath.of("Tags__c"),
                      SetOperator.INCLUDES,
                      List.of(new Literal.NumberValue(BigDecimal.ONE))))
          .hasMessageContaining("INCLUDES compares multi-select picklist values, which are strings");
      assertThatThrownBy(() -> new SelectItem.TypeOf(FieldPath.of("What"), List.of(), List.of()))
          .hasMessageContaining("TYPEOF What needs at least one WHEN branch");
      assertThatThrownBy(() -> new SelectItem.TypeOf.When("Account", List.of()))
          .hasMessageContaining("WHEN Account THEN needs at least one field");
      assertThatThrownBy(() -> new SelectItem.Field(FieldPath.of("Name"), Optional.of("ORDER")))
          .hasMessageContaining("'ORDER' is a SOQL keyword");
      assertThatThrownBy(() -> new GroupBy(GroupBy.Kind.ROLLUP, List.of()))
          .hasMessageContaining("GROUP BY needs at least one field");
      assertThatThrownBy(() -> new FunctionCall(SoqlFunction.AVG, Optional.empty()))
          .hasMessageContaining("AVG() needs a field, as in AVG(Amount)");
    }

    @Test
    void copiesListsSoATreeCannotChangeAfterwards() {
      List<Condition> operands = new java.util.ArrayList<>();
      operands.add(FieldPath.of("A").eq(1));
      operands.add(FieldPath.of("B").eq(2));
      Condition.And and = new Condition.And(operands);

      operands.add(FieldPath.of("C").eq(3));

      assertThat(and.operands()).hasSize(2);
      assertThatThrownBy(() -> and.operands().add(FieldPath.of("D").eq(4)))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class NoValuesInToString {
    @Test
    void showsTheShapeOfAQueryNeverItsLiterals() {
      SoqlQuery q =
          SoqlParser.parse(
              "SELECT Id FROM Lead WHERE Email = 'secret@example.com' AND AnnualRevenue > 987654"
                  + " AND Name LIKE '%hidden%' AND CreatedDate > 2031-02-03T04:05:06Z AND"
                  + " ConvertedDate = 2032-03-04 GROUP BY Id HAVING COUNT(Id) > 1"
                  + " ORDER BY Id LIMIT 7 OFFSET 3");

      String shown = q + " " + q.where().orElseThrow();

      assertThat(q.toString())
          .isEqualTo(
              "SoqlQuery{object=Lead, select=1, where, groupBy=1, having, orderBy=1, limit=7,"
                  + " offset=3}");
      assertThat(shown)
          .doesNotContain("secret", "987654", "hidden", "2031", "2032")
          .contains("StringValue[18 chars]", "NumberValue[redacted]", "LikePattern[8 chars]");
    }

    @Test
    void showsDateLiteralsAndNamesWhichAreNotData() {
      assertThat(DateLiteral.lastNDays(30).toString()).isEqualTo("LAST_N_DAYS:30");
      assertThat(Soql.max("Amount").toString()).isEqualTo("MAX(Amount)");
      assertThat(FieldPath.of("Account.Name").toString()).isEqualTo("Account.Name");
    }
  }

  static java.util.Set<String> set(String... values) {
    return new java.util.LinkedHashSet<>(List.of(values));
  }
}
