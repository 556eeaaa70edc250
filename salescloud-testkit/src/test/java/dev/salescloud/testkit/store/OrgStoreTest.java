package dev.salescloud.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.testkit.MovingClock;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import dev.salescloud.testkit.schema.OrgSchema;
import dev.salescloud.testkit.schema.SalesforceFault;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrgStoreTest {
  private static final Instant START = Instant.parse("2024-05-01T17:03:11.123456Z");

  private final MovingClock clock = new MovingClock(START);
  private final OrgStore store = new OrgStore(OrgSchema.standard(), clock);

  private static ObjectNode fields(String... pairs) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      node.put(pairs[i], pairs[i + 1]);
    }
    return node;
  }

  @Nested
  class Ids {
    @Test
    void carryTheKeyPrefixAndAValidChecksum() {
      SalesforceId lead = store.insert("Lead", fields("LastName", "Ng", "Company", "A"));
      SalesforceId account = store.insert("account", fields("Name", "A"));

      assertThat(lead.keyPrefix()).isEqualTo("00Q");
      assertThat(account.keyPrefix()).isEqualTo("001");
      assertThat(lead.value()).hasSize(18);
      assertThat(SalesforceId.of(lead.to15())).isEqualTo(lead);
      assertThat(store.runningUserId().keyPrefix()).isEqualTo("005");
    }

    @Test
    void countUpWithoutRepeating() {
      Set<SalesforceId> ids = new HashSet<>();
      for (int i = 0; i < 500; i++) {
        ids.add(store.insert("Account", fields("Name", "A" + i)));
      }

      assertThat(ids).hasSize(500);
    }
  }

  @Nested
  class SystemFields {
    @Test
    void comeFromTheClockAndTheRunningUser() {
      SalesforceId id = store.insert("Account", fields("Name", "A"));
      clock.moveTo(START.plus(Duration.ofHours(2)));
      store.update("Account", id.value(), fields("Site", "HQ"));

      ObjectNode row = store.get("Account", id.value());
      assertThat(row.get("CreatedDate").asText()).isEqualTo("2024-05-01T17:03:11.123+0000");
      assertThat(row.get("LastModifiedDate").asText()).isEqualTo("2024-05-01T19:03:11.123+0000");
      assertThat(row.get("SystemModstamp").asText()).isEqualTo("2024-05-01T19:03:11.123+0000");
      assertThat(row.get("CreatedById").asText()).isEqualTo(store.runningUserId().value());
      assertThat(row.get("LastModifiedById").asText()).isEqualTo(store.runningUserId().value());
      assertThat(row.get("OwnerId").asText()).isEqualTo(store.runningUserId().value());
      assertThat(row.get("IsDeleted").asBoolean()).isFalse();
    }

    @Test
    void theRunningUserIsARecordOfTheOrg() {
      ObjectNode user = store.get("User", store.runningUserId().value());

      assertThat(user.get("Username").asText()).isEqualTo("admin@example.com");
      assertThat(user.get("Name").asText()).isEqualTo("Admin User");
    }

    @Test
    void cannotBeWritten() {
      assertThatThrownBy(() -> store.insert("Account", fields("Name", "A", "CreatedDate", "2020-01-01T00:00:00Z")))
          .isInstanceOfSatisfying(
              SalesforceFault.class,
              f -> {
                assertThat(f.errorCode()).isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
                assertThat(f.fields()).containsExactly("CreatedDate");
              });
    }

    @Test
    void anOwnerGivenOnCreateIsKept() {
      assertThatThrownBy(
              () -> store.insert("Account", fields("Name", "A", "OwnerId", "0055g0000000099")))
          .isInstanceOfSatisfying(
              SalesforceFault.class, f -> assertThat(f.errorCode()).isEqualTo("INVALID_CROSS_REFERENCE_KEY"));
      SalesforceId id =
          store.insert("Account", fields("Name", "A", "OwnerId", store.runningUserId().to15()));
      assertThat(store.get("Account", id.value()).get("OwnerId").asText())
          .isEqualTo(store.runningUserId().value());
    }
  }

  @Nested
  class RecycleBin {
    @Test
    void keepsDeletedRowsButAnswersEntityIsDeleted() {
      SalesforceId id = store.insert("Account", fields("Name", "A"));

      store.delete("Account", id.value());

      assertThat(store.count("Account")).isZero();
      for (Runnable access :
          List.<Runnable>of(
              () -> store.get("Account", id.value()),
              () -> store.update("Account", id.value(), fields("Name", "B")),
              () -> store.delete("Account", id.value()))) {
        assertThatThrownBy(access::run)
            .isInstanceOfSatisfying(
                SalesforceFault.class,
                f -> {
                  assertThat(f.status()).isEqualTo(404);
                  assertThat(f.errorCode()).isEqualTo("ENTITY_IS_DELETED");
                });
      }
    }

    @Test
    void lookupsToDeletedRecordsAreRefused() {
      SalesforceId account = store.insert("Account", fields("Name", "A"));
      store.delete("Account", account.value());

      assertThatThrownBy(() -> store.insert("Contact", fields("LastName", "Ng", "AccountId", account.value())))
          .isInstanceOfSatisfying(
              SalesforceFault.class, f -> assertThat(f.errorCode()).isEqualTo("INVALID_CROSS_REFERENCE_KEY"));
    }

    @Test
    void upsertsFindARecordByItsCurrentExternalIdNotByAnEarlierOne() {
      store.schema().addField("Account", "Number__c", FieldType.STRING, FieldOptions.builder().externalId().build());
      SalesforceId renumbered = store.insert("Account", fields("Name", "A", "Number__c", "N1"));
      store.update("Account", renumbered.value(), fields("Number__c", "n2"));

      OrgStore.Upsert byOld = store.upsert("Account", "Number__c", "N1", fields("Name", "New"));
      OrgStore.Upsert byNew = store.upsert("Account", "Number__c", "N2", fields("Name", "Renamed"));

      assertThat(byOld.created()).isTrue();
      assertThat(byNew.created()).isFalse();
      assertThat(byNew.ids()).containsExactly(renumbered);
    }

    @Test
    void aUniqueValueFreedByAnUpdateCanBeTakenAgain() {
      store.schema().addField("Account", "Code__c", FieldType.STRING, FieldOptions.builder().unique().build());
      SalesforceId first = store.insert("Account", fields("Name", "A", "Code__c", "C1"));
      store.update("Account", first.value(), fields("Code__c", "C2"));

      store.insert("Account", fields("Name", "B", "Code__c", "c1"));

      assertThatThrownBy(() -> store.insert("Account", fields("Name", "C", "Code__c", "c2")))
          .isInstanceOfSatisfying(SalesforceFault.class, f -> assertThat(f.errorCode()).isEqualTo("DUPLICATE_VALUE"));
    }

    @Test
    void upsertsDoNotMatchDeletedRows() {
      store.schema().addField("Account", "Number__c", FieldType.STRING, FieldOptions.builder().externalId().build());
      SalesforceId first = store.insert("Account", fields("Name", "A", "Number__c", "N1"));
      store.delete("Account", first.value());

      OrgStore.Upsert outcome = store.upsert("Account", "Number__c", "N1", fields("Name", "B"));

      assertThat(outcome.created()).isTrue();
      assertThat(outcome.ids()).doesNotContain(first);
    }
  }

  @Nested
  class Ids15And18 {
    @Test
    void recordsAreFoundByEitherForm() {
      SalesforceId id = store.insert("Account", fields("Name", "A"));

      assertThat(store.get("Account", id.to15()).get("Id").asText()).isEqualTo(id.value());
    }

    @Test
    void anIdOfAnotherObjectOrNoIdIsNotFound() {
      SalesforceId id = store.insert("Account", fields("Name", "A"));

      for (String wrong : List.of("not-an-id", id.value().replace("001", "003"))) {
        assertThatThrownBy(() -> store.get("Account", wrong))
            .isInstanceOfSatisfying(SalesforceFault.class, f -> assertThat(f.errorCode()).isEqualTo("NOT_FOUND"));
      }
    }
  }

  @Nested
  class Concurrency {
    @Test
    void eightThreadsOfMixedWritesLeaveAConsistentOrg() throws Exception {
      List<SalesforceId> accounts = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        accounts.add(store.insert("Account", fields("Name", "thread " + t)));
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 1000; i++) {
            SalesforceId id =
                store.insert("Contact", fields("LastName", "T" + thread + "-" + i, "AccountId",
                    accounts.get((thread + i) % 8).value()));
            if (i % 2 == 0) {
              store.delete("Contact", id.value());
            }
            store.update("Account", accounts.get(thread).value(),
                JsonNodeFactory.instance.objectNode().put("NumberOfEmployees", i + 1));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

      assertThat(store.count("Contact")).isEqualTo(4000);
      for (SalesforceId account : accounts) {
        assertThat(store.get("Account", account.value()).get("NumberOfEmployees").asInt()).isEqualTo(1000);
      }
    }
  }
}
