package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.client.LoopbackServer.Answer;
import dev.salescloud.client.LoopbackServer.Recorded;
import dev.salescloud.client.sobject.ConversionCheck;
import dev.salescloud.client.sobject.ConversionReadiness;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.sales.LeadConvert;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConversionReadinessTest extends LoopbackTest {
  static final SalesforceId LEAD = SalesforceId.of("00Q5f00000AbcdeEAB");
  static final SalesforceId QUEUE = SalesforceId.of("00G5f00000AbcdeEAB");
  static final SalesforceId USER = SalesforceId.of("005D000000IqhSLIAZ");

  static String records(String... records) {
    return "{\"totalSize\":" + records.length + ",\"done\":true,\"records\":["
        + String.join(",", records) + "]}";
  }

  static String lead(String owner, String company, String email) {
    return "{\"attributes\":{\"type\":\"Lead\"},\"Id\":\"" + LEAD.value() + "\",\"Company\":"
        + (company == null ? "null" : "\"" + company + "\"") + ",\"LastName\":\"Ng\",\"Email\":"
        + (email == null ? "null" : "\"" + email + "\"") + ",\"OwnerId\":\"" + owner
        + "\",\"IsConverted\":false,\"Status\":\"Working - Contacted\"}";
  }

  static final String STATUSES = records(
      "{\"attributes\":{\"type\":\"LeadStatus\"},\"ApiName\":\"Closed - Converted\","
          + "\"MasterLabel\":\"Closed - Converted\",\"SortOrder\":3,\"IsDefault\":false}",
      "{\"attributes\":{\"type\":\"LeadStatus\"},\"ApiName\":\"Qualified\","
          + "\"MasterLabel\":\"Qualified\",\"SortOrder\":4,\"IsDefault\":true}");

  /** Answers the lead, status, account and contact queries. */
  void answer(String lead) {
    server.dispatch(r -> {
      String soql = soql(r);
      if (soql.contains("FROM Lead ")) {
        return Answer.json(200, records(lead));
      }
      if (soql.contains("FROM LeadStatus")) {
        return Answer.json(200, STATUSES);
      }
      return Answer.json(200, records());
    });
  }

  static String soql(Recorded r) {
    return URLDecoder.decode(r.rawQuery().substring(2), StandardCharsets.UTF_8);
  }

  @Nested
  class Queries {
    @Test
    void readsTheLeadStatusesAccountsAndContactsWithEscapedValuesInFourQueries() {
      answer(lead(USER.value(), "O'Brien & Sons, Inc.", "ada@obrien.example"));

      ConversionReadiness ready = sf.leads().checkConversion(LEAD);

      List<Recorded> requests = server.takeAll();
      assertThat(requests).extracting(Recorded::method).containsOnly("GET");
      assertThat(requests).extracting(ConversionReadinessTest::soql).containsExactly(
          "SELECT Id, Company, LastName, Email, OwnerId, IsConverted, Status FROM Lead"
              + " WHERE Id = '" + LEAD.value() + "' LIMIT 1",
          "SELECT ApiName, MasterLabel, SortOrder, IsDefault FROM LeadStatus"
              + " WHERE IsConverted = true ORDER BY SortOrder",
          "SELECT Id, Name FROM Account WHERE Name = 'O\\'Brien & Sons, Inc.'"
              + " OR Name LIKE 'O\\'Brien%' ORDER BY Name LIMIT 200",
          "SELECT Id, Name, Email, AccountId FROM Contact WHERE Email = 'ada@obrien.example'"
              + " LIMIT 200");
      assertThat(ready.ready()).isTrue();
      assertThat(ready.convertedStatuses()).containsExactly("Closed - Converted", "Qualified");
      assertThat(ready.defaultConvertedStatus()).contains("Qualified");
    }
  }

  @Nested
  class Owners {
    @Test
    void failsForALeadAQueueOwnsUnlessTheConversionNamesAnOwner() {
      answer(lead(QUEUE.value(), "Acme", null));

      ConversionReadiness alone = sf.leads().checkConversion(LEAD);
      ConversionReadiness withOwner = sf.leads().checkConversion(
          LeadConvert.builder().leadId(LEAD).convertedStatus("Closed - Converted").ownerId(USER).build());

      ConversionCheck owner = alone.check(ConversionCheck.OWNER).orElseThrow();
      assertThat(owner.passed()).isFalse();
      assertThat(owner.blocking()).isTrue();
      assertThat(owner.message()).contains("queue (" + QUEUE.value() + ")", "LeadConvert.ownerId");
      assertThat(alone.ready()).isFalse();
      assertThat(withOwner.ready()).isTrue();
      assertThat(withOwner.check(ConversionCheck.CONVERTED_STATUS).orElseThrow().message())
          .isEqualTo("'Closed - Converted' is a converted lead status");
    }

    @Test
    void failsForALeadWithoutCompanyAndSkipsTheAccountQuery() {
      answer(lead(USER.value(), null, null));

      ConversionReadiness ready = sf.leads().checkConversion(LEAD);

      ConversionCheck required = ready.check(ConversionCheck.REQUIRED_FIELDS).orElseThrow();
      assertThat(required.passed()).isFalse();
      assertThat(required.message()).contains("no Company");
      assertThat(ready.check(ConversionCheck.MATCHING_CONTACTS).orElseThrow().message())
          .isEqualTo("The lead has no email to match contacts by");
      assertThat(server.requestCount()).isEqualTo(2);
      assertThat(ready.toString()).doesNotContain("Ng").contains("failures=[requiredFields]");
    }
  }
}
