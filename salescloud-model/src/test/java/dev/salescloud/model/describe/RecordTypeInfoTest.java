package dev.salescloud.model.describe;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.SalesforceId;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class RecordTypeInfoTest {
  @Test
  void roundTripsABusinessRecordType() {
    RecordTypeInfo info =
        assertRoundTrip(
            """
{"active":true,"available":false,"defaultRecordTypeMapping":false,
 "developerName":"Enterprise_Sale","master":false,"name":"Enterprise Sale",
 "recordTypeId":"0125f00000RtSalAAF",
 "urls":{"layout":"/services/data/v66.0/sobjects/Opportunity/describe/layouts/0125f00000RtSalAAF"}}
""",
            RecordTypeInfo.class);

    assertThat(info.recordTypeId()).isEqualTo(SalesforceId.of("0125f00000RtSal"));
    assertThat(info.available()).isFalse();
    assertThat(info.developerName()).contains("Enterprise_Sale");
  }

  @Test
  void readsARecordTypeOfAnOldApiVersionWithoutDeveloperName() {
    RecordTypeInfo info =
        read(
            "{\"available\":true,\"defaultRecordTypeMapping\":true,\"master\":true,\"name\":\"Master\","
                + "\"recordTypeId\":\"012000000000000AAA\"}",
            RecordTypeInfo.class);

    assertThat(info.developerName()).isEmpty();
    assertThat(info.master()).isTrue();
  }

  @Test
  void refusesAnIdOfAnotherObjectNamingTheField() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"name\":\"Master\",\"recordTypeId\":\"001D000000IqhSLIAZ\"}",
                    RecordTypeInfo.class))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("RecordTypeInfo.recordTypeId")
        .hasMessageContaining("001D000000IqhSLIAZ");
  }
}
