package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.MAPPER;
import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.MultiPicklist;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.query.QueryResult;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContactTest {
  static final SalesforceId ADA = SalesforceId.of("003RO000005Ng01YAC");
  static final SalesforceId BO = SalesforceId.of("003RO000005Bo03YAC");
  static final SalesforceId ACME = SalesforceId.of("001D000000IqhSLIAZ");
  static final SalesforceId OWNER = SalesforceId.of("00558000001N0KeAAK");
  static final SalesforceId INDIVIDUAL = SalesforceId.of("0PK58000000Ind1GAC");

  /** {@code SELECT ..., Account.Name, Account.Industry, Owner.Name, ReportsTo.Name FROM Contact}. */
  static final String CONTACT_WITH_PARENTS =
      """
      {"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO000005Ng01YAC"},
       "Id":"003RO000005Ng01YAC","IsDeleted":false,"MasterRecordId":null,
       "AccountId":"001D000000IqhSLIAZ",
       "Account":{"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"},
                  "Name":"Acme Corporation","Industry":"Manufacturing","AnnualRevenue":12500000.00},
       "LastName":"Ng","FirstName":"Ada","Salutation":"Dr.","MiddleName":null,"Suffix":null,
       "Name":"Dr. Ada Ng","Title":"CTO","Department":"Engineering",
       "MailingStreet":"1 Main St\\nSuite 200","MailingCity":"Springfield","MailingState":"Illinois",
       "MailingStateCode":"IL","MailingPostalCode":"62701","MailingCountry":"United States",
       "MailingCountryCode":"US","MailingLatitude":null,"MailingLongitude":null,
       "MailingGeocodeAccuracy":null,
       "MailingAddress":{"city":"Springfield","country":"United States","countryCode":"US",
                         "geocodeAccuracy":null,"latitude":null,"longitude":null,"postalCode":"62701",
                         "state":"Illinois","stateCode":"IL","street":"1 Main St\\nSuite 200"},
       "OtherStreet":null,"OtherCity":"Chicago","OtherAddress":{"city":"Chicago"},
       "Phone":"+1 217 555 0100","Fax":null,"MobilePhone":"+1 217 555 0199","HomePhone":null,
       "OtherPhone":null,"AssistantName":"Lin","AssistantPhone":"+1 217 555 0101",
       "ReportsToId":"003RO000005Bo03YAC",
       "ReportsTo":{"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO000005Bo03YAC"},
                    "Name":"Bo Chen"},
       "Email":"ada@acme.example","HasOptedOutOfEmail":false,"HasOptedOutOfFax":true,"DoNotCall":false,
       "LeadSource":"Partner Referral","Birthdate":"1985-12-10","Description":null,
       "OwnerId":"00558000001N0KeAAK",
       "Owner":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},
                "Name":"Sam Rep","Email":"sam@acme.example"},
       "CreatedDate":"2026-03-01T09:15:00.000+0000","CreatedById":"00558000001N0KeAAK",
       "LastModifiedDate":"2026-11-02T10:00:00.000+0000","LastModifiedById":"00558000001N0KeAAK",
       "SystemModstamp":"2026-11-02T10:00:00.000+0000","LastActivityDate":"2026-11-20",
       "LastCURequestDate":null,"LastCUUpdateDate":null,"LastViewedDate":null,
       "EmailBouncedReason":"550 mailbox unavailable","EmailBouncedDate":"2026-10-30T17:03:11.000+0000",
       "IsEmailBounced":true,"PhotoUrl":"/services/images/photo/003RO000005Ng01YAC",
       "Jigsaw":null,"JigsawContactId":null,"IndividualId":"0PK58000000Ind1GAC",
       "Languages__c":"English;French","acme__Influence__c":4.5,"acme__Budget__c":99999999999999.99}
      """;

  /** A contact whose lookups are empty: Salesforce sends the relationship as JSON null. */
  static final String PRIVATE_CONTACT =
      """
      {"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO000005Bo03YAC"},
       "Id":"003RO000005Bo03YAC","AccountId":null,"Account":null,"ReportsToId":null,"ReportsTo":null,
       "LastName":"Chen","FirstName":"Bo","Name":"Bo Chen",
       "OwnerId":"00558000001N0KeAAK",
       "Owner":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},
                "Name":"Sam Rep"}}
      """;

  @Nested
  class ReadingJson {
    @Test
    void readsStandardFieldsIntoTypedAccessors() {
      Contact contact = read(CONTACT_WITH_PARENTS, Contact.class);

      assertThat(contact.id()).contains(ADA);
      assertThat(contact.sobjectType()).isEqualTo("Contact");
      assertThat(contact.accountId()).contains(ACME);
      assertThat(contact.salutation()).contains(Contact.Salutation.DR);
      assertThat(contact.firstName()).contains("Ada");
      assertThat(contact.middleName()).isEmpty();
      assertThat(contact.lastName()).contains("Ng");
      assertThat(contact.name()).contains("Dr. Ada Ng");
      assertThat(contact.title()).contains("CTO");
      assertThat(contact.department()).contains("Engineering");
      assertThat(contact.email()).contains("ada@acme.example");
      assertThat(contact.phone()).contains("+1 217 555 0100");
      assertThat(contact.mobilePhone()).contains("+1 217 555 0199");
      assertThat(contact.homePhone()).isEmpty();
      assertThat(contact.assistantName()).contains("Lin");
      assertThat(contact.assistantPhone()).contains("+1 217 555 0101");
      assertThat(contact.reportsToId()).contains(BO);
      assertThat(contact.leadSource()).contains(Lead.LeadSource.PARTNER_REFERRAL);
      assertThat(contact.birthdate()).contains(LocalDate.of(1985, 12, 10));
      assertThat(contact.hasOptedOutOfEmail()).contains(false);
      assertThat(contact.hasOptedOutOfFax()).contains(true);
      assertThat(contact.doNotCall()).contains(false);
      assertThat(contact.ownerId()).contains(OWNER);
      assertThat(contact.emailBouncedReason()).contains("550 mailbox unavailable");
      assertThat(contact.emailBouncedDate()).contains(Instant.parse("2026-10-30T17:03:11Z"));
      assertThat(contact.isEmailBounced()).contains(true);
      assertThat(contact.photoUrl()).contains("/services/images/photo/003RO000005Ng01YAC");
      assertThat(contact.lastActivityDate()).contains(LocalDate.of(2026, 11, 20));
      assertThat(contact.masterRecordId()).isEmpty();
      assertThat(contact.individualId()).contains(INDIVIDUAL);
      assertThat(contact.lastModifiedById()).contains(OWNER);
    }

    @Test
    void readsMailingAndOtherAddresses() {
      Contact contact = read(CONTACT_WITH_PARENTS, Contact.class);

      assertThat(contact.mailingStreet()).contains("1 Main St\nSuite 200");
      assertThat(contact.mailingStateCode()).contains("IL");
      assertThat(contact.mailingCountryCode()).contains("US");
      assertThat(contact.mailingLatitude()).isEmpty();
      assertThat(contact.mailingAddress().flatMap(Address::street)).contains("1 Main St\nSuite 200");
      assertThat(contact.mailingAddress().flatMap(Address::stateCode)).contains("IL");
      assertThat(contact.mailingAddress().flatMap(Address::latitude)).isEmpty();
      assertThat(contact.otherStreet()).isEmpty();
      assertThat(contact.otherCity()).contains("Chicago");
      assertThat(contact.otherAddress()).contains(Address.builder().city("Chicago").build());
    }

    @Test
    void readsParentRecordsNestedWithTheirOwnFields() {
      Contact contact = read(CONTACT_WITH_PARENTS, Contact.class);

      Account account = contact.account().orElseThrow();
      assertThat(account.name()).contains("Acme Corporation");
      assertThat(account.industry()).contains(Industry.MANUFACTURING);
      assertThat(account.annualRevenue()).contains(new BigDecimal("12500000.00"));
      assertThat(account.id()).isEmpty();
      assertThat(account.attributes().flatMap(a -> a.url()))
          .contains("/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ");
      assertThat(contact.owner().flatMap(User::name)).contains("Sam Rep");
      assertThat(contact.owner().flatMap(User::email)).contains("sam@acme.example");
      assertThat(contact.reportsTo().flatMap(Contact::name)).contains("Bo Chen");
    }

    @Test
    void readsAnEmptyLookupAsAnEmptyRelationship() {
      Contact contact = read(PRIVATE_CONTACT, Contact.class);

      assertThat(contact.accountId()).isEmpty();
      assertThat(contact.account()).isEmpty();
      assertThat(contact.reportsTo()).isEmpty();
      assertThat(contact.otherFields()).isEmpty();
      assertThat(contact.owner().flatMap(User::name)).contains("Sam Rep");
    }

    @Test
    void readsContactsOfAQueryResultPage() throws Exception {
      QueryResult<Contact> page =
          MAPPER.readValue(
              """
              {"totalSize":3222,"done":false,
               "nextRecordsUrl":"/services/data/v66.0/query/01gRO0000016PIAYA2-500",
               "records":[{"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO0000035WQgYAM"},
                           "Id":"003RO0000035WQgYAM","Name":"John Smith","Account":null}]}
              """,
              new TypeReference<QueryResult<Contact>>() {});

      assertThat(page.records()).singleElement()
          .satisfies(c -> {
            assertThat(c.name()).contains("John Smith");
            assertThat(c.account()).isEmpty();
          });
    }

    @Test
    void keepsCustomNamespacedAndUnknownFields() {
      Contact contact = read(CONTACT_WITH_PARENTS, Contact.class);

      assertThat(contact.customField("Languages__c", MultiPicklist.class))
          .contains(MultiPicklist.of("English", "French"));
      assertThat(contact.customField("acme__Influence__c", BigDecimal.class))
          .contains(new BigDecimal("4.5"));
      assertThat(contact.customField("acme__Budget__c", BigDecimal.class))
          .contains(new BigDecimal("99999999999999.99"));
      assertThat(contact.otherFields())
          .containsOnlyKeys(
              "LastCURequestDate", "LastCUUpdateDate", "LastViewedDate", "Jigsaw", "JigsawContactId",
              "Languages__c", "acme__Influence__c", "acme__Budget__c");
      assertThat(contact.otherField("jigsawcontactid")).map(JsonNode::isNull).contains(true);
      JsonNode written = json(write(contact));
      assertThat(written.get("LastCURequestDate").isNull()).isTrue();
      assertThat(written.get("acme__Budget__c").decimalValue())
          .isEqualByComparingTo("99999999999999.99");
    }

    @Test
    void roundTripsAContactWithNestedParentsAndCustomFields() {
      assertRoundTrip(
          """
          {"attributes":{"type":"Contact","url":"/services/data/v66.0/sobjects/Contact/003RO000005Ng01YAC"},
           "Id":"003RO000005Ng01YAC","AccountId":"001D000000IqhSLIAZ",
           "Account":{"attributes":{"type":"Account","url":"/services/data/v66.0/sobjects/Account/001D000000IqhSLIAZ"},
                      "Name":"Acme Corporation",
                      "Owner":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},
                               "Alias":"srep"}},
           "LastName":"Ng","Name":"Ada Ng","MailingCity":"Springfield","MailingLatitude":39.78,
           "MailingAddress":{"city":"Springfield","latitude":39.78},
           "Birthdate":"1985-12-10","EmailBouncedDate":"2026-10-30T17:03:11.000+0000",
           "OwnerId":"00558000001N0KeAAK",
           "Owner":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},
                    "Name":"Sam Rep"},
           "Languages__c":"English;French","acme__Influence__c":4.50,"acme__Blank__c":null}
          """,
          Contact.class);
    }

    @Test
    void refusesAMalformedLookupIdNamingTheField() {
      assertThatThrownBy(() -> read("{\"AccountId\":\"001D000000IqhSLXYZ\"}", Contact.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("001D000000IqhSLXYZ")
          .hasMessageContaining("\"AccountId\"");
      assertThatThrownBy(
              () ->
                  read(
                      "{\"Account\":{\"attributes\":{\"type\":\"Account\"},\"Id\":\"001-bad\"}}",
                      Contact.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("001-bad")
          .hasMessageContaining("[\"Account\"]")
          .hasMessageContaining("[\"Id\"]");
    }

    @Test
    void refusesALookupHoldingAnotherObjectsIdNamingTheField() {
      assertThatThrownBy(() -> read("{\"AccountId\":\"00558000001N0KeAAK\"}", Contact.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Contact.AccountId = 00558000001N0KeAAK is a User id")
          .hasMessageContaining("looks up an Account (ids starting with 001)");
      assertThatThrownBy(() -> read("{\"ReportsToId\":\"001D000000IqhSLIAZ\"}", Contact.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Contact.ReportsToId = 001D000000IqhSLIAZ is an Account id");
      assertThatThrownBy(() -> read("{\"IndividualId\":\"003RO000005Ng01YAC\"}", Contact.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Contact.IndividualId = 003RO000005Ng01YAC is a Contact id")
          .hasMessageContaining("looks up an Individual;");
    }

    @Test
    void refusesOverflowingMoneyOfTheNestedAccountNamingTheField() {
      assertThatThrownBy(
              () ->
                  read(
                      "{\"Account\":{\"attributes\":{\"type\":\"Account\"},"
                          + "\"AnnualRevenue\":-12345678901234567}}",
                      Contact.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Account.AnnualRevenue = -12345678901234567");
    }

    @Test
    void refusesABirthdateThatIsADatetimeNamingTheField() {
      assertThatThrownBy(() -> read("{\"Birthdate\":\"1985-12-10T00:00:00.000+0000\"}", Contact.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("Birthdate");
    }
  }

  @Nested
  class Creating {
    @Test
    void sendsOnlyTheFieldsThatWereSet() {
      Contact contact =
          Contact.builder()
              .accountId(ACME)
              .firstName("Ada")
              .lastName("Ng")
              .email("ada@acme.example")
              .birthdate(LocalDate.of(1985, 12, 10))
              .doNotCall(true)
              .mailingAddressFields(
                  Address.builder().street("1 Main St").city("Springfield").countryCode("US").build())
              .otherAddressFields(Address.builder().city("Chicago").build())
              .customField("acme__Influence__c", new BigDecimal("4.5"))
              .build();

      assertThat(contact.toCreateFields())
          .containsExactly(
              entry("AccountId", json("\"001D000000IqhSLIAZ\"")),
              entry("FirstName", json("\"Ada\"")),
              entry("LastName", json("\"Ng\"")),
              entry("Email", json("\"ada@acme.example\"")),
              entry("MailingStreet", json("\"1 Main St\"")),
              entry("MailingCity", json("\"Springfield\"")),
              entry("MailingCountryCode", json("\"US\"")),
              entry("OtherCity", json("\"Chicago\"")),
              entry("Birthdate", json("\"1985-12-10\"")),
              entry("DoNotCall", json("true")),
              entry("acme__Influence__c", json("4.5")));
    }

    @Test
    void refusesTheDerivedName() {
      assertThatThrownBy(
              () -> Contact.builder().lastName("Ng").name("Ada Ng").build().toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.Name is read-only")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Contact.Name");
    }

    @Test
    void refusesTheIdAndTheCompoundAddresses() {
      assertThatThrownBy(() -> read(PRIVATE_CONTACT, Contact.class).toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.Id is read-only");
      assertThatThrownBy(
              () ->
                  Contact.builder()
                      .lastName("Ng")
                      .mailingAddress(Address.builder().city("Springfield").build())
                      .build()
                      .toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.MailingAddress is read-only");
      assertThatThrownBy(
              () -> Contact.builder().lastName("Ng").isEmailBounced(true).build().toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.IsEmailBounced is read-only");
    }

    @Test
    void refusesNestedParentRecordsReadFromSalesforce() {
      Contact read = read(CONTACT_WITH_PARENTS, Contact.class);
      Contact copy =
          Contact.builder()
              .lastName("Ng")
              .account(read.account().orElseThrow())
              .build();

      assertThatThrownBy(copy::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.Account is a related record")
          .hasMessageContaining("AccountId")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Contact.Account");
      Contact withOwner =
          Contact.builder().lastName("Ng").owner(read.owner().orElseThrow()).build();
      assertThatThrownBy(withOwner::toCreateFields)
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.Owner is a related record");
    }

    @Test
    void sendsAParentGivenByExternalIdAsAReference() {
      Contact contact =
          Contact.builder()
              .lastName("Ng")
              .account(Account.builder().customField("Erp_Number__c", "ERP-0042").build())
              .build();

      assertThat(contact.toCreateFields())
          .containsOnly(
              entry("LastName", json("\"Ng\"")),
              entry("Account", json("{\"Erp_Number__c\":\"ERP-0042\"}")));
    }

    @Test
    void refusesLookupsToTheWrongObjectWhenBuilt() {
      assertThatThrownBy(() -> Contact.builder().lastName("Ng").accountId(ADA).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.AccountId = 003RO000005Ng01YAC is a Contact id")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Contact.AccountId");
      assertThatThrownBy(() -> Contact.builder().lastName("Ng").ownerId(ACME).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.OwnerId = 001D000000IqhSLIAZ is an Account id");
    }

    @Test
    void toStringShowsNoPersonalData() {
      Contact contact = read(CONTACT_WITH_PARENTS, Contact.class);

      assertThat(contact.toString())
          .startsWith("Contact{003RO000005Ng01YAC, fields=[")
          .contains("Email", "Account", "Birthdate")
          .doesNotContain("ada@acme.example", "Dr. Ada Ng", "1985", "Springfield", "Acme", "4.5");
    }
  }

  @Nested
  class Patching {
    @Test
    void distinguishesSetClearedAndUnsetFields() {
      ContactPatch patch =
          ContactPatch.builder()
              .title("VP Engineering")
              .accountId(ACME)
              .doNotCall(true)
              .birthdate(LocalDate.of(1985, 12, 10))
              .clear("ReportsToId")
              .set("acme__Influence__c", new BigDecimal("5.0"))
              .clear("Languages__c")
              .build();

      assertThat(write(patch))
          .isEqualTo(
              "{\"Title\":\"VP Engineering\",\"AccountId\":\"001D000000IqhSLIAZ\",\"DoNotCall\":true,"
                  + "\"Birthdate\":\"1985-12-10\",\"ReportsToId\":null,\"acme__Influence__c\":5.0,"
                  + "\"Languages__c\":null}");
      assertThat(patch.clearedFields()).containsExactly("ReportsToId", "Languages__c");
    }

    @Test
    void sendsAddressComponents() {
      ContactPatch patch =
          ContactPatch.builder()
              .mailingAddress(Address.builder().street("2 Main St").postalCode("62702").build())
              .otherAddress(Address.builder().city("Chicago").longitude(-87.62).build())
              .build();

      assertThat(write(patch))
          .isEqualTo(
              "{\"MailingStreet\":\"2 Main St\",\"MailingPostalCode\":\"62702\","
                  + "\"OtherCity\":\"Chicago\",\"OtherLongitude\":-87.62}");
    }

    @Test
    void sendsEveryScalarSetterUnderItsApiName() {
      ContactPatch patch =
          ContactPatch.builder()
              .salutation(Contact.Salutation.MS)
              .firstName("a")
              .middleName("b")
              .lastName("c")
              .suffix("d")
              .department("e")
              .email("f")
              .phone("g")
              .mobilePhone("h")
              .homePhone("i")
              .otherPhone("j")
              .fax("k")
              .assistantName("l")
              .assistantPhone("m")
              .reportsToId(BO)
              .leadSource(Lead.LeadSource.WEB)
              .hasOptedOutOfEmail(true)
              .hasOptedOutOfFax(false)
              .ownerId(OWNER)
              .description("n")
              .emailBouncedReason("o")
              .emailBouncedDate(Instant.parse("2026-10-30T17:03:11Z"))
              .individualId(INDIVIDUAL)
              .build();

      assertThat(patch.fields().keySet())
          .containsExactly(
              "Salutation", "FirstName", "MiddleName", "LastName", "Suffix", "Department", "Email",
              "Phone", "MobilePhone", "HomePhone", "OtherPhone", "Fax", "AssistantName",
              "AssistantPhone", "ReportsToId", "LeadSource", "HasOptedOutOfEmail",
              "HasOptedOutOfFax", "OwnerId", "Description", "EmailBouncedReason",
              "EmailBouncedDate", "IndividualId");
      assertThat(patch.fields().get("EmailBouncedDate"))
          .isEqualTo(json("\"2026-10-30T17:03:11.000+0000\""));
    }

    @Test
    void refusesReadOnlyFieldsNamingThem() {
      assertThatThrownBy(() -> ContactPatch.builder().set("Name", "Ada Ng"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.Name is read-only");
      assertThatThrownBy(() -> ContactPatch.builder().clear("OtherAddress"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.OtherAddress is read-only");
      assertThatThrownBy(() -> ContactPatch.builder().set("IsEmailBounced", false))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.IsEmailBounced is read-only");
    }

    @Test
    void refusesMalformedOrForeignIdsInLookupsNamingTheField() {
      assertThatThrownBy(() -> ContactPatch.builder().set("AccountId", "12345"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.AccountId looks up an Account")
          .hasMessageContaining("'12345'")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("Contact.AccountId");
      assertThatThrownBy(() -> ContactPatch.builder().set("ReportsToId", json("\"001D000000IqhSL\"")))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.ReportsToId = 001D000000IqhSLIAZ is an Account id");
      assertThatThrownBy(() -> ContactPatch.builder().ownerId(ACME))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("Contact.OwnerId = 001D000000IqhSLIAZ is an Account id")
          .hasMessageContaining("looks up a User (ids starting with 005)");
    }

    @Test
    void clearingALookupNeedsNoId() {
      ContactPatch patch = ContactPatch.builder().clear("AccountId").clear("OwnerId").build();

      assertThat(write(patch)).isEqualTo("{\"AccountId\":null,\"OwnerId\":null}");
    }

    @Test
    void aLookupSetByIdTextIsSentAsTheEighteenCharacterId() {
      ContactPatch patch = ContactPatch.builder().set("AccountId", "001D000000IqhSL").build();

      assertThat(patch.fields()).containsExactly(entry("AccountId", json("\"001D000000IqhSLIAZ\"")));
    }
  }
}
