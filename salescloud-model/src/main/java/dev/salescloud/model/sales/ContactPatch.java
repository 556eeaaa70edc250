package dev.salescloud.model.sales;

import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The changes to send in a Contact update: only what is set here is sent; {@link
 * Builder#clear(String)} sends JSON null to empty a field. Read-only fields ({@code Name}, the
 * compound {@code MailingAddress} and {@code OtherAddress}, {@code IsEmailBounced}, {@code
 * PhotoUrl}, system fields) have no setter, and {@link Builder#set(String, Object)} refuses them.
 *
 * <pre>{@code
 * ContactPatch patch = ContactPatch.builder()
 *     .title("VP Engineering")
 *     .accountId(newAccountId)
 *     .doNotCall(true)
 *     .clear("ReportsToId")
 *     .build();
 * // {"Title":"VP Engineering","AccountId":"001...","DoNotCall":true,"ReportsToId":null}
 * }</pre>
 *
 * <p>Lookups ({@code AccountId}, {@code ReportsToId}, {@code OwnerId}, {@code IndividualId})
 * take the id of the object they point at, also when set by name; another object's id or a
 * malformed one is refused naming the field.
 */
public final class ContactPatch extends RecordPatch {
  private static final Map<String, String> LOOKUPS =
      Map.of(
          "AccountId", Account.SOBJECT_TYPE,
          "ReportsToId", Contact.SOBJECT_TYPE,
          "OwnerId", User.SOBJECT_TYPE,
          "IndividualId", "Individual");

  private ContactPatch(Builder builder) {
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

  /** Builds a {@link ContactPatch}; each setter replaces an earlier change of the same field. */
  public static final class Builder extends RecordPatch.Builder<Builder> {
    private Builder() {
      super(Contact.SOBJECT_TYPE);
    }

    /** Lookup fields set by name take only ids of the object they look up. */
    @Override
    protected Object checkValue(String field, Object value) {
      return LookupIds.checkByName(Contact.SOBJECT_TYPE, LOOKUPS, field, value);
    }

    /**
     * Sets {@code AccountId}.
     *
     * @param value the account's id
     * @return this builder
     * @throws InvalidArgumentException if the id is not an Account id
     */
    public Builder accountId(SalesforceId value) {
      return set("AccountId", value);
    }

    /** Sets {@code Salutation}. @param value see {@link Contact.Salutation} @return this builder */
    public Builder salutation(String value) {
      return set("Salutation", value);
    }

    /** Sets {@code FirstName}. @param value the first name @return this builder */
    public Builder firstName(String value) {
      return set("FirstName", value);
    }

    /** Sets {@code MiddleName}. @param value the middle name @return this builder */
    public Builder middleName(String value) {
      return set("MiddleName", value);
    }

    /** Sets {@code LastName}. @param value the last name @return this builder */
    public Builder lastName(String value) {
      return set("LastName", value);
    }

    /** Sets {@code Suffix}. @param value the suffix @return this builder */
    public Builder suffix(String value) {
      return set("Suffix", value);
    }

    /** Sets {@code Title}. @param value the job title @return this builder */
    public Builder title(String value) {
      return set("Title", value);
    }

    /** Sets {@code Department}. @param value the department @return this builder */
    public Builder department(String value) {
      return set("Department", value);
    }

    /** Sets {@code Email}. @param value the email address @return this builder */
    public Builder email(String value) {
      return set("Email", value);
    }

    /** Sets {@code Phone}. @param value the phone number @return this builder */
    public Builder phone(String value) {
      return set("Phone", value);
    }

    /** Sets {@code MobilePhone}. @param value the mobile number @return this builder */
    public Builder mobilePhone(String value) {
      return set("MobilePhone", value);
    }

    /** Sets {@code HomePhone}. @param value the home phone number @return this builder */
    public Builder homePhone(String value) {
      return set("HomePhone", value);
    }

    /** Sets {@code OtherPhone}. @param value another phone number @return this builder */
    public Builder otherPhone(String value) {
      return set("OtherPhone", value);
    }

    /** Sets {@code Fax}. @param value the fax number @return this builder */
    public Builder fax(String value) {
      return set("Fax", value);
    }

    /** Sets {@code AssistantName}. @param value the assistant's name @return this builder */
    public Builder assistantName(String value) {
      return set("AssistantName", value);
    }

    /**
     * Sets {@code AssistantPhone}.
     *
     * @param value the assistant's phone number
     * @return this builder
     */
    public Builder assistantPhone(String value) {
      return set("AssistantPhone", value);
    }

    /** Sets {@code MailingStreet}. @param value the street @return this builder */
    public Builder mailingStreet(String value) {
      return set("MailingStreet", value);
    }

    /** Sets {@code MailingCity}. @param value the city @return this builder */
    public Builder mailingCity(String value) {
      return set("MailingCity", value);
    }

    /** Sets {@code MailingState}. @param value the state @return this builder */
    public Builder mailingState(String value) {
      return set("MailingState", value);
    }

    /** Sets {@code MailingStateCode}. @param value the state code @return this builder */
    public Builder mailingStateCode(String value) {
      return set("MailingStateCode", value);
    }

    /** Sets {@code MailingPostalCode}. @param value the postal code @return this builder */
    public Builder mailingPostalCode(String value) {
      return set("MailingPostalCode", value);
    }

    /** Sets {@code MailingCountry}. @param value the country @return this builder */
    public Builder mailingCountry(String value) {
      return set("MailingCountry", value);
    }

    /** Sets {@code MailingCountryCode}. @param value the country code @return this builder */
    public Builder mailingCountryCode(String value) {
      return set("MailingCountryCode", value);
    }

    /** Sets {@code MailingLatitude}. @param value degrees north @return this builder */
    public Builder mailingLatitude(double value) {
      return set("MailingLatitude", value);
    }

    /** Sets {@code MailingLongitude}. @param value degrees east @return this builder */
    public Builder mailingLongitude(double value) {
      return set("MailingLongitude", value);
    }

    /** Sets {@code MailingGeocodeAccuracy}. @param value the accuracy @return this builder */
    public Builder mailingGeocodeAccuracy(String value) {
      return set("MailingGeocodeAccuracy", value);
    }

    /**
     * Sets every mailing address component present in {@code address} ({@code MailingStreet},
     * {@code MailingCity}, ...); components the address lacks are left unchanged. The compound
     * {@code MailingAddress} itself is read-only.
     *
     * @param address the address
     * @return this builder
     * @throws InvalidArgumentException if {@code address} is null
     */
    public Builder mailingAddress(Address address) {
      InvalidArgumentException.requireNonNull(address, "address");
      address.street().ifPresent(this::mailingStreet);
      address.city().ifPresent(this::mailingCity);
      address.state().ifPresent(this::mailingState);
      address.stateCode().ifPresent(this::mailingStateCode);
      address.postalCode().ifPresent(this::mailingPostalCode);
      address.country().ifPresent(this::mailingCountry);
      address.countryCode().ifPresent(this::mailingCountryCode);
      address.latitude().ifPresent(this::mailingLatitude);
      address.longitude().ifPresent(this::mailingLongitude);
      address.geocodeAccuracy().ifPresent(this::mailingGeocodeAccuracy);
      return this;
    }

    /** Sets {@code OtherStreet}. @param value the street @return this builder */
    public Builder otherStreet(String value) {
      return set("OtherStreet", value);
    }

    /** Sets {@code OtherCity}. @param value the city @return this builder */
    public Builder otherCity(String value) {
      return set("OtherCity", value);
    }

    /** Sets {@code OtherState}. @param value the state @return this builder */
    public Builder otherState(String value) {
      return set("OtherState", value);
    }

    /** Sets {@code OtherStateCode}. @param value the state code @return this builder */
    public Builder otherStateCode(String value) {
      return set("OtherStateCode", value);
    }

    /** Sets {@code OtherPostalCode}. @param value the postal code @return this builder */
    public Builder otherPostalCode(String value) {
      return set("OtherPostalCode", value);
    }

    /** Sets {@code OtherCountry}. @param value the country @return this builder */
    public Builder otherCountry(String value) {
      return set("OtherCountry", value);
    }

    /** Sets {@code OtherCountryCode}. @param value the country code @return this builder */
    public Builder otherCountryCode(String value) {
      return set("OtherCountryCode", value);
    }

    /** Sets {@code OtherLatitude}. @param value degrees north @return this builder */
    public Builder otherLatitude(double value) {
      return set("OtherLatitude", value);
    }

    /** Sets {@code OtherLongitude}. @param value degrees east @return this builder */
    public Builder otherLongitude(double value) {
      return set("OtherLongitude", value);
    }

    /** Sets {@code OtherGeocodeAccuracy}. @param value the accuracy @return this builder */
    public Builder otherGeocodeAccuracy(String value) {
      return set("OtherGeocodeAccuracy", value);
    }

    /**
     * Sets every other address component present in {@code address} ({@code OtherStreet},
     * {@code OtherCity}, ...); components the address lacks are left unchanged. The compound
     * {@code OtherAddress} itself is read-only.
     *
     * @param address the address
     * @return this builder
     * @throws InvalidArgumentException if {@code address} is null
     */
    public Builder otherAddress(Address address) {
      InvalidArgumentException.requireNonNull(address, "address");
      address.street().ifPresent(this::otherStreet);
      address.city().ifPresent(this::otherCity);
      address.state().ifPresent(this::otherState);
      address.stateCode().ifPresent(this::otherStateCode);
      address.postalCode().ifPresent(this::otherPostalCode);
      address.country().ifPresent(this::otherCountry);
      address.countryCode().ifPresent(this::otherCountryCode);
      address.latitude().ifPresent(this::otherLatitude);
      address.longitude().ifPresent(this::otherLongitude);
      address.geocodeAccuracy().ifPresent(this::otherGeocodeAccuracy);
      return this;
    }

    /**
     * Sets {@code ReportsToId}.
     *
     * @param value the manager's contact id
     * @return this builder
     * @throws InvalidArgumentException if the id is not a Contact id
     */
    public Builder reportsToId(SalesforceId value) {
      return set("ReportsToId", value);
    }

    /** Sets {@code LeadSource}. @param value see {@link Lead.LeadSource} @return this builder */
    public Builder leadSource(String value) {
      return set("LeadSource", value);
    }

    /** Sets {@code Birthdate}. @param value the date of birth @return this builder */
    public Builder birthdate(LocalDate value) {
      return set("Birthdate", value);
    }

    /** Sets {@code HasOptedOutOfEmail}. @param value the flag @return this builder */
    public Builder hasOptedOutOfEmail(boolean value) {
      return set("HasOptedOutOfEmail", value);
    }

    /** Sets {@code HasOptedOutOfFax}. @param value the flag @return this builder */
    public Builder hasOptedOutOfFax(boolean value) {
      return set("HasOptedOutOfFax", value);
    }

    /** Sets {@code DoNotCall}. @param value the flag @return this builder */
    public Builder doNotCall(boolean value) {
      return set("DoNotCall", value);
    }

    /**
     * Sets {@code OwnerId}.
     *
     * @param value the owning user's id
     * @return this builder
     * @throws InvalidArgumentException if the id is not an User id
     */
    public Builder ownerId(SalesforceId value) {
      return set("OwnerId", value);
    }

    /** Sets {@code Description}. @param value the description @return this builder */
    public Builder description(String value) {
      return set("Description", value);
    }

    /** Sets {@code EmailBouncedReason}. @param value the reason @return this builder */
    public Builder emailBouncedReason(String value) {
      return set("EmailBouncedReason", value);
    }

    /** Sets {@code EmailBouncedDate}. @param value when email bounced @return this builder */
    public Builder emailBouncedDate(Instant value) {
      return set("EmailBouncedDate", value);
    }

    /**
     * Sets {@code IndividualId}.
     *
     * @param value the data-privacy record's id
     * @return this builder
     * @throws InvalidArgumentException if the id is not an Individual id
     */
    public Builder individualId(SalesforceId value) {
      return set("IndividualId", value);
    }

    /**
     * Builds the patch.
     *
     * @return the patch
     */
    public ContactPatch build() {
      return new ContactPatch(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
