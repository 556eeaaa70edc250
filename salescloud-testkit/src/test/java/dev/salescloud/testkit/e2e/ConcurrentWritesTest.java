package dev.salescloud.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.result.UpsertResult;
import dev.salescloud.model.sales.Account;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.schema.FieldOptions;
import dev.salescloud.testkit.schema.FieldType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Eight threads share one client of one org and each make a thousand mixed writes: creates,
 * updates, deletes and upserts of leads, accounts and contacts, and read-modify-write increments
 * of the thread's own counter field on accounts every thread touches. Afterwards the org must
 * hold exactly what the threads did.
 */
class ConcurrentWritesTest {
  private static final int THREADS = 8;
  private static final int WRITES = 1_000;
  private static final int SHARED_ACCOUNTS = 4;
  private static final int SHARED_KEYS = 10;
  private static final String[] OBJECTS = {"Lead", "Account", "Contact"};

  private final FakeSalesCloud org = FakeSalesCloud.create();
  private final SalesCloudClient client = org.client();

  /** What one thread did, to compare with what the org holds. */
  private static final class Tally {
    final Map<String, List<SalesforceId>> live = new HashMap<>();
    final List<SalesforceId> created = new ArrayList<>();
    final int[] increments = new int[SHARED_ACCOUNTS];
    final Map<String, Integer> titles = new HashMap<>();
    final Map<String, SalesforceId> upserted = new HashMap<>();
    int sharedUpsertsCreated;
    final Set<SalesforceId> sharedUpsertIds = new HashSet<>();
  }

  private SObject record(String object, int thread, String name) {
    SObject.Builder record = SObject.builder(object).put("Marker__c", "T" + thread);
    switch (object) {
      case "Lead":
        return record.put("LastName", name).put("Company", "Acme").build();
      case "Account":
        return record.put("Name", name).build();
      default:
        return record.put("LastName", name).build();
    }
  }

