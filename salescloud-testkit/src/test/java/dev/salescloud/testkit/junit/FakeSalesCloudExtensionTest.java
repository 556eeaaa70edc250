package dev.salescloud.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.salescloud.client.SalesCloudClient;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.testkit.FakeSalesCloud;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs example test classes through the JUnit engine and checks which orgs their tests got.
 * The examples ({@link ExtensionExamples}) record the orgs they see, keyed by example class, in
 * {@link #SEEN}.
 */
class FakeSalesCloudExtensionTest {
  static final Map<Class<?>, List<FakeSalesCloud>> SEEN = new ConcurrentHashMap<>();

  static void saw(Class<?> example, FakeSalesCloud org) {
    SEEN.computeIfAbsent(example, k -> new CopyOnWriteArrayList<>()).add(org);
  }

  private static List<FakeSalesCloud> seen(Class<?> example) {
    return SEEN.getOrDefault(example, List.of());
  }

  private static EngineExecutionResults run(Class<?> example) {
    SEEN.keySet().removeIf(k -> k == example || k.getEnclosingClass() == example);
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(example)).execute();
  }

  static void newLead(SalesCloudClient client) {
    client.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
  }

  @Test
  void everyTestGetsAFreshOrgSharedWithItsConstructorAndLifecycleMethods() {
    run(ExtensionExamples.PerMethod.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

    List<FakeSalesCloud> orgs = seen(ExtensionExamples.PerMethod.class);
    assertThat(orgs).hasSize(8);
    assertThat(orgs.subList(0, 4)).containsOnly(orgs.get(0));
    assertThat(orgs.subList(4, 8)).containsOnly(orgs.get(4));
    assertThat(orgs.get(0)).isNotSameAs(orgs.get(4));
  }

  @Test
  void aPerClassOrgIsSharedByTheClassItsNestedClassesAndItsClassMethods() {
    run(ExtensionExamples.PerClass.class).testEvents().assertStatistics(s -> s.started(3).succeeded(3));

    assertThat(seen(ExtensionExamples.PerClass.class)).hasSize(3).containsOnly(seen(ExtensionExamples.PerClass.class).get(0));
    assertThat(seen(ExtensionExamples.PerClass.Inner.class)).containsExactly(seen(ExtensionExamples.PerClass.class).get(0));
  }

  @Test
  void aSeededOrgStartsWithTheDemoDataAtTheFixedTime() {
    run(ExtensionExamples.Seeded.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(seen(ExtensionExamples.Seeded.class)).hasSize(1);
    assertThat(seen(ExtensionExamples.Seeded.Inner.class)).hasSize(1).doesNotContain(seen(ExtensionExamples.Seeded.class).get(0));
  }

  @Test
  void aNestedClassWithItsOwnSettingsGetsItsOwnOrgs() {
    run(ExtensionExamples.NestedOverride.class).testEvents().assertStatistics(s -> s.started(3).succeeded(3));

    List<FakeSalesCloud> inner = seen(ExtensionExamples.NestedOverride.Inner.class);
    assertThat(inner).hasSize(2).doesNotHaveDuplicates().doesNotContainAnyElementsOf(seen(ExtensionExamples.NestedOverride.class));
  }

  @Test
  void aSharedTestInstanceDoesNotShareTheOrg() {
    run(ExtensionExamples.SharedInstance.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(seen(ExtensionExamples.SharedInstance.class)).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void theBareExtensionGivesAnEmptyOrgPerTest() {
    run(ExtensionExamples.Bare.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void aPerMethodOrgIsRefusedToBeforeAllWithAnExplanation() {
    run(ExtensionExamples.PerMethodBeforeAll.class).containerEvents().assertThatEvents().haveExactly(1,
        finishedWithFailure(
            instanceOf(ParameterResolutionException.class),
            message(m -> m.contains("A fake org is made per test method, so setUp of PerMethodBeforeAll"
                + " cannot have one; use @SalesCloudTest(lifecycle = Lifecycle.PER_CLASS)"))));
  }

  @Test
  void aBadFixedAtFailsTheTestWithTheValue() {
    run(ExtensionExamples.BadClock.class).testEvents().assertThatEvents().haveExactly(1,
        finishedWithFailure(
            instanceOf(ParameterResolutionException.class),
            message(m -> m.contains("@SalesCloudTest(fixedAt = \"yesterday\") on BadClock"
                + " is not an ISO-8601 instant"))));
  }
}
