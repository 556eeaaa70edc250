package dev.salescloud.client.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SoqlTest {
  static final String ACCOUNT_ID_15 = "001D000000IqhSL";
  static final String ACCOUNT_ID_18 = "001D000000IqhSLIAZ";

  /** Renders the builder, parses the text, and checks the tree survived. */
  static SoqlQuery sentAndReadBack(SoqlBuilder builder) {
    SoqlQuery built = builder.build();
    SoqlQuery parsed = SoqlParser.parse(builder.toSoql());
    assertThat(parsed).isEqualTo(built);
    return parsed;
  }

  static Condition whereOf(SoqlBuilder builder) {
    return sentAndReadBack(builder).where().orElseThrow();
  }

  static SoqlBuilder accountsWhere(Condition condition) {
    return Soql.select("Id").from("Account").where(condition);
  }

  @Nested
  class BuildingQueries {
    @Test
    void buildsTheSelectWhereOrderLimitOffsetQuery() {
      SoqlBuilder q =
          Soql.select("Id", "Name")
              .from("Account")
              .where(
                  Soql.field("Industry")
                      .eq("Energy")
                      .and(Soql.field("AnnualRevenue").gt(new BigDecimal("1e6"))))
              .orderBy(Soql.field("Name").asc().nullsLast())
              .limit(50)
              .offset(10);

      assertThat(q.toSoql())
          .isEqualTo(
              "SELECT Id, Name FROM Account WHERE Industry = 'Energy' AND AnnualRevenue > 1000000"
                  + " ORDER BY Name ASC NULLS LAST LIMIT 50 OFFSET 10");
      sentAndReadBack(q);
    }

    @Test
    void comparesWithDateLiterals() {
      assertThat(
              Soql.select("Id")
                  .from("Opportunity")
                  .where(
                      Soql.field("CloseDate")
                          .eq(DateLiteral.THIS_QUARTER)
                          .and(Soql.field("CreatedDate").ge(DateLiteral.lastNDays(30))))
                  .toSoql())
          .isEqualTo(
              "SELECT Id FROM Opportunity WHERE CloseDate = THIS_QUARTER"
                  + " AND CreatedDate >= LAST_N_DAYS:30");
    }

    @Test
    void comparesWithAListOfIdsInTheir18CharacterForm() {
      List<SalesforceId> ids =
          List.of(SalesforceId.of(ACCOUNT_ID_15), SalesforceId.of("0011Y00003HVMu4"));

      SoqlBuilder q = accountsWhere(Soql.field("Id").in(ids));

      assertThat(q.toSoql())
          .isEqualTo(
              "SELECT Id FROM Account WHERE Id IN ('" + ACCOUNT_ID_18 + "', '0011Y00003HVMu4QAH')");
      sentAndReadBack(q);
    }

    @Test
    void buildsNullChecksNegationsDisjunctionsAndMultiPicklistFilters() {
      Condition c =
          Soql.and(
              Soql.field("Email").isNotNull(),
              Soql.not(Soql.field("Phone").isNull()),
              Soql.or(
                  Soql.field("Interests__c").includes("Golf;Tennis", "Chess"),
                  Soql.field("Interests__c").excludes(List.of("Darts"))),
              Soql.field("Rating").notIn("Cold", "Warm"));

      assertThat(accountsWhere(c).toSoql())
          .isEqualTo(
              "SELECT Id FROM Account WHERE Email != null AND (NOT Phone = null) AND"
                  + " (Interests__c INCLUDES ('Golf;Tennis', 'Chess') OR Interests__c EXCLUDES"
                  + " ('Darts')) AND Rating NOT IN ('Cold', 'Warm')");
      assertThat(whereOf(accountsWhere(c))).isEqualTo(c);
    }

    @Test
    void buildsChildSubqueriesAndCounts() {
      assertThat(
              Soql.select("Name", Soql.subquery(Soql.select("LastName").from("Contacts")))
                  .from("Account")
                  .toSoql())
          .isEqualTo("SELECT Name, (SELECT LastName FROM Contacts) FROM Account");
      assertThat(Soql.select(Soql.count()).from("Lead").toSoql())
          .isEqualTo("SELECT COUNT() FROM Lead");
      assertThat(Soql.select(Soql.countOf("Id"), Soql.countDistinct("Email")).from("Lead").toSoql())
          .isEqualTo("SELECT COUNT(Id), COUNT_DISTINCT(Email) FROM Lead");
    }

    @Test
    void buildsAggregateQueriesWithAliasesGroupingAndHaving() {
      SoqlBuilder q =
          Soql.select("StageName", Soql.sum("Amount").as("total"), Soql.avg("Amount"))
              .from("Opportunity")
              .groupBy("StageName")
              .having(Soql.sum("Amount").gt(100_000).and(Soql.count().ge(2)))
              .orderBy(Soql.sum("Amount").desc());

      assertThat(q.toSoql())
          .isEqualTo(
              "SELECT StageName, SUM(Amount) total, AVG(Amount) FROM Opportunity GROUP BY"
                  + " StageName HAVING SUM(Amount) > 100000 AND COUNT() >= 2"
                  + " ORDER BY SUM(Amount) DESC");
      SoqlQuery back = sentAndReadBack(q);
      assertThat(back.aliasOf(Soql.sum("Amount"))).contains("total");
      assertThat(back.aliasOf(Soql.avg("Amount"))).contains("expr0");
    }

    @Test
    void buildsRollupsCubesAndDateFunctions() {
      FunctionCall year = Soql.function(SoqlFunction.CALENDAR_YEAR, "CloseDate");

      assertThat(
              Soql.select(year, Soql.max("Amount"))
                  .from("Opportunity")
                  .where(year.eq(2026))
                  .groupByRollup(year)
                  .toSoql())
          .isEqualTo(
              "SELECT CALENDAR_YEAR(CloseDate), MAX(Amount) FROM Opportunity"
                  + " WHERE CALENDAR_YEAR(CloseDate) = 2026 GROUP BY ROLLUP(CALENDAR_YEAR(CloseDate))");
      assertThat(
              Soql.select("Type", Soql.min("Amount"))
                  .from("Account")
                  .groupByCube("Type", Soql.field("BillingCountry"))
                  .toSoql())
          .endsWith("GROUP BY CUBE(Type, BillingCountry)");
      assertThat(
              Soql.function(SoqlFunction.FORMAT, Soql.min("CloseDate")).toString())
          .isEqualTo("FORMAT(MIN(CloseDate))");
    }

    @Test
    void buildsSemiJoinsAndAntiJoins() {
      SoqlBuilder q =
          accountsWhere(
              Soql.field("Id")
                  .in(Soql.select("AccountId").from("Contact").where(Soql.field("Email").isNotNull()))
                  .and(Soql.field("Id").notIn(Soql.select("AccountId").from("Opportunity"))));

      assertThat(q.toSoql())
          .isEqualTo(
              "SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE Email !="
                  + " null) AND Id NOT IN (SELECT AccountId FROM Opportunity)");
      sentAndReadBack(q);
    }

    @Test
    void buildsTheRarerClauses() {
      SoqlBuilder q =
          Soql.select("a.Name")
              .from("Account", "a")
              .usingScope("Mine")
              .where(Soql.field("a.Industry").ne("Energy"))
              .withSecurityEnforced()
              .orderBy("a.Name")
              .limit(1)
              .forView()
              .forReference()
              .allRows();

      assertThat(q.toSoql())
          .isEqualTo(
              "SELECT a.Name FROM Account a USING SCOPE Mine WHERE a.Industry != 'Energy' WITH"
                  + " SECURITY_ENFORCED ORDER BY a.Name LIMIT 1 FOR VIEW, REFERENCE ALL ROWS");
      sentAndReadBack(q);
      assertThat(Soql.select("Id").from("Account").limit(1).forUpdate().toSoql())
          .endsWith("LIMIT 1 FOR UPDATE");
    }

    @Test
    void joinsConditionsAddedOneByOne() {
      Condition a = Soql.field("A").eq(1);
      Condition b = Soql.field("B").eq(2);
      Condition c = Soql.field("C").eq(3);

      assertThat(a.and(b).and(c)).isEqualTo(new Condition.And(List.of(a, b, c)));
      assertThat(a.or(b).or(c)).isEqualTo(new Condition.Or(List.of(a, b, c)));
      assertThat(a.and(b).or(c))
          .isEqualTo(new Condition.Or(List.of(new Condition.And(List.of(a, b)), c)));
      assertThat(accountsWhere(a.and(b).or(c)).toSoql())
          .endsWith("WHERE (A = 1 AND B = 2) OR C = 3");
      assertThat(Soql.and(a)).isSameAs(a);
      assertThat(Soql.or(a)).isSameAs(a);
    }

    @Test
    void selectsFieldsChosenAtRunTime() {
      List<String> fields = List.of("Id", "Name", "Owner.Name");

      assertThat(Soql.select(fields).from("Account").toSoql())
          .isEqualTo("SELECT Id, Name, Owner.Name FROM Account");
      assertThatThrownBy(() -> Soql.select(List.of()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("at least one field");
      assertThatThrownBy(() -> Soql.select(List.of("Id", "Name FROM User --")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("is not a valid field name");
    }

    @Test
    void eachStepReturnsANewBuilderSoAPartialQueryCanBeShared() {
      SoqlBuilder base = Soql.select("Id").from("Lead");

      String open = base.where(Soql.field("IsConverted").eq(false)).toSoql();
      String converted = base.where(Soql.field("IsConverted").eq(true)).limit(5).toSoql();

      assertThat(base.toSoql()).isEqualTo("SELECT Id FROM Lead");
      assertThat(open).isEqualTo("SELECT Id FROM Lead WHERE IsConverted = false");
      assertThat(converted).isEqualTo("SELECT Id FROM Lead WHERE IsConverted = true LIMIT 5");
    }

    @Test
    void rawGoesThroughTheParser() {
      assertThat(Soql.raw("select id from account"))
          .isEqualTo(Soql.select("id").from("account").build());
      assertThatThrownBy(() -> Soql.raw("SELECT Id FORM Account"))
          .isInstanceOf(SoqlSyntaxException.class);
    }
  }

  @Nested
  class ClauseOrder {
    @Test
    void refusesAClauseAfterOneThatFollowsItInSoql() {
      SoqlBuilder limited = Soql.select("Id").from("Account").limit(5);

      assertThatThrownBy(() -> limited.where(Soql.field("Name").eq("x")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageStartingWith("where(..) must be called before limit(..)")
          .hasMessageContaining("WHERE, WITH, GROUP BY, HAVING, ORDER BY, LIMIT");
      assertThatThrownBy(() -> limited.orderBy("Name"))
          .hasMessageStartingWith("orderBy(..) must be called before limit(..)");
      assertThatThrownBy(() -> Soql.select("Id").from("A").offset(1).limit(5))
          .hasMessageStartingWith("limit(..) must be called before offset(..)");
      assertThatThrownBy(() -> Soql.select("Id").from("A").allRows().forView())
          .hasMessageStartingWith("forView()/forReference()/forUpdate() must be called before");
    }

    @Test
    void refusesAClauseGivenTwice() {
      SoqlBuilder filtered = Soql.select("Id").from("Account").where(Soql.field("A").eq(1));

      assertThatThrownBy(() -> filtered.where(Soql.field("B").eq(2)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessage("where(..) was already called; combine conditions with and(..) or or(..)");
      assertThatThrownBy(() -> Soql.select("Id").from("A").limit(1).limit(2))
          .hasMessage("limit(..) was already called");
      assertThatThrownBy(() -> Soql.select("Id").from("A").forView().forView())
          .hasMessageContaining("FOR option is given twice");
    }

    @Test
    void refusesHavingWithoutGroupBy() {
      assertThatThrownBy(() -> Soql.select("Id").from("A").having(Soql.count().gt(1)))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("having(..) needs groupBy(..) first");
    }

    @Test
    void refusesALimitOrOffsetOutOfRange() {
      assertThatThrownBy(() -> Soql.select("Id").from("A").limit(0))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("LIMIT must be a positive number of rows, not 0");
      assertThatThrownBy(() -> Soql.select("Id").from("A").offset(2001))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("NUMBER_OUTSIDE_VALID_RANGE")
          .hasMessageContaining("2001");
      assertThatThrownBy(() -> Soql.select("Id").from("A").offset(-1))
          .hasMessageContaining("NUMBER_OUTSIDE_VALID_RANGE");
      assertThat(Soql.select("Id").from("A").offset(2000).toSoql()).endsWith("OFFSET 2000");
    }

    @Test
    void refusesCountOfRowsBesideOtherItems() {
      assertThatThrownBy(() -> Soql.select("Id", Soql.count()).from("A"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("COUNT() must be the only item");
    }
  }

  @Nested
  class Names {
    @Test
    void refusesFieldNamesThatCouldCarrySoql() {
      for (String bad :
          new String[] {
            "", "1abc", "Name'", "Name OR Id != null", "Name--", "Name/*", "a..b", "Account.",
            ".Name", "x_", "Na me", "Name)", "Näme", "FROM", "not", "Limit"
          }) {
        assertThatThrownBy(() -> Soql.field(bad))
            .as(bad)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("field");
        assertThatThrownBy(() -> Soql.select(bad)).as(bad).isInstanceOf(InvalidArgumentException.class);
      }
      assertThatThrownBy(() -> Soql.field("Name'"))
          .hasMessageContaining("'Name'' is not a valid field name");
      assertThatThrownBy(() -> Soql.field(null)).hasMessage("field must not be null");
    }

    @Test
    void acceptsCustomNamespacedAndRelationshipPaths() {
      assertThat(Soql.field("acme__Parent__r.Owner.acme__Score__c").segments())
          .containsExactly("acme__Parent__r", "Owner", "acme__Score__c");
      assertThat(Soql.field("Group.Name").toString()).isEqualTo("Group.Name");
    }

    @Test
    void refusesObjectNamesAndAliasesThatCouldCarrySoql() {
      for (String bad : new String[] {"Account WHERE", "Account'", "Account.Name", "", "1A"}) {
        assertThatThrownBy(() -> Soql.select("Id").from(bad))
            .as(bad)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("object");
      }
      for (String bad : new String[] {"FROM", "limit", "Where", "x y", "a'"}) {
        assertThatThrownBy(() -> Soql.sum("Amount").as(bad))
            .as(bad)
            .isInstanceOf(InvalidArgumentException.class)
            .hasMessageContaining("alias");
        assertThatThrownBy(() -> Soql.select("Id").from("Account", bad))
            .as(bad)
            .isInstanceOf(InvalidArgumentException.class);
      }
      assertThatThrownBy(() -> Soql.select("Id").from("A").usingScope("Mine Team"))
          .hasMessageContaining("scope");
    }

    @Test
    void refusesSelectItemsOfOtherTypes() {
      assertThatThrownBy(() -> Soql.select("Name", Soql.select("Id").from("Contacts")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Soql.subquery(..)");
      assertThatThrownBy(() -> Soql.select("Name", 42))
          .hasMessageContaining("not a java.lang.Integer");
      assertThatThrownBy(() -> Soql.select()).hasMessageContaining("at least one field");
      assertThatThrownBy(() -> Soql.select("Id").from("A").groupBy(7))
          .hasMessageContaining("groupBy(..) takes field names or Expressions");
      assertThatThrownBy(() -> Soql.select("Id").from("A").orderBy())
          .hasMessageContaining("orderBy(..) needs at least one field");
    }
  }

  @Nested
  class Values {
    Literal rendered(Object value) {
      Condition c = whereOf(accountsWhere(Soql.field("X").eq(value)));
      return ((Condition.Comparison) c).right();
    }

    String soqlOf(Object value) {
      String soql = accountsWhere(Soql.field("X").eq(value)).toSoql();
      return soql.substring(soql.indexOf("X = ") + 4);
    }

    @Test
    void writesEachJavaTypeInItsSoqlForm() {
      assertThat(soqlOf("text")).isEqualTo("'text'");
      assertThat(soqlOf('c')).isEqualTo("'c'");
      assertThat(soqlOf(new StringBuilder("sb"))).isEqualTo("'sb'");
      assertThat(soqlOf(new BigDecimal("1e6"))).isEqualTo("1000000");
      assertThat(soqlOf(new BigDecimal("1.50"))).isEqualTo("1.50");
      assertThat(soqlOf(new BigDecimal("-0.000001"))).isEqualTo("-0.000001");
      assertThat(soqlOf(new BigDecimal("1E-10"))).isEqualTo("0.0000000001");
      assertThat(soqlOf(new BigInteger("123456789012345678901234567890")))
          .isEqualTo("123456789012345678901234567890");
      assertThat(soqlOf(42)).isEqualTo("42");
      assertThat(soqlOf(-7L)).isEqualTo("-7");
      assertThat(soqlOf((short) 3)).isEqualTo("3");
      assertThat(soqlOf((byte) 4)).isEqualTo("4");
      assertThat(soqlOf(0.1)).isEqualTo("0.1");
      assertThat(soqlOf(1e20)).isEqualTo("100000000000000000000");
      assertThat(soqlOf(1.5f)).isEqualTo("1.5");
      assertThat(soqlOf(true)).isEqualTo("true");
      assertThat(soqlOf(false)).isEqualTo("false");
      assertThat(soqlOf(LocalDate.of(2026, 1, 31))).isEqualTo("2026-01-31");
      assertThat(soqlOf(LocalDate.of(99, 1, 2))).isEqualTo("0099-01-02");
      assertThat(soqlOf(Instant.parse("2005-10-08T01:02:03Z"))).isEqualTo("2005-10-08T01:02:03Z");
      assertThat(soqlOf(Instant.parse("2005-10-08T01:02:03.120Z")))
          .isEqualTo("2005-10-08T01:02:03.120Z");
      assertThat(soqlOf(Instant.parse("2005-10-08T01:02:03.000123Z")))
          .isEqualTo("2005-10-08T01:02:03.000123Z");
      assertThat(soqlOf(Instant.parse("2005-10-08T01:02:03.000000007Z")))
          .isEqualTo("2005-10-08T01:02:03.000000007Z");
      assertThat(soqlOf(OffsetDateTime.of(2005, 10, 8, 1, 2, 3, 0, ZoneOffset.ofHours(2))))
          .isEqualTo("2005-10-07T23:02:03Z");
      assertThat(soqlOf(ZonedDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneId.of("Europe/Oslo"))))
          .isEqualTo("2026-07-01T10:00:00Z");
      assertThat(soqlOf(SalesforceId.of(ACCOUNT_ID_15))).isEqualTo("'" + ACCOUNT_ID_18 + "'");
      assertThat(soqlOf(DateLiteral.nFiscalYearsAgo(2))).isEqualTo("N_FISCAL_YEARS_AGO:2");
      assertThat(soqlOf(Literal.NULL)).isEqualTo("null");
    }

    @Test
    void readsEachValueBackAsTheSameTypedLiteral() {
      assertThat(rendered(new BigDecimal("1e6")))
          .isEqualTo(new Literal.NumberValue(new BigDecimal("1000000")));
      assertThat(rendered(Instant.parse("2005-10-08T01:02:03.5Z")))
          .isEqualTo(new Literal.DateTimeValue(Instant.parse("2005-10-08T01:02:03.5Z")));
      assertThat(rendered(LocalDate.of(2026, 2, 28)))
          .isEqualTo(new Literal.DateValue(LocalDate.of(2026, 2, 28)));
      assertThat(rendered(SalesforceId.of(ACCOUNT_ID_15)))
          .isEqualTo(new Literal.StringValue(ACCOUNT_ID_18));
      assertThat(rendered(Boolean.TRUE)).isEqualTo(Literal.TRUE);
    }

    @Test
    void refusesValuesWithoutASoqlForm() {
      assertThatThrownBy(() -> Soql.field("X").eq(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("use isNull() or isNotNull()");
      assertThatThrownBy(() -> Soql.field("X").eq(LocalDateTime.of(2026, 1, 1, 0, 0)))
          .hasMessageContaining("LocalDateTime has no time zone");
      assertThatThrownBy(() -> Soql.field("X").eq(List.of("a", "b")))
          .hasMessageContaining("use in(..) or notIn(..)");
      assertThatThrownBy(() -> Soql.field("X").eq(new String[] {"a"}))
          .hasMessageContaining("use in(..)");
      assertThatThrownBy(() -> Soql.field("X").eq(Double.NaN))
          .hasMessageContaining("SOQL has no literal for NaN");
      assertThatThrownBy(() -> Soql.field("X").lt(Double.POSITIVE_INFINITY))
          .hasMessageContaining("Infinity");
      assertThatThrownBy(() -> Soql.field("X").eq(new Object()))
          .hasMessageContaining("A value of type java.lang.Object cannot be used in SOQL");
      assertThatThrownBy(() -> Soql.field("X").eq(SearchGroup.ALL_FIELDS))
          .hasMessageContaining("for a picklist value, pass its name");
      assertThatThrownBy(() -> Soql.field("X").eq(Soql.field("Y")))
          .hasMessageContaining("SOQL compares a field with a value only");
      assertThatThrownBy(() -> Soql.field("X").eq(LocalDate.of(10_000, 1, 1)))
          .hasMessageContaining("10000 is out of range");
      assertThatThrownBy(() -> Soql.field("X").eq(Instant.MAX))
          .hasMessageContaining("out of range");
      assertThatThrownBy(() -> Soql.field("X").in(List.of()))
          .hasMessageContaining("IN needs at least one value");
      assertThatThrownBy(() -> Soql.field("X").in(java.util.Arrays.asList("a", null)))
          .isInstanceOf(InvalidArgumentException.class);
      assertThatThrownBy(() -> Soql.field("X").includes())
          .hasMessageContaining("INCLUDES needs at least one value");
      assertThatThrownBy(() -> Soql.field("X").eq("y".repeat(4001)))
          .hasMessageContaining("at most 4,000 characters; this one has 4001");
    }

    @Test
    void comparesWithEveryOperator() {
      FieldPath x = Soql.field("X");
      Condition c =
          Soql.and(x.eq(1), x.ne(2), x.lt(3), x.le(4), x.gt(5), x.ge(6), x.in(7, 8), x.notIn(9));

      assertThat(accountsWhere(c).toSoql())
          .endsWith(
              "WHERE X = 1 AND X != 2 AND X < 3 AND X <= 4 AND X > 5 AND X >= 6 AND X IN (7, 8)"
                  + " AND X NOT IN (9)");
    }
  }

  @Nested
  class HostileInputs {
    final List<String> hostile =
        List.of(
            "'",
            "\\",
            "\\'",
            "' OR Name != '",
            "x' OR Id != null OR Name = 'x",
            "') OR (Name = '",
            "x' LIMIT 1 --",
            "--",
            "/*",
            "*/",
            "\\\\'",
            "'\\",
            "\n",
            "line1\nline2\r\n\tline3",
            "\b\f",
            "\"",
            "\\\"",
            "\\u0041",
            "\\n",
            "%",
            "_",
            "100%_sure\\%",
            "caf\u00e9 \u65e5\u672c\u8a9e \ud83d\ude00",
            "\u0000\u001f\u007f\u2028\u2029",
            "\ud800 lone surrogate",
            "' AND Name IN (SELECT Id FROM User) AND Name = '",
            "   ",
            "");

    @Test
    void everyHostileValueStaysOneStringLiteral() {
      for (String value : hostile) {
        SoqlBuilder q = accountsWhere(Soql.field("Name").eq(value));

        Condition back = whereOf(q);

        assertThat(back)
            .as("%s", value)
            .isEqualTo(
                new Condition.Comparison(
                    FieldPath.of("Name"),
                    ComparisonOperator.EQUALS,
                    new Literal.StringValue(value)));
        assertThat(((Literal.StringValue) ((Condition.Comparison) back).right()).value())
            .isEqualTo(value);
      }
    }

    @Test
    void escapesExactlyTheCharactersSoqlGivesAMeaning() {
      String soql =
          accountsWhere(Soql.field("Name").eq("a\\b'c\"d\ne\rf\tg\bh\fi%j_k\u00e9")).toSoql();

      assertThat(soql)
          .endsWith("WHERE Name = 'a\\\\b\\'c\\\"d\\ne\\rf\\tg\\bh\\fi%j_k\u00e9'");
    }

    @Test
    void aQuoteInAValueCannotAddACondition() {
      SoqlBuilder q = accountsWhere(Soql.field("Name").eq("' OR Name != '"));

      assertThat(q.toSoql()).isEqualTo("SELECT Id FROM Account WHERE Name = '\\' OR Name != \\''");
      assertThat(whereOf(q)).isInstanceOf(Condition.Comparison.class);
    }

    @Test
    void everyHostileValueStaysOneLiteralInListsAndPicklistFilters() {
      SoqlBuilder in = accountsWhere(Soql.field("Name").in(hostile));
      SoqlBuilder includes = accountsWhere(Soql.field("Tags__c").includes(hostile));

      assertThat(((Condition.In) whereOf(in)).values()).hasSize(hostile.size());
      assertThat(((Condition.In) whereOf(includes)).values())
          .extracting(v -> ((Literal.StringValue) v).value())
          .containsExactlyElementsOf(hostile);
    }

    @Test
    void startsWithContainsAndEndsWithEscapeTheUsersWildcards() {
      for (String value : hostile) {
        for (Condition c :
            List.of(
                Soql.field("Name").startsWith(value),
                Soql.field("Name").contains(value),
                Soql.field("Name").endsWith(value))) {
          Condition.Like back = (Condition.Like) whereOf(accountsWhere(c));

          assertThat(back).as("%s", value).isEqualTo(c);
          assertThat(back.pattern().matches(value)).as("%s matches itself", value).isTrue();
        }
      }
      assertThat(accountsWhere(Soql.field("Name").startsWith("50%_off")).toSoql())
          .endsWith("WHERE Name LIKE '50\\%\\_off%'");
      assertThat(accountsWhere(Soql.field("Name").contains("O'Brien\\")).toSoql())
          .endsWith("WHERE Name LIKE '%O\\'Brien\\\\%'");
      assertThat(accountsWhere(Soql.field("Name").endsWith("x")).toSoql())
          .endsWith("WHERE Name LIKE '%x'");
    }

    @Test
    void escapedWildcardsMatchOnlyThemselves() {
      Condition.Like like = (Condition.Like) Soql.field("Name").startsWith("50%");

      assertThat(like.pattern().matches("50% off")).isTrue();
      assertThat(like.pattern().matches("500 off")).isFalse();
      assertThat(((Condition.Like) Soql.field("Name").contains("a_b")).pattern().matches("xaxbx"))
          .isFalse();
    }

    @Test
    void likeKeepsTheCallersWildcardsAndRefusesALoneBackslash() {
      assertThat(accountsWhere(Soql.field("Name").like("Acme%_")).toSoql())
          .endsWith("WHERE Name LIKE 'Acme%_'");
      assertThat(accountsWhere(Soql.field("Name").like("50\\%%")).toSoql())
          .endsWith("WHERE Name LIKE '50\\%%'");
      assertThatThrownBy(() -> Soql.field("Name").like("a\\b"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("a backslash must be followed by %, _ or another backslash");
      assertThatThrownBy(() -> Soql.field("Name").like("a\\"))
          .isInstanceOf(InvalidArgumentException.class);
    }
  }

  @Nested
  class PropertyStyle {
    static final String SPECIAL = "'\"\\%_\n\r\t\b\f";

    String randomString(Random random) {
      int length = random.nextInt(24);
      StringBuilder s = new StringBuilder(length * 2);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(10);
        if (pick < 5) {
          s.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
        } else if (pick < 7) {
          s.append((char) (0x20 + random.nextInt(0x5f)));
        } else if (pick < 8) {
          s.append((char) (0xa0 + random.nextInt(0xd7ff - 0xa0)));
        } else if (pick < 9) {
          s.appendCodePoint(0x10000 + random.nextInt(0x10ffff - 0x10000));
        } else {
          // Control characters and the occasional lone surrogate.
          s.append(random.nextBoolean() ? (char) random.nextInt(0x20) : (char) (0xd800 + random.nextInt(0x800)));
        }
      }
      return s.toString();
    }

    @Test
    void noGeneratedValueCanCloseItsQuotes() {
      Random random = new Random(20_261_124L);
      for (int i = 0; i < 20_000; i++) {
        String value = randomString(random);
        Condition condition =
            Soql.and(
                Soql.field("Name").eq(value),
                Soql.field("Site").contains(value),
                Soql.field("Tags__c").in(value, "x"));
        SoqlBuilder q = accountsWhere(condition).limit(5);

        String soql = q.toSoql();
        SoqlQuery back = SoqlParser.parse(soql);

        assertThat(back).as("value #%d rendered as %s", i, soql).isEqualTo(q.build());
        assertThat(back.limit().getAsInt()).isEqualTo(5);
        List<Condition> operands = ((Condition.And) back.where().orElseThrow()).operands();
        assertThat(operands).hasSize(3);
        Literal literal = ((Condition.Comparison) operands.get(0)).right();
        assertThat(((Literal.StringValue) literal).value()).isEqualTo(value);
        assertThat(((Condition.Like) operands.get(1)).pattern().matches(value)).isTrue();
        assertThat(((Condition.Like) operands.get(1)).pattern())
            .isEqualTo(LikePattern.contains(value));
      }
    }

    @Test
    void theGeneratorDrawsHeavilyFromTheDangerousCharacters() {
      Random random = new Random(20_261_124L);
      int special = 0;
      int total = 0;
      for (int i = 0; i < 1_000; i++) {
        String value = randomString(random);
        total += value.length();
        for (char c : value.toCharArray()) {
          special += SPECIAL.indexOf(c) >= 0 ? 1 : 0;
        }
      }
      assertThat(special).isGreaterThan(total / 3);
    }
  }

  @Test
  void theBuilderShowsNoValuesInToString() {
    SoqlBuilder q = accountsWhere(Soql.field("Email").eq("secret@example.com")).limit(3);

    assertThat(q.toString())
        .isEqualTo("SoqlQuery{object=Account, select=1, where, limit=3}")
        .doesNotContain("secret");
    assertThat(Soql.select("Id", "Name").toString()).isEqualTo("SoqlSelect{items=2}");
    assertThat(Optional.of(q.build().where())).isPresent();
  }
}
