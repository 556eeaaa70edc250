/**
 * Data sets a fake org can start with: {@link dev.salescloud.testkit.seed.Seed#EMPTY} and the
 * realistic {@link dev.salescloud.testkit.seed.Seed#DEMO} sales org.
 *
 * <pre>{@code
 * FakeSalesCloud org = FakeSalesCloud.builder().seed(Seed.DEMO).build();
 * }</pre>
 */
package dev.salescloud.testkit.seed;
