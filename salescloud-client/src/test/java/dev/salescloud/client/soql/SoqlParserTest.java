package dev.salescloud.client.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SoqlParserTest {
  static final List<String> CORPUS =
      List.of(
          "SELECT Id, Name FROM Account",
          "SELECT Id, Name, Account.Name, Account.Owner.Name FROM Contact"
              + " WHERE Account.Industry = 'Energy'",
          "SELECT Name, (SELECT LastName, Email FROM Contacts WHERE Email != null"
              + " ORDER BY LastName LIMIT 5) FROM Account WHERE Id IN (SELECT AccountId"
              + " FROM Opportunity WHERE StageName = 'Closed Won')",
          "SELECT Id FROM Account WHERE Id NOT IN (SELECT AccountId FROM Contact)",
          "SELECT CampaignId, SUM(Amount) FROM Opportunity GROUP BY CampaignId",
          "SELECT StageName, COUNT(Id) cnt, SUM(Amount) total, AVG(Amount) FROM Opportunity"
              + " GROUP BY StageName HAVING COUNT(Id) > 1 ORDER BY SUM(Amount) DESC NULLS LAST",
          "SELECT LeadSource, Rating, GROUPING(LeadSource) grpLS, COUNT(Name) cnt FROM Lead"
              + " GROUP BY ROLLUP(LeadSource, Rating)",
          "SELECT Type, BillingCountry, COUNT(Id) FROM Account GROUP BY CUBE(Type, BillingCountry)",
          "SELECT CALENDAR_YEAR(CloseDate), SUM(Amount) FROM Opportunity"
              + " GROUP BY CALENDAR_YEAR(CloseDate)",
          "SELECT COUNT() FROM Lead WHERE CreatedDate = LAST_N_DAYS:30",
          "SELECT COUNT_DISTINCT(Company) FROM Lead",
          "SELECT Id FROM Opportunity WHERE CloseDate = THIS_QUARTER AND Amount >= 10000.50"
              + " AND IsClosed = false",
          "SELECT Id FROM Event WHERE ActivityDateTime > 2005-10-08T01:02:03Z",
          "SELECT Id FROM Event WHERE ActivityDateTime < 2005-10-08T01:02:03+01:00"
              + " OR ActivityDate = 2005-10-08",
          "SELECT Id FROM Event WHERE ActivityDateTime <= 2005-10-08T01:02:03.250-0530",
          "SELECT Id FROM Contact WHERE (LastName LIKE 'Sm%' OR FirstName LIKE '_o%')"
              + " AND (NOT Email = null)",
          "SELECT Id, Interests__c FROM Contact WHERE Interests__c INCLUDES ('Golf;Tennis', 'Chess')"
              + " AND Interests__c EXCLUDES ('Darts')",
          "SELECT Id, Name FROM Account WHERE Industry IN ('Energy', 'Banking')"
              + " AND NumberOfEmployees NOT IN (1, 2, 3)",
          "SELECT Id FROM Account ORDER BY Name ASC NULLS FIRST, CreatedDate DESC LIMIT 100"
              + " OFFSET 2000",
          "SELECT Id FROM Account FOR VIEW",
          "SELECT Id FROM Account FOR VIEW, REFERENCE",
          "SELECT Id FROM Account LIMIT 1 FOR UPDATE",
          "SELECT Id FROM Account WHERE IsDeleted = true ALL ROWS",
          "SELECT a.Name FROM Account a WHERE a.Industry = 'Energy'",
          "SELECT Id FROM Account USING SCOPE Mine WHERE Name != 'x'",
          "SELECT Id FROM Account WHERE Name = 'x' WITH SECURITY_ENFORCED",
          "SELECT TYPEOF What WHEN Account THEN Phone, NumberOfEmployees WHEN Opportunity"
              + " THEN Amount, CloseDate ELSE Name, Email END FROM Event",
          "SELECT toLabel(Status), convertCurrency(Amount__c), FORMAT(CloseDate) FROM Lead",
          "SELECT HOUR_IN_DAY(convertTimezone(CreatedDate)), COUNT(Id) FROM Lead"
              + " GROUP BY HOUR_IN_DAY(convertTimezone(CreatedDate))",
          "SELECT acme__Score__c, Parent__r.Name, Parent__r.Parent__r.Owner.Name"
              + " FROM acme__Widget__c",
          "SELECT Id FROM Group WHERE Type = 'Queue'",
          "SELECT Id, Order.OrderNumber FROM OrderItem ORDER BY Order.OrderNumber",
          "SELECT Group.Name FROM GroupMember WHERE Group.Type = 'Queue'",
          "SELECT Id FROM Account WHERE Name = 'O\\'Brien \\\\ \\\"quoted\\\" \\n\\t\\r\\b\\f'",
          "SELECT Id FROM Account WHERE Name LIKE '50\\%\\_off\\\\%'",
          "SELECT Id FROM Account WHERE NOT (Name = 'a' OR Name = 'b')",
          "SELECT Id FROM Account WHERE Amount__c > -5.25",
          "SELECT Name, (SELECT Id FROM Contacts), (SELECT Id FROM Opportunities"
              + " WHERE IsClosed = false) FROM Account",
          "SELECT FORMAT(MIN(CloseDate)) Amt FROM Opportunity",
          "SELECT Id FROM Case WHERE CreatedDate = N_DAYS_AGO:0"
              + " AND ClosedDate > NEXT_N_FISCAL_YEARS:2",
          "SELECT Id FROM Account WHERE ((Name = 'a' AND Site = 'b') OR (Name = 'c'"
              + " AND (NOT (Site = 'd' OR Site = 'e')))) AND Industry != null",
          "SELECT Id FROM Account WHERE Name = 'caf\u00e9 \u65e5\u672c \ud83d\ude00'",
          "SELECT Id FROM Lead WHERE DAY_ONLY(CreatedDate) = 2026-01-31",
          "SELECT WEEK_IN_YEAR(CreatedDate) wk, COUNT(Id) FROM Lead"
              + " GROUP BY WEEK_IN_YEAR(CreatedDate) ORDER BY WEEK_IN_YEAR(CreatedDate)");

  static SoqlQuery roundTrip(String soql) {
    SoqlQuery parsed = SoqlParser.parse(soql);
    String rendered = parsed.toSoql();
    SoqlQuery reparsed = SoqlParser.parse(rendered);
    assertThat(reparsed).as(soql).isEqualTo(parsed);
    assertThat(reparsed.toSoql()).as("rendering is stable for %s", soql).isEqualTo(rendered);
    return parsed;
  }

  static SoqlSyntaxException syntaxError(String soql) {
    SoqlSyntaxException e =
        catchThrowableOfType(SoqlSyntaxException.class, () -> SoqlParser.parse(soql));
    assertThat(e).as("a syntax error for %s", soql).isNotNull();
    return e;
  }

  static Condition where(String soql) {
    return SoqlParser.parse(soql).where().orElseThrow();
  }

  @Nested
  class RoundTrips {
    @Test
    void everyQueryOfTheCorpusParsesToATreeItsRenderingGivesBack() {
      for (String soql : CORPUS) {
        roundTrip(soql);
      }
    }

    @Test
    void canonicalQueriesRenderExactlyAsWritten() {
      for (String soql : CORPUS) {
        boolean canonical =
            !soql.contains("<=")
                && !soql.contains("+01:00")
                && !soql.contains("ASC NULLS")
                && !soql.contains("\\\"");
        if (canonical) {
          assertThat(SoqlParser.parse(soql).toSoql()).isEqualTo(soql);
        }
      }
    }

    @Test
    void keywordsInOddCaseParseToTheSameTreeAndNamesKeepTheirCase() {
      SoqlQuery odd =
          roundTrip(
              "sElEcT Id, nAmE, cOuNt_DiStInCt(Email) fRoM Account wHeRe NaMe = 'x' AnD iNdUsTrY"
                  + " != NULL aNd CreatedDate = this_QUARTER AnD IsDeleted = FaLsE gRoUp By"
                  + " nAmE, Id oRdEr By NaMe dEsC nUlLs LaSt LiMiT 5 oFfSeT 1");

      assertThat(odd)
          .isEqualTo(
              SoqlParser.parse(
                  "SELECT Id, nAmE, COUNT_DISTINCT(Email) FROM Account WHERE NaMe = 'x' AND"
                      + " iNdUsTrY != null AND CreatedDate = THIS_QUARTER AND IsDeleted = false"
                      + " GROUP BY nAmE, Id ORDER BY NaMe DESC NULLS LAST LIMIT 5 OFFSET 1"));
      assertThat(odd.toSoql()).contains("SELECT Id, nAmE, COUNT_DISTINCT(Email) FROM Account");
    }

    @Test
    void whitespaceAndLineBreaksDoNotMatter() {
      assertThat(SoqlParser.parse("SELECT\n\tId ,Name\r\nFROM   Account\fWHERE Name='x'"))
          .isEqualTo(SoqlParser.parse("SELECT Id, Name FROM Account WHERE Name = 'x'"));
    }

    @Test
    void writesNotEqualsAsBangEqualsAndDropsTheDefaultAsc() {
      SoqlQuery q = roundTrip("SELECT Id FROM Account WHERE Name <> 'x' ORDER BY Name ASC");

      assertThat(q.toSoql()).isEqualTo("SELECT Id FROM Account WHERE Name != 'x' ORDER BY Name");
    }

    @ParameterizedTest
    @EnumSource(DateLiteral.Kind.class)
    void everyDateLiteralParsesAndRendersBare(DateLiteral.Kind kind) {
      String literal = kind.parameterised() ? kind.name() + ":7" : kind.name();

      SoqlQuery q = roundTrip("SELECT Id FROM Opportunity WHERE CloseDate = " + literal);

      DateLiteral expected = kind.parameterised() ? DateLiteral.of(kind, 7) : DateLiteral.of(kind);
      assertThat(q.where())
          .contains(
              new Condition.Comparison(
                  FieldPath.of("CloseDate"), ComparisonOperator.EQUALS, expected));
      assertThat(q.toSoql()).endsWith("WHERE CloseDate = " + literal);
    }

    @Test
    void dateLiteralsAreRecognisedInAnyCase() {
      assertThat(where("SELECT Id FROM Lead WHERE CreatedDate = last_n_days:3"))
          .isEqualTo(
              new Condition.Comparison(
                  FieldPath.of("CreatedDate"),
                  ComparisonOperator.EQUALS,
                  DateLiteral.lastNDays(3)));
    }
  }

  @Nested
  class TreeShape {
    @Test
    void readsSelectItemsOfEveryKind() {
      SoqlQuery q =
          SoqlParser.parse(
              "SELECT Account.Owner.Name, SUM(Amount) total, (SELECT LastName FROM Contacts),"
                  + " TYPEOF What WHEN Account THEN Phone ELSE Name END FROM Opportunity");

      assertThat(q.select())
          .containsExactly(
              new SelectItem.Field(FieldPath.of("Account.Owner.Name"), Optional.empty()),
              new SelectItem.Function(Soql.sum("Amount"), Optional.of("total")),
              new SelectItem.Subquery(SoqlParser.parse("SELECT LastName FROM Contacts")),
              new SelectItem.TypeOf(
                  FieldPath.of("What"),
                  List.of(new SelectItem.TypeOf.When("Account", List.of(FieldPath.of("Phone")))),
                  List.of(FieldPath.of("Name"))));
      assertThat(((SelectItem.Field) q.select().get(0)).path().segments())
          .containsExactly("Account", "Owner", "Name");
    }

    @Test
    void groupsAConjunctionIntoOneAndAndKeepsParenthesesAsNesting() {
      Condition flat = where("SELECT Id FROM A WHERE a = 1 AND b = 2 AND c = 3");
      Condition nested = where("SELECT Id FROM A WHERE (a = 1 AND b = 2) AND c = 3");

      assertThat(flat).isInstanceOf(Condition.And.class);
      assertThat(((Condition.And) flat).operands()).hasSize(3);
      assertThat(((Condition.And) nested).operands()).hasSize(2);
      assertThat(((Condition.And) nested).operands().get(0)).isInstanceOf(Condition.And.class);
    }

    @Test
    void parenthesesAroundOnePredicateAddNoNode() {
      assertThat(where("SELECT Id FROM A WHERE ((Name = 'x'))"))
          .isEqualTo(where("SELECT Id FROM A WHERE Name = 'x'"));
    }

    @Test
    void readsNotOverAPredicateAndOverAGroup() {
      assertThat(where("SELECT Id FROM A WHERE NOT Name = 'x'"))
          .isEqualTo(new Condition.Not(FieldPath.of("Name").eq("x")));
      assertThat(where("SELECT Id FROM A WHERE NOT (Name = 'x' OR Name = 'y')"))
          .isEqualTo(new Condition.Not(FieldPath.of("Name").eq("x").or(FieldPath.of("Name").eq("y"))));
      SoqlQuery mixed = roundTrip("SELECT Id FROM A WHERE Site = 'y' AND NOT Name = 'x'");
      assertThat(mixed.where())
          .contains(FieldPath.of("Site").eq("y").and(new Condition.Not(FieldPath.of("Name").eq("x"))));
      assertThat(mixed.toSoql()).endsWith("WHERE Site = 'y' AND (NOT Name = 'x')");
      SoqlQuery doubleNot = roundTrip("SELECT Id FROM A WHERE NOT (NOT Name = 'x')");
      assertThat(doubleNot.where())
          .contains(new Condition.Not(new Condition.Not(FieldPath.of("Name").eq("x"))));
    }

    @Test
    void readsEveryLiteralType() {
      Condition.In in =
          (Condition.In)
              where(
                  "SELECT Id FROM A WHERE X IN ('s', 42, -0.50, true, FALSE, null, 2026-01-31,"
                      + " 2026-01-31T10:00:00.123Z, 2026-01-31T10:00:00-01:00, TODAY,"
                      + " NEXT_N_WEEKS:2)");

      assertThat(in.values())
          .containsExactly(
              new Literal.StringValue("s"),
              new Literal.NumberValue(new BigDecimal("42")),
              new Literal.NumberValue(new BigDecimal("-0.50")),
              Literal.TRUE,
              Literal.FALSE,
              Literal.NULL,
              new Literal.DateValue(LocalDate.of(2026, 1, 31)),
              new Literal.DateTimeValue(Instant.parse("2026-01-31T10:00:00.123Z")),
              new Literal.DateTimeValue(Instant.parse("2026-01-31T11:00:00Z")),
              DateLiteral.TODAY,
              DateLiteral.nextNWeeks(2));
    }

    @Test
    void readsEveryComparisonOperator() {
      String[] symbols = {"=", "!=", "<>", "<", "<=", ">", ">="};
      ComparisonOperator[] operators = {
        ComparisonOperator.EQUALS,
        ComparisonOperator.NOT_EQUALS,
        ComparisonOperator.NOT_EQUALS,
        ComparisonOperator.LESS_THAN,
        ComparisonOperator.LESS_OR_EQUAL,
        ComparisonOperator.GREATER_THAN,
        ComparisonOperator.GREATER_OR_EQUAL
      };
      for (int i = 0; i < symbols.length; i++) {
        Condition c = where("SELECT Id FROM A WHERE Amount" + symbols[i] + "5");

        assertThat(((Condition.Comparison) c).operator()).as(symbols[i]).isEqualTo(operators[i]);
      }
    }

    @Test
    void decodesEveryEscapeOfAStringLiteral() {
      Condition c =
          where(
              "SELECT Id FROM A WHERE Name = '\\n\\N\\r\\R\\t\\T\\b\\B\\f\\F\\\"\\'\\\\\\u00e9\\u0041'");

      assertThat(((Condition.Comparison) c).right())
          .isEqualTo(new Literal.StringValue("\n\n\r\r\t\t\b\b\f\f\"'\\\u00e9A"));
    }

    @Test
    void keepsWildcardEscapesOfALikePattern() {
      Condition.Like like =
          (Condition.Like) where("SELECT Id FROM A WHERE Name LIKE 'Ter\\%%\\_\\\\x\\u005c'");

      assertThat(like.pattern().pattern()).isEqualTo("Ter\\%%\\_\\\\x\\\\");
      assertThat(like.pattern().matches("Ter%_\\x\\")).isTrue();
      assertThat(like.pattern().matches("Ter%abc_\\x\\")).isTrue();
      assertThat(like.pattern().matches("TerX_\\x\\")).isFalse();
    }

    @Test
    void readsSemiJoinsAndAntiJoins() {
      Condition c =
          where(
              "SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact) AND Id NOT IN"
                  + " (SELECT AccountId FROM Opportunity WHERE IsClosed = true)");

      List<Condition> operands = ((Condition.And) c).operands();
      assertThat(operands.get(0))
          .isEqualTo(
              new Condition.SemiJoin(
                  FieldPath.of("Id"), false, SoqlParser.parse("SELECT AccountId FROM Contact")));
      assertThat(((Condition.SemiJoin) operands.get(1)).negated()).isTrue();
    }

    @Test
    void readsTheTrailingClauses() {
      SoqlQuery q =
          SoqlParser.parse(
              "SELECT Id FROM Account a USING SCOPE Team WHERE a.Name != null WITH"
                  + " SECURITY_ENFORCED ORDER BY a.Name LIMIT 10 OFFSET 20 FOR VIEW, REFERENCE"
                  + " ALL ROWS");

      assertThat(q.alias()).contains("a");
      assertThat(q.scope()).contains("Team");
      assertThat(q.securityEnforced()).isTrue();
      assertThat(q.limit()).isEqualTo(OptionalInt.of(10));
      assertThat(q.offset()).isEqualTo(OptionalInt.of(20));
      assertThat(q.forOptions())
          .containsExactly(SoqlQuery.ForOption.VIEW, SoqlQuery.ForOption.REFERENCE);
      assertThat(q.allRows()).isTrue();
    }

    @Test
    void readsOrderItemsWithDirectionsAndNulls() {
      SoqlQuery q =
          SoqlParser.parse(
              "SELECT Id FROM A ORDER BY Name, Site DESC, Phone ASC NULLS LAST, Fax DESC NULLS"
                  + " FIRST, MAX(Amount)");

      assertThat(q.orderBy())
          .containsExactly(
              FieldPath.of("Name").asc(),
              FieldPath.of("Site").desc(),
              FieldPath.of("Phone").asc().nullsLast(),
              FieldPath.of("Fax").desc().nullsFirst(),
              Soql.max("Amount").asc());
      assertThat(q.orderBy().get(1).effectiveNulls()).isEqualTo(OrderItem.Nulls.LAST);
      assertThat(q.orderBy().get(0).effectiveNulls()).isEqualTo(OrderItem.Nulls.FIRST);
    }

    @Test
    void wordsThatAreKeywordsElsewhereCanBeFieldsAliasesAndObjects() {
      SoqlQuery q =
          roundTrip(
              "SELECT Count, Rollup, Today, Order.Name, SUM(Amount) Sum FROM Order"
                  + " WHERE Today = 1 GROUP BY Rollup, Cube ORDER BY Offset LIMIT 3");

      assertThat(q.object()).isEqualTo("Order");
      assertThat(q.groupBy().orElseThrow().kind()).isEqualTo(GroupBy.Kind.PLAIN);
      assertThat(q.aliasOf(Soql.sum("Amount"))).contains("Sum");
    }
  }

  @Nested
  class Fuzzing {
    static final String PIECES =
        "'\\\"%_()[]{},.:=!<>-+*/;\n\t 0123456789 aZ_ 2005-10-08T01:02:03Z ";
    static final String[] WORDS = {
      " SELECT ", " FROM ", " WHERE ", " AND ", " OR ", " NOT ", " IN ", " LIKE ", " LIMIT ",
      " OFFSET ", " GROUP BY ", " ROLLUP(", " HAVING ", " ORDER BY ", " NULLS ", " TYPEOF ",
      " WHEN ", " THEN ", " END ", "COUNT(", "LAST_N_DAYS:", " TODAY", " null", "'", "\\", "(",
      ")", ",", " INCLUDES (", " FOR VIEW", " ALL ROWS", " USING SCOPE ", " WITH "
    };

    String mutate(Random random, String soql) {
      StringBuilder s = new StringBuilder(soql);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(s.length() + 1);
        switch (random.nextInt(4)) {
          case 0:
            if (s.length() > 0) {
              s.deleteCharAt(Math.min(at, s.length() - 1));
            }
            break;
          case 1:
            s.insert(at, PIECES.charAt(random.nextInt(PIECES.length())));
            break;
          case 2:
            s.insert(at, WORDS[random.nextInt(WORDS.length)]);
            break;
          default:
            int end = Math.min(s.length(), at + random.nextInt(12));
            s.delete(at, end);
        }
      }
      return s.toString();
    }

    @Test
    void aMutatedQueryEitherParsesAndRoundTripsOrFailsWithASyntaxError() {
      Random random = new Random(99L);
      int parsed = 0;
      for (int i = 0; i < 30_000; i++) {
        String soql = mutate(random, CORPUS.get(random.nextInt(CORPUS.size())));
        SoqlQuery q;
        try {
          q = SoqlParser.parse(soql);
        } catch (SoqlSyntaxException e) {
          assertThat(e.row()).as(soql).isPositive();
          assertThat(e.column()).as(soql).isPositive();
          assertThat(e.getMessage()).as(soql).contains("ERROR at Row:" + e.row() + ":Column:");
          assertThat(e.errorCode())
              .isIn("MALFORMED_QUERY", "NUMBER_OUTSIDE_VALID_RANGE");
          continue;
        }
        parsed++;
        assertThat(SoqlParser.parse(q.toSoql())).as(soql).isEqualTo(q);
      }
      assertThat(parsed).isGreaterThan(1_000);
    }
  }

  @Nested
  class SyntaxErrors {
    @Test
    void reportsAMisspeltKeywordWithSalesforcesMessage() {
      SoqlSyntaxException e = syntaxError("SELECT Id FORM Account");

      assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY");
      assertThat(e.row()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(11);
      assertThat(e.token()).isEqualTo("FORM");
      assertThat(e.detail()).isEqualTo("unexpected token: 'FORM'");
      assertThat(e.getMessage())
          .isEqualTo(
              "\nSELECT Id FORM Account\n          ^\nERROR at Row:1:Column:11\n"
                  + "unexpected token: 'FORM'");
      assertThat(e).isInstanceOf(InvalidArgumentException.class);
      assertThat(e.argument()).isEqualTo("query");
    }

    @Test
    void countsRowsAndColumnsAcrossLines() {
      SoqlSyntaxException e =
          syntaxError("SELECT Id\nFROM Account\nWHERE Name = 'x' AND\n  Site = = 'y'");

      assertThat(e.row()).isEqualTo(4);
      assertThat(e.column()).isEqualTo(10);
      assertThat(e.token()).isEqualTo("=");
      assertThat(e.getMessage())
          .isEqualTo("\n  Site = = 'y'\n         ^\nERROR at Row:4:Column:10\nunexpected token: '='");
    }

    @Test
    void reportsTheEndOfTheStatement() {
      SoqlSyntaxException e = syntaxError("SELECT Id\nFROM Account\nWHERE Name = 'x' AND");

      assertThat(e.row()).isEqualTo(3);
      assertThat(e.column()).isEqualTo(21);
      assertThat(e.token()).isEqualTo("<EOF>");
      assertThat(e.detail()).isEqualTo("unexpected token: '<EOF>'");
    }

    @Test
    void reportsAMisspeltWhereTakenForAnAlias() {
      SoqlSyntaxException e = syntaxError("SELECT Id FROM Account WHER Name = 'x'");

      assertThat(e.column()).isEqualTo(24);
      assertThat(e.token()).isEqualTo("WHER");
    }

    @Test
    void refusesAnEmptyStatementAndOtherStatements() {
      assertThat(syntaxError("").token()).isEqualTo("<EOF>");
      assertThat(syntaxError("   ").column()).isEqualTo(4);
      SoqlSyntaxException update = syntaxError("UPDATE Account SET Name = 'x'");
      assertThat(update.token()).isEqualTo("UPDATE");
      assertThat(update.column()).isEqualTo(1);
      assertThat(syntaxError("FIND Acme").token()).isEqualTo("FIND");
    }

    @Test
    void refusesAnUnterminatedString() {
      SoqlSyntaxException e = syntaxError("SELECT Id FROM Account WHERE Name = 'abc");

      assertThat(e.column()).isEqualTo(37);
      assertThat(e.token()).isEqualTo("'abc");
      assertThat(e.detail()).contains("unterminated string literal");
    }

    @Test
    void refusesAStringWhoseLastQuoteIsEscaped() {
      SoqlSyntaxException e = syntaxError("SELECT Id FROM Account WHERE Name = 'abc\\'");

      assertThat(e.detail()).contains("unterminated string literal");
    }

    @Test
    void refusesABackslashBeforeAnIllegalCharacter() {
      SoqlSyntaxException e = syntaxError("SELECT Id FROM Account WHERE Name = 'a\\qb'");

      assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY");
      assertThat(e.column()).isEqualTo(39);
      assertThat(e.token()).isEqualTo("\\q");
      assertThat(e.detail())
          .isEqualTo(
              "Invalid string literal 'a\\qb'. Illegal character sequence '\\q' in string"
                  + " literal.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\%", "\\_", "\\a", "\\U0041", "\\u00g1", "\\u12", "\\x41", "\\0"})
    void refusesEscapesSoqlDoesNotDefineOutsideLike(String escape) {
      SoqlSyntaxException e = syntaxError("SELECT Id FROM A WHERE Name = 'x" + escape + "'");

      assertThat(e.column()).isEqualTo(33);
      assertThat(e.detail()).contains("Illegal character sequence");
    }

    @Test
    void refusesAnIllegalEscapeInsideLikeToo() {
      SoqlSyntaxException e = syntaxError("SELECT Id FROM A WHERE Name LIKE 'x\\y%'");

      assertThat(e.token()).isEqualTo("\\y");
    }

    @Test
    void refusesOffsetAbove2000WithNumberOutsideValidRange() {
      SoqlSyntaxException e = syntaxError("SELECT Id FROM Account ORDER BY Id OFFSET 2001");

      assertThat(e.errorCode()).isEqualTo("NUMBER_OUTSIDE_VALID_RANGE");
      assertThat(e.token()).isEqualTo("2001");
      assertThat(e.column()).isEqualTo(43);
      assertThat(e.detail()).isEqualTo("Maximum SOQL offset allowed is 2000");
      assertThat(SoqlParser.parse("SELECT Id FROM Account OFFSET 2000").offset())
          .isEqualTo(OptionalInt.of(2000));
      assertThat(syntaxError("SELECT Id FROM A OFFSET 99999999999999999999").errorCode())
          .isEqualTo("NUMBER_OUTSIDE_VALID_RANGE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5", "2147483648"})
    void refusesALimitThatIsNotAPositiveInteger(String limit) {
      SoqlSyntaxException e = syntaxError("SELECT Id FROM Account LIMIT " + limit);

      assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY");
      assertThat(e.token()).isEqualTo(limit);
      assertThat(e.column()).isEqualTo(30);
      assertThat(e.detail()).startsWith("LIMIT must be a positive integer");
    }

    @Test
    void refusesANegativeOrFractionalOffset() {
      assertThat(syntaxError("SELECT Id FROM A OFFSET -1").detail())
          .startsWith("OFFSET must be a non-negative integer");
      assertThat(syntaxError("SELECT Id FROM A OFFSET 1.0").token()).isEqualTo("1.0");
    }

    @Test
    void refusesAParameterisedDateLiteralWithoutItsNumber() {
      SoqlSyntaxException missing =
          syntaxError("SELECT Id FROM Lead WHERE CreatedDate = LAST_N_DAYS AND Name = 'x'");
      assertThat(missing.token()).isEqualTo("AND");
      assertThat(missing.column()).isEqualTo(53);
      assertThat(missing.detail()).isEqualTo("expecting a colon, found 'AND'");

      assertThat(syntaxError("SELECT Id FROM Lead WHERE CreatedDate = LAST_N_DAYS").token())
          .isEqualTo("<EOF>");
      for (String bad : new String[] {"-1", "x", "1.5", "99999999999"}) {
        SoqlSyntaxException e =
            syntaxError("SELECT Id FROM Lead WHERE CreatedDate = NEXT_N_DAYS:" + bad);
        assertThat(e.token()).as(bad).isEqualTo(bad);
        assertThat(e.column()).as(bad).isEqualTo(53);
        assertThat(e.detail()).as(bad).startsWith("expecting a non-negative integer");
      }
    }

    @Test
    void refusesANumberAfterAFixedDateLiteral() {
      SoqlSyntaxException e = syntaxError("SELECT Id FROM Lead WHERE CreatedDate = TODAY:3");

      assertThat(e.token()).isEqualTo(":");
      assertThat(e.column()).isEqualTo(46);
    }

    @Test
    void refusesAndAndOrSideBySideWithoutParentheses() {
      SoqlSyntaxException e = syntaxError("SELECT Id FROM A WHERE a = 1 AND b = 2 OR c = 3");

      assertThat(e.token()).isEqualTo("OR");
      assertThat(e.column()).isEqualTo(40);
      assertThat(syntaxError("SELECT Id FROM A WHERE a = 1 OR b = 2 AND c = 3").token())
          .isEqualTo("AND");
    }

    @Test
    void refusesCountOfRowsNextToOtherItems() {
      SoqlSyntaxException e = syntaxError("SELECT Id, COUNT() FROM Account");

      assertThat(e.column()).isEqualTo(12);
      assertThat(e.token()).isEqualTo("COUNT");
      assertThat(e.detail()).startsWith("COUNT() must be the only element in the SELECT list");
      assertThat(syntaxError("SELECT COUNT() c FROM Account").column()).isEqualTo(8);
    }

    @Test
    void refusesAFunctionWithoutItsField() {
      SoqlSyntaxException e = syntaxError("SELECT SUM() FROM Opportunity");

      assertThat(e.token()).isEqualTo("SUM");
      assertThat(e.detail()).contains("SUM() needs a field");
    }

    @Test
    void refusesAnUnknownFunction() {
      SoqlSyntaxException e = syntaxError("SELECT Id FROM A WHERE DISTANCE(Loc__c) < 5");

      assertThat(e.column()).isEqualTo(24);
      assertThat(e.detail()).isEqualTo("unknown function: 'DISTANCE'");
    }

    @Test
    void refusesMisplacedClauses() {
      assertThat(syntaxError("SELECT Id FROM A LIMIT 5 WHERE Name = 'x'").token())
          .isEqualTo("WHERE");
      assertThat(syntaxError("SELECT Id FROM A HAVING COUNT(Id) > 1").token())
          .isEqualTo("HAVING");
      assertThat(syntaxError("SELECT Id FROM A OFFSET 5 LIMIT 5").token()).isEqualTo("LIMIT");
      assertThat(syntaxError("SELECT Id FROM A FOR VIEW, VIEW").column()).isEqualTo(28);
      assertThat(syntaxError("SELECT Id FROM A WITH USER_MODE").token()).isEqualTo("USER_MODE");
      assertThat(syntaxError("SELECT Id FROM A ORDER Name").token()).isEqualTo("Name");
    }

    @Test
    void refusesBrokenSelectLists() {
      assertThat(syntaxError("SELECT FROM Account").token()).isEqualTo("FROM");
      assertThat(syntaxError("SELECT Id, FROM Account").column()).isEqualTo(12);
      assertThat(syntaxError("SELECT Id,, Name FROM Account").token()).isEqualTo(",");
      assertThat(syntaxError("SELECT Id FROM").token()).isEqualTo("<EOF>");
      assertThat(syntaxError("SELECT Id FROM Account.Name").token()).isEqualTo("Account.Name");
      assertThat(syntaxError("SELECT Account. Name FROM Contact").token()).isEqualTo(".");
      assertThat(syntaxError("SELECT (Name) FROM Account").token()).isEqualTo("Name");
      assertThat(syntaxError("SELECT Name, (SELECT Id FROM Contacts FROM Account").token())
          .isEqualTo("FROM");
      assertThat(syntaxError("SELECT TYPEOF What END FROM Event").token()).isEqualTo("END");
      assertThat(syntaxError("SELECT Id FROM A ORDER BY Name NULLS").token()).isEqualTo("<EOF>");
    }

    @Test
    void refusesBrokenConditions() {
      assertThat(syntaxError("SELECT Id FROM A WHERE Name IN ()").token()).isEqualTo(")");
      assertThat(syntaxError("SELECT Id FROM A WHERE Name LIKE 5").token()).isEqualTo("5");
      assertThat(syntaxError("SELECT Id FROM A WHERE Name NOT LIKE 'x'").token())
          .isEqualTo("NOT");
      assertThat(syntaxError("SELECT Id FROM A WHERE Name INCLUDES (5)").token()).isEqualTo("5");
      assertThat(syntaxError("SELECT Id FROM A WHERE Name = Site").token()).isEqualTo("Site");
      assertThat(syntaxError("SELECT Id FROM A WHERE (Name = 'x'").token()).isEqualTo("<EOF>");
      assertThat(syntaxError("SELECT Id FROM A WHERE Name = 'x')").token()).isEqualTo(")");
      assertThat(syntaxError("SELECT Id FROM A WHERE Name = :userInput").token()).isEqualTo(":");
      assertThat(syntaxError("SELECT Id FROM A WHERE Amount > USD5000").token())
          .isEqualTo("USD5000");
    }

    @Test
    void refusesCharactersOutsideTheGrammar() {
      SoqlSyntaxException doubleQuote = syntaxError("SELECT Id FROM Account WHERE Name = \"x\"");
      assertThat(doubleQuote.token()).isEqualTo("\"");
      assertThat(doubleQuote.column()).isEqualTo(37);
      assertThat(syntaxError("SELECT Id FROM Account -- comment").token()).isEqualTo("-");
      assertThat(syntaxError("SELECT Id FROM Account /* c */").token()).isEqualTo("/");
      assertThat(syntaxError("SELECT Id FROM Account; DELETE").token()).isEqualTo(";");
      assertThat(syntaxError("SELECT Id FROM Account WHERE Name = {x}").token()).isEqualTo("{");
      assertThat(syntaxError("SELECT Id FROM Account WHERE Name = 'x' \ud83d\ude00").token())
          .isEqualTo("\ud83d\ude00");
    }

    @Test
    void refusesInvalidDatesAndDatetimes() {
      assertThat(syntaxError("SELECT Id FROM A WHERE D = 2005-13-01").detail())
          .isEqualTo("invalid date: '2005-13-01'");
      assertThat(syntaxError("SELECT Id FROM A WHERE D = 2005-02-30").column()).isEqualTo(28);
      for (String bad :
          new String[] {
            "2005-10-08T25:00:00Z",
            "2005-10-08T01:02:03",
            "2005-10-08T01:02Z",
            "2005-10-08T01:02:03+1",
            "2005-10-08T01:02:03.Z",
            "2005-10-08T01:02:03ZZ",
            "2005-10-08T01:02:03+19:00"
          }) {
        SoqlSyntaxException e = syntaxError("SELECT Id FROM A WHERE D = " + bad);
        assertThat(e.column()).as(bad).isEqualTo(28);
        assertThat(e.detail()).as(bad).startsWith("invalid datetime");
      }
    }

    @Test
    void refusesAStringLiteralLongerThan4000Characters() {
      String ok = "x".repeat(4000);
      assertThat(SoqlParser.parse("SELECT Id FROM A WHERE Name = '" + ok + "'").where())
          .contains(FieldPath.of("Name").eq(ok));

      SoqlSyntaxException e = syntaxError("SELECT Id FROM A WHERE Name = '" + ok + "y'");

      assertThat(e.column()).isEqualTo(31);
      assertThat(e.detail()).contains("4,000");
      assertThat(e.token()).hasSizeLessThan(50);
      assertThat(syntaxError("SELECT Id FROM A WHERE Name LIKE '%" + ok + "'").column())
          .isEqualTo(34);
    }

    @Test
    void refusesAStatementLongerThan100000Characters() {
      String list = "'a', ".repeat(19_990);
      String ok = "SELECT Id FROM A WHERE Name IN (" + list + "'b')";
      assertThat(ok.length()).isLessThanOrEqualTo(100_000);
      assertThat(SoqlParser.parse(ok).where()).isPresent();

      String tooLong = "SELECT Id FROM A WHERE Name IN (" + list + "'a', ".repeat(10) + "'b')";
      SoqlSyntaxException e = syntaxError(tooLong);

      assertThat(tooLong.length()).isGreaterThan(100_000);
      assertThat(e.column()).isEqualTo(100_001);
      assertThat(e.detail()).contains("at most 100,000");
      assertThat(e.getMessage()).hasSizeLessThan(400);
    }

    @Test
    void refusesNestingDeeperThanTheLimitWithoutOverflowingTheStack() {
      String deep = "SELECT Id FROM A WHERE " + "(".repeat(5000) + "Name = 'x'" + ")".repeat(5000);
      assertThat(syntaxError(deep).detail()).contains("more than 100 levels");

      String nots = "SELECT Id FROM A WHERE " + "NOT ".repeat(5000) + "Name = 'x'";
      assertThat(syntaxError(nots).detail()).contains("more than 100 levels");

      String functions = "SELECT " + "FORMAT(".repeat(5000) + "Name" + ")".repeat(5000) + " FROM A";
      assertThat(syntaxError(functions).detail()).contains("more than 100 levels");

      String shallow = "SELECT Id FROM A WHERE " + "(".repeat(40) + "Name = 'x'" + ")".repeat(40);
      assertThat(SoqlParser.parse(shallow).where()).contains(FieldPath.of("Name").eq("x"));
    }

    @Test
    void showsAWindowOfALongLineWithTheCaretUnderTheColumn() {
      String soql = "SELECT " + "Field, ".repeat(50) + "Bad) FROM A";
      SoqlSyntaxException e = syntaxError(soql);

      String[] lines = e.getMessage().split("\n");
      assertThat(lines[1]).startsWith("...").hasSizeLessThan(110);
      int caret = lines[2].indexOf('^');
      assertThat(lines[1].substring(caret)).startsWith(")");
    }

    @Test
    void keepsTabsInTheCaretLineSoTheCaretStaysUnderTheToken() {
      SoqlSyntaxException e = syntaxError("SELECT\tId\tFORM\tAccount");

      assertThat(e.getMessage()).startsWith("\nSELECT\tId\tFORM\tAccount\n      \t  \t^\n");
    }

    @Test
    void refusesNull() {
      assertThatThrownBy(() -> SoqlParser.parse(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("query must not be null");
    }
  }
}
