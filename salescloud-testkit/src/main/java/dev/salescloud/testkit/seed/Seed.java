package dev.salescloud.testkit.seed;

import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.report.OrgReports;
import dev.salescloud.testkit.store.OrgStore;
import java.util.Arrays;
import java.util.Locale;

/**
 * The records a new fake org starts with.
 *
 * <pre>{@code
 * FakeSalesCloud org = FakeSalesCloud.builder()
 *     .fixedAt(Instant.parse("2024-05-01T17:03:11Z"))
 *     .seed(Seed.DEMO)
 *     .build();
 * List<Opportunity> pipeline = org.client()
 *     .query("SELECT Id, Name, Amount FROM Opportunity WHERE CloseDate = THIS_QUARTER", Opportunity.class)
 *     .toList();
 * }</pre>
 *
 * <p>The records are written straight into the org's store (no API calls are counted) and depend
 * only on the org's clock: the same clock gives the same records, ids included, on every run.
 * Dates are placed relative to the clock's date in the running user's time zone, so that
 * {@code THIS_QUARTER}, {@code LAST_QUARTER} and {@code NEXT_QUARTER} always find records.
 *
 * <p>A set may also hold reports over its records. They live in the org's {@link OrgReports}, not
 * in its store, so a set is planted in two steps: {@link #plant(OrgStore)} writes the records and
 * {@link #defineReports(OrgReports)} then defines the reports; {@code FakeSalesCloud.Builder.seed}
 * does both, in that order. The reports are defined in a fixed order, so the same clock gives the
 * same report ids too. The demo org's reports run at once:
 *
 * <pre>{@code
 * FakeSalesCloud org = FakeSalesCloud.builder().seed(Seed.DEMO).build();
 * SalesforceId id = org.client().reports().search("Pipeline by Stage").get(0).id();
 * ReportResult pipeline = org.client().reports().run(id);   // one group per stage
 * }</pre>
 */
public enum Seed {
  /** Nothing but the org's running user. */
  EMPTY,

  /**
   * A small, realistic sales org, owned by the running user:
   *
   * <ul>
   *   <li>10 accounts (Acme Corporation, Globex Industries, Initech Software, Umbrella Health,
   *       Wayne Financial Group, Hooli Media, Northwind Traders, Blue Harbor Hotels, Nordlicht
   *       Maschinenbau GmbH, Maple Leaf Telecom), each with an industry, a type, a billing
   *       address in the USA, Germany or Canada, a phone, a website, employees and annual
   *       revenue;
   *   <li>25 contacts, two or three per account, with titles, departments, e-mail addresses and
   *       phones;
   *   <li>20 leads: 7 {@code Open - Not Contacted}, 8 {@code Working - Contacted} and 5 {@code
   *       Closed - Not Converted}, with sources, ratings and industries; 3 of them work for
   *       companies that are already accounts (Acme Corporation, Globex Industries, Hooli Media);
   *   <li>20 opportunities, two in each of the 10 standard stages from {@code Prospecting} to
   *       {@code Closed Won} and {@code Closed Lost}, with amounts from 12,500 to 480,000 and
   *       close dates in the last, this and the next calendar quarter (closed ones on or before
   *       today, open ones on or after it);
   *   <li>15 tasks: 8 open (some overdue, some high priority) and 7 completed; 6 are calls
   *       ({@code TaskSubtype} and {@code Type} {@code Call}, with call type and duration); each
   *       names a contact or a lead ({@code WhoId}) and, for contacts, an account or opportunity
   *       ({@code WhatId});
   *   <li>8 events: meetings and demos of 30 to 120 minutes, 4 past and 4 upcoming, each with a
   *       contact and an account or opportunity;
   *   <li>3 reports in the folder {@code Sales Reports}: {@code Pipeline by Stage} (summary of the
   *       opportunities grouped by {@code STAGE_NAME}, with {@code s!AMOUNT} and {@code
   *       RowCount}), {@code Leads by Status and Source} (matrix of the leads, {@code STATUS} down
   *       and {@code LEAD_SOURCE} across, with {@code RowCount}) and {@code Open Opportunities}
   *       (tabular, the opportunities that are not closed, by close date, with {@code s!AMOUNT}
   *       and {@code RowCount}).
   * </ul>
   */
  DEMO;

  /**
   * Writes the set's records into an org's store. {@code FakeSalesCloud.Builder.seed} calls it;
   * call it yourself to add the set to a store again.
   *
   * @param store the org's records
   */
  public void plant(OrgStore store) {
    InvalidArgumentException.requireNonNull(store, "store");
    if (this == DEMO) {
      new DemoData(store).plant();
    }
  }

  /**
   * Defines the set's reports in an org's reports, after {@link #plant(OrgStore)} has written the
   * records they read. {@code FakeSalesCloud.Builder.seed} calls it; call it yourself to define
   * the reports again. {@link #EMPTY} defines none.
   *
   * @param reports the org's reports, {@code org.reports()}
   */
  public void defineReports(OrgReports reports) {
    InvalidArgumentException.requireNonNull(reports, "reports");
    if (this == DEMO) {
      new DemoReports(reports).define();
    }
  }

  /**
   * Finds a set by name, in any case, as a command line gives it.
   *
   * @param name {@code "demo"} or {@code "empty"}
   * @return the set
   * @throws InvalidArgumentException for another name, listing the names
   */
  public static Seed named(String name) {
    InvalidArgumentException.requireNonNull(name, "name");
    for (Seed seed : values()) {
      if (seed.name().equalsIgnoreCase(name.trim())) {
        return seed;
      }
    }
    throw new InvalidArgumentException(
        "name",
        "No seed named '" + name + "'; the seeds are "
            + Arrays.toString(values()).toLowerCase(Locale.ROOT));
  }
}
