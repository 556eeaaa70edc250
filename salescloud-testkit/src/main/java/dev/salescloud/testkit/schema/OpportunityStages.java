package dev.salescloud.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** The default opportunity stages of a new org and the fields they drive. */
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
   * Sets IsClosed, IsWon and ExpectedRevenue from the stage; Probability and ForecastCategoryName
   * follow the stage when the stage was just written and they were not.
   */
  static void derive(ObjectNode row, boolean stageWritten, boolean probabilityWritten,
      boolean categoryWritten) {
    JsonNode stageName = row.get("StageName");
    Stage stage = stageName == null || stageName.isNull() ? null : STAGES.get(stageName.asText());
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
