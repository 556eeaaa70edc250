/**
 * JUnit 5 support: {@link dev.salescloud.testkit.junit.SalesCloudTest} gives each test a fresh
 * fake org and a client wired to it, by parameter injection.
 *
 * <pre>{@code
 * @SalesCloudTest(seed = Seed.DEMO)
 * class PipelineReportTest {
 *   @Test
 *   void sumsOpenPipeline(SalesCloudClient client) { ... }
 * }
 * }</pre>
 */
package dev.salescloud.testkit.junit;
