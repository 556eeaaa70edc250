package dev.salescloud.client.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SoslParserTest {
  static SoqlSyntaxException searchError(String sosl) {
    SoqlSyntaxException e = catchThrowableOfType(SoqlSyntaxException.class, () -> SoslParser.parse(sosl));
    assertThat(e).as("a syntax error for %s", sosl).isNotNull();
    return e;
  }

  @Nested
  class Reading {
    @Test
    void readsEveryClause() {
      SoslQuery s =
          SoslParser.parse(
              "FIND {Joe Smith} IN NAME FIELDS RETURNING Lead(Name, Phone WHERE CreatedDate ="
                  + " THIS_FISCAL_QUARTER ORDER BY Name DESC NULLS LAST LIMIT 10 OFFSET 5),"
                  + " Contact(Name), Account LIMIT 20");

      assertThat(s.term()).isEqualTo(new SearchTerm("Joe Smith"));
      assertThat(s.searchGroup()).contains(SearchGroup.NAME_FIELDS);
      assertThat(s.limit()).isEqualTo(OptionalInt.of(20));
      assertThat(s.returning())
          .containsExactly(
              new SoslReturning(
                  "Lead",
                  List.of(FieldPath.of("Name"), FieldPath.of("Phone")),
                  Optional.of(FieldPath.of("CreatedDate").eq(DateLiteral.THIS_FISCAL_QUARTER)),
                  List.of(FieldPath.of("Name").desc().nullsLast()),
                  OptionalInt.of(10),
                  OptionalInt.of(5)),
              Sosl.returning("Contact", "Name"),
              Sosl.returning("Account"));
    }

    @Test
    void readsEverySearchGroupAndKeywordsInAnyCase() {
      for (SearchGroup group : SearchGroup.values()) {
        SoslQuery s = SoslParser.parse("find {x} in " + group.soql().toLowerCase() + " returning Lead");

        assertThat(s.searchGroup()).contains(group);
        assertThat(SoslParser.parse(s.toSosl())).isEqualTo(s);
      }
    }

    @Test
    void keepsTheEscapesOfTheTermAsWritten() {
      SoslQuery s = SoslParser.parse("FIND {Acme \\(UK\\) \\} Ltd*} RETURNING Account(Name)");

      assertThat(s.term().expression()).isEqualTo("Acme \\(UK\\) \\} Ltd*");
      assertThat(s.term().unescaped()).isEqualTo("Acme (UK) } Ltd*");
      assertThat(s.toSosl()).isEqualTo("FIND {Acme \\(UK\\) \\} Ltd*} RETURNING Account(Name)");
    }

    @Test
    void roundTripsRealisticSearches() {
      for (String sosl :
          List.of(
              "FIND {Acme}",
              "FIND {\"Acme Corp\" AND NOT Widgets} IN ALL FIELDS RETURNING Account(Id, Name"
                  + " WHERE Industry IN ('Energy', 'Banking')), Opportunity(Name, Amount ORDER BY"
                  + " Amount DESC LIMIT 5)",
              "FIND {jo*@example.com} IN EMAIL FIELDS RETURNING Contact(Email, Account.Name)",
              "FIND {(415) 555-0100} IN PHONE FIELDS RETURNING Lead(Phone), Contact(Phone) LIMIT 200")) {
        SoslQuery s = SoslParser.parse(sosl);

        assertThat(SoslParser.parse(s.toSosl())).as(sosl).isEqualTo(s);
        assertThat(s.toSosl()).as(sosl).isEqualTo(sosl);
      }
    }
  }

  @Nested
  class Fuzzing {
    @Test
    void aMutatedSearchEitherParsesAndRoundTripsOrFailsWithASyntaxError() {
      String base =
          "FIND {Acme \\(UK\\)} IN NAME FIELDS RETURNING Lead(Id, Name WHERE Status = 'Open'"
              + " ORDER BY Name LIMIT 5 OFFSET 1), Contact LIMIT 20";
      String pieces = "{}\\'\"(),=: aZ09_-*?";
      Random random = new Random(5L);
      int parsed = 0;
      for (int i = 0; i < 10_000; i++) {
        StringBuilder s = new StringBuilder(base);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
          int at = random.nextInt(s.length());
          if (random.nextBoolean()) {
            s.deleteCharAt(at);
          } else {
            s.insert(at, pieces.charAt(random.nextInt(pieces.length())));
          }
        }
        SoslQuery q;
        try {
          q = SoslParser.parse(s.toString());
        } catch (SoqlSyntaxException e) {
          assertThat(e.errorCode()).isIn("MALFORMED_SEARCH", "NUMBER_OUTSIDE_VALID_RANGE");
          continue;
        }
        parsed++;
        assertThat(SoslParser.parse(q.toSosl())).as(s.toString()).isEqualTo(q);
      }
      assertThat(parsed).isGreaterThan(500);
    }
  }

  @Nested
  class Errors {
    @Test
    void refusesATermWithoutBracesWithSalesforcesMessage() {
      for (String sosl :
          new String[] {"FIND Acme RETURNING Lead", "FIND 'Acme'", "FIND {Acme RETURNING Lead"}) {
        SoqlSyntaxException e = searchError(sosl);

        assertThat(e.errorCode()).as(sosl).isEqualTo("MALFORMED_SEARCH");
        assertThat(e.detail())
            .as(sosl)
            .isEqualTo("No search term found. The search term must be enclosed in braces.");
        assertThat(e.column()).as(sosl).isEqualTo(6);
        assertThat(e.argument()).isEqualTo("search");
      }
      SoqlSyntaxException atEnd = searchError("FIND");
      assertThat(atEnd.token()).isEqualTo("<EOF>");
      assertThat(atEnd.column()).isEqualTo(5);
      assertThat(atEnd.getMessage())
          .isEqualTo(
              "\nFIND\n    ^\nERROR at Row:1:Column:5\n"
                  + "No search term found. The search term must be enclosed in braces.");
    }

    @Test
    void refusesAnEmptyTerm() {
      SoqlSyntaxException e = searchError("FIND {  } RETURNING Lead");

      assertThat(e.errorCode()).isEqualTo("MALFORMED_SEARCH");
      assertThat(e.detail()).contains("must not be blank");
    }

    @Test
    void reportsOtherMistakesAsMalformedSearch() {
      SoqlSyntaxException group = searchError("FIND {x} IN ADDRESS FIELDS");
      assertThat(group.errorCode()).isEqualTo("MALFORMED_SEARCH");
      assertThat(group.token()).isEqualTo("ADDRESS");
      assertThat(group.column()).isEqualTo(13);

      assertThat(searchError("SELECT Id FROM Lead").token()).isEqualTo("SELECT");
      assertThat(searchError("FIND {x} RETURNING Lead(Id WHERE Name = 'a\\q')").token())
          .isEqualTo("\\q");
      assertThat(searchError("FIND {x} RETURNING Lead(Id").token()).isEqualTo("<EOF>");
      assertThat(searchError("FIND {x} RETURNING Lead()").token()).isEqualTo(")");
      assertThat(searchError("FIND {x} LIMIT 0").detail()).startsWith("LIMIT must be a positive");
      assertThat(searchError("FIND {x} RETURNING Lead LIMIT 5 Contact").token()).isEqualTo("Contact");
    }

    @Test
    void refusesAnOffsetAbove2000() {
      SoqlSyntaxException e = searchError("FIND {x} RETURNING Lead(Id LIMIT 5 OFFSET 2001)");

      assertThat(e.errorCode()).isEqualTo("NUMBER_OUTSIDE_VALID_RANGE");
      assertThat(e.detail()).isEqualTo("Maximum SOSL offset allowed is 2000");
      assertThat(e.token()).isEqualTo("2001");
    }
  }
}
