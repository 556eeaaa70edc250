package dev.salescloud.testkit.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.soql.SoslParser;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.OrgSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import dev.salescloud.testkit.store.OrgStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SoslEngineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "/services/data/v62.0";

  private final OrgStore store =
      new OrgStore(
          OrgSchema.standard(), Clock.fixed(Instant.parse("2024-05-01T17:03:11Z"), ZoneOffset.UTC));
  private final SoslEngine engine = new SoslEngine(store);

  private String insert(String type, String body) {
    try {
      return store.insert(type, (ObjectNode) JSON.readTree(body)).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<ObjectNode> search(String sosl) {
    return engine.search(SoslParser.parse(sosl), BASE);
  }

  private List<String> ids(String sosl) {
    return search(sosl).stream().map(r -> r.get("Id").asText()).collect(Collectors.toList());
  }

  private SalesforceFault refusal(String sosl) {
    return (SalesforceFault) catchFault(() -> search(sosl));
  }

  private static Throwable catchFault(Runnable call) {
    try {
      call.run();
    } catch (SalesforceFault fault) {
      return fault;
    }
    throw new AssertionError("expected a SalesforceFault");
  }

  @Nested
  class Terms {
    @Test
    void matchesWholeTokensIgnoringCaseNotPartsOfWords() {
      String acme = insert("Account", "{\"Name\":\"Acme, Inc.\"}");
      insert("Account", "{\"Name\":\"Acmeco\"}");

      assertThat(ids("FIND {ACME} RETURNING Account")).containsExactly(acme);
      assertThat(ids("FIND {inc} RETURNING Account")).containsExactly(acme);
    }

    @Test
    void trailingAsteriskMatchesAnyRestOfTheTokenAndQuestionMarkOneCharacter() {
      String acme = insert("Account", "{\"Name\":\"Acme\"}");
      String acmeco = insert("Account", "{\"Name\":\"Acmeco\"}");
      insert("Account", "{\"Name\":\"Globex\"}");

      assertThat(ids("FIND {acm*} RETURNING Account")).containsExactly(acme, acmeco);
      assertThat(ids("FIND {ac?e} RETURNING Account")).containsExactly(acme);
      assertThat(ids("FIND {a*co} RETURNING Account")).containsExactly(acmeco);
    }

    @Test
    void wordsNextToEachOtherMustAllBeFoundInAnyFieldOfTheRecord() {
      String joe = insert("Lead", "{\"FirstName\":\"Joe\",\"LastName\":\"Smith\",\"Company\":\"Acme\"}");
      insert("Lead", "{\"FirstName\":\"Joe\",\"LastName\":\"Brown\",\"Company\":\"Acme\"}");

      assertThat(ids("FIND {joe smith} RETURNING Lead")).containsExactly(joe);
      assertThat(ids("FIND {smith AND acme} RETURNING Lead")).containsExactly(joe);
    }

    @Test
    void quotedPhraseNeedsItsWordsInOrderInOneField() {
      String smith = insert("Contact", "{\"FirstName\":\"Joe\",\"LastName\":\"Smith\"}");
      insert("Contact", "{\"FirstName\":\"Smith\",\"LastName\":\"Joe\"}");

      assertThat(ids("FIND {\"joe smith\"} RETURNING Contact")).containsExactly(smith);
    }

    @Test
    void orAndNotAndParenthesesCombineTerms() {
      String smith = insert("Contact", "{\"FirstName\":\"Joe\",\"LastName\":\"Smith\"}");
      String smythe = insert("Contact", "{\"FirstName\":\"Joe\",\"LastName\":\"Smythe\"}");
      String brown = insert("Contact", "{\"FirstName\":\"Ann\",\"LastName\":\"Brown\"}");

      assertThat(ids("FIND {\"Joe Smith\" OR \"Joe Smythe\"} RETURNING Contact"))
          .containsExactly(smith, smythe);
      assertThat(ids("FIND {joe AND NOT smythe} RETURNING Contact")).containsExactly(smith);
      assertThat(ids("FIND {(smith or brown) and not ann} RETURNING Contact"))
          .containsExactly(smith);
      assertThat(ids("FIND {brown or smythe} RETURNING Contact")).containsExactly(smythe, brown);
    }

    @Test
    void wordWithPunctuationIsAPhraseOfItsParts() {
      String ada = insert("Contact", "{\"LastName\":\"Ng\",\"Email\":\"ada@acme.example\"}");
      insert("Contact", "{\"LastName\":\"Ng\",\"Email\":\"ada@globex.example\"}");

      assertThat(ids("FIND {ada@acme.example} IN EMAIL FIELDS RETURNING Contact"))
          .containsExactly(ada);
    }

    @Test
    void escapedReservedCharacterIsSearchedAsText() {
      String uk = insert("Account", "{\"Name\":\"Acme (UK) Ltd\"}");

      assertThat(ids("FIND {Acme \\(UK\\)} RETURNING Account")).containsExactly(uk);
    }
  }

  @Nested
  class Groups {
    @Test
    void nameFieldsAreNamesAndLeadCompanyButNotOtherText() {
      String byName = insert("Lead", "{\"LastName\":\"Orion\",\"Company\":\"x\"}");
      String byCompany = insert("Lead", "{\"LastName\":\"Ng\",\"Company\":\"Orion\"}");
      insert("Lead", "{\"LastName\":\"Ng\",\"Company\":\"x\",\"Title\":\"Orion\"}");

      assertThat(ids("FIND {orion} IN NAME FIELDS RETURNING Lead"))
          .containsExactly(byName, byCompany);
      assertThat(ids("FIND {orion} IN ALL FIELDS RETURNING Lead")).hasSize(3);
    }

    @Test
    void emailFieldsOnlySearchEmails() {
      String email = insert("Contact", "{\"LastName\":\"Ng\",\"Email\":\"vega@acme.example\"}");
      insert("Contact", "{\"LastName\":\"Vega\"}");

      assertThat(ids("FIND {vega} IN EMAIL FIELDS RETURNING Contact")).containsExactly(email);
    }

    @Test
    void phoneFieldsCompareDigitsWhateverTheFormatting() {
      String phone = insert("Contact", "{\"LastName\":\"Ng\",\"MobilePhone\":\"+1 (415) 555-1212\"}");
      insert("Contact", "{\"LastName\":\"Ng\",\"Phone\":\"415 555 9999\"}");

      assertThat(ids("FIND {4155551212} IN PHONE FIELDS RETURNING Contact")).containsExactly(phone);
      assertThat(ids("FIND {415-555-1212} IN PHONE FIELDS RETURNING Contact"))
          .containsExactly(phone);
      assertThat(ids("FIND {5551212} IN PHONE FIELDS RETURNING Contact")).containsExactly(phone);
      assertThat(ids("FIND {415555*} IN PHONE FIELDS RETURNING Contact")).hasSize(2);
    }

    @Test
    void picklistsAreNotSearchedButCustomTextFieldsAre() {
      store.schema().addTextField("Lead", "Code__c", 20);
      String coded = insert("Lead", "{\"LastName\":\"Ng\",\"Company\":\"x\",\"Code__c\":\"Nebula\"}");
      insert("Lead", "{\"LastName\":\"Ng\",\"Company\":\"x\",\"LeadSource\":\"Nebula\"}");

      assertThat(ids("FIND {nebula} RETURNING Lead")).containsExactly(coded);
    }
  }

  @Nested
  class Returning {
    @Test
    void returnsTheListedFieldsObjectByObjectInReturningOrder() {
      String contact = insert("Contact", "{\"LastName\":\"Orion\"}");
      String lead = insert("Lead", "{\"LastName\":\"Orion\",\"Company\":\"Acme\"}");

      List<ObjectNode> found = search("FIND {orion} RETURNING Lead(Name, Company), Contact");

      assertThat(found).hasSize(2);
      assertThat(found.get(0).toString())
          .isEqualTo("{\"attributes\":{\"type\":\"Lead\",\"url\":\"" + BASE + "/sobjects/Lead/"
              + lead + "\"},\"Name\":\"Orion\",\"Company\":\"Acme\"}");
      assertThat(found.get(1).toString())
          .isEqualTo("{\"attributes\":{\"type\":\"Contact\",\"url\":\"" + BASE
              + "/sobjects/Contact/" + contact + "\"},\"Id\":\"" + contact + "\"}");
    }

    @Test
    void whereOrderByLimitAndOffsetAreEvaluatedPerObject() {
      insert("Lead", "{\"LastName\":\"Orion A\",\"Company\":\"x\",\"Status\":\"Working\"}");
      insert("Lead", "{\"LastName\":\"Orion B\",\"Company\":\"x\"}");
      insert("Lead", "{\"LastName\":\"Orion C\",\"Company\":\"x\"}");
      insert("Lead", "{\"LastName\":\"Orion D\",\"Company\":\"x\"}");

      List<ObjectNode> found = search(
          "FIND {orion} RETURNING Lead(LastName WHERE Status = 'Open - Not Contacted'"
              + " ORDER BY LastName DESC LIMIT 2 OFFSET 1)");

      assertThat(found).extracting(r -> r.get("LastName").asText())
          .containsExactly("Orion C", "Orion B");
    }

    @Test
    void overallLimitCutsAcrossObjects() {
      insert("Lead", "{\"LastName\":\"Orion\",\"Company\":\"x\"}");
      insert("Lead", "{\"LastName\":\"Orion\",\"Company\":\"x\"}");
      insert("Contact", "{\"LastName\":\"Orion\"}");

      assertThat(search("FIND {orion} RETURNING Lead(Id), Contact(Id) LIMIT 2"))
          .extracting(r -> r.get("attributes").get("type").asText())
          .containsExactly("Lead", "Lead");
    }

    @Test
    void withoutReturningEveryObjectIsSearchedForIds() {
      String account = insert("Account", "{\"Name\":\"Orion\"}");
      String contact = insert("Contact", "{\"LastName\":\"Orion\"}");

      assertThat(ids("FIND {orion}")).containsExactlyInAnyOrder(account, contact);
    }

    @Test
    void deletedRecordsAreNotFound() {
      String gone = insert("Account", "{\"Name\":\"Orion\"}");
      store.delete("Account", gone);

      assertThat(ids("FIND {orion} RETURNING Account")).isEmpty();
    }
  }

  @Nested
  class Refusals {
    @Test
    void termOfOneCharacterIsInvalidSearch() {
      SalesforceFault fault = refusal("FIND {a*} RETURNING Account");

      assertThat(fault.status()).isEqualTo(400);
      assertThat(fault.errorCode()).isEqualTo("INVALID_SEARCH");
      assertThat(fault.getMessage()).isEqualTo("search term must be longer than one character: a*");
    }

    @Test
    void unknownObjectIsInvalidTypeEvenWithNothingFound() {
      SalesforceFault fault = refusal("FIND {orion} RETURNING Invoice__c(Name)");

      assertThat(fault.errorCode()).isEqualTo("INVALID_TYPE");
      assertThat(fault.getMessage()).startsWith("sObject type 'Invoice__c' is not supported.");
    }

    @Test
    void unknownFieldIsInvalidField() {
      SalesforceFault fault = refusal("FIND {orion} RETURNING Lead(Nmae)");

      assertThat(fault.errorCode()).isEqualTo("INVALID_FIELD");
      assertThat(fault.getMessage()).startsWith("No such column 'Nmae' on entity 'Lead'.");
    }

    @Test
    void unbalancedParenthesisIsMalformedSearch() {
      assertThatThrownBy(() -> search("FIND {(orion OR vega} RETURNING Lead"))
          .isInstanceOf(SalesforceFault.class)
          .hasFieldOrPropertyWithValue("errorCode", "MALFORMED_SEARCH");
    }
  }

  @Test
  void toStringNamesTheStoreOnly() {
    assertThat(engine.toString()).startsWith("SoslEngine{");
  }

  @Test
  void customFieldTypesOutsideTextAreNotSearched() {
    store.schema().addField("Account", "Score__c", FieldType.NUMBER);
    insert("Account", "{\"Name\":\"Orion\",\"Score__c\":42}");

    assertThat(ids("FIND {42} RETURNING Account")).isEmpty();
  }
}
