package dev.salescloud.model.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ApiExceptionTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "401, INVALID_SESSION_ID, AuthenticationException, false",
    "400, invalid_grant, AuthenticationException, false",
    "403, INSUFFICIENT_ACCESS_OR_READONLY, AuthorizationException, false",
    "403, API_DISABLED_FOR_ORG, AuthorizationException, false",
    "403, REQUEST_LIMIT_EXCEEDED, RateLimitException, false",
    "404, NOT_FOUND, NotFoundException, false",
    "404, ENTITY_IS_DELETED, NotFoundException, false",
    "400, REQUIRED_FIELD_MISSING, ValidationException, false",
    "400, MALFORMED_QUERY, ValidationException, false",
    "400, DUPLICATE_VALUE, ValidationException, false",
    "400, FIELD_CUSTOM_VALIDATION_EXCEPTION, ValidationException, false",
    "400, UNABLE_TO_LOCK_ROW, ConflictException, true",
    "503, SERVER_UNAVAILABLE, ServerException, true",
    "500, UNKNOWN_EXCEPTION, ServerException, true",
    "409, SOMETHING_NEW, ConflictException, true",
    "429, SOMETHING_NEW, RateLimitException, false",
    "410, SOMETHING_NEW, NotFoundException, false",
    "400, A_CODE_NOBODY_KNOWS, ValidationException, false",
  })
  void mapsStatusAndErrorCodeToWhatTheCallerCanDo(
      int status, String code, String type, boolean retryable) {
    ApiException e =
        ApiException.from(status, List.of(ApiError.of(code, "message")), "GET", "/services/data/v66.0/x");

    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.retryable()).isEqualTo(retryable);
    assertThat(e.status()).isEqualTo(status);
  }

  @Test
  void theMessageCarriesMethodPathCodesAndFieldsButNotTheQueryString() {
    ApiException e =
        ApiException.from(
            400,
            List.of(ApiError.of("INVALID_FIELD", "No such column 'Foo__c'", "Foo__c"),
                ApiError.of("INVALID_FIELD", "No such column 'Bar__c'", "Bar__c")),
            "GET",
            "/services/data/v66.0/query?q=SELECT+Foo__c+FROM+Lead+WHERE+Email='ada@example.com'");

    assertThat(e.getMessage())
        .startsWith("GET /services/data/v66.0/query answered 400: INVALID_FIELD")
        .contains("Foo__c", "Bar__c")
        .doesNotContain("ada@example.com");
    assertThat(e.path()).isEqualTo("/services/data/v66.0/query");
    assertThat(e.errors()).hasSize(2);
    assertThat(e.hasErrorCode("invalid_field")).isTrue();
  }

  @Test
  void anErrorWithoutDetailsStillSaysWhatHappened() {
    ApiException e = ApiException.from(404, List.of(), "DELETE", "/services/data/v66.0/sobjects/Lead/x");

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.getMessage()).contains("no error details");
  }
}
