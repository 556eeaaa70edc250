package dev.salescloud.model.sales;

import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Map;

/**
 * The changes to send in a User update: only what is set here is sent; {@link
 * Builder#clear(String)} sends JSON null to empty a field. Read-only fields ({@code Name}, {@code
 * UserType}, system fields) have no setter, and {@link Builder#set(String, Object)} refuses the
 * ones Salesforce always refuses.
 *
 * <pre>{@code
 * UserPatch patch = UserPatch.builder()
 *     .title("Account Executive")
 *     .managerId(managerId)
 *     .isActive(false)
 *     .build();
 * // {"Title":"Account Executive","ManagerId":"005...","IsActive":false}
 * }</pre>
 *
 * <p>Lookups ({@code ManagerId}, {@code UserRoleId}, {@code ProfileId}) take the id of the
 * object they point at, also when set by name; another object's id or a malformed one is refused
 * naming the field.
 */
public final class UserPatch extends RecordPatch {
  private static final Map<String, String> LOOKUPS =
      Map.of(
          "ManagerId", User.SOBJECT_TYPE,
          "UserRoleId", "UserRole",
          "ProfileId", "Profile");

  private UserPatch(Builder builder) {
    super(builder);
  }

  /**
   * A builder with no changes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserPatch}; each setter replaces an earlier change of the same field. */
  public static final class Builder extends RecordPatch.Builder<Builder> {
    private Builder() {
      super(User.SOBJECT_TYPE);
    }

    /** Lookup fields set by name take only ids of the object they look up. */
    @Override
    protected Object checkValue(String field, Object value) {
      return LookupIds.checkByName(User.SOBJECT_TYPE, LOOKUPS, field, value);
    }

    /**
     * Sets {@code Username}.
     *
     * @param value the login, in the form of an email address
     * @return this builder
     */
    public Builder username(String value) {
      return set("Username", value);
    }

    /** Sets {@code FirstName}. @param value the first name @return this builder */
    public Builder firstName(String value) {
      return set("FirstName", value);
    }

    /** Sets {@code LastName}. @param value the last name @return this builder */
    public Builder lastName(String value) {
      return set("LastName", value);
    }

    /** Sets {@code Alias}. @param value the alias, at most 8 characters @return this builder */
    public Builder alias(String value) {
      return set("Alias", value);
    }

    /** Sets {@code Email}. @param value the email address @return this builder */
    public Builder email(String value) {
      return set("Email", value);
    }

    /** Sets {@code Title}. @param value the job title @return this builder */
    public Builder title(String value) {
      return set("Title", value);
    }

    /** Sets {@code Department}. @param value the department @return this builder */
    public Builder department(String value) {
      return set("Department", value);
    }

    /** Sets {@code Division}. @param value the division @return this builder */
    public Builder division(String value) {
      return set("Division", value);
    }

    /** Sets {@code CompanyName}. @param value the company name @return this builder */
    public Builder companyName(String value) {
      return set("CompanyName", value);
    }

    /** Sets {@code EmployeeNumber}. @param value the employee number @return this builder */
    public Builder employeeNumber(String value) {
      return set("EmployeeNumber", value);
    }

    /** Sets {@code Phone}. @param value the phone number @return this builder */
    public Builder phone(String value) {
      return set("Phone", value);
    }

    /** Sets {@code MobilePhone}. @param value the mobile number @return this builder */
    public Builder mobilePhone(String value) {
      return set("MobilePhone", value);
    }

    /**
     * Sets {@code IsActive}; users are deactivated rather than deleted.
     *
     * @param value {@code false} to deactivate the user
     * @return this builder
     */
    public Builder isActive(boolean value) {
      return set("IsActive", value);
    }

    /**
     * Sets {@code ManagerId}.
     *
     * @param value the manager's user id
     * @return this builder
     * @throws InvalidArgumentException if the id is not an User id
     */
    public Builder managerId(SalesforceId value) {
      return set("ManagerId", value);
    }

    /**
     * Sets {@code UserRoleId}.
     *
     * @param value the role's id
     * @return this builder
     * @throws InvalidArgumentException if the id is not an UserRole id
     */
    public Builder userRoleId(SalesforceId value) {
      return set("UserRoleId", value);
    }

    /**
     * Sets {@code ProfileId}.
     *
     * @param value the profile's id
     * @return this builder
     * @throws InvalidArgumentException if the id is not a Profile id
     */
    public Builder profileId(SalesforceId value) {
      return set("ProfileId", value);
    }

    /** Sets {@code TimeZoneSidKey}. @param value e.g. {@code Europe/Paris} @return this builder */
    public Builder timeZoneSidKey(String value) {
      return set("TimeZoneSidKey", value);
    }

    /** Sets {@code LocaleSidKey}. @param value e.g. {@code fr_FR} @return this builder */
    public Builder localeSidKey(String value) {
      return set("LocaleSidKey", value);
    }

    /** Sets {@code LanguageLocaleKey}. @param value e.g. {@code fr} @return this builder */
    public Builder languageLocaleKey(String value) {
      return set("LanguageLocaleKey", value);
    }

    /** Sets {@code EmailEncodingKey}. @param value e.g. {@code UTF-8} @return this builder */
    public Builder emailEncodingKey(String value) {
      return set("EmailEncodingKey", value);
    }

    /**
     * Sets {@code FederationIdentifier}.
     *
     * @param value the single sign-on id
     * @return this builder
     */
    public Builder federationIdentifier(String value) {
      return set("FederationIdentifier", value);
    }

    /**
     * Builds the patch.
     *
     * @return the patch
     */
    public UserPatch build() {
      return new UserPatch(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
