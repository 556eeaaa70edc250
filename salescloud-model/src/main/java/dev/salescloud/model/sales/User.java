package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.TypedRecord;
import dev.salescloud.model.TypedRecordBuilder;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A User (key prefix {@code 005}): a person who logs in to the org. Records point at users as
 * their owner ({@code OwnerId}, {@code Owner.Name}), creator and last modifier.
 *
 * <p>Most often a {@code User} is read, nested in another record or queried by itself:
 *
 * <pre>{@code
 * // SELECT Name, Owner.Name, Owner.Email FROM Contact
 * Optional<String> ownerEmail = contact.owner().flatMap(User::email);
 * }</pre>
 *
 * <p>A create needs {@code Username}, {@code LastName}, {@code Email}, {@code Alias}, {@code
 * TimeZoneSidKey}, {@code LocaleSidKey}, {@code EmailEncodingKey}, {@code LanguageLocaleKey} and
 * {@code ProfileId}; updates go through {@link UserPatch}. Users cannot be deleted, only
 * deactivated ({@code IsActive = false}). {@code Name}, {@code UserType}, {@code LastLoginDate}
 * and the photo urls are read-only.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableUser.class)
@JsonDeserialize(builder = User.Builder.class)
public abstract class User extends TypedRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "User";

  User() {}

  /** Always {@code "User"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }

  /** {@code Username}: the login, in the form of an email address. @return the username */
  @JsonProperty("Username")
  public abstract Optional<String> username();

  /** {@code Name}: the full name Salesforce derives; read-only. @return the name */
  @JsonProperty("Name")
  public abstract Optional<String> name();

  /** {@code FirstName}. @return the first name */
  @JsonProperty("FirstName")
  public abstract Optional<String> firstName();

  /** {@code LastName}; required on create. @return the last name */
  @JsonProperty("LastName")
  public abstract Optional<String> lastName();

  /** {@code Alias}: the short name shown in lists (at most 8 characters). @return the alias */
  @JsonProperty("Alias")
  public abstract Optional<String> alias();

  /** {@code Email}. @return the email address */
  @JsonProperty("Email")
  public abstract Optional<String> email();

  /** {@code Title}: the job title. @return the title */
  @JsonProperty("Title")
  public abstract Optional<String> title();

  /** {@code Department}. @return the department */
  @JsonProperty("Department")
  public abstract Optional<String> department();

  /** {@code Division}. @return the division */
  @JsonProperty("Division")
  public abstract Optional<String> division();

  /** {@code CompanyName}. @return the company name */
  @JsonProperty("CompanyName")
  public abstract Optional<String> companyName();

  /** {@code EmployeeNumber}. @return the employee number */
  @JsonProperty("EmployeeNumber")
  public abstract Optional<String> employeeNumber();

  /** {@code Phone}. @return the phone number */
  @JsonProperty("Phone")
  public abstract Optional<String> phone();

  /** {@code MobilePhone}. @return the mobile number */
  @JsonProperty("MobilePhone")
  public abstract Optional<String> mobilePhone();

  /** {@code IsActive}: whether the user can log in. @return the flag */
  @JsonProperty("IsActive")
  public abstract Optional<Boolean> isActive();

  /** {@code UserRoleId}: the user's place in the role hierarchy. @return the role's id */
  @JsonProperty("UserRoleId")
  public abstract Optional<SalesforceId> userRoleId();

  /**
   * {@code UserRole}: the role, when queried as a relationship ({@code UserRole.Name}); a
   * generic record, since {@code UserRole} has no typed model.
   *
   * @return the role record
   */
  @JsonProperty("UserRole")
  public abstract Optional<SObject> userRole();

  /** {@code ProfileId}: the profile granting the user's permissions. @return the profile's id */
  @JsonProperty("ProfileId")
  public abstract Optional<SalesforceId> profileId();

  /**
   * {@code Profile}: the profile, when queried as a relationship ({@code Profile.Name}); a generic
   * record, since {@code Profile} has no typed model.
   *
   * @return the profile record
   */
  @JsonProperty("Profile")
  public abstract Optional<SObject> profile();

  /** {@code ManagerId}: the user's manager, another user. @return the manager's id */
  @JsonProperty("ManagerId")
  public abstract Optional<SalesforceId> managerId();

  /**
   * {@code Manager}: the manager, when queried as a relationship ({@code Manager.Name});
   * read-only.
   *
   * @return the manager's user record
   */
  @JsonProperty("Manager")
  public abstract Optional<User> manager();

  /** {@code TimeZoneSidKey}, e.g. {@code America/Los_Angeles}. @return the time zone */
  @JsonProperty("TimeZoneSidKey")
  public abstract Optional<String> timeZoneSidKey();

  /** {@code LocaleSidKey}, e.g. {@code en_US}: formats of dates and numbers. @return the locale */
  @JsonProperty("LocaleSidKey")
  public abstract Optional<String> localeSidKey();

  /** {@code LanguageLocaleKey}, e.g. {@code en_US}: the UI language. @return the language */
  @JsonProperty("LanguageLocaleKey")
  public abstract Optional<String> languageLocaleKey();

  /** {@code EmailEncodingKey}, e.g. {@code UTF-8}. @return the email encoding */
  @JsonProperty("EmailEncodingKey")
  public abstract Optional<String> emailEncodingKey();

  /**
   * {@code UserType}: the license category, derived from the profile; read-only; standard values
   * in {@link UserType}.
   *
   * @return the user type
   */
  @JsonProperty("UserType")
  public abstract Optional<String> userType();

  /** {@code FederationIdentifier}: the id single sign-on matches. @return the federation id */
  @JsonProperty("FederationIdentifier")
  public abstract Optional<String> federationIdentifier();

  /** {@code LastLoginDate}; read-only. @return when the user last logged in */
  @JsonProperty("LastLoginDate")
  public abstract Optional<Instant> lastLoginDate();

  /** {@code SmallPhotoUrl}; read-only. @return the url of the profile photo thumbnail */
  @JsonProperty("SmallPhotoUrl")
  public abstract Optional<String> smallPhotoUrl();

  /** {@code FullPhotoUrl}; read-only. @return the url of the full-size profile photo */
  @JsonProperty("FullPhotoUrl")
  public abstract Optional<String> fullPhotoUrl();

  /** Keeps each lookup to an id of the object it points at. */
  @Value.Check
  protected void checkLookups() {
    managerId().ifPresent(id -> LookupIds.require(SOBJECT_TYPE, "ManagerId", id, SOBJECT_TYPE));
    userRoleId().ifPresent(id -> LookupIds.require(SOBJECT_TYPE, "UserRoleId", id, "UserRole"));
    profileId().ifPresent(id -> LookupIds.require(SOBJECT_TYPE, "ProfileId", id, "Profile"));
  }

  /**
   * A builder for a new user.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this user's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }


  /**
   * Builds a {@link User}. Besides a setter per field, it takes custom fields through {@link
   * #customField(String, Object)}.
   */
  public static final class Builder extends ImmutableUser.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}
  }

  /** Standard values of {@code User.UserType}, which Salesforce derives from the license. */
  public static final class UserType {
    /** An internal user with a Salesforce license. */
    public static final String STANDARD = "Standard";
    /** A partner community user. */
    public static final String POWER_PARTNER = "PowerPartner";
    /** A customer community plus user. */
    public static final String POWER_CUSTOMER_SUCCESS = "PowerCustomerSuccess";
    /** A customer community user. */
    public static final String CUSTOMER_SUCCESS = "CustomerSuccess";
    /** A high-volume customer portal user. */
    public static final String CSP_LITE_PORTAL = "CspLitePortal";
    /** A Chatter Free user. */
    public static final String CSN_ONLY = "CsnOnly";
    /** The guest user of a site. */
    public static final String GUEST = "Guest";

    private UserType() {}
  }
}
