package dev.salescloud.testkit.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The records of the read-only objects a new org holds. */
final class StandardRecords {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** The API value of each forecast category label. */
  private static final Map<String, String> FORECAST_CATEGORIES =
      Map.of("Omitted", "Omitted", "Pipeline", "Pipeline", "Best Case", "BestCase",
          "Most Likely", "MostLikely", "Commit", "Forecast", "Closed", "Closed");
  /** How many fiscal years of periods a new org holds before and after the current one. */
  private static final int YEARS_AROUND = 5;

  private StandardRecords() {}

  /** The default lead statuses; the first is the default, Closed - Converted converts. */
  static List<ObjectNode> leadStatuses() {
    List<ObjectNode> rows = new ArrayList<>();
    List<String> statuses = StandardPicklists.LEAD_STATUSES;
    for (int i = 0; i < statuses.size(); i++) {
      String status = statuses.get(i);
      rows.add(JSON.objectNode()
          .put("MasterLabel", status)
          .put("ApiName", status)
          .put("SortOrder", i + 1)
          .put("IsDefault", i == 0)
          .put("IsConverted", status.equals("Closed - Converted")));
    }
    return rows;
  }

  /** The default opportunity stages with their probabilities and forecast categories. */
  static List<ObjectNode> opportunityStages() {
    List<ObjectNode> rows = new ArrayList<>();
    for (int i = 0; i < OpportunityStages.NAMES.size(); i++) {
      String stage = OpportunityStages.NAMES.get(i);
      String category = OpportunityStages.forecastCategoryName(stage);
      rows.add(JSON.objectNode()
          .put("MasterLabel", stage)
          .put("ApiName", stage)
          .put("IsActive", true)
          .put("SortOrder", i + 1)
          .put("DefaultProbability", OpportunityStages.probability(stage))
          .put("ForecastCategory", FORECAST_CATEGORIES.get(category))
          .put("ForecastCategoryName", category)
          .put("IsClosed", OpportunityStages.closed(stage))
          .put("IsWon", OpportunityStages.won(stage)));
    }
    return rows;
  }

  /**
   * The Year, Quarter and Month periods of the fiscal years around today's: quarters and months
   * are numbered 1 to 4 and 1 to 12 within their fiscal year; a Year period's Number is its
   * fiscal year's name.
   */
  static List<ObjectNode> periods(FiscalCalendar calendar, LocalDate today) {
    List<ObjectNode> rows = new ArrayList<>();
    LocalDate current = calendar.yearStart(today);
    for (int y = -YEARS_AROUND; y <= YEARS_AROUND; y++) {
      LocalDate start = current.plusYears(y);
      int name = calendar.yearName(start);
      rows.add(period("Year", start, 12, name, "FY " + name));
      for (int q = 0; q < 4; q++) {
        rows.add(period("Quarter", start.plusMonths(3L * q), 3, q + 1, "Q" + (q + 1) + "-" + name));
      }
      for (int m = 0; m < 12; m++) {
        LocalDate month = start.plusMonths(m);
        String label = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        rows.add(period("Month", month, 1, m + 1, label + " FY " + name));
      }
    }
    return rows;
  }

  private static ObjectNode period(String type, LocalDate start, int months, int number, String label) {
    return JSON.objectNode()
        .put("Type", type)
        .put("StartDate", start.toString())
        .put("EndDate", start.plusMonths(months).minusDays(1).toString())
        .put("Number", number)
        .put("FullyQualifiedLabel", label)
        .put("IsForecastPeriod", type.equals("Quarter"));
  }
}
