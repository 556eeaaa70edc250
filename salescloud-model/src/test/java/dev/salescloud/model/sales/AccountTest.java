package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.query.QueryResult;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountTest {
  static final SalesforceId ACME = SalesforceId.of("001D000000IqhSLIAZ");
  static final SalesforceId HOLDINGS = SalesforceId.of("0011Y00003HVMu4QAH");
  static final SalesforceId ACME_WEST = SalesforceId.of("001RO000004Acm2YAC");
  static final SalesforceId OWNER = SalesforceId.of("00558000001N0KeAAK");
  static final SalesforceId ADA = SalesforceId.of("003RO000005Ng01YAC");

  /** {@code SELECT ..., Parent.Name, Owner.Name, Owner.Alias, (SELECT ... FROM Contacts), ...}. */
  static final String ACCOUNT_WITH_RELATIONSHIPS =
      """
      {"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"},
       "Id":"001D000000IqhSLIAZ","IsDeleted":false,"MasterRecordId":null,"Name":"Acme Corporation",
       "Type":"Customer - Direct","ParentId":"0011Y00003HVMu4QAH",
       "Parent":{"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/0011Y00003HVMu4QAH"},
                 "Name":"Acme Holdings"},
       "BillingStreet":"621 West 6th Avenue","BillingCity":"Anchorage","BillingState":"AK",
       "BillingPostalCode":"99501","BillingCountry":"US","BillingLatitude":61.217061,
       "BillingLongitude":-149.894342,"BillingGeocodeAccuracy":"Address",
       "BillingAddress":{"city":"Anchorage","country":"US","geocodeAccuracy":"Address","latitude":61.217061,
                         "longitude":-149.894342,"postalCode":"99501","state":"AK","street":"621 West 6th Avenue"},
       "ShippingStreet":null,"ShippingCity":null,"ShippingState":null,"ShippingPostalCode":null,
       "ShippingCountry":null,"ShippingLatitude":null,"ShippingLongitude":null,
       "ShippingGeocodeAccuracy":null,"ShippingAddress":null,
       "Phone":"(907) 555-0100","Fax":null,"Website":"www.acme.example","AccountNumber":"CD656092",
       "Site":"Anchorage HQ","Industry":"Manufacturing","AnnualRevenue":12500000.00,
       "NumberOfEmployees":5400,"Ownership":"Public","Rating":"Hot","AccountSource":"Web",
       "Sic":"3541","SicDesc":"Machine Tools","TickerSymbol":"ACME","Description":null,
       "OwnerId":"00558000001N0KeAAK",
       "Owner":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},
                "Name":"Sam Rep","Alias":"srep"},
       "CreatedDate":"2026-03-01T09:15:00.000+0000","CreatedById":"00558000001N0KeAAK",
       "LastModifiedDate":"2026-11-02T10:00:00.000+0000","LastModifiedById":"00558000001N0KeAAK",
       "SystemModstamp":"2026-11-02T10:00:00.000+0000","LastActivityDate":"2026-11-20",
       "LastViewedDate":"2026-11-21T08:00:00.000+0000","PhotoUrl":"/services/images/photo/001D000000IqhSLIAZ",
       "Region__c":"West","acme__Tier__c":"Gold","acme__Credit_Limit__c":250000.00,
       "Contacts":{"totalSize":2,"done":true,"records":[
         {"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO000005Ng01YAC"},
          "Id":"003RO000005Ng01YAC","LastName":"Ng","Email":"ada@acme.example"},
         {"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO000005Bo03YAC"},
          "Id":"003RO000005Bo03YAC","LastName":"Bo","Email":null}]},
       "ChildAccounts":{"totalSize":1,"done":true,"records":[
         {"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001RO000004Acm2YAC"},
          "Id":"001RO000004Acm2YAC","Name":"Acme West","Contacts":null}]},
       "Opportunities":null}
      """;

  @Nested
  class ReadingJson {
    @Test
    void readsStandardFieldsIntoTypedAccessors() {
      Account account = read(ACCOUNT_WITH_RELATIONSHIPS, Account.class);

      assertThat(account.id()).contains(ACME);
      assertThat(account.sobjectType()).isEqualTo("Account");
      assertThat(account.name()).contains("Acme Corporation");
      assertThat(account.type()).contains(Account.Type.CUSTOMER_DIRECT);
      assertThat(account.parentId()).contains(HOLDINGS);
      assertThat(account.industry()).contains(Industry.MANUFACTURING);
      assertThat(account.annualRevenue()).contains(new BigDecimal("12500000.00"));
      assertThat(account.numberOfEmployees()).contains(5400);
      assertThat(account.ownership()).contains(Account.Ownership.PUBLIC);
      assertThat(account.rating()).contains(Lead.Rating.HOT);
      assertThat(account.accountSource()).contains(Lead.LeadSource.WEB);
      assertThat(account.sic()).contains("3541");
      assertThat(account.sicDesc()).contains("Machine Tools");
      assertThat(account.tickerSymbol()).contains("ACME");
      assertThat(account.site()).contains("Anchorage HQ");
      assertThat(account.accountNumber()).contains("CD656092");
      assertThat(account.fax()).isEmpty();
      assertThat(account.description()).isEmpty();
      assertThat(account.masterRecordId()).isEmpty();
      assertThat(account.ownerId()).contains(OWNER);
      assertThat(account.lastActivityDate()).contains(LocalDate.of(2026, 11, 20));
      assertThat(account.photoUrl()).contains("/services/images/photo/001D000000IqhSLIAZ");
      assertThat(account.createdDate()).contains(Instant.parse("2026-03-01T09:15:00Z"));
      assertThat(account.systemModstamp()).contains(Instant.parse("2026-11-02T10:00:00Z"));
    }

    @Test
    void readsAddressComponentsAndTheCompoundAddress() {
      Account account = read(ACCOUNT_WITH_RELATIONSHIPS, Account.class);

      assertThat(account.billingStreet()).contains("621 West 6th Avenue");
      assertThat(account.billingLatitude()).contains(61.217061);
      assertThat(account.billingLongitude()).contains(-149.894342);
      assertThat(account.billingGeocodeAccuracy()).contains("Address");
      assertThat(account.billingAddress())
          .contains(
              Address.builder()
                  .city("Anchorage")
                  .country("US")
                  .geocodeAccuracy("Address")
                  .latitude(61.217061)
                  .longitude(-149.894342)
                  .postalCode("99501")
                  .state("AK")
                  .street("621 West 6th Avenue")
                  .build());
      assertThat(account.shippingStreet()).isEmpty();
      assertThat(account.shippingAddress()).isEmpty();
    }

    @Test
    void readsStateAndCountryCodesOfPicklistOrgs() {
      Account account =
          read(
              """
              {"attributes":{"type":"Account"},"BillingState":"Alaska","BillingStateCode":"AK",
               "BillingCountry":"United States","BillingCountryCode":"US",
               "ShippingStateCode":"BC","ShippingCountryCode":"CA",
               "BillingAddress":{"city":"Anchorage","country":"United States","countryCode":"US",
                                 "state":"Alaska","stateCode":"AK"}}
              """,
              Account.class);

      assertThat(account.billingStateCode()).contains("AK");
      assertThat(account.billingCountryCode()).contains("US");
      assertThat(account.shippingStateCode()).contains("BC");
      assertThat(account.shippingCountryCode()).contains("CA");
      assertThat(account.billingAddress().flatMap(Address::stateCode)).contains("AK");
      assertThat(account.billingAddress().flatMap(Address::countryCode)).contains("US");
    }

    @Test
    void readsParentAndOwnerAsNestedRecords() {
      Account account = read(ACCOUNT_WITH_RELATIONSHIPS, Account.class);

      assertThat(account.parent().flatMap(Account::name)).contains("Acme Holdings");
      assertThat(account.parent().flatMap(Account::attributes).map(a -> a.type())).contains("Account");
      assertThat(account.owner().flatMap(User::name)).contains("Sam Rep");
      assertThat(account.owner().flatMap(User::alias)).contains("srep");
    }

    @Test
    void readsChildRelationshipsAsQueryResults() {
      Account account = read(ACCOUNT_WITH_RELATIONSHIPS, Account.class);

      QueryResult<Contact> contacts = account.contacts().orElseThrow();
      assertThat(contacts.totalSize()).isEqualTo(2);
      assertThat(contacts.done()).isTrue();
      assertThat(contacts.records()).extracting(Contact::id)
          .containsExactly(
              java.util.Optional.of(ADA), java.util.Optional.of(SalesforceId.of("003RO000005Bo03YAC")));
      assertThat(contacts.records().get(0).email()).contains("ada@acme.example");
      assertThat(contacts.records().get(1).email()).isEmpty();

      QueryResult<Account> children = account.childAccounts().orElseThrow();
      assertThat(children.records()).singleElement()
          .satisfies(child -> {
            assertThat(child.id()).contains(ACME_WEST);
            assertThat(child.name()).contains("Acme West");
            assertThat(child.contacts()).isEmpty();
          });
    }

    @Test
    void readsAChildRelationshipWithoutChildrenAsEmpty() {
      Account account = read(ACCOUNT_WITH_RELATIONSHIPS, Account.class);

      assertThat(account.opportunities()).isEmpty();
      assertThat(account.otherFields()).doesNotContainKey("Opportunities");
    }

    @Test
    void readsOpportunitiesAsGenericRecordsThatMapToATypedOne() {
      Account account =
          read(
              """
              {"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"},
               "Id":"001D000000IqhSLIAZ",
               "Opportunities":{"totalSize":1,"done":true,"records":[
                 {"attributes":{"type":"Opportunity","url":"/services/data/v66.0/sobjects/Opportunity/006RO000009Opp1YAC"},
                  "Id":"006RO000009Opp1YAC","Name":"Acme - 50 seats","Amount":60000.00,
                  "CloseDate":"2026-12-15","StageName":"Negotiation/Review"}]}}
              """,
              Account.class);

      SObject opportunity = account.opportunities().orElseThrow().records().get(0);
      assertThat(opportunity.sobjectType()).isEqualTo("Opportunity");
      assertThat(opportunity.get("Amount", BigDecimal.class)).contains(new BigDecimal("60000.00"));
      assertThat(opportunity.get("CloseDate", LocalDate.class)).contains(LocalDate.of(2026, 12, 15));
    }

    @Test
    void readsAPagedChildRelationship() {
      Account account =
          read(
              """
              {"attributes":{"type":"Account"},"Id":"001D000000IqhSLIAZ",
               "Contacts":{"totalSize":2500,"done":false,
                           "nextRecordsUrl":"/services/data/v66.0/query/01gD0000002HU6KIAW-2000",
                           "records":[{"attributes":{"type":"Contact"},"LastName":"Ng"}]}}
              """,
              Account.class);

      QueryResult<Contact> contacts = account.contacts().orElseThrow();
      assertThat(contacts.totalSize()).isEqualTo(2500);
      assertThat(contacts.done()).isFalse();
      assertThat(contacts.nextRecordsUrl())
          .contains("/services/data/v66.0/query/01gD0000002HU6KIAW-2000");
    }

    @Test
    void keepsCustomAndUnknownFieldsExactly() {
      Account account = read(ACCOUNT_WITH_RELATIONSHIPS, Account.class);

      assertThat(account.customField("Region__c", String.class)).contains("West");
      assertThat(account.customField("acme__Tier__c", String.class)).contains("Gold");
      assertThat(account.customField("acme__Credit_Limit__c", BigDecimal.class))
          .contains(new BigDecimal("250000.00"));
      assertThat(account.otherField("LastViewedDate")).map(JsonNode::asText)
          .contains("2026-11-21T08:00:00.000+0000");
      assertThat(account.otherFields())
          .containsOnlyKeys("LastViewedDate", "Region__c", "acme__Tier__c", "acme__Credit_Limit__c");
      JsonNode written = json(write(account));
      assertThat(written.get("acme__Credit_Limit__c").decimalValue()).isEqualByComparingTo("250000.00");
      assertThat(written.get("LastViewedDate").asText()).isEqualTo("2026-11-21T08:00:00.000+0000");
    }

    @Test
    void roundTripsAnAccountWithParentOwnerChildrenAndCustomFields() {
      Account account =
          assertRoundTrip(
              """
              {"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"},
               "Id":"001D000000IqhSLIAZ","Name":"Acme Corporation","ParentId":"0011Y00003HVMu4QAH",
               "Parent":{"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/0011Y00003HVMu4QAH"},
                         "Name":"Acme Holdings"},
               "BillingCity":"Anchorage","BillingLatitude":61.217061,
               "BillingAddress":{"city":"Anchorage","latitude":61.217061},
               "AnnualRevenue":12500000.50,"OwnerId":"00558000001N0KeAAK",
               "Owner":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},
                        "Name":"Sam Rep"},
               "CreatedDate":"2026-03-01T09:15:00.000+0000","LastActivityDate":"2026-11-20",
               "Contacts":{"totalSize":1,"done":true,"records":[
                 {"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO000005Ng01YAC"},
                  "Id":"003RO000005Ng01YAC","LastName":"Ng","Score__c":87.50}]},
               "ChildAccounts":{"totalSize":0,"done":true,"records":[]},
               "Opportunities":{"totalSize":1,"done":true,"records":[
                 {"attributes":{"type":"Opportunity"},"Name":"Acme - 50 seats","Amount":60000.00,"Custom__c":null}]},
               "acme__Tier__c":"Gold","Unmodelled_v70":{"nested":[1,2.50,null]}}
              """,
              Account.class);

      assertThat(account.childAccounts().map(QueryResult::records)).contains(List.of());
    }

    @Test
    void refusesMoneyThatOverflowsNamingTheFieldAndValue() {
      assertThatThrownBy(() -> read("{\"AnnualRevenue\":12345678901234567.00}", Account.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Account.AnnualRevenue")
          .hasMessageContaining("12345678901234567.00");
    }

    @Test
    void refusesOverflowingMoneyInANestedParent() {
      assertThatThrownBy(
              () ->
                  read(
                      "{\"Name\":\"Acme\",\"Parent\":{\"attributes\":{\"type\":\"Account\"},"
                          + "\"AnnualRevenue\":1e20}}",
                      Account.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Account.AnnualRevenue")
          .hasMessageContaining("100000000000000000000");
    }

    @Test
    void refusesAMalformedParentIdNamingTheField() {
      assertThatThrownBy(() -> read("{\"ParentId\":\"001D000000IqhS\"}", Account.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("001D000000IqhS")
          .hasMessageContaining("\"ParentId\"");
    }

    @Test
    void refusesALookupHoldingAnotherObjectsIdNamingTheField() {
      assertThatThrownBy(() -> read("{\"ParentId\":\"00558000001N0KeAAK\"}", Account.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Account.ParentId = 00558000001N0KeAAK is a User id")
          .hasMessageContaining("starting with 001");
      assertThatThrownBy(() -> read("{\"OwnerId\":\"001D000000IqhSLIAZ\"}", Account.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Account.OwnerId = 001D000000IqhSLIAZ is an Account id")
          .hasMessageContaining("looks up a User");
    }

    @Test
    void refusesAChildRelationshipThatIsNotAQueryResult() {
      assertThatThrownBy(() -> read("{\"Contacts\":[{\"LastName\":\"Ng\"}]}", Account.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Contacts");
    }
  }

  @Nested
  class Building {
    @Test
    void checksMoneyAndLookupsWhenBuilt() {
      assertThatThrownBy(
              () -> Account.builder().name("Acme").annualRevenue(new BigDecimal("-1e16")).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.AnnualRevenue = -10000000000000000")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Account.AnnualRevenue");
      assertThatThrownBy(() -> Account.builder().name("Acme").ownerId(ADA).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.OwnerId = " + ADA + " is a Contact id")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Account.OwnerId");
    }

    @Test
    void acceptsAmountsUpToSixteenIntegerDigits() {
      Random random = new Random(20261124L);
      for (int i = 0; i < 200; i++) {
        int digits = 1 + random.nextInt(16);
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
        text.append(1 + random.nextInt(9));
        for (int d = 1; d < digits; d++) {
          text.append(random.nextInt(10));
        }
        text.append('.').append(random.nextInt(10)).append(random.nextInt(10));
        BigDecimal amount = new BigDecimal(text.toString());

        Account account = Account.builder().annualRevenue(amount).build();
        Account back = read(write(account), Account.class);

        assertThat(back.annualRevenue()).as(text.toString()).contains(amount);
        assertThat(AccountPatch.builder().annualRevenue(amount).build().fields().get("AnnualRevenue"))
            .isEqualTo(json(amount.toPlainString()));
      }
    }

    @Test
    void toBuilderDerivesAChangedCopy() {
      Account account = read(ACCOUNT_WITH_RELATIONSHIPS, Account.class);

      Account renamed = account.toBuilder().name("Acme Inc.").build();

      assertThat(renamed.name()).contains("Acme Inc.");
      assertThat(renamed.contacts()).isEqualTo(account.contacts());
      assertThat(renamed.otherFields()).isEqualTo(account.otherFields());
    }

    @Test
    void toStringNamesFieldsAndCountsChildrenButShowsNoValues() {
      Account account = read(ACCOUNT_WITH_RELATIONSHIPS, Account.class);

      String text = account.toString();

      assertThat(text)
          .startsWith("Account{001D000000IqhSLIAZ, fields=[")
          .contains("Name", "BillingAddress", "Contacts[2]", "ChildAccounts[1]", "acme__Tier__c")
          .doesNotContain("Acme Corporation", "Anchorage", "ada@acme.example", "Gold", "12500000");
    }
  }

  @Nested
  class Creating {
    @Test
    void sendsOnlyTheFieldsThatWereSetWithAddressesAsComponents() {
      Account account =
          Account.builder()
              .name("Acme Corporation")
              .type(Account.Type.PROSPECT)
              .parentId(HOLDINGS)
              .billingAddressFields(
                  Address.builder().street("1 Main St").city("Springfield").stateCode("IL").build())
              .shippingAddressFields(Address.builder().countryCode("US").latitude(39.78).build())
              .annualRevenue(new BigDecimal("1250000.50"))
              .customField("acme__Tier__c", "Gold")
              .build();

      assertThat(account.toCreateFields())
          .containsExactly(
              entry("Name", json("\"Acme Corporation\"")),
              entry("Type", json("\"Prospect\"")),
              entry("ParentId", json("\"0011Y00003HVMu4QAH\"")),
              entry("BillingStreet", json("\"1 Main St\"")),
              entry("BillingCity", json("\"Springfield\"")),
              entry("BillingStateCode", json("\"IL\"")),
              entry("ShippingCountryCode", json("\"US\"")),
              entry("ShippingLatitude", json("39.78")),
              entry("AnnualRevenue", json("1250000.50")),
              entry("acme__Tier__c", json("\"Gold\"")));
    }

    @Test
    void refusesTheIdOfARecordReadBack() {
      Account read = read(ACCOUNT_WITH_RELATIONSHIPS, Account.class);

      assertThatThrownBy(read::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.Id is read-only");
    }

    @Test
    void refusesTheCompoundAddresses() {
      Address address = Address.builder().city("Anchorage").build();

      assertThatThrownBy(
              () -> Account.builder().name("Acme").billingAddress(address).build().toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.BillingAddress is read-only")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Account.BillingAddress");
      assertThatThrownBy(
              () -> Account.builder().name("Acme").shippingAddress(address).build().toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.ShippingAddress is read-only");
    }

    @Test
    void refusesANestedParentReadFromSalesforce() {
      Account account =
          read(
              """
              {"attributes":{"type":"Account"},"Name":"Acme",
               "Parent":{"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/0011Y00003HVMu4QAH"},
                         "Name":"Acme Holdings"}}
              """,
              Account.class);

      assertThatThrownBy(account::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.Parent is a related record")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Account.Parent");
    }

    @Test
    void refusesChildRelationships() {
      Contact ada = Contact.builder().lastName("Ng").build();

      assertThatThrownBy(
              () ->
                  Account.builder()
                      .name("Acme")
                      .contacts(QueryResult.of(List.of(ada)))
                      .build()
                      .toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.Contacts is a child relationship");
    }

    @Test
    void refusesReadOnlyFieldsKeptAsOtherFields() {
      Account read = read(ACCOUNT_WITH_RELATIONSHIPS, Account.class);
      Account withoutSystemFields =
          Account.builder()
              .name("Acme")
              .putOtherField("LastViewedDate", read.otherField("LastViewedDate").orElseThrow())
              .build();

      assertThatThrownBy(withoutSystemFields::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.LastViewedDate is read-only");
    }
  }

  @Nested
  class Patching {
    @Test
    void distinguishesSetClearedAndUnsetFields() {
      AccountPatch patch =
          AccountPatch.builder()
              .name("Acme Inc.")
              .type(Account.Type.CUSTOMER_CHANNEL)
              .industry(Industry.ENERGY)
              .numberOfEmployees(5500)
              .clear("Site")
              .set("acme__Tier__c", "Platinum")
              .clear("Region__c")
              .build();

      assertThat(write(patch))
          .isEqualTo(
              "{\"Name\":\"Acme Inc.\",\"Type\":\"Customer - Channel\",\"Industry\":\"Energy\","
                  + "\"NumberOfEmployees\":5500,\"Site\":null,\"acme__Tier__c\":\"Platinum\","
                  + "\"Region__c\":null}");
      assertThat(patch.clearedFields()).containsExactly("Site", "Region__c");
      assertThat(patch.sobjectType()).isEqualTo("Account");
    }

    @Test
    void sendsTheComponentsOfAnAddressAndLeavesTheOthersUnchanged() {
      AccountPatch patch =
          AccountPatch.builder()
              .billingAddress(
                  Address.builder()
                      .street("2 Main St")
                      .city("Springfield")
                      .latitude(39.78)
                      .geocodeAccuracy("Street")
                      .build())
              .shippingAddress(Address.builder().countryCode("CA").stateCode("BC").build())
              .build();

      assertThat(json(write(patch)))
          .isEqualTo(
              json(
                  """
                  {"BillingStreet":"2 Main St","BillingCity":"Springfield","BillingLatitude":39.78,
                   "BillingGeocodeAccuracy":"Street","ShippingStateCode":"BC","ShippingCountryCode":"CA"}
                  """));
    }

    @Test
    void sendsEveryScalarSetterUnderItsApiName() {
      AccountPatch patch =
          AccountPatch.builder()
              .parentId(HOLDINGS)
              .phone("1")
              .fax("2")
              .website("w")
              .accountNumber("n")
              .ownership(Account.Ownership.PRIVATE)
              .rating(Lead.Rating.WARM)
              .accountSource(Lead.LeadSource.PARTNER_REFERRAL)
              .sic("3541")
              .sicDesc("d")
              .tickerSymbol("T")
              .description("x")
              .ownerId(OWNER)
              .billingLongitude(-1.5)
              .shippingPostalCode("99501")
              .build();

      assertThat(patch.fields().keySet())
          .containsExactly(
              "ParentId", "Phone", "Fax", "Website", "AccountNumber", "Ownership", "Rating",
              "AccountSource", "Sic", "SicDesc", "TickerSymbol", "Description", "OwnerId",
              "BillingLongitude", "ShippingPostalCode");
      assertThat(patch.fields().get("ParentId")).isEqualTo(json("\"0011Y00003HVMu4QAH\""));
    }

    @Test
    void refusesMoneyThatOverflowsNamingFieldAndValue() {
      assertThatThrownBy(
              () -> AccountPatch.builder().annualRevenue(new BigDecimal("99999999999999999.99")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.AnnualRevenue = 99999999999999999.99")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Account.AnnualRevenue");
    }

    @Test
    void refusesReadOnlyFieldsNamingThem() {
      assertThatThrownBy(() -> AccountPatch.builder().set("BillingAddress", json("{}")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.BillingAddress is read-only");
      assertThatThrownBy(() -> AccountPatch.builder().clear("PhotoUrl"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.PhotoUrl is read-only");
      assertThatThrownBy(() -> AccountPatch.builder().set("LastActivityDate", LocalDate.now()))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.LastActivityDate is read-only");
    }

    @Test
    void refusesMalformedOrForeignIdsInLookupsNamingTheField() {
      assertThatThrownBy(() -> AccountPatch.builder().set("ParentId", "001-not-an-id"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.ParentId")
          .hasMessageContaining("001-not-an-id")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Account.ParentId");
      assertThatThrownBy(() -> AccountPatch.builder().set("ownerid", "001D000000IqhSL"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.ownerid = 001D000000IqhSLIAZ is an Account id");
      assertThatThrownBy(() -> AccountPatch.builder().parentId(OWNER))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Account.ParentId = 00558000001N0KeAAK is a User id");
      assertThatThrownBy(() -> AccountPatch.builder().parentId(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("clear it");
    }

    @Test
    void sendsALookupIdGivenAsTextInItsEighteenCharacterForm() {
      AccountPatch patch = AccountPatch.builder().set("ParentId", "0011Y00003HVMu4").build();

      assertThat(write(patch)).isEqualTo("{\"ParentId\":\"0011Y00003HVMu4QAH\"}");
    }

    @Test
    void refusesANullAddress() {
      assertThatThrownBy(() -> AccountPatch.builder().billingAddress(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("address");
      assertThatThrownBy(() -> Account.builder().shippingAddressFields(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("address");
    }
  }
}
