package dev.salescloud.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The default opportunity stages of a new org, the stages of one org ({@link Registry}) and the
 * fields they drive.
 */
final class OpportunityStages {
  private static final class Stage {
    final int probability;
    final boolean closed;
    final boolean won;
    final String forecastCategoryName;

    Stage(int probability, boolean closed, boolean won, String forecastCategoryName) {
      this.probability = probability;
      this.closed = closed;
      this.won = won;
      this.forecastCategoryName = forecastCategoryName;
    }
  }

  private static final Map<String, Stage> STAGES =
      Map.ofEntries(
          Map.entry("Prospecting", new Stage(10, false, false, "Pipeline")),
          Map.entry("Qualification", new Stage(10, false, false, "Pipeline")),
          Map.entry("Needs Analysis", new Stage(20, false, false, "Pipeline")),
          Map.entry("Value Proposition", new Stage(50, false, false, "Pipeline")),
          Map.entry("Id. Decision Makers", new Stage(60, false, false, "Pipeline")),
          Map.entry("Perception Analysis", new Stage(70, false, false, "Pipeline")),
          Map.entry("Proposal/Price Quote", new Stage(75, false, false, "Pipeline")),
          Map.entry("Negotiation/Review", new Stage(90, false, false, "Pipeline")),
          Map.entry("Closed Won", new Stage(100, true, true, "Closed")),
          Map.entry("Closed Lost", new Stage(0, true, false, "Omitted")));

  /** The stage names in their sort order. */
  static final List<String> NAMES =
      List.of(
          "Prospecting", "Qualification", "Needs Analysis", "Value Proposition",
          "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote",
          "Negotiation/Review", "Closed Won", "Closed Lost");

  private OpportunityStages() {}

  /** The default probability of a stage, in percent. */
  static int probability(String stage) {
    return STAGES.get(stage).probability;
  }

  /** Whether a stage closes the opportunity. */
  static boolean closed(String stage) {
    return STAGES.get(stage).closed;
  }

  /** Whether a stage wins the opportunity. */
  static boolean won(String stage) {
    return STAGES.get(stage).won;
  }

  /** The forecast category label of a stage, e.g. {@code Pipeline}. */
  static String forecastCategoryName(String stage) {
    return STAGES.get(stage).forecastCategoryName;
  }

  /**
   * The stages of one org, as its OpportunityStage records say: the defaults until the records
   * are seeded, then every seeded record (a test may seed stages of its own).
   */
  static final class Registry {
    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final Map<String, Integer> order = new LinkedHashMap<>();
    private final Map<String, Boolean> active = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final OrgSchema schema;

    Registry(OrgSchema schema) {
      this.schema = schema;
      for (int i = 0; i < NAMES.size(); i++) {
        String name = NAMES.get(i);
        put(name, STAGES.get(name), i + 1, true);
      }
    }

    /**
     * Completes a seeded OpportunityStage record and makes its stage drive opportunities: the
     * label and API name stand in for each other, the forecast category's API value and name
     * for each other, a stage is active and open unless said otherwise, and a new stage sorts
     * last. The stage's name joins the StageName picklist when active.
     */
    synchronized void register(ObjectNode row, Set<String> written) {
      String name = text(row, "ApiName", text(row, "MasterLabel", null));
      if (name == null) {
        throw SalesforceFault.badRequest(
            "REQUIRED_FIELD_MISSING", "Required fields are missing: [ApiName]", "ApiName");
      }
      row.put("ApiName", name);
      row.put("MasterLabel", text(row, "MasterLabel", name));
      boolean closed = flag(row, "IsClosed", false);
      boolean won = flag(row, "IsWon", false);
      String category = text(row, "ForecastCategoryName",
          text(row, "ForecastCategory", won ? "Closed" : closed ? "Omitted" : "Pipeline"));
      String apiValue = CATEGORY_API_VALUES.getOrDefault(category, category);
      String categoryName = CATEGORY_API_VALUES.entrySet().stream()
          .filter(e -> e.getValue().equals(apiValue)).map(Map.Entry::getKey).findFirst()
          .orElse(category);
      row.put("ForecastCategory", apiValue);
      row.put("ForecastCategoryName", categoryName);
      row.put("IsClosed", closed);
      row.put("IsWon", won);
      boolean isActive = flag(row, "IsActive", true);
      row.put("IsActive", isActive);
      int sortOrder = row.path("SortOrder").isNumber()
          ? row.get("SortOrder").asInt()
          : order.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
      row.put("SortOrder", sortOrder);
      BigDecimal probability = row.path("DefaultProbability").isNumber()
          ? row.get("DefaultProbability").decimalValue()
          : BigDecimal.valueOf(won ? 100 : 0);
      row.set("DefaultProbability", DecimalNode.valueOf(probability));
      put(name, new Stage(probability.intValue(), closed, won, categoryName), sortOrder, isActive);
      List<String> picklist = new ArrayList<>();
      order.entrySet().stream()
          .filter(e -> active.get(e.getKey()))
          .sorted(Map.Entry.comparingByValue())
          .forEach(e -> picklist.add(names.get(e.getKey())));
      StandardPicklists.set(schema, "Opportunity", "StageName", picklist);
    }

    private void put(String name, Stage stage, int sortOrder, boolean isActive) {
      String key = name.toLowerCase(Locale.ROOT);
      stages.put(key, stage);
      order.put(key, sortOrder);
      active.put(key, isActive);
      names.put(key, name);
    }

    private synchronized Stage stage(String name) {
      return stages.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Sets IsClosed, IsWon and ExpectedRevenue from the stage; Probability and
     * ForecastCategoryName follow the stage when the stage was just written and they were not.
     */
    void derive(ObjectNode row, Set<String> written) {
      JsonNode stageName = row.get("StageName");
      Stage stage = stageName == null || stageName.isNull() ? null : stage(stageName.asText());
      OpportunityStages.derive(row, stage, written.contains("StageName"),
          written.contains("Probability"), written.contains("ForecastCategoryName"));
    }
  }

  private static final Map<String, String> CATEGORY_API_VALUES =
      Map.of("Omitted", "Omitted", "Pipeline", "Pipeline", "Best Case", "BestCase",
          "Most Likely", "MostLikely", "Commit", "Forecast", "Closed", "Closed");

  private static String text(ObjectNode row, String field, String otherwise) {
    JsonNode value = row.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? otherwise : value.asText();
  }

  private static boolean flag(ObjectNode row, String field, boolean otherwise) {
    JsonNode value = row.get(field);
    return value == null || value.isNull() ? otherwise : value.asBoolean();
  }

  private static void derive(ObjectNode row, Stage stage, boolean stageWritten,
      boolean probabilityWritten, boolean categoryWritten) {
    row.set("IsClosed", BooleanNode.valueOf(stage != null && stage.closed));
    row.set("IsWon", BooleanNode.valueOf(stage != null && stage.won));
    if (stage != null && stageWritten) {
      if (!probabilityWritten) {
        row.set("Probability", DecimalNode.valueOf(BigDecimal.valueOf(stage.probability)));
      }
      if (!categoryWritten) {
        row.set("ForecastCategoryName", TextNode.valueOf(stage.forecastCategoryName));
      }
    }
    JsonNode amount = row.get("Amount");
    JsonNode probability = row.get("Probability");
    if (amount == null || amount.isNull() || probability == null || probability.isNull()) {
      row.set("ExpectedRevenue", NullNode.getInstance());
    } else {
      row.set(
          "ExpectedRevenue",
          DecimalNode.valueOf(
              amount.decimalValue().multiply(probability.decimalValue())
                  .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)));
    }
  }
}
