package dev.salescloud.client.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SoslTest {
  static SoslQuery sentAndReadBack(SoslBuilder builder) {
    SoslQuery parsed = SoslParser.parse(builder.toSosl());
    assertThat(parsed).isEqualTo(builder.build());
    return parsed;
  }

  @Nested
  class Building {
    @Test
    void buildsASearchWithGroupReturningAndLimit() {
      SoslBuilder s =
          Sosl.find("Acme Inc")
              .in(SearchGroup.NAME_FIELDS)
              .returning("Lead", "Id", "Name", "Email")
              .returning("Contact", List.of("Id", "Name"))
              .limit(20);

      assertThat(s.toSosl())
          .isEqualTo(
              "FIND {Acme Inc} IN NAME FIELDS RETURNING Lead(Id, Name, Email), Contact(Id, Name)"
                  + " LIMIT 20");
      sentAndReadBack(s);
    }

    @Test
    void buildsReturningItemsWithTheirOwnClauses() {
      SoslBuilder s =
          Sosl.find("Smith")
              .returning(
                  Sosl.returning("Contact", "Id", "Account.Name")
                      .where(
                          Soql.field("MailingCity")
                              .eq("Oslo")
                              .and(Soql.field("CreatedDate").eq(DateLiteral.THIS_FISCAL_QUARTER)))
                      .orderBy(Soql.field("Name").desc(), "Id")
                      .limit(5)
                      .offset(10))
              .returning("Account");

      assertThat(s.toSosl())
          .isEqualTo(
              "FIND {Smith} RETURNING Contact(Id, Account.Name WHERE MailingCity = 'Oslo' AND"
                  + " CreatedDate = THIS_FISCAL_QUARTER ORDER BY Name DESC, Id LIMIT 5 OFFSET 10),"
                  + " Account");
      SoslQuery back = sentAndReadBack(s);
      assertThat(back.objects()).containsExactly("Contact", "Account");
      assertThat(back.returning().get(1).fields()).isEmpty();
    }

    @Test
    void eachStepReturnsANewBuilder() {
      SoslBuilder base = Sosl.find("Acme");

      String leads = base.returning("Lead", "Id").toSosl();

      assertThat(base.toSosl()).isEqualTo("FIND {Acme}");
      assertThat(leads).isEqualTo("FIND {Acme} RETURNING Lead(Id)");
    }

    @Test
    void refusesClausesOutOfOrderOrTwice() {
      assertThatThrownBy(() -> Sosl.find("a").returning("Lead").in(SearchGroup.ALL_FIELDS))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("in(..) comes too late: SOSL clauses come in the order FIND, IN,"
              + " RETURNING, LIMIT");
      assertThatThrownBy(() -> Sosl.find("a").limit(1).limit(2))
          .hasMessageContaining("limit(..) was already called");
      assertThatThrownBy(() -> Sosl.find("a").limit(1).returning("Lead"))
          .hasMessageContaining("returning(..) comes too late");
      assertThatThrownBy(() -> Sosl.find("a").limit(0))
          .hasMessageContaining("LIMIT must be a positive number of rows, not 0");
    }

    @Test
    void refusesInvalidReturningItems() {
      assertThatThrownBy(() -> Sosl.returning("Lead WHERE", "Id"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("object");
      assertThatThrownBy(() -> Sosl.returning("Lead", "Id'"))
          .hasMessageContaining("field");
      assertThatThrownBy(() -> Sosl.returning("Lead").limit(5))
          .hasMessageContaining("RETURNING Lead needs at least one field before WHERE");
      assertThatThrownBy(() -> Sosl.returning("Lead", "Id").offset(2001))
          .hasMessageContaining("NUMBER_OUTSIDE_VALID_RANGE");
      assertThatThrownBy(() -> Sosl.find("  ")).hasMessageContaining("must not be blank");
    }

    @Test
    void rawGoesThroughTheParser() {
      assertThat(Sosl.raw("find {Acme} returning Lead")).isEqualTo(Sosl.find("Acme").returning("Lead").build());
    }
  }

  @Nested
  class SearchTermEscaping {
    @Test
    void escapesEveryReservedCharacter() {
      String reserved = "&|!(){}[]^\"~*?:\\'+-";

      SearchTerm term = SearchTerm.literal(reserved);

      assertThat(term.expression())
          .isEqualTo("\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\\"\\~\\*\\?\\:\\\\\\'\\+\\-");
      assertThat(term.unescaped()).isEqualTo(reserved);
    }

    @Test
    void keepsWildcardsOnlyWhenAsked() {
      assertThat(SearchTerm.literal("Acm* Co?").expression()).isEqualTo("Acm\\* Co\\?");
      assertThat(SearchTerm.withWildcards("Acm* (Co?)").expression()).isEqualTo("Acm* \\(Co?\\)");
      assertThat(Sosl.findWithWildcards("Acm*").toSosl()).isEqualTo("FIND {Acm*}");
    }

    @Test
    void aBraceInUserInputCannotEndTheSearchTerm() {
      SoslBuilder s = Sosl.find("x} RETURNING User(Id, Password__c) LIMIT 1 {").returning("Lead", "Id");

      assertThat(s.toSosl())
          .isEqualTo("FIND {x\\} RETURNING User\\(Id, Password__c\\) LIMIT 1 \\{} RETURNING Lead(Id)");
      SoslQuery back = sentAndReadBack(s);
      assertThat(back.objects()).containsExactly("Lead");
      assertThat(back.term().unescaped()).isEqualTo("x} RETURNING User(Id, Password__c) LIMIT 1 {");
    }

    @Test
    void noRandomTextCanLeaveTheSearchTerm() {
      Random random = new Random(7L);
      String alphabet = SearchTerm.RESERVED_CHARACTERS + "ab \n\u00e9";
      for (int i = 0; i < 5_000; i++) {
        StringBuilder text = new StringBuilder("t");
        for (int j = random.nextInt(20); j > 0; j--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        SoslBuilder s = Sosl.find(text.toString()).returning("Lead", "Id").limit(3);

        SoslQuery back = sentAndReadBack(s);

        assertThat(back.term().unescaped()).isEqualTo(text.toString());
        assertThat(back.objects()).containsExactly("Lead");
      }
    }

    @Test
    void refusesATermThatCouldNotStandBetweenBraces() {
      assertThatThrownBy(() -> new SearchTerm("a}b"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("A brace in a SOSL search term must be escaped (\\})");
      assertThatThrownBy(() -> new SearchTerm("ab\\"))
          .hasMessageContaining("cannot end in a lone backslash");
      assertThatThrownBy(() -> new SearchTerm("")).hasMessageContaining("must not be blank");
    }
  }

  @Test
  void showsNoSearchTermInToString() {
    SoslBuilder s = Sosl.find("secret person").returning("Contact", "Id").limit(2);

    assertThat(s.toString())
        .isEqualTo("SoslQuery{term=13 chars, returning=[Contact], limit=2}")
        .doesNotContain("secret");
    assertThat(SearchTerm.literal("secret").toString()).isEqualTo("SearchTerm[6 chars]");
  }
}
