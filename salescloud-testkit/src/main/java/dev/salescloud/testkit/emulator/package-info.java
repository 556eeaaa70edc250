/**
 * The fake org over real HTTP: {@link dev.salescloud.testkit.emulator.Emulator} serves a
 * {@link dev.salescloud.testkit.FakeSalesCloud}'s REST API on a local port, so that clients other
 * than this SDK (jsforce, simple-salesforce, the Salesforce CLI, curl) can use the fake org
 * unmodified; {@link dev.salescloud.testkit.emulator.EmulatorMain} runs it from the command line
 * ({@code java -jar salescloud-emulator.jar}).
 */
package dev.salescloud.testkit.emulator;
