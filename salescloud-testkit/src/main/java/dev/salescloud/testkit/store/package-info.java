/**
 * The records of the fake org: thread-safe in-memory tables per sObject type, ids with real key
 * prefixes and checksums, system fields stamped from a seedable clock, and a recycle bin.
 */
package dev.salescloud.testkit.store;
