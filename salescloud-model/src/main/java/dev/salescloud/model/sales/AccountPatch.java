package dev.salescloud.model.sales;

import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The changes to send in an Account update: only what is set here is sent; {@link
 * Builder#clear(String)} sends JSON null to empty a field. Read-only fields (the compound {@code
 * BillingAddress} and {@code ShippingAddress}, {@code PhotoUrl}, system fields) have no setter,
 * and {@link Builder#set(String, Object)} refuses them.
 *
 * <pre>{@code
 * AccountPatch patch = AccountPatch.builder()
 *     .type(Account.Type.CUSTOMER_DIRECT)
 *     .annualRevenue(new BigDecimal("13000000.00"))
 *     .billingAddress(Address.builder().street("2 Main St").city("Springfield").build())
 *     .clear("Site")
 *     .build();
 * // {"Type":"Customer - Direct","AnnualRevenue":13000000.00,"BillingStreet":"2 Main St",
 * //  "BillingCity":"Springfield","Site":null}
 * }</pre>
 *
 * <p>Lookups ({@code ParentId}, {@code OwnerId}) take the id of the object they point at, also
 * when set by name; another object's id or a malformed one is refused naming the field.
 */
public final class AccountPatch extends RecordPatch {
  private static final Map<String, String> LOOKUPS =
      Map.of(
          "ParentId", Account.SOBJECT_TYPE,
          "OwnerId", User.SOBJECT_TYPE);

  private AccountPatch(Builder builder) {
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

  /** Builds an {@link AccountPatch}; each setter replaces an earlier change of the same field. */
  public static final class Builder extends RecordPatch.Builder<Builder> {
    private Builder() {
      super(Account.SOBJECT_TYPE);
    }

    /** Lookup fields set by name take only ids of the object they look up. */
    @Override
    protected Object checkValue(String field, Object value) {
      return LookupIds.checkByName(Account.SOBJECT_TYPE, LOOKUPS, field, value);
    }

    /** Sets {@code Name}. @param value the account name @return this builder */
    public Builder name(String value) {
      return set("Name", value);
    }

    /** Sets {@code Type}. @param value see {@link Account.Type} @return this builder */
    public Builder type(String value) {
      return set("Type", value);
    }

    /**
     * Sets {@code ParentId}.
     *
     * @param value the parent account's id
     * @return this builder
     * @throws InvalidArgumentException if the id is not an Account id
     */
    public Builder parentId(SalesforceId value) {
      return set("ParentId", value);
    }

    /** Sets {@code BillingStreet}. @param value the street @return this builder */
    public Builder billingStreet(String value) {
      return set("BillingStreet", value);
    }

    /** Sets {@code BillingCity}. @param value the city @return this builder */
    public Builder billingCity(String value) {
      return set("BillingCity", value);
    }

    /** Sets {@code BillingState}. @param value the state @return this builder */
    public Builder billingState(String value) {
      return set("BillingState", value);
    }

    /** Sets {@code BillingStateCode}. @param value the state code @return this builder */
    public Builder billingStateCode(String value) {
      return set("BillingStateCode", value);
    }

    /** Sets {@code BillingPostalCode}. @param value the postal code @return this builder */
    public Builder billingPostalCode(String value) {
      return set("BillingPostalCode", value);
    }

    /** Sets {@code BillingCountry}. @param value the country @return this builder */
    public Builder billingCountry(String value) {
      return set("BillingCountry", value);
    }

    /** Sets {@code BillingCountryCode}. @param value the country code @return this builder */
    public Builder billingCountryCode(String value) {
      return set("BillingCountryCode", value);
    }

    /** Sets {@code BillingLatitude}. @param value degrees north @return this builder */
    public Builder billingLatitude(double value) {
      return set("BillingLatitude", value);
    }

    /** Sets {@code BillingLongitude}. @param value degrees east @return this builder */
    public Builder billingLongitude(double value) {
      return set("BillingLongitude", value);
    }

    /** Sets {@code BillingGeocodeAccuracy}. @param value the accuracy @return this builder */
    public Builder billingGeocodeAccuracy(String value) {
      return set("BillingGeocodeAccuracy", value);
    }

    /**
     * Sets every billing address component present in {@code address} ({@code BillingStreet},
     * {@code BillingCity}, ...); components the address lacks are left unchanged. The compound
     * {@code BillingAddress} itself is read-only.
     *
     * @param address the address
     * @return this builder
     * @throws InvalidArgumentException if {@code address} is null
     */
    public Builder billingAddress(Address address) {
      InvalidArgumentException.requireNonNull(address, "address");
      address.street().ifPresent(this::billingStreet);
      address.city().ifPresent(this::billingCity);
      address.state().ifPresent(this::billingState);
      address.stateCode().ifPresent(this::billingStateCode);
      address.postalCode().ifPresent(this::billingPostalCode);
      address.country().ifPresent(this::billingCountry);
      address.countryCode().ifPresent(this::billingCountryCode);
      address.latitude().ifPresent(this::billingLatitude);
      address.longitude().ifPresent(this::billingLongitude);
      address.geocodeAccuracy().ifPresent(this::billingGeocodeAccuracy);
      return this;
    }

    /** Sets {@code ShippingStreet}. @param value the street @return this builder */
    public Builder shippingStreet(String value) {
      return set("ShippingStreet", value);
    }

    /** Sets {@code ShippingCity}. @param value the city @return this builder */
    public Builder shippingCity(String value) {
      return set("ShippingCity", value);
    }

    /** Sets {@code ShippingState}. @param value the state @return this builder */
    public Builder shippingState(String value) {
      return set("ShippingState", value);
    }

    /** Sets {@code ShippingStateCode}. @param value the state code @return this builder */
    public Builder shippingStateCode(String value) {
      return set("ShippingStateCode", value);
    }

    /** Sets {@code ShippingPostalCode}. @param value the postal code @return this builder */
    public Builder shippingPostalCode(String value) {
      return set("ShippingPostalCode", value);
    }

    /** Sets {@code ShippingCountry}. @param value the country @return this builder */
    public Builder shippingCountry(String value) {
      return set("ShippingCountry", value);
    }

    /** Sets {@code ShippingCountryCode}. @param value the country code @return this builder */
    public Builder shippingCountryCode(String value) {
      return set("ShippingCountryCode", value);
    }

    /** Sets {@code ShippingLatitude}. @param value degrees north @return this builder */
    public Builder shippingLatitude(double value) {
      return set("ShippingLatitude", value);
    }

    /** Sets {@code ShippingLongitude}. @param value degrees east @return this builder */
    public Builder shippingLongitude(double value) {
      return set("ShippingLongitude", value);
    }

    /** Sets {@code ShippingGeocodeAccuracy}. @param value the accuracy @return this builder */
    public Builder shippingGeocodeAccuracy(String value) {
      return set("ShippingGeocodeAccuracy", value);
    }

    /**
     * Sets every shipping address component present in {@code address} ({@code ShippingStreet},
     * {@code ShippingCity}, ...); components the address lacks are left unchanged. The compound
     * {@code ShippingAddress} itself is read-only.
     *
     * @param address the address
     * @return this builder
     * @throws InvalidArgumentException if {@code address} is null
     */
    public Builder shippingAddress(Address address) {
      InvalidArgumentException.requireNonNull(address, "address");
      address.street().ifPresent(this::shippingStreet);
      address.city().ifPresent(this::shippingCity);
      address.state().ifPresent(this::shippingState);
      address.stateCode().ifPresent(this::shippingStateCode);
      address.postalCode().ifPresent(this::shippingPostalCode);
      address.country().ifPresent(this::shippingCountry);
      address.countryCode().ifPresent(this::shippingCountryCode);
      address.latitude().ifPresent(this::shippingLatitude);
      address.longitude().ifPresent(this::shippingLongitude);
      address.geocodeAccuracy().ifPresent(this::shippingGeocodeAccuracy);
      return this;
    }

    /** Sets {@code Phone}. @param value the phone number @return this builder */
    public Builder phone(String value) {
      return set("Phone", value);
    }

    /** Sets {@code Fax}. @param value the fax number @return this builder */
    public Builder fax(String value) {
      return set("Fax", value);
    }

    /** Sets {@code Website}. @param value the website @return this builder */
    public Builder website(String value) {
      return set("Website", value);
    }

    /** Sets {@code AccountNumber}. @param value the account number @return this builder */
    public Builder accountNumber(String value) {
      return set("AccountNumber", value);
    }

    /** Sets {@code Site}. @param value the site @return this builder */
    public Builder site(String value) {
      return set("Site", value);
    }

    /** Sets {@code Industry}. @param value see {@link Industry} @return this builder */
    public Builder industry(String value) {
      return set("Industry", value);
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

    /** Sets {@code Ownership}. @param value see {@link Account.Ownership} @return this builder */
    public Builder ownership(String value) {
      return set("Ownership", value);
    }

    /** Sets {@code Rating}. @param value see {@link Lead.Rating} @return this builder */
    public Builder rating(String value) {
      return set("Rating", value);
    }

    /** Sets {@code AccountSource}. @param value see {@link Lead.LeadSource} @return this builder */
    public Builder accountSource(String value) {
      return set("AccountSource", value);
    }

    /** Sets {@code Sic}. @param value the SIC code @return this builder */
    public Builder sic(String value) {
      return set("Sic", value);
    }

    /** Sets {@code SicDesc}. @param value the SIC description @return this builder */
    public Builder sicDesc(String value) {
      return set("SicDesc", value);
    }

    /** Sets {@code TickerSymbol}. @param value the ticker symbol @return this builder */
    public Builder tickerSymbol(String value) {
      return set("TickerSymbol", value);
    }

    /** Sets {@code Description}. @param value the description @return this builder */
    public Builder description(String value) {
      return set("Description", value);
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

    /**
     * Builds the patch.
     *
     * @return the patch
     */
    public AccountPatch build() {
      return new AccountPatch(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