  private Tally run(int thread, List<SalesforceId> shared, CountDownLatch start) throws InterruptedException {
    Tally tally = new Tally();
    for (String object : OBJECTS) {
      tally.live.put(object, new ArrayList<>());
    }
    Random random = new Random(thread);
    String counter = "Count" + thread + "__c";
    start.await();
    for (int i = 0; i < WRITES; i++) {
      String object = OBJECTS[random.nextInt(OBJECTS.length)];
      List<SalesforceId> mine = tally.live.get(object);
      int kind = random.nextInt(10);
      if (kind < 3 || mine.isEmpty()) {
        SalesforceId id = client.sobjects(object).create(record(object, thread, "N" + i));
        mine.add(id);
        tally.created.add(id);
      } else if (kind < 5) {
        SalesforceId id = mine.get(random.nextInt(mine.size()));
        client.sobjects(object).update(id, SObjectPatch.builder(object).set("Title__c", "v" + i).build());
        tally.titles.put(id.value(), i);
      } else if (kind == 5) {
        SalesforceId id = mine.remove(random.nextInt(mine.size()));
        client.sobjects(object).delete(id);
        tally.titles.remove(id.value());
      } else if (kind == 6) {
        String key = "T" + thread + "-" + random.nextInt(20);
        UpsertResult result = client.sobjects("Contact").upsert("Ext_Id__c", key,
            SObject.builder("Contact").put("LastName", key).put("Marker__c", "T" + thread).build());
        SalesforceId id = result.id().orElseThrow();
        SalesforceId before = tally.upserted.put(key, id);
        assertThat(result.created()).contains(before == null);
        if (before == null) {
          tally.created.add(id);
        } else {
          assertThat(id).isEqualTo(before);
        }
      } else if (kind == 7) {
        String key = "shared-" + random.nextInt(SHARED_KEYS);
        UpsertResult result = client.sobjects("Lead").upsert("Ext_Id__c", key,
            SObject.builder("Lead").put("LastName", key).put("Company", "Shared").build());
        if (result.created().orElseThrow()) {
          tally.sharedUpsertsCreated++;
        }
        tally.sharedUpsertIds.add(result.id().orElseThrow());
      } else {
        int which = random.nextInt(SHARED_ACCOUNTS);
        SalesforceId id = shared.get(which);
        BigDecimal now = client.sobjects("Account").get(id, counter)
            .get(counter, BigDecimal.class).orElse(BigDecimal.ZERO);
        client.sobjects("Account").update(id,
            SObjectPatch.builder("Account").set(counter, now.add(BigDecimal.ONE)).build());
        tally.increments[which]++;
      }
    }
    return tally;
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void eightThreadsOfMixedWritesLeaveExactlyWhatEachThreadDid() throws Exception {
    for (String object : OBJECTS) {
      org.schema().addTextField(object, "Marker__c", 10);
      org.schema().addTextField(object, "Title__c", 10);
    }
    org.schema().addField("Contact", "Ext_Id__c", FieldType.STRING, FieldOptions.builder().length(20).externalId().build());
    org.schema().addField("Lead", "Ext_Id__c", FieldType.STRING, FieldOptions.builder().length(20).externalId().build());
    for (int t = 0; t < THREADS; t++) {
      org.schema().addField("Account", "Count" + t + "__c", FieldType.NUMBER);
    }
    List<SalesforceId> shared = new ArrayList<>();
    for (int i = 0; i < SHARED_ACCOUNTS; i++) {
      shared.add(client.accounts().create(Account.builder().name("Shared " + i).build()));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Tally> tallies = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Tally>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Tally> work = () -> run(thread, shared, start);
        futures.add(pool.submit(work));
      }
      start.countDown();
      for (Future<Tally> future : futures) {
        tallies.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    for (int t = 0; t < THREADS; t++) {
      Tally tally = tallies.get(t);
      for (String object : OBJECTS) {
        List<SObject> rows = client.query(Soql.select("Id", "Title__c").from(object)
            .where(Soql.field("Marker__c").eq("T" + t)), SObject.class).toList();
        List<SalesforceId> expected = new ArrayList<>(tally.live.get(object));
        if (object.equals("Contact")) {
          expected.addAll(tally.upserted.values());
        }
        assertThat(rows).extracting(r -> r.id().orElseThrow())
            .as("%s of thread %d", object, t)
            .containsExactlyInAnyOrderElementsOf(expected);
        for (SObject row : rows) {
          Integer last = tally.titles.get(row.id().orElseThrow().value());
          assertThat(row.get("Title__c", String.class))
              .isEqualTo(last == null ? Optional.empty() : Optional.of("v" + last));
        }
      }
      assertThat(client.query(Soql.select("Id").from("Contact")
              .where(Soql.field("Ext_Id__c").startsWith("T" + t + "-")), SObject.class).toList())
          .extracting(r -> r.id().orElseThrow())
          .containsExactlyInAnyOrderElementsOf(tally.upserted.values());
    }
    for (int i = 0; i < SHARED_ACCOUNTS; i++) {
      SObject account = client.sobjects("Account").get(shared.get(i));
      for (int t = 0; t < THREADS; t++) {
        int expected = tallies.get(t).increments[i];
        assertThat(account.get("Count" + t + "__c", BigDecimal.class).orElse(BigDecimal.ZERO))
            .as("thread %d's counter on shared account %d", t, i)
            .isEqualByComparingTo(BigDecimal.valueOf(expected));
      }
    }
    Set<SalesforceId> sharedLeads = new HashSet<>();
    tallies.forEach(t -> sharedLeads.addAll(t.sharedUpsertIds));
    assertThat(sharedLeads).hasSize(SHARED_KEYS);
    assertThat(tallies.stream().mapToInt(t -> t.sharedUpsertsCreated).sum()).isEqualTo(SHARED_KEYS);
    assertThat(client.query(Soql.select("Id").from("Lead")
        .where(Soql.field("Company").eq("Shared")), SObject.class).count()).isEqualTo(SHARED_KEYS);

    List<SalesforceId> created = new ArrayList<>(shared);
    tallies.forEach(t -> created.addAll(t.created));
    assertThat(new HashSet<>(created)).hasSameSizeAs(created);
    assertThat(created).allSatisfy(id -> {
      assertThat(SalesforceId.isValid(id.value())).isTrue();
      assertThat(id.value()).hasSize(18);
    });
    long live = tallies.stream()
        .mapToLong(t -> t.live.values().stream().mapToLong(List::size).sum() + t.upserted.size())
        .sum();
    assertThat(org.store().count("Lead") + org.store().count("Account") + org.store().count("Contact"))
        .isEqualTo(live + SHARED_ACCOUNTS + SHARED_KEYS);
  }
}
