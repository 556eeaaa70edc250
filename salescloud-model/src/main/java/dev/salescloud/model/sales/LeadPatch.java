package dev.salescloud.model.sales;

import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SalesforceId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The changes to send in a Lead update: only what is set here is sent; {@link
 * Builder#clear(String)} sends JSON null to empty a field. Read-only fields ({@code Name}, {@code
 * IsConverted}, the {@code Converted*} fields, system fields) have no setter, and {@link
 * Builder#set(String, Object)} refuses them.
 *
 * <pre>{@code
 * LeadPatch patch = LeadPatch.builder()
 *     .status(Lead.Status.WORKING_CONTACTED)
 *     .rating(Lead.Rating.HOT)
 *     .clear("Title")
 *     .build();
 * }</pre>
 */
public final class LeadPatch extends RecordPatch {
  private LeadPatch(Builder builder) {
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

  /** Builds a {@link LeadPatch}; each setter replaces an earlier change of the same field. */
  public static final class Builder extends RecordPatch.Builder<Builder> {
    private Builder() {
      super(Lead.SOBJECT_TYPE);
    }

    /** Sets {@code Salutation}. @param value the salutation @return this builder */
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

    /** Sets {@code Company}. @param value the company @return this builder */
    public Builder company(String value) {
      return set("Company", value);
    }

    /** Sets {@code Street}. @param value the street @return this builder */
    public Builder street(String value) {
      return set("Street", value);
    }

    /** Sets {@code City}. @param value the city @return this builder */
    public Builder city(String value) {
      return set("City", value);
    }

    /** Sets {@code State}. @param value the state @return this builder */
    public Builder state(String value) {
      return set("State", value);
    }

    /** Sets {@code StateCode}. @param value the state code @return this builder */
    public Builder stateCode(String value) {
      return set("StateCode", value);
    }

    /** Sets {@code PostalCode}. @param value the postal code @return this builder */
    public Builder postalCode(String value) {
      return set("PostalCode", value);
    }

    /** Sets {@code Country}. @param value the country @return this builder */
    public Builder country(String value) {
      return set("Country", value);
    }

    /** Sets {@code CountryCode}. @param value the country code @return this builder */
    public Builder countryCode(String value) {
      return set("CountryCode", value);
    }

    /**
     * Sets every address component present in {@code address} ({@code Street}, {@code City},
     * ...); components the address lacks are left unchanged.
     *
     * @param address the address
     * @return this builder
     */
    public Builder address(Address address) {
      address.street().ifPresent(this::street);
      address.city().ifPresent(this::city);
      address.state().ifPresent(this::state);
      address.stateCode().ifPresent(this::stateCode);
      address.postalCode().ifPresent(this::postalCode);
      address.country().ifPresent(this::country);
      address.countryCode().ifPresent(this::countryCode);
      address.latitude().ifPresent(v -> set("Latitude", v));
      address.longitude().ifPresent(v -> set("Longitude", v));
      address.geocodeAccuracy().ifPresent(v -> set("GeocodeAccuracy", v));
      return this;
    }

    /** Sets {@code Phone}. @param value the phone number @return this builder */
    public Builder phone(String value) {
      return set("Phone", value);
    }

    /** Sets {@code MobilePhone}. @param value the mobile number @return this builder */
    public Builder mobilePhone(String value) {
      return set("MobilePhone", value);
    }

    /** Sets {@code Fax}. @param value the fax number @return this builder */
    public Builder fax(String value) {
      return set("Fax", value);
    }

    /** Sets {@code Email}. @param value the email address @return this builder */
    public Builder email(String value) {
      return set("Email", value);
    }

    /** Sets {@code Website}. @param value the website @return this builder */
    public Builder website(String value) {
      return set("Website", value);
    }

    /** Sets {@code Description}. @param value the description @return this builder */
    public Builder description(String value) {
      return set("Description", value);
    }

    /** Sets {@code LeadSource}. @param value see {@link Lead.LeadSource} @return this builder */
    public Builder leadSource(String value) {
      return set("LeadSource", value);
    }

    /** Sets {@code Status}. @param value see {@link Lead.Status} @return this builder */
    public Builder status(String value) {
      return set("Status", value);
    }

    /** Sets {@code Industry}. @param value see {@link Industry} @return this builder */
    public Builder industry(String value) {
      return set("Industry", value);
    }

    /** Sets {@code Rating}. @param value see {@link Lead.Rating} @return this builder */
    public Builder rating(String value) {
      return set("Rating", value);
    }

    /**
     * Sets {@code AnnualRevenue}.
     *
     * @param value the amount; at most 16 digits before the decimal point
     * @return this builder
     */
    public Builder annualRevenue(BigDecimal value) {
      return setCurrency("AnnualRevenue", value);
    }

    /** Sets {@code NumberOfEmployees}. @param value the head count @return this builder */
    public Builder numberOfEmployees(int value) {
      return set("NumberOfEmployees", value);
    }

    /** Sets {@code OwnerId}: a user or a queue. @param value the owner @return this builder */
    public Builder ownerId(SalesforceId value) {
      return set("OwnerId", value);
    }

    /** Sets {@code HasOptedOutOfEmail}. @param value the flag @return this builder */
    public Builder hasOptedOutOfEmail(boolean value) {
      return set("HasOptedOutOfEmail", value);
    }

    /** Sets {@code DoNotCall}. @param value the flag @return this builder */
    public Builder doNotCall(boolean value) {
      return set("DoNotCall", value);
    }

    /** Sets {@code IsUnreadByOwner}. @param value the flag @return this builder */
    public Builder isUnreadByOwner(boolean value) {
      return set("IsUnreadByOwner", value);
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
     * Builds the patch.
     *
     * @return the patch
     */
    public LeadPatch build() {
      return new LeadPatch(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
