package dev.salescloud.model.forecast;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The forecast categories of opportunities and their two spellings: the API values of {@code
 * Opportunity.ForecastCategory} and {@code OpportunityStage.ForecastCategory} (the constants of
 * this class), and the names of {@code ForecastCategoryName} ({@link Name}). They differ for two
 * categories: {@code BestCase} is named {@code Best Case}, and {@code Forecast} is named {@code
 * Commit}.
 *
 * <pre>{@code
 * ForecastCategory.nameOf(ForecastCategory.FORECAST);   // Optional["Commit"]
 * ForecastCategory.apiValueOf("Best Case");             // Optional["BestCase"]
 * ForecastCategory.isOpen("Commit");                    // true
 * }</pre>
 *
 * <p>Every method accepts either spelling, ignoring case.
 */
public final class ForecastCategory {
  /** Left out of forecasts (also the category of lost opportunities). */
  public static final String OMITTED = "Omitted";
  /** Open, early in the sales cycle. */
  public static final String PIPELINE = "Pipeline";
  /** Open, might close in the period. */
  public static final String BEST_CASE = "BestCase";
  /** Open, likely to close in the period (not enabled in every org). */
  public static final String MOST_LIKELY = "MostLikely";
  /** Open, committed to close in the period; named {@code Commit}. */
  public static final String FORECAST = "Forecast";
  /** Closed and won. */
  public static final String CLOSED = "Closed";

  private static final List<String> API_VALUES =
      List.of(OMITTED, PIPELINE, BEST_CASE, MOST_LIKELY, FORECAST, CLOSED);
  private static final List<String> NAMES =
      List.of(
          Name.OMITTED, Name.PIPELINE, Name.BEST_CASE, Name.MOST_LIKELY, Name.COMMIT, Name.CLOSED);

  private ForecastCategory() {}

  /**
   * The API values, from {@code Omitted} to {@code Closed}.
   *
   * @return {@code [Omitted, Pipeline, BestCase, MostLikely, Forecast, Closed]}
   */
  public static List<String> apiValues() {
    return API_VALUES;
  }

  /**
   * The names, in the order of {@link #apiValues()}.
   *
   * @return {@code [Omitted, Pipeline, Best Case, Most Likely, Commit, Closed]}
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The API value of a category.
   *
   * @param apiValueOrName for example {@code "Commit"}, {@code "Forecast"} or {@code "best case"}
   * @return the API value, e.g. {@code "Forecast"}; empty if it is no forecast category
   */
  public static Optional<String> apiValueOf(String apiValueOrName) {
    return indexOf(apiValueOrName).map(API_VALUES::get);
  }

  /**
   * The {@code ForecastCategoryName} of a category.
   *
   * @param apiValueOrName for example {@code "Forecast"} or {@code "BestCase"}
   * @return the name, e.g. {@code "Commit"}; empty if it is no forecast category
   */
  public static Optional<String> nameOf(String apiValueOrName) {
    return indexOf(apiValueOrName).map(NAMES::get);
  }

  /**
   * Whether a category holds open opportunities: Pipeline, Best Case, Most Likely and Commit.
   *
   * @param apiValueOrName a category in either spelling
   * @return {@code true} for the open categories, {@code false} for Closed and Omitted
   * @throws InvalidArgumentException if it is no forecast category
   */
  public static boolean isOpen(String apiValueOrName) {
    String value = requireApiValue(apiValueOrName, "forecastCategory");
    return !value.equals(CLOSED) && !value.equals(OMITTED);
  }

  /**
   * The API value of a category, refusing anything else.
   *
   * @param apiValueOrName a category in either spelling
   * @param argument the argument's name, for the message
   * @return the API value
   * @throws InvalidArgumentException if it is null or no forecast category; the message lists
   *     both spellings of every category
   */
  public static String requireApiValue(String apiValueOrName, String argument) {
    InvalidArgumentException.requireNonNull(apiValueOrName, argument);
    return apiValueOf(apiValueOrName)
        .orElseThrow(
            () ->
                new InvalidArgumentException(
                    argument,
                    argument
                        + " = '"
                        + apiValueOrName
                        + "' is not a forecast category; use an API value "
                        + API_VALUES
                        + " or a ForecastCategoryName "
                        + NAMES));
  }

  private static Optional<Integer> indexOf(String apiValueOrName) {
    if (apiValueOrName == null) {
      return Optional.empty();
    }
    String wanted = apiValueOrName.trim().toLowerCase(Locale.ROOT);
    for (int i = 0; i < API_VALUES.size(); i++) {
      if (API_VALUES.get(i).toLowerCase(Locale.ROOT).equals(wanted)
          || NAMES.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The values of {@code ForecastCategoryName}, the categories' names. */
  public static final class Name {
    /** {@code Omitted}. */
    public static final String OMITTED = "Omitted";
    /** {@code Pipeline}. */
    public static final String PIPELINE = "Pipeline";
    /** {@code Best Case}. */
    public static final String BEST_CASE = "Best Case";
    /** {@code Most Likely}. */
    public static final String MOST_LIKELY = "Most Likely";
    /** {@code Commit}: the name of the API value {@code Forecast}. */
    public static final String COMMIT = "Commit";
    /** {@code Closed}. */
    public static final String CLOSED = "Closed";

    private Name() {}
  }
}
