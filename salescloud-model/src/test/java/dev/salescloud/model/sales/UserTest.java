package dev.salescloud.model.sales;

import static dev.salescloud.model.JsonAssertions.assertRoundTrip;
import static dev.salescloud.model.JsonAssertions.json;
import static dev.salescloud.model.JsonAssertions.read;
import static dev.salescloud.model.JsonAssertions.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserTest {
  static final SalesforceId SAM = SalesforceId.of("00558000001N0KeAAK");
  static final SalesforceId MANAGER = SalesforceId.of("00558000002Mgr1AAC");
  static final SalesforceId PROFILE = SalesforceId.of("00e58000000Prf1AAC");
  static final SalesforceId ROLE = SalesforceId.of("00E58000000Rol1EAC");

  /** {@code SELECT ..., Profile.Name, UserRole.Name, Manager.Name FROM User}. */
  static final String USER =
      """
      {"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},
       "Id":"00558000001N0KeAAK","Username":"sam.rep@acme.example.prod","Name":"Sam Rep",
       "FirstName":"Sam","LastName":"Rep","Alias":"srep","Email":"sam@acme.example",
       "Title":"Account Executive","Department":"Sales","Division":"EMEA","CompanyName":"Acme",
       "EmployeeNumber":"E-1042","Phone":"+44 20 7946 0000","MobilePhone":null,"IsActive":true,
       "UserRoleId":"00E58000000Rol1EAC",
       "UserRole":{"attributes":{"type":"UserRole","url":"/services/data/v66.0/sobjects/UserRole/00E58000000Rol1EAC"},
                   "Name":"EMEA Sales"},
       "ProfileId":"00e58000000Prf1AAC",
       "Profile":{"attributes":{"type":"Profile","url":"/services/data/v66.0/sobjects/Profile/00e58000000Prf1AAC"},
                  "Name":"Standard User"},
       "ManagerId":"00558000002Mgr1AAC",
       "Manager":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000002Mgr1AAC"},
                  "Name":"Mia Boss","Email":"mia@acme.example"},
       "TimeZoneSidKey":"Europe/London","LocaleSidKey":"en_GB","LanguageLocaleKey":"en_US",
       "EmailEncodingKey":"UTF-8","UserType":"Standard","FederationIdentifier":"sam.rep@acme.example",
       "LastLoginDate":"2026-11-23T07:58:12.000+0000",
       "SmallPhotoUrl":"https://acme.file.force.com/profilephoto/005/T","FullPhotoUrl":"https://acme.file.force.com/profilephoto/005/F",
       "CreatedDate":"2024-01-15T12:00:00.000+0000","SystemModstamp":"2026-11-23T07:58:12.000+0000",
       "LastPasswordChangeDate":"2026-09-01T10:00:00.000+0000","UserPermissionsMarketingUser":false,
       "acme__Quota__c":250000.00,"Region__c":"EMEA"}
      """;

  @Nested
  class ReadingJson {
    @Test
    void readsStandardFieldsIntoTypedAccessors() {
      User user = read(USER, User.class);

      assertThat(user.id()).contains(SAM);
      assertThat(user.sobjectType()).isEqualTo("User");
      assertThat(user.username()).contains("sam.rep@acme.example.prod");
      assertThat(user.name()).contains("Sam Rep");
      assertThat(user.firstName()).contains("Sam");
      assertThat(user.lastName()).contains("Rep");
      assertThat(user.alias()).contains("srep");
      assertThat(user.email()).contains("sam@acme.example");
      assertThat(user.title()).contains("Account Executive");
      assertThat(user.department()).contains("Sales");
      assertThat(user.division()).contains("EMEA");
      assertThat(user.companyName()).contains("Acme");
      assertThat(user.employeeNumber()).contains("E-1042");
      assertThat(user.phone()).contains("+44 20 7946 0000");
      assertThat(user.mobilePhone()).isEmpty();
      assertThat(user.isActive()).contains(true);
      assertThat(user.userRoleId()).contains(ROLE);
      assertThat(user.profileId()).contains(PROFILE);
      assertThat(user.managerId()).contains(MANAGER);
      assertThat(user.timeZoneSidKey()).contains("Europe/London");
      assertThat(user.localeSidKey()).contains("en_GB");
      assertThat(user.languageLocaleKey()).contains("en_US");
      assertThat(user.emailEncodingKey()).contains("UTF-8");
      assertThat(user.userType()).contains(User.UserType.STANDARD);
      assertThat(user.federationIdentifier()).contains("sam.rep@acme.example");
      assertThat(user.lastLoginDate()).contains(Instant.parse("2026-11-23T07:58:12Z"));
      assertThat(user.smallPhotoUrl()).contains("https://acme.file.force.com/profilephoto/005/T");
      assertThat(user.fullPhotoUrl()).contains("https://acme.file.force.com/profilephoto/005/F");
    }

    @Test
    void readsManagerAsAUserAndProfileAndRoleAsGenericRecords() {
      User user = read(USER, User.class);

      assertThat(user.manager().flatMap(User::name)).contains("Mia Boss");
      assertThat(user.manager().flatMap(User::email)).contains("mia@acme.example");
      SObject profile = user.profile().orElseThrow();
      assertThat(profile.sobjectType()).isEqualTo("Profile");
      assertThat(profile.get("Name", String.class)).contains("Standard User");
      assertThat(user.userRole().flatMap(r -> r.get("Name", String.class))).contains("EMEA Sales");
    }

    @Test
    void keepsCustomAndUnknownFields() {
      User user = read(USER, User.class);

      assertThat(user.customField("acme__Quota__c", BigDecimal.class))
          .contains(new BigDecimal("250000.00"));
      assertThat(user.customField("Region__c", String.class)).contains("EMEA");
      assertThat(user.otherFields())
          .containsOnlyKeys(
              "LastPasswordChangeDate", "UserPermissionsMarketingUser", "acme__Quota__c", "Region__c");
    }

    @Test
    void roundTripsAUserWithItsManagerProfileAndCustomFields() {
      assertRoundTrip(
          """
          {"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},
           "Id":"00558000001N0KeAAK","Username":"sam.rep@acme.example.prod","Name":"Sam Rep",
           "IsActive":false,"ProfileId":"00e58000000Prf1AAC",
           "Profile":{"attributes":{"type":"Profile","url":"/services/data/v66.0/sobjects/Profile/00e58000000Prf1AAC"},
                      "Name":"Standard User","PermissionsApiEnabled":true},
           "ManagerId":"00558000002Mgr1AAC",
           "Manager":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000002Mgr1AAC"},
                      "Name":"Mia Boss","Alias":"mboss"},
           "LastLoginDate":"2026-11-23T07:58:12.000+0000",
           "acme__Quota__c":250000.00,"Unmodelled_v70":[{"a":null}]}
          """,
          User.class);
    }

    @Test
    void readsTheOwnerNestedInAnotherRecordWithOnlyTheSelectedFields() {
      Contact contact =
          read(
              """
              {"attributes":{"type":"Contact"},"LastName":"Ng",
               "Owner":{"attributes":{"type":"User","url":"/services/data/v66.0/sobjects/User/00558000001N0KeAAK"},
                        "Alias":"srep","IsActive":true}}
              """,
              Contact.class);

      User owner = contact.owner().orElseThrow();
      assertThat(owner.alias()).contains("srep");
      assertThat(owner.isActive()).contains(true);
      assertThat(owner.id()).isEmpty();
      assertThat(owner.name()).isEmpty();
    }

    @Test
    void refusesLookupsHoldingMalformedOrForeignIdsNamingTheField() {
      assertThatThrownBy(() -> read("{\"ManagerId\":\"005!\"}", User.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("005!")
          .hasMessageContaining("\"ManagerId\"");
      assertThatThrownBy(() -> read("{\"ProfileId\":\"00E58000000Rol1EAC\"}", User.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("User.ProfileId = 00E58000000Rol1EAC is a UserRole id")
          .hasMessageContaining("looks up a Profile (ids starting with 00e)");
      assertThatThrownBy(() -> read("{\"UserRoleId\":\"00e58000000Prf1AAC\"}", User.class))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("User.UserRoleId = 00e58000000Prf1AAC is a Profile id");
    }
  }

  @Nested
  class Creating {
    @Test
    void sendsTheFieldsAUserCreateNeeds() {
      User user =
          User.builder()
              .username("new.rep@acme.example.prod")
              .lastName("Rep")
              .email("new.rep@acme.example")
              .alias("nrep")
              .timeZoneSidKey("Europe/Paris")
              .localeSidKey("fr_FR")
              .emailEncodingKey("UTF-8")
              .languageLocaleKey("fr")
              .profileId(PROFILE)
              .build();

      assertThat(user.toCreateFields())
          .containsOnly(
              entry("Username", json("\"new.rep@acme.example.prod\"")),
              entry("LastName", json("\"Rep\"")),
              entry("Email", json("\"new.rep@acme.example\"")),
              entry("Alias", json("\"nrep\"")),
              entry("TimeZoneSidKey", json("\"Europe/Paris\"")),
              entry("LocaleSidKey", json("\"fr_FR\"")),
              entry("EmailEncodingKey", json("\"UTF-8\"")),
              entry("LanguageLocaleKey", json("\"fr\"")),
              entry("ProfileId", json("\"00e58000000Prf1AAC\"")));
    }

    @Test
    void refusesTheIdTheNameAndNestedRecords() {
      assertThatThrownBy(() -> read(USER, User.class).toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("User.Id is read-only");
      assertThatThrownBy(() -> User.builder().lastName("Rep").name("Sam Rep").build().toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("User.Name is read-only");
      User manager = read(USER, User.class).manager().orElseThrow();
      assertThatThrownBy(() -> User.builder().lastName("Rep").manager(manager).build().toCreateFields())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("User.Manager is a related record");
    }

    @Test
    void refusesAManagerThatIsNotAUserWhenBuilt() {
      assertThatThrownBy(() -> User.builder().managerId(PROFILE).build())
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("User.ManagerId = 00e58000000Prf1AAC is a Profile id")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("User.ManagerId");
    }

    @Test
    void toStringShowsNoPersonalData() {
      assertThat(read(USER, User.class).toString())
          .startsWith("User{00558000001N0KeAAK, fields=[")
          .contains("Email", "Manager")
          .doesNotContain("sam@acme.example", "Sam Rep", "Mia", "EMEA", "250000");
    }
  }

  @Nested
  class Patching {
    @Test
    void distinguishesSetClearedAndUnsetFields() {
      UserPatch patch =
          UserPatch.builder()
              .title("Account Executive")
              .managerId(MANAGER)
              .isActive(false)
              .clear("Department")
              .set("acme__Quota__c", new BigDecimal("300000.00"))
              .build();

      assertThat(write(patch))
          .isEqualTo(
              "{\"Title\":\"Account Executive\",\"ManagerId\":\"00558000002Mgr1AAC\","
                  + "\"IsActive\":false,\"Department\":null,\"acme__Quota__c\":300000.00}");
      assertThat(patch.clearedFields()).containsExactly("Department");
      assertThat(patch.sobjectType()).isEqualTo("User");
    }

    @Test
    void sendsEveryScalarSetterUnderItsApiName() {
      UserPatch patch =
          UserPatch.builder()
              .username("u")
              .firstName("f")
              .lastName("l")
              .alias("a")
              .email("e")
              .department("d")
              .division("v")
              .companyName("c")
              .employeeNumber("n")
              .phone("p")
              .mobilePhone("m")
              .userRoleId(ROLE)
              .profileId(PROFILE)
              .timeZoneSidKey("Europe/Paris")
              .localeSidKey("fr_FR")
              .languageLocaleKey("fr")
              .emailEncodingKey("UTF-8")
              .federationIdentifier("sso")
              .build();

      assertThat(patch.fields().keySet())
          .containsExactly(
              "Username", "FirstName", "LastName", "Alias", "Email", "Department", "Division",
              "CompanyName", "EmployeeNumber", "Phone", "MobilePhone", "UserRoleId", "ProfileId",
              "TimeZoneSidKey", "LocaleSidKey", "LanguageLocaleKey", "EmailEncodingKey",
              "FederationIdentifier");
    }

    @Test
    void refusesReadOnlyFieldsNamingThem() {
      assertThatThrownBy(() -> UserPatch.builder().set("Name", "Sam Rep"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("User.Name is read-only")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("User.Name");
      assertThatThrownBy(() -> UserPatch.builder().clear("Id"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("User.Id is read-only");
    }

    @Test
    void refusesMalformedOrForeignIdsInLookupsNamingTheField() {
      assertThatThrownBy(() -> UserPatch.builder().set("ManagerId", "sam.rep@acme.example"))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("User.ManagerId looks up a User")
          .hasMessageContaining("sam.rep@acme.example")
          .extracting(e -> ((InvalidArgumentException) e).argument())
          .isEqualTo("User.ManagerId");
      assertThatThrownBy(() -> UserPatch.builder().profileId(ROLE))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("User.ProfileId = 00E58000000Rol1EAC is a UserRole id");
      assertThatThrownBy(() -> UserPatch.builder().managerId(null))
          .isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("User.ManagerId must not be null")
          .hasMessageContaining("clear it");
    }
  }
}
