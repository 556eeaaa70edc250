/**
 * JMH benchmarks of the SDK, run by hand: {@link dev.salescloud.benchmarks.FakeOrgBenchmark} (the
 * in-process fake answers CRUD and indexed queries in microseconds) and {@link
 * dev.salescloud.benchmarks.ClientOverheadBenchmark} (the client's cost per call next to a
 * hand-written {@code HttpClient} and Jackson call against the same loopback server) and {@link
 * dev.salescloud.benchmarks.QueryStreamingBenchmark} (a million records paged through in a 64 MB
 * heap).
 *
 * <pre>{@code
 * mvn -B -ntp package -DskipTests -pl salescloud-benchmarks -am
 * java -jar salescloud-benchmarks/target/benchmarks.jar
 * }</pre>
 */
package dev.salescloud.benchmarks;
