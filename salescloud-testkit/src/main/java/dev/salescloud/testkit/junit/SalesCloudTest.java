package dev.salescloud.testkit.junit;

import dev.salescloud.testkit.seed.Seed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against an in-memory fake Salesforce org: test constructors, test methods
 * and lifecycle methods ({@code @BeforeEach}, {@code @AfterEach}, and with a per-class org also
 * {@code @BeforeAll} and {@code @AfterAll}) may declare a {@link
 * dev.salescloud.testkit.FakeSalesCloud} parameter, a {@link
 * dev.salescloud.client.SalesCloudClient} parameter, or both.
 *
 * <pre>{@code
 * @SalesCloudTest(seed = Seed.DEMO)
 * class PipelineReportTest {
 *   @Test
 *   void countsOpenOpportunities(SalesCloudClient client, FakeSalesCloud org) {
 *     long open = client.query("SELECT Id FROM Opportunity WHERE IsClosed = false", SObject.class).count();
 *     assertThat(open).isEqualTo(16);
 *   }
 * }
 * }</pre>
 *
 * <h2>Which org a test gets</h2>
 *
 * <p>The rule is {@link #lifecycle()}, and only it ({@code @TestInstance} does not change it):
 *
 * <ul>
 *   <li>{@link Lifecycle#PER_METHOD PER_METHOD} (the default): every test method gets a new org.
 *       Its constructor, {@code @BeforeEach}, test method and {@code @AfterEach} all see that same
 *       org and the same client. {@code @BeforeAll} and {@code @AfterAll} parameters are refused,
 *       as is constructor injection under {@code @TestInstance(PER_CLASS)}: there is no test yet
 *       whose org they could get.
 *   <li>{@link Lifecycle#PER_CLASS PER_CLASS}: one org for the whole annotated class, its
 *       {@code @Nested} classes included, from {@code @BeforeAll} to {@code @AfterAll}; records
 *       one test writes are seen by the next. Each test still gets its own client.
 * </ul>
 *
 * <p>{@code @Nested} classes follow the nearest {@code @SalesCloudTest} around them; annotating a
 * nested class gives it settings (and, with {@code PER_CLASS}, an org) of its own. Clients are
 * closed after the test (or, for a class-level client, after the class); closing one leaves the
 * org as it is.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeSalesCloudExtension.class)
public @interface SalesCloudTest {
  /**
   * The records each new org starts with.
   *
   * @return {@link Seed#EMPTY} unless set
   */
  Seed seed() default Seed.EMPTY;

  /**
   * How long an org lives: a test method or the annotated class.
   *
   * @return {@link Lifecycle#PER_METHOD} unless set
   */
  Lifecycle lifecycle() default Lifecycle.PER_METHOD;

  /**
   * Fixes the org's clock at an instant, so that record stamps and the seed's dates are the same
   * on every run.
   *
   * @return an ISO-8601 instant such as {@code "2024-05-01T17:03:11Z"}; empty (the default) for
   *     the system clock
   */
  String fixedAt() default "";

  /** How long the orgs of a {@link SalesCloudTest} class live. */
  enum Lifecycle {
    /** A new org for every test method. */
    PER_METHOD,
    /** One org for the annotated class and its nested classes. */
    PER_CLASS
  }
}
