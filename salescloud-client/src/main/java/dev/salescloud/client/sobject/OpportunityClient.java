package dev.salescloud.client.sobject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.client.Query;
import dev.salescloud.client.RequestOptions;
import dev.salescloud.client.soql.Soql;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.error.NotFoundException;
import dev.salescloud.model.error.ValidationException;
import dev.salescloud.model.sales.Opportunity;
import dev.salescloud.model.sales.OpportunityPatch;
import dev.salescloud.model.sales.OpportunityStage;
import java.util.Arrays;

/**
 * Reads and writes Opportunity records, and moves them through the org's sales stages.
 *
 * <pre>{@code
 * SalesforceId deal = sf.opportunities().create(Opportunity.builder().name("Acme - 50 seats")
 *     .stageName(Opportunity.Stage.PROSPECTING).closeDate(LocalDate.of(2026, 9, 30))
 *     .amount(new BigDecimal("50000")).build());
 * sf.opportunities().update(deal,
 *     OpportunityPatch.builder().stageName(Opportunity.Stage.CLOSED_WON).build());
 * }</pre>
 *
 * <h2>Changing stages</h2>
 *
 * <p>{@link #changeStage(SalesforceId, String)} does what the Salesforce UI does when a user picks
 * a stage: the deal takes the stage's default probability and forecast category, unless the
 * change sets them itself. The stage is checked first against the org's stages ({@link
 * #stages()}, read once per client): an unknown or inactive stage is refused before anything is
 * sent, with the list of valid ones.
 *
 * <pre>{@code
 * OpportunityStage stage = sf.opportunities().changeStage(deal, "Negotiation/Review");
 * sf.opportunities().changeStage(deal, OpportunityPatch.builder()
 *     .stageName("Proposal/Price Quote").probability(new BigDecimal("65")).build());
 * }</pre>
 *
 * <p>Everything {@link RecordClient} does (create, get, update, upsert, delete, describe, each with
 * {@link dev.salescloud.client.RequestOptions}) with {@link Opportunity} records and {@link OpportunityPatch} changes;
 * {@link #update(SalesforceId, dev.salescloud.model.RecordPatch)} sends exactly the patch, as
 * always. Get it from {@link dev.salescloud.client.SalesCloudClient#opportunities()}; thread-safe.
 */
public final class OpportunityClient extends RecordClient<Opportunity, OpportunityPatch> {
  /** The fields {@link #stages()} reads; {@code ApiName} needs API 36.0 or later. */
  static final String[] STAGE_FIELDS = {
    "Id", "ApiName", "MasterLabel", "IsActive", "SortOrder", "IsClosed", "IsWon",
    "DefaultProbability", "ForecastCategory", "ForecastCategoryName"
  };

  private final StageCatalog stages;

  /**
   * Creates the sub-client; {@link dev.salescloud.client.SalesCloudClient} does this.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   */
  public OpportunityClient(ApiExchange exchange, ApiVersion version) {
    super(exchange, version, Opportunity.SOBJECT_TYPE, new TypeReference<Opportunity>() {});
    this.stages =
        new StageCatalog(
            () ->
                Query.of(
                        exchange,
                        version,
                        Soql.select((Object[]) stageFields(version))
                            .from(OpportunityStage.SOBJECT_TYPE)
                            .orderBy("SortOrder")
                            .build(),
                        OpportunityStage.class,
                        false)
                    .toList());
  }

  private static String[] stageFields(ApiVersion version) {
    String major = version.value().substring(0, version.value().indexOf('.'));
    if (Integer.parseInt(major) >= 36) {
      return STAGE_FIELDS;
    }
    return Arrays.stream(STAGE_FIELDS)
        .filter(f -> !f.equals("ApiName"))
        .toArray(String[]::new);
  }

  /**
   * The org's opportunity stages, read on first use and kept for the life of the client.
   *
   * @return the stage catalog of this client
   */
  public StageCatalog stages() {
    return stages;
  }

  /**
   * Moves a deal to a stage, with the stage's default probability and forecast category, as the
   * UI does. Maps to {@code PATCH .../sobjects/Opportunity/{id}} (plus one query for the stages
   * the first time).
   *
   * @param id the opportunity
   * @param stageName an active stage of the org, any case
   * @return the stage applied
   * @throws InvalidArgumentException before sending, if the stage is unknown or inactive (the
   *     message lists the valid stages) or the id is not an opportunity's
   * @throws ValidationException if Salesforce refuses the change, e.g. a validation rule
   * @throws NotFoundException if there is no such opportunity
   */
  public OpportunityStage changeStage(SalesforceId id, String stageName) {
    InvalidArgumentException.requireNonNull(stageName, "stageName");
    return changeStage(id, OpportunityPatch.builder().stageName(stageName).build(),
        RequestOptions.none());
  }

  /**
   * Changes a deal's stage together with other fields. Unless the patch sets (or clears) them,
   * {@code Probability} and {@code ForecastCategoryName} are sent with the stage's defaults.
   *
   * @param id the opportunity
   * @param patch the changes; must set {@code StageName}
   * @return the stage applied
   * @throws InvalidArgumentException before sending, if the patch sets no stage, or an unknown or
   *     inactive one
   * @throws ValidationException if Salesforce refuses the change
   * @throws NotFoundException if there is no such opportunity
   */
  public OpportunityStage changeStage(SalesforceId id, OpportunityPatch patch) {
    return changeStage(id, patch, RequestOptions.none());
  }

  /**
   * Changes a deal's stage with per-call options; see {@link #changeStage(SalesforceId,
   * OpportunityPatch)}.
   *
   * @param id the opportunity
   * @param patch the changes; must set {@code StageName}
   * @param options the call's timeout and extra headers
   * @return the stage applied
   * @throws InvalidArgumentException before sending, if the patch sets no stage, or an unknown or
   *     inactive one
   * @throws ValidationException if Salesforce refuses the change
   */
  public OpportunityStage changeStage(
      SalesforceId id, OpportunityPatch patch, RequestOptions options) {
    InvalidArgumentException.requireNonNull(patch, "patch");
    InvalidArgumentException.requireNonNull(options, "options");
    String path = recordPath(id);
    if (!patch.fields().containsKey("StageName") || patch.fields().get("StageName").isNull()) {
      throw new InvalidArgumentException(
          "patch", "changeStage needs a patch that sets StageName; for other changes call update");
    }
    OpportunityStage stage = stages.require(patch.fields().get("StageName").asText());
    ObjectNode body = exchange().mapper().valueToTree(patch);
    body.put("StageName", StageCatalog.nameOf(stage));
    if (!body.has("Probability")) {
      stage.defaultProbability().ifPresent(p -> body.put("Probability", p));
    }
    if (!body.has("ForecastCategoryName")) {
      stage.forecastCategoryName().ifPresent(c -> body.put("ForecastCategoryName", c));
    }
    exchange().send("PATCH", path, body, true, options);
    return stage;
  }
}
