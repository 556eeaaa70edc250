package dev.salescloud.testkit.seed;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.json.SalesforceDateTimes;
import dev.salescloud.testkit.store.OrgStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The records of {@link Seed#DEMO}, written into a store. Every value is fixed here; dates are
 * placed relative to the store clock's date in the running user's time zone.
 */
final class DemoData {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Name, industry, type, street, city, state, postal code, country, phone, website, employees, revenue. */
  private static final String[][] ACCOUNTS = {
    {"Acme Corporation", "Manufacturing", "Customer - Direct", "1 Market St", "San Francisco", "CA",
        "94105", "USA", "(415) 555-0100", "www.acme.example", "4200", "950000000"},
    {"Globex Industries", "Energy", "Customer - Direct", "800 Bell St", "Houston", "TX", "77002",
        "USA", "(713) 555-0140", "www.globex.example", "12000", "3100000000"},
    {"Initech Software", "Technology", "Prospect", "4120 Freidrich Ln", "Austin", "TX", "78744",
        "USA", "(512) 555-0199", "www.initech.example", "350", "48000000"},
    {"Umbrella Health", "Healthcare", "Customer - Channel", "200 Longwood Ave", "Boston", "MA",
        "02115", "USA", "(617) 555-0123", "www.umbrella-health.example", "2600", "720000000"},
    {"Wayne Financial Group", "Banking", "Customer - Direct", "1007 Park Ave", "New York", "NY",
        "10028", "USA", "(212) 555-0175", "www.waynefinancial.example", "8800", "5400000000"},
    {"Hooli Media", "Media", "Prospect", "1600 Amphitheatre Pkwy", "Mountain View", "CA", "94043",
        "USA", "(650) 555-0111", "www.hooli.example", "1500", "260000000"},
    {"Northwind Traders", "Retail", "Customer - Channel", "400 Pine St", "Seattle", "WA", "98101",
        "USA", "(206) 555-0166", "www.northwind.example", "640", "91000000"},
    {"Blue Harbor Hotels", "Hospitality", "Prospect", "1200 Ocean Dr", "Miami", "FL", "33139",
        "USA", "(305) 555-0182", "www.blueharbor.example", "900", "130000000"},
    {"Nordlicht Maschinenbau GmbH", "Machinery", "Customer - Direct", "Leopoldstraße 42",
        "München", "BY", "80802", "Germany", "+49 89 5550 1234", "www.nordlicht.example", "3100",
        "610000000"},
    {"Maple Leaf Telecom", "Telecommunications", "Customer - Channel", "100 King St W", "Toronto",
        "ON", "M5X 1A9", "Canada", "(416) 555-0133", "www.mapleleaf-telecom.example", "5200",
        "1800000000"},
  };

  /** Account index, first name, last name, title, department. */
  private static final String[][] CONTACTS = {
    {"0", "Wile", "Coyote", "VP Operations", "Operations"},
    {"0", "Rhonda", "Pierce", "Procurement Manager", "Procurement"},
    {"0", "Tom", "Baker", "CFO", "Finance"},
    {"1", "Hank", "Scorpio", "CEO", "Executive"},
    {"1", "Mindy", "Simmons", "Director of IT", "IT"},
    {"1", "Frank", "Grimes", "Facilities Lead", "Operations"},
    {"2", "Bill", "Lumbergh", "VP Engineering", "Engineering"},
    {"2", "Joanna", "Marsh", "Product Manager", "Product"},
    {"3", "Alice", "Abernathy", "Chief Medical Officer", "Clinical"},
    {"3", "Ravi", "Patel", "IT Director", "IT"},
    {"3", "Grace", "Liu", "Procurement Specialist", "Procurement"},
    {"4", "Lucius", "Fox", "CTO", "Technology"},
    {"4", "Selina", "Kyle", "Head of Security", "Security"},
    {"4", "Leslie", "Thompkins", "Compliance Officer", "Legal"},
    {"5", "Gavin", "Belson", "CEO", "Executive"},
    {"5", "Monica", "Hall", "Head of Partnerships", "Business Development"},
    {"6", "Nancy", "Davolio", "Sales Manager", "Sales"},
    {"6", "Andrew", "Fuller", "VP Sales", "Sales"},
    {"6", "Janet", "Leverling", "Buyer", "Purchasing"},
    {"7", "Marisol", "Vega", "General Manager", "Operations"},
    {"7", "Dev", "Anand", "IT Manager", "IT"},
    {"8", "Katrin", "Vogel", "Einkaufsleiterin", "Einkauf"},
    {"8", "Jonas", "Becker", "Technischer Leiter", "Technik"},
    {"9", "Olivia", "Tremblay", "Director of Network Operations", "Operations"},
    {"9", "Liam", "Gagnon", "Vendor Manager", "Procurement"},
  };

  /** First name, last name, company, title, status, source, rating, industry, city, state, country. */
  private static final String[][] LEADS = {
    {"Sarah", "Connor", "Cyberdyne Systems", "CTO", "Open - Not Contacted", "Web", "Hot",
        "Technology", "Sunnyvale", "CA", "USA"},
    {"Peter", "Gibbons", "Initrode", "Systems Analyst", "Open - Not Contacted", "Trade Show",
        "Warm", "Technology", "Dallas", "TX", "USA"},
    {"Ellen", "Ripley", "Weyland Logistics", "Fleet Director", "Working - Contacted",
        "Partner Referral", "Hot", "Transportation", "Denver", "CO", "USA"},
    {"Marty", "McFly", "Hill Valley Motors", "Owner", "Working - Contacted", "Phone Inquiry",
        "Warm", "Retail", "Hill Valley", "CA", "USA"},
    {"Dana", "Scully", "Bethesda Diagnostics", "Lab Director", "Open - Not Contacted", "Web",
        "Cold", "Healthcare", "Bethesda", "MD", "USA"},
    {"Road", "Runner", "Acme Corporation", "Logistics Coordinator", "Working - Contacted",
        "Web", "Hot", "Manufacturing", "San Francisco", "CA", "USA"},
    {"Homer", "Simpson", "Globex Industries", "Safety Inspector", "Open - Not Contacted",
        "Phone Inquiry", "Cold", "Energy", "Springfield", "OR", "USA"},
    {"Richard", "Hendricks", "Hooli Media", "Engineering Lead", "Working - Contacted",
        "Partner Referral", "Warm", "Media", "Palo Alto", "CA", "USA"},
    {"Leslie", "Knope", "Pawnee Parks Supply", "Deputy Director", "Closed - Not Converted",
        "Trade Show", "Cold", "Government", "Pawnee", "IN", "USA"},
    {"Walter", "White", "Gray Matter Chemicals", "Co-founder", "Working - Contacted", "Web",
        "Warm", "Chemicals", "Albuquerque", "NM", "USA"},
    {"Lisa", "Cuddy", "Princeton Plainsboro Clinics", "Dean of Medicine", "Open - Not Contacted",
        "Purchased List", "Warm", "Healthcare", "Princeton", "NJ", "USA"},
    {"Kim", "Wexler", "Schweikart Legal", "Partner", "Closed - Not Converted", "Partner Referral",
        "Cold", "Legal", "Albuquerque", "NM", "USA"},
    {"Ron", "Swanson", "Very Good Building Co", "Owner", "Working - Contacted", "Phone Inquiry",
        "Warm", "Construction", "Pawnee", "IN", "USA"},
    {"April", "Ludgate", "Eagleton Events", "Event Planner", "Closed - Not Converted",
        "Purchased List", "Cold", "Hospitality", "Eagleton", "IN", "USA"},
    {"Fox", "Mulder", "Lone Gunmen Media", "Editor", "Open - Not Contacted", "Web", "Cold",
        "Media", "Washington", "DC", "USA"},
    {"Jean-Luc", "Picard", "Enterprise Vineyards", "Proprietor", "Working - Contacted",
        "Trade Show", "Hot", "Agriculture", "La Barre", "BFC", "France"},
    {"Lena", "Hoffmann", "Hoffmann Feinmechanik", "Geschäftsführerin", "Working - Contacted",
        "Web", "Warm", "Machinery", "Stuttgart", "BW", "Germany"},
    {"Amelie", "Roy", "Boréal Outfitters", "Operations Manager", "Open - Not Contacted",
        "Purchased List", "Warm", "Retail", "Montréal", "QC", "Canada"},
    {"Miles", "Dyson", "Skynet Analytics", "Research Director", "Closed - Not Converted", "Web",
        "Cold", "Technology", "San Jose", "CA", "USA"},
    {"Tyrell", "Wellick", "E Corp Europe", "Senior VP Technology", "Closed - Not Converted",
        "Trade Show", "Warm", "Banking", "Amsterdam", "NH", "Netherlands"},
  };

  /**
   * Account index, name, stage, amount, quarter (-1 last, 0 this, 1 next), place in its span in
   * percent, type, lead source.
   */
  private static final String[][] OPPORTUNITIES = {
    {"0", "Acme - Fleet Telematics Rollout", "Prospecting", "85000", "1", "40", "New Business", "Web"},
    {"5", "Hooli - Streaming Analytics Pilot", "Prospecting", "30000", "0", "80", "New Business",
        "Partner Referral"},
    {"2", "Initech - Helpdesk Migration", "Qualification", "42000", "0", "50", "New Business",
        "Trade Show"},
    {"7", "Blue Harbor - Guest Wi-Fi Upgrade", "Qualification", "56000", "1", "20",
        "New Business", "Phone Inquiry"},
    {"3", "Umbrella - Patient Portal Phase 2", "Needs Analysis", "210000", "0", "60",
        "Existing Business", "Partner Referral"},
    {"9", "Maple Leaf - Network Monitoring", "Needs Analysis", "175000", "1", "70",
        "New Business", "Web"},
    {"4", "Wayne - Fraud Detection Platform", "Value Proposition", "480000", "1", "50",
        "New Business", "Partner Referral"},
    {"6", "Northwind - Point of Sale Refresh", "Value Proposition", "64000", "0", "30",
        "Existing Business", "Web"},
    {"1", "Globex - Pipeline Sensors", "Id. Decision Makers", "320000", "0", "90",
        "New Business", "Trade Show"},
    {"8", "Nordlicht - Predictive Maintenance", "Id. Decision Makers", "145000", "1", "10",
        "New Business", "Web"},
    {"0", "Acme - Warehouse Robotics Service", "Perception Analysis", "98000", "0", "40",
        "Existing Business", "Phone Inquiry"},
    {"3", "Umbrella - Lab Data Integration", "Perception Analysis", "88000", "1", "60",
        "New Business", "Web"},
    {"2", "Initech - Developer Seats Expansion", "Proposal/Price Quote", "24000", "0", "70",
        "Existing Business", "Web"},
    {"9", "Maple Leaf - Field Service Tablets", "Proposal/Price Quote", "132000", "1", "30",
        "Existing Business", "Partner Referral"},
    {"4", "Wayne - Branch Kiosk Support", "Negotiation/Review", "76000", "0", "20",
        "Existing Business", "Phone Inquiry"},
    {"1", "Globex - Refinery Safety Training", "Negotiation/Review", "45000", "0", "95",
        "Existing Business", "Trade Show"},
    {"6", "Northwind - E-commerce Storefront", "Closed Won", "112000", "-1", "50",
        "New Business", "Web"},
    {"8", "Nordlicht - CAD License Renewal", "Closed Won", "12500", "0", "50",
        "Existing Business", "Partner Referral"},
    {"5", "Hooli - Ad Server Replacement", "Closed Lost", "260000", "-1", "30", "New Business",
        "Trade Show"},
    {"7", "Blue Harbor - Booking Engine", "Closed Lost", "38000", "0", "20", "New Business",
        "Web"},
  };

  /**
   * Subject, status, priority, due in days from today, who (C contact, L lead) and index, what (A
   * account, O opportunity, - none) and index, call type ("" when not a call), call seconds.
   */
  private static final String[][] TASKS = {
    {"Call", "Completed", "Normal", "-12", "C", "0", "O", "0", "Outbound", "540"},
    {"Call", "Completed", "High", "-9", "C", "3", "O", "8", "Outbound", "1260"},
    {"Call", "Completed", "Normal", "-6", "L", "2", "-", "0", "Inbound", "300"},
    {"Call", "Completed", "Normal", "-3", "C", "11", "O", "6", "Outbound", "900"},
    {"Call", "Not Started", "High", "1", "L", "0", "-", "0", "Outbound", "0"},
    {"Call", "Not Started", "Normal", "3", "C", "16", "A", "6", "Outbound", "0"},
    {"Send Quote", "Completed", "High", "-4", "C", "6", "O", "12", "", "0"},
    {"Send Letter", "Completed", "Low", "-20", "C", "21", "A", "8", "", "0"},
    {"Email", "Completed", "Normal", "-2", "L", "5", "-", "0", "", "0"},
    {"Send Quote", "In Progress", "High", "2", "C", "23", "O", "13", "", "0"},
    {"Follow up on security review", "Waiting on someone else", "Normal", "5", "C", "12", "O",
        "6", "", "0"},
    {"Prepare renewal forecast", "Not Started", "Normal", "10", "C", "2", "A", "0", "", "0"},
    {"Check contract redlines", "In Progress", "High", "-1", "C", "13", "O", "14", "", "0"},
    {"Qualify inbound lead", "Not Started", "Normal", "-2", "L", "9", "-", "0", "", "0"},
    {"Schedule kickoff", "Deferred", "Low", "14", "C", "19", "O", "3", "", "0"},
  };

  /**
   * Subject, day from today, start hour, minutes, location, contact index, what (A account, O
   * opportunity) and index.
   */
  private static final String[][] EVENTS = {
    {"Discovery meeting", "-15", "10", "60", "Acme HQ, San Francisco", "0", "O", "0"},
    {"Product demo", "-8", "14", "90", "Video call", "4", "O", "8"},
    {"Executive briefing", "-5", "9", "120", "Wayne Tower, New York", "11", "O", "6"},
    {"Quarterly business review", "-1", "15", "60", "Video call", "17", "A", "6"},
    {"Technical deep dive", "2", "11", "90", "Umbrella Health, Boston", "9", "O", "4"},
    {"Contract negotiation", "4", "13", "60", "Video call", "14", "O", "14"},
    {"Site visit", "7", "10", "120", "Nordlicht Werk München", "22", "O", "9"},
    {"Lunch and learn", "12", "12", "30", "Maple Leaf Telecom, Toronto", "23", "A", "9"},
  };

  private final OrgStore store;
  private final ZoneId zone;
  private final LocalDate today;
  private final List<SalesforceId> accounts = new ArrayList<>();
  private final List<SalesforceId> contacts = new ArrayList<>();
  private final List<SalesforceId> leads = new ArrayList<>();
  private final List<SalesforceId> opportunities = new ArrayList<>();

  DemoData(OrgStore store) {
    this.store = store;
    this.zone = store.runningUserZone();
    this.today = LocalDate.ofInstant(store.clock().instant(), zone);
  }

  void plant() {
    for (String[] a : ACCOUNTS) {
      accounts.add(store.insert("Account", row(
          "Name", a[0], "Industry", a[1], "Type", a[2], "BillingStreet", a[3], "BillingCity", a[4],
          "BillingState", a[5], "BillingPostalCode", a[6], "BillingCountry", a[7], "Phone", a[8],
          "Website", a[9], "NumberOfEmployees", Integer.valueOf(a[10]),
          "AnnualRevenue", Long.valueOf(a[11]))));
    }
    for (String[] c : CONTACTS) {
      String[] account = ACCOUNTS[Integer.parseInt(c[0])];
      contacts.add(store.insert("Contact", row(
          "AccountId", accounts.get(Integer.parseInt(c[0])).value(), "FirstName", c[1],
          "LastName", c[2], "Title", c[3], "Department", c[4],
          "Email", email(c[1], c[2], account[9].substring("www.".length())), "Phone", account[8] + " x" + (101 + contacts.size()),
          "MailingCity", account[4], "MailingCountry", account[7])));
    }
    for (String[] l : LEADS) {
      leads.add(store.insert("Lead", row(
          "FirstName", l[0], "LastName", l[1], "Company", l[2], "Title", l[3], "Status", l[4],
          "LeadSource", l[5], "Rating", l[6], "Industry", l[7], "City", l[8], "State", l[9],
          "Country", l[10], "Email", email(l[0], l[1], domainOf(l[2])))));
    }
    for (String[] o : OPPORTUNITIES) {
      boolean closed = o[2].startsWith("Closed");
      opportunities.add(store.insert("Opportunity", row(
          "AccountId", accounts.get(Integer.parseInt(o[0])).value(), "Name", o[1],
          "StageName", o[2], "Amount", Long.valueOf(o[3]),
          "CloseDate", closeDate(Integer.parseInt(o[4]), Integer.parseInt(o[5]), closed).toString(),
          "Type", o[6], "LeadSource", o[7])));
    }
    for (String[] t : TASKS) {
      ObjectNode task = row(
          "Subject", t[0], "Status", t[1], "Priority", t[2],
          "ActivityDate", today.plusDays(Long.parseLong(t[3])).toString(),
          "WhoId", who(t[4], t[5]));
      what(t[6], t[7]).ifPresent(id -> task.put("WhatId", id));
      if (!t[8].isEmpty()) {
        task.put("TaskSubtype", "Call").put("Type", "Call").put("CallType", t[8]);
        if (t[1].equals("Completed")) {
          task.put("CallDurationInSeconds", Integer.parseInt(t[9]));
        }
      } else {
        task.put("TaskSubtype", t[0].equals("Email") ? "Email" : "Task");
      }
      store.insert("Task", task);
    }
    for (String[] e : EVENTS) {
      LocalDate day = today.plusDays(Long.parseLong(e[1]));
      Instant start = day.atTime(LocalTime.of(Integer.parseInt(e[2]), 0)).atZone(zone).toInstant();
      int minutes = Integer.parseInt(e[3]);
      ObjectNode event = row(
          "Subject", e[0], "ActivityDate", day.toString(), "ActivityDateTime", SalesforceDateTimes.formatDateTime(start),
          "StartDateTime", SalesforceDateTimes.formatDateTime(start),
          "EndDateTime", SalesforceDateTimes.formatDateTime(start.plus(minutes, ChronoUnit.MINUTES)),
          "DurationInMinutes", minutes, "Location", e[4],
          "WhoId", contacts.get(Integer.parseInt(e[5])).value(), "EventSubtype", "Event");
      what(e[6], e[7]).ifPresent(id -> event.put("WhatId", id));
      store.insert("Event", event);
    }
  }

  /**
   * A close date in a quarter: last or next quarter at a place in it; this quarter between its
   * start and today for closed deals, between today and its end for open ones.
   */
  private LocalDate closeDate(int quarter, int percent, boolean closed) {
    LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
    LocalDate from;
    LocalDate to;
    if (quarter != 0) {
      from = thisQuarter.plusMonths(3L * quarter);
      to = from.plusMonths(3).minusDays(1);
    } else if (closed) {
      from = thisQuarter;
      to = today;
    } else {
      from = today;
      to = thisQuarter.plusMonths(3).minusDays(1);
    }
    return from.plusDays(ChronoUnit.DAYS.between(from, to) * percent / 100);
  }

  private String who(String kind, String index) {
    return (kind.equals("L") ? leads : contacts).get(Integer.parseInt(index)).value();
  }

  private Optional<String> what(String kind, String index) {
    if (kind.equals("-")) {
      return Optional.empty();
    }
    return Optional.of(
        (kind.equals("A") ? accounts : opportunities).get(Integer.parseInt(index)).value());
  }

  private static String email(String first, String last, String domain) {
    String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
    return local + "@" + domain;
  }

  private static String domainOf(String company) {
    return company.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "")
        + ".example";
  }

  private static ObjectNode row(Object... fieldsAndValues) {
    ObjectNode row = JSON.objectNode();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      Object value = fieldsAndValues[i + 1];
      String field = (String) fieldsAndValues[i];
      if (value instanceof Integer) {
        row.put(field, (Integer) value);
      } else if (value instanceof Long) {
        row.put(field, (Long) value);
      } else {
        row.put(field, (String) value);
      }
    }
    return row;
  }
}
