package dev.salescloud.model.error;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.model.JsonAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiErrorTest {
  @Test
  void readsRestErrorArraysWithErrorCode() throws Exception {
    List<ApiError> errors =
        JsonAssertions.MAPPER.readValue(
            """
            [{"message":"Required fields are missing: [LastName]","errorCode":"REQUIRED_FIELD_MISSING","fields":["LastName"]}]
            """,
            new TypeReference<List<ApiError>>() {});

    ApiError error = errors.get(0);
    assertThat(error.code()).isEqualTo("REQUIRED_FIELD_MISSING");
    assertThat(error.errorCode()).contains("REQUIRED_FIELD_MISSING");
    assertThat(error.statusCode()).isEmpty();
    assertThat(error.fields()).containsExactly("LastName");
  }

  @Test
  void readsPerRecordErrorsWithStatusCodeAndWritesThemBackUnderTheSameKey() {
    ApiError error =
        assertRoundTrip(
            """
            {"message":"Use one of these records?","statusCode":"DUPLICATES_DETECTED","fields":[],
             "duplicateResult":{"allowSave":false,"matchResults":[]}}
            """,
            ApiError.class);

    assertThat(error.code()).isEqualTo("DUPLICATES_DETECTED");
    assertThat(error.errorCode()).isEmpty();
    assertThat(error.otherFields()).containsKey("duplicateResult");
  }

  @Test
  void anErrorWithoutAnyCodeIsReportedAsUnknown() {
    ApiError error = ApiError.builder().message("Bad Gateway").build();

    assertThat(error.code()).isEqualTo("UNKNOWN_ERROR");
    assertThat(json(write(error))).isEqualTo(json("{\"message\":\"Bad Gateway\",\"fields\":[]}"));
  }

  @Test
  void toStringShowsCodeMessageAndFields() {
    assertThat(ApiError.of("INVALID_FIELD", "No such column 'foo'", "foo"))
        .hasToString("INVALID_FIELD: No such column 'foo' [foo]");
  }
}
