package dev.salescloud.client.sobject;

import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.OpportunityStage;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The org's opportunity stages, read once from {@code OpportunityStage} and kept for the life of
 * the client: what each stage implies for a deal (default probability, forecast category, closed
 * and won), and which stages may be picked. Get it from {@link OpportunityClient#stages()}.
 *
 * <pre>{@code
 * StageCatalog stages = sf.opportunities().stages();
 * OpportunityStage won = stages.require("Closed Won");        // refuses unknown and inactive
 * List<String> valid = stages.activeNames();                   // in picklist order
 * stages.refresh();                                            // after an admin changed them
 * }</pre>
 *
 * <p>The first use costs one query ({@code SELECT ... FROM OpportunityStage ORDER BY
 * SortOrder}); later uses cost nothing until {@link #refresh()}. Stage names are matched ignoring
 * case. Thread-safe.
 */
public final class StageCatalog {
  private final Supplier<List<OpportunityStage>> loader;
  private volatile List<OpportunityStage> stages;

  StageCatalog(Supplier<List<OpportunityStage>> loader) {
    this.loader = loader;
  }

  /**
   * Every stage, active or not, in the order of the picklist; read on first use.
   *
   * @return the stages
   */
  public List<OpportunityStage> all() {
    List<OpportunityStage> known = stages;
    if (known == null) {
      known = refresh();
    }
    return known;
  }

  /**
   * Reads the stages again, replacing what was kept. Maps to one {@code GET .../query}.
   *
   * @return the stages just read
   */
  public List<OpportunityStage> refresh() {
    List<OpportunityStage> read =
        loader.get().stream()
            .sorted(Comparator.comparing((OpportunityStage s) -> s.sortOrder().orElse(Integer.MAX_VALUE)))
            .collect(Collectors.toUnmodifiableList());
    stages = read;
    return read;
  }

  /**
   * The names of the stages users may pick, in picklist order.
   *
   * @return the active stages' API names
   */
  public List<String> activeNames() {
    return all().stream()
        .filter(s -> s.isActive().orElse(true))
        .map(StageCatalog::nameOf)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * A stage by name, active or not.
   *
   * @param stageName the stage's API name, any case
   * @return the stage; empty if the org has none of that name
   */
  public Optional<OpportunityStage> find(String stageName) {
    InvalidArgumentException.requireNonNull(stageName, "stageName");
    String wanted = stageName.trim().toLowerCase(Locale.ROOT);
    return all().stream()
        .filter(s -> nameOf(s).toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /**
   * An active stage by name, or a refusal that lists the valid ones.
   *
   * @param stageName the stage's API name, any case
   * @return the stage
   * @throws InvalidArgumentException naming {@code stageName} when the org has no such stage or
   *     it is inactive; the message lists the active stages
   */
  public OpportunityStage require(String stageName) {
    Optional<OpportunityStage> found = find(stageName);
    if (found.isEmpty()) {
      throw new InvalidArgumentException(
          "stageName",
          "The org has no opportunity stage '" + stageName + "'; use one of " + activeNames());
    }
    if (!found.get().isActive().orElse(true)) {
      throw new InvalidArgumentException(
          "stageName",
          "The opportunity stage '" + nameOf(found.get()) + "' is inactive; use one of "
              + activeNames());
    }
    return found.get();
  }

  /** The value {@code StageName} holds for a stage: its API name, else its label. */
  static String nameOf(OpportunityStage stage) {
    return stage.apiName().or(stage::masterLabel).orElse("");
  }

  /** Counts the stages kept, if read. */
  @Override
  public String toString() {
    List<OpportunityStage> known = stages;
    return "StageCatalog{" + (known == null ? "not read" : known.size() + " stages") + "}";
  }
}
