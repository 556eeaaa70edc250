package dev.salescloud.testkit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescloud.testkit.schema.SalesforceFault;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReferencesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final References references = new References();

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json.replace('\'', '"'));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  ReferencesTest() {
    references.succeeded("acct", tree("{'id':'001000000000001AAA','success':true,'errors':[]}"));
    references.succeeded(
        "q", tree("{'totalSize':2,'records':[{'Id':'a'},{'Id':'b','BillingAddress':{'city':'Oslo'},"
            + "'Phone':null}]}"));
  }

  @Nested
  class Resolving {
    @Test
    void walksObjectsAndArraysInTexts() {
      assertThat(references.inText("/x/@{acct.id}/@{q.records[1].Id}?c=@{q.records[1].BillingAddress.city}"))
          .isEqualTo("/x/001000000000001AAA/b?c=Oslo");
    }

    @Test
    void keepsTheJsonTypeOfAWholeValueReferenceInBodies() {
      JsonNode body =
          references.inBody(tree("{'n':'@{q.totalSize}','ok':'@{acct.success}','phone':'@{q.records[1].Phone}',"
              + "'text':'total @{q.totalSize}','list':['@{acct.id}']}"));

      assertThat(body.toString())
          .isEqualTo("{\"n\":2,\"ok\":true,\"phone\":null,\"text\":\"total 2\",\"list\":[\"001000000000001AAA\"]}");
    }
  }

  @Nested
  class Refusing {
    @Test
    void unknownIdsWrongCaseMissingIndexesAndContainersAreProcessingHalted() {
      for (String text : new String[] {"@{nope.id}", "@{acct.Id}", "@{q.records[5].Id}", "@{q.records}",
          "@{acct}", "@{q.records.Id}"}) {
        assertThatThrownBy(() -> references.inText(text))
            .as(text)
            .isInstanceOfSatisfying(SalesforceFault.class, f -> {
              assertThat(f.errorCode()).isEqualTo("PROCESSING_HALTED");
              assertThat(f.status()).isEqualTo(400);
            });
      }
    }
  }
}
