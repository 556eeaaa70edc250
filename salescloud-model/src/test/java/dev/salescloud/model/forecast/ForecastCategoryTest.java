package dev.salescloud.model.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.InvalidArgumentException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ForecastCategoryTest {
  @Nested
  class Mapping {
    @Test
    void mapsEveryApiValueToItsNameAndBack() {
      for (int i = 0; i < ForecastCategory.apiValues().size(); i++) {
        String value = ForecastCategory.apiValues().get(i);
        String name = ForecastCategory.names().get(i);

        assertThat(ForecastCategory.nameOf(value)).contains(name);
        assertThat(ForecastCategory.apiValueOf(name)).contains(value);
        assertThat(ForecastCategory.apiValueOf(value)).contains(value);
        assertThat(ForecastCategory.nameOf(name)).contains(name);
      }
    }

    @Test
    void spellsCommitAndBestCaseDifferentlyInTheApi() {
      assertThat(ForecastCategory.nameOf(ForecastCategory.FORECAST)).contains("Commit");
      assertThat(ForecastCategory.apiValueOf(ForecastCategory.Name.COMMIT)).contains("Forecast");
      assertThat(ForecastCategory.apiValueOf("Best Case")).contains("BestCase");
      assertThat(ForecastCategory.apiValueOf("most likely")).contains("MostLikely");
      assertThat(ForecastCategory.nameOf(" CLOSED ")).contains("Closed");
    }

    @Test
    void answersEmptyForWhatIsNoCategory() {
      assertThat(ForecastCategory.apiValueOf("Upside")).isEmpty();
      assertThat(ForecastCategory.nameOf(null)).isEmpty();
    }

    @Test
    void tellsOpenCategoriesFromClosedAndOmitted() {
      assertThat(ForecastCategory.isOpen("Pipeline")).isTrue();
      assertThat(ForecastCategory.isOpen("Best Case")).isTrue();
      assertThat(ForecastCategory.isOpen("MostLikely")).isTrue();
      assertThat(ForecastCategory.isOpen("Commit")).isTrue();
      assertThat(ForecastCategory.isOpen("Closed")).isFalse();
      assertThat(ForecastCategory.isOpen("Omitted")).isFalse();
      assertThatThrownBy(() -> ForecastCategory.isOpen("Won"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("forecastCategory = 'Won'");
    }
  }
}
