package dev.salescloud.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.testkit.schema.OrgSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrgStoreAtomicallyTest {
  private final OrgStore store =
      new OrgStore(OrgSchema.standard(), Clock.fixed(Instant.parse("2024-05-01T17:03:11Z"), ZoneOffset.UTC));

  private static ObjectNode fields(String... pairs) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      node.put(pairs[i], pairs[i + 1]);
    }
    return node;
  }

  private SalesforceId account(String name) {
    return store.insert("Account", fields("Name", name));
  }

  @Nested
  class RollingBack {
    @Test
    void bringsBackARecordPurgedInTheBlock() {
      SalesforceId purged = account("Gone for good");

      assertThatThrownBy(() -> store.atomically(() -> {
        store.purge("Account", purged.value());
        throw new IllegalStateException("fault after the purge");
      })).isInstanceOf(IllegalStateException.class);

      assertThat(store.get("Account", purged.value()).get("Name").asText()).isEqualTo("Gone for good");
    }

    @Test
    void aPurgedRecordIsNotEvenInTheRecycleBin() {
      SalesforceId purged = account("Gone for good");

      store.purge("Account", purged.value());

      assertThat(store.row(purged)).isEmpty();
      assertThat(store.rows("Account", true)).noneMatch(r -> r.get("Id").asText().equals(purged.value()));
      assertThatThrownBy(() -> store.get("Account", purged.value()))
          .isInstanceOf(SalesforceFault.class)
          .hasMessageContaining("does not exist");
    }
    @Test
    void undoesInsertsUpdatesAndDeletesWhenTheBlockThrows() {
      SalesforceId renamed = account("Before");
      SalesforceId deleted = account("Doomed");
      ObjectNode original = store.get("Account", renamed.value());

      assertThatThrownBy(() -> store.atomically(() -> {
        SalesforceId inserted = account("New");
        store.insert("Contact", fields("LastName", "Ng", "AccountId", inserted.value()));
        store.update("Account", renamed.value(), fields("Name", "After", "Phone", "555"));
        store.delete("Account", deleted.value());
        return store.insert("Contact", fields("FirstName", "no last name"));
      })).isInstanceOfSatisfying(SalesforceFault.class,
          f -> assertThat(f.errorCode()).isEqualTo("REQUIRED_FIELD_MISSING"));

      assertThat(store.rows("Account", true)).hasSize(2);
      assertThat(store.count("Contact")).isZero();
      assertThat(store.get("Account", renamed.value())).isEqualTo(original);
      assertThat(store.get("Account", deleted.value()).get("IsDeleted").asBoolean()).isFalse();
      assertThat(store.recordedWrites()).isZero();
    }

    @Test
    void keepsTheWritesOfABlockThatReturnsAndAnswersItsValue() {
      SalesforceId id = store.atomically(() -> account("Kept"));

      assertThat(store.get("Account", id.value()).get("Name").asText()).isEqualTo("Kept");
      assertThat(store.recordedWrites()).isZero();
    }

    @Test
    void aFailingInnerBlockUndoesOnlyItsOwnWrites() {
      List<SalesforceId> kept = new ArrayList<>();
      store.atomically(() -> {
        kept.add(account("Outer"));
        try {
          store.atomically(() -> {
            account("Inner");
            throw new IllegalStateException("inner fails");
          });
        } catch (IllegalStateException expected) {
          // the outer block goes on
        }
        return null;
      });

      assertThat(store.count("Account")).isEqualTo(1);
      assertThat(store.get("Account", kept.get(0).value()).get("Name").asText()).isEqualTo("Outer");
    }

    @Test
    void neverGivesARolledBackIdToAnotherRecord() {
      List<SalesforceId> rolledBack = new ArrayList<>();
      assertThatThrownBy(() -> store.atomically(() -> {
        rolledBack.add(account("Gone"));
        throw new IllegalStateException("fails");
      })).isInstanceOf(IllegalStateException.class);

      SalesforceId next = account("Next");

      assertThat(next).isNotEqualTo(rolledBack.get(0));
      assertThat(store.row(rolledBack.get(0))).isEmpty();
      assertThat(store.get("Account", next.value()).get("Name").asText()).isEqualTo("Next");
    }

    @Test
    void refusesANullBlock() {
      assertThatThrownBy(() -> store.atomically(null))
          .hasMessageContaining("work");
    }
  }

  @Nested
  class Cost {
    @Test
    void recordsOnlyTheRowsTheBlockTouchesInALargeOrg() {
      List<SalesforceId> ids = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        ids.add(account("A" + i));
      }
      int[] recorded = new int[1];
      assertThatThrownBy(() -> store.atomically(() -> {
        store.update("Account", ids.get(7).value(), fields("Name", "Changed"));
        store.delete("Account", ids.get(19_999).value());
        account("New");
        recorded[0] = store.recordedWrites();
        throw new IllegalStateException("roll back");
      })).isInstanceOf(IllegalStateException.class);

      assertThat(recorded[0]).isEqualTo(3);
      assertThat(store.count("Account")).isEqualTo(20_000);
      assertThat(store.get("Account", ids.get(7).value()).get("Name").asText()).isEqualTo("A7");
    }
  }
}
