package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.MAPPER;
import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.query.QueryResult;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadStatusTest {
  /** {@code SELECT Id, ApiName, MasterLabel, SortOrder, IsDefault, IsConverted FROM LeadStatus}. */
  static final String STATUSES_QUERY =
      """
      {"totalSize":3,"done":true,"records":[
        {"attributes":{"type":"LeadStatus","url":"/services/data/v66.0/sobjects/LeadStatus/01JRO00000Stat12AB"},
         "Id":"01JRO00000Stat12AB","ApiName":"Open - Not Contacted","MasterLabel":"Open - Not Contacted",
         "SortOrder":1,"IsDefault":true,"IsConverted":false},
        {"attributes":{"type":"LeadStatus","url":"/services/data/v66.0/sobjects/LeadStatus/01JRO00000Stat22AB"},
         "Id":"01JRO00000Stat22AB","ApiName":"Qualified","MasterLabel":"Qualified (sales-ready)",
         "SortOrder":3,"IsDefault":false,"IsConverted":true,"CreatedById":"00558000001N0KeAAK"},
        {"attributes":{"type":"LeadStatus"},"ApiName":"Closed - Not Converted","SortOrder":4,
         "IsDefault":false,"IsConverted":false}]}
      """;

  static List<LeadStatus> statuses() {
    try {
      return MAPPER
          .readValue(STATUSES_QUERY, new TypeReference<QueryResult<LeadStatus>>() {})
          .records();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readsTheDefaultAndTheConvertedStatuses() {
    List<LeadStatus> statuses = statuses();

    assertThat(statuses.stream().filter(s -> s.isDefault().orElse(false)))
        .extracting(s -> s.apiName().orElseThrow())
        .containsExactly(Lead.Status.OPEN_NOT_CONTACTED);
    LeadStatus converted =
        statuses.stream().filter(s -> s.isConverted().orElse(false)).findFirst().orElseThrow();
    assertThat(converted.apiName()).contains("Qualified");
    assertThat(converted.masterLabel()).contains("Qualified (sales-ready)");
    assertThat(converted.sortOrder()).contains(3);
    assertThat(statuses.get(2).id()).isEmpty();
  }

  @Test
  void roundTripsAStatus() {
    assertRoundTrip(
        """
        {"attributes":{"type":"LeadStatus","url":"/services/data/v66.0/sobjects/LeadStatus/01JRO00000Stat12AB"},
         "Id":"01JRO00000Stat12AB","ApiName":"Working - Contacted","MasterLabel":"Working - Contacted",
         "SortOrder":2,"IsDefault":false,"IsConverted":false,"SystemModstamp":"2026-01-05T08:00:00.000+0000"}
        """,
        LeadStatus.class);
  }

  @Test
  void cannotBeCreatedAsEveryFieldIsReadOnly() {
    LeadStatus status = LeadStatus.builder().apiName("Nurturing").isDefault(false).build();

    assertThatThrownBy(status::toCreateFields)
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("LeadStatus.ApiName is read-only");
  }

  @Test
  void toStringNamesFieldsButNeverValues() {
    assertThat(statuses().get(1).toString())
        .startsWith("LeadStatus{01JRO00000Stat22AB, fields=[")
        .contains("ApiName", "IsConverted")
        .doesNotContain("Qualified");
  }
}
