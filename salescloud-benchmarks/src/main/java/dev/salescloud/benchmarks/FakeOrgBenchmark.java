package dev.salescloud.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.FakeSalesCloud;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the in-process fake org answers the client: a create, a read by id, and queries that
 * pin {@code Id} or a lookup among 10,000 contacts (read through the store's indexes, not a scan).
 * The target (DESIGN §9) is microseconds per call, so a user's test class stays sub-second. The org
 * allows unlimited daily API calls, since a benchmark makes millions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FakeOrgBenchmark {
  private FakeSalesCloud org;
  private SalesCloudClient client;
  private SalesforceId lead;
  private String account;
  private String contact;

  /** Creates an org with one lead, one account and 10,000 contacts of 100 accounts. */
  @Setup(Level.Trial)
  public void createOrg() {
    org = FakeSalesCloud.builder().dailyApiAllocation(Integer.MAX_VALUE).build();   // millions of calls
    client = org.client();
    lead = client.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
    JsonNodeFactory json = JsonNodeFactory.instance;
    String[] accounts = new String[100];
    for (int i = 0; i < accounts.length; i++) {
      accounts[i] = org.store().insert("Account", json.objectNode().put("Name", "Account " + i)).value();
    }
    for (int i = 0; i < 10_000; i++) {
      ObjectNode fields = json.objectNode().put("LastName", "Contact " + i).put("AccountId", accounts[i % 100]);
      String id = org.store().insert("Contact", fields).value();
      if (i == 5_000) {
        contact = id;
      }
    }
    account = accounts[42];
  }

  /** Closes the client. */
  @TearDown(Level.Trial)
  public void close() {
    client.close();
  }

  /**
   * A lead created through the client, the in-process transport and the store's checks.
   *
   * @return the new id
   */
  @Benchmark
  public SalesforceId createLead() {
    return client.leads().create(Lead.builder().lastName("Ode").company("Initech").build());
  }

  /**
   * A lead read by id and mapped to the typed record.
   *
   * @return the lead
   */
  @Benchmark
  public Lead getLead() {
    return client.leads().get(lead);
  }

  /**
   * A query pinning one contact's {@code Id} among 10,000.
   *
   * @return the rows
   */
  @Benchmark
  public List<SObject> queryById() {
    return client.query("SELECT Id, LastName FROM Contact WHERE Id = '" + contact + "'", SObject.class).toList();
  }

  /**
   * A query of one account's 100 contacts among 10,000, through the lookup index.
   *
   * @return the rows
   */
  @Benchmark
  public List<SObject> queryByLookup() {
    return client.query("SELECT Id, LastName FROM Contact WHERE AccountId = '" + account + "'", SObject.class)
        .toList();
  }
}
