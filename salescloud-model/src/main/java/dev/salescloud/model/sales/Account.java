package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.CurrencyAmounts;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.TypedRecord;
import dev.salescloud.model.TypedRecordBuilder;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.query.QueryResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Account (key prefix {@code 001}): a company or organisation you sell to, partner with or
 * compete against, with its addresses, its place in an account hierarchy ({@code ParentId}) and,
 * when queried, its contacts, child accounts and opportunities.
 *
 * <p>Build one to create it; read one back with every field Salesforce returned, custom fields
 * included ({@link #customField(String, Class)}).
 *
 * <pre>{@code
 * Account account = Account.builder()
 *     .name("Acme Corporation")
 *     .type(Account.Type.CUSTOMER_DIRECT)
 *     .industry(Industry.MANUFACTURING)
 *     .annualRevenue(new BigDecimal("12500000.00"))
 *     .billingAddressFields(Address.builder().street("1 Main St").city("Springfield").build())
 *     .customField("acme__Tier__c", "Gold")
 *     .build();
 * }</pre>
 *
 * <h2>Relationships</h2>
 * <p>A query such as {@code SELECT Name, Parent.Name, Owner.Alias, (SELECT LastName FROM
 * Contacts) FROM Account} returns the parent account and the owner as nested records ({@link
 * #parent()}, {@link #owner()}), empty when the lookup is empty, and each child subquery as a
 * {@link QueryResult} ({@link #contacts()}, {@link #childAccounts()}, {@link #opportunities()}),
 * empty when there are no children (Salesforce sends JSON null). Nested records and child results
 * are read-only: a create sends {@code ParentId} and {@code OwnerId}, never the records.
 *
 * <p>{@code Name} is required on create. The compound {@code BillingAddress} and {@code
 * ShippingAddress} are read-only: set the component fields ({@link
 * Builder#billingAddressFields(Address)}). Picklist fields are strings, with the standard values
 * as constants ({@link Type}, {@link Ownership}, {@link Industry}, {@link Lead.Rating}, {@link
 * Lead.LeadSource}): admins add and rename values, so any string is accepted.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAccount.class)
@JsonDeserialize(builder = Account.Builder.class)
public abstract class Account extends TypedRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "Account";

  Account() {}

  /** Always {@code "Account"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }

  /** {@code Name}; required on create. @return the account name */
  @JsonProperty("Name")
  public abstract Optional<String> name();

  /** {@code Type}; standard values in {@link Type}. @return the account type */
  @JsonProperty("Type")
  public abstract Optional<String> type();

  /** {@code ParentId}: the parent in an account hierarchy. @return the parent account's id */
  @JsonProperty("ParentId")
  public abstract Optional<SalesforceId> parentId();

  /**
   * {@code Parent}: the parent account, when queried as a relationship ({@code Parent.Name});
   * read-only.
   *
   * @return the parent account record
   */
  @JsonProperty("Parent")
  public abstract Optional<Account> parent();

  /** {@code BillingStreet}. @return the street (several lines allowed) */
  @JsonProperty("BillingStreet")
  public abstract Optional<String> billingStreet();

  /** {@code BillingCity}. @return the city */
  @JsonProperty("BillingCity")
  public abstract Optional<String> billingCity();

  /** {@code BillingState}. @return the state or province */
  @JsonProperty("BillingState")
  public abstract Optional<String> billingState();

  /** {@code BillingStateCode} (state and country picklists). @return the state code */
  @JsonProperty("BillingStateCode")
  public abstract Optional<String> billingStateCode();

  /** {@code BillingPostalCode}. @return the postal code */
  @JsonProperty("BillingPostalCode")
  public abstract Optional<String> billingPostalCode();

  /** {@code BillingCountry}. @return the country */
  @JsonProperty("BillingCountry")
  public abstract Optional<String> billingCountry();

  /** {@code BillingCountryCode} (state and country picklists). @return the country code */
  @JsonProperty("BillingCountryCode")
  public abstract Optional<String> billingCountryCode();

  /** {@code BillingLatitude}. @return degrees north */
  @JsonProperty("BillingLatitude")
  public abstract Optional<Double> billingLatitude();

  /** {@code BillingLongitude}. @return degrees east */
  @JsonProperty("BillingLongitude")
  public abstract Optional<Double> billingLongitude();

  /** {@code BillingGeocodeAccuracy}. @return how precise the geocode is */
  @JsonProperty("BillingGeocodeAccuracy")
  public abstract Optional<String> billingGeocodeAccuracy();

  /**
   * {@code BillingAddress}: the compound billing address Salesforce returns; read-only.
   *
   * @return the billing address
   */
  @JsonProperty("BillingAddress")
  public abstract Optional<Address> billingAddress();

  /** {@code ShippingStreet}. @return the street (several lines allowed) */
  @JsonProperty("ShippingStreet")
  public abstract Optional<String> shippingStreet();

  /** {@code ShippingCity}. @return the city */
  @JsonProperty("ShippingCity")
  public abstract Optional<String> shippingCity();

  /** {@code ShippingState}. @return the state or province */
  @JsonProperty("ShippingState")
  public abstract Optional<String> shippingState();

  /** {@code ShippingStateCode} (state and country picklists). @return the state code */
  @JsonProperty("ShippingStateCode")
  public abstract Optional<String> shippingStateCode();

  /** {@code ShippingPostalCode}. @return the postal code */
  @JsonProperty("ShippingPostalCode")
  public abstract Optional<String> shippingPostalCode();

  /** {@code ShippingCountry}. @return the country */
  @JsonProperty("ShippingCountry")
  public abstract Optional<String> shippingCountry();

  /** {@code ShippingCountryCode} (state and country picklists). @return the country code */
  @JsonProperty("ShippingCountryCode")
  public abstract Optional<String> shippingCountryCode();

  /** {@code ShippingLatitude}. @return degrees north */
  @JsonProperty("ShippingLatitude")
  public abstract Optional<Double> shippingLatitude();

  /** {@code ShippingLongitude}. @return degrees east */
  @JsonProperty("ShippingLongitude")
  public abstract Optional<Double> shippingLongitude();

  /** {@code ShippingGeocodeAccuracy}. @return how precise the geocode is */
  @JsonProperty("ShippingGeocodeAccuracy")
  public abstract Optional<String> shippingGeocodeAccuracy();

  /**
   * {@code ShippingAddress}: the compound shipping address Salesforce returns; read-only.
   *
   * @return the shipping address
   */
  @JsonProperty("ShippingAddress")
  public abstract Optional<Address> shippingAddress();

  /** {@code Phone}. @return the phone number */
  @JsonProperty("Phone")
  public abstract Optional<String> phone();

  /** {@code Fax}. @return the fax number */
  @JsonProperty("Fax")
  public abstract Optional<String> fax();

  /** {@code Website}. @return the website */
  @JsonProperty("Website")
  public abstract Optional<String> website();

  /** {@code AccountNumber}: the number your company gives the account. @return the number */
  @JsonProperty("AccountNumber")
  public abstract Optional<String> accountNumber();

  /** {@code Site}: the account's location, e.g. a branch name. @return the site */
  @JsonProperty("Site")
  public abstract Optional<String> site();

  /** {@code Industry}; standard values in {@link Industry}. @return the industry */
  @JsonProperty("Industry")
  public abstract Optional<String> industry();

  /** {@code AnnualRevenue} (currency). @return the annual revenue */
  @JsonProperty("AnnualRevenue")
  public abstract Optional<BigDecimal> annualRevenue();

  /** {@code NumberOfEmployees}. @return the head count */
  @JsonProperty("NumberOfEmployees")
  public abstract Optional<Integer> numberOfEmployees();

  /** {@code Ownership}; standard values in {@link Ownership}. @return the ownership */
  @JsonProperty("Ownership")
  public abstract Optional<String> ownership();

  /**
   * {@code Rating}; the standard values are shared with Lead, in {@link Lead.Rating}.
   *
   * @return the rating
   */
  @JsonProperty("Rating")
  public abstract Optional<String> rating();

  /**
   * {@code AccountSource}; the standard values are those of {@code Lead.LeadSource}, in {@link
   * Lead.LeadSource}.
   *
   * @return where the account came from
   */
  @JsonProperty("AccountSource")
  public abstract Optional<String> accountSource();

  /** {@code Sic}: the Standard Industrial Classification code. @return the SIC code */
  @JsonProperty("Sic")
  public abstract Optional<String> sic();

  /** {@code SicDesc}: the description of the SIC code. @return the SIC description */
  @JsonProperty("SicDesc")
  public abstract Optional<String> sicDesc();

  /** {@code TickerSymbol}. @return the stock ticker symbol */
  @JsonProperty("TickerSymbol")
  public abstract Optional<String> tickerSymbol();

  /** {@code Description}. @return the description */
  @JsonProperty("Description")
  public abstract Optional<String> description();

  /** {@code OwnerId}: the user who owns the account. @return the owner's id */
  @JsonProperty("OwnerId")
  public abstract Optional<SalesforceId> ownerId();

  /**
   * {@code Owner}: the owning user, when queried as a relationship ({@code Owner.Alias});
   * read-only.
   *
   * @return the owner record
   */
  @JsonProperty("Owner")
  public abstract Optional<User> owner();

  /** {@code MasterRecordId}; read-only, set on the losing record of a merge. @return the winner */
  @JsonProperty("MasterRecordId")
  public abstract Optional<SalesforceId> masterRecordId();

  /** {@code LastActivityDate}; read-only. @return the latest activity's due date */
  @JsonProperty("LastActivityDate")
  public abstract Optional<LocalDate> lastActivityDate();

  /** {@code PhotoUrl}; read-only. @return the path of the account's social network picture */
  @JsonProperty("PhotoUrl")
  public abstract Optional<String> photoUrl();

  /**
   * {@code ChildAccounts}: the accounts whose {@code ParentId} is this one, when selected with a
   * subquery ({@code (SELECT Name FROM ChildAccounts)}); empty when there are none.
   *
   * @return the child accounts
   */
  @JsonProperty("ChildAccounts")
  public abstract Optional<QueryResult<Account>> childAccounts();

  /**
   * {@code Contacts}: the account's contacts, when selected with a subquery ({@code (SELECT
   * LastName FROM Contacts)}); empty when there are none.
   *
   * @return the contacts
   */
  @JsonProperty("Contacts")
  public abstract Optional<QueryResult<Contact>> contacts();

  /**
   * {@code Opportunities}: the account's opportunities, when selected with a subquery ({@code
   * (SELECT Name, Amount FROM Opportunities)}); empty when there are none. The records are generic
   * {@link SObject}s; read one as a typed opportunity with {@link SObject#as(Class)}.
   *
   * @return the opportunities
   */
  @JsonProperty("Opportunities")
  public abstract Optional<QueryResult<SObject>> opportunities();

  /** Keeps {@code AnnualRevenue} within Salesforce's currency range. */
  @Value.Check
  protected void checkAmounts() {
    annualRevenue().ifPresent(v -> CurrencyAmounts.requireInRange("Account.AnnualRevenue", v));
  }

  /** Keeps each lookup to an id of the object it points at. */
  @Value.Check
  protected void checkLookups() {
    parentId().ifPresent(id -> LookupIds.require(SOBJECT_TYPE, "ParentId", id, SOBJECT_TYPE));
    ownerId().ifPresent(id -> LookupIds.require(SOBJECT_TYPE, "OwnerId", id, User.SOBJECT_TYPE));
    masterRecordId()
        .ifPresent(id -> LookupIds.require(SOBJECT_TYPE, "MasterRecordId", id, SOBJECT_TYPE));
  }

  /**
   * A builder for a new account.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this account's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }


  /**
   * Builds an {@link Account}. Besides a setter per field, it takes custom fields through {@link
   * #customField(String, Object)} and addresses through {@link #billingAddressFields(Address)} and
   * {@link #shippingAddressFields(Address)}.
   */
  public static final class Builder extends ImmutableAccount.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}

    /**
     * Sets {@code BillingStreet}, {@code BillingCity}, {@code BillingState}, {@code
     * BillingStateCode}, {@code BillingPostalCode}, {@code BillingCountry}, {@code
     * BillingCountryCode}, {@code BillingLatitude}, {@code BillingLongitude} and {@code
     * BillingGeocodeAccuracy} from an address (the compound {@code BillingAddress} itself is
     * read-only).
     *
     * @param address the address
     * @return this builder
     * @throws InvalidArgumentException if {@code address} is null
     */
    public Builder billingAddressFields(Address address) {
      InvalidArgumentException.requireNonNull(address, "address");
      return billingStreet(address.street())
          .billingCity(address.city())
          .billingState(address.state())
          .billingStateCode(address.stateCode())
          .billingPostalCode(address.postalCode())
          .billingCountry(address.country())
          .billingCountryCode(address.countryCode())
          .billingLatitude(address.latitude())
          .billingLongitude(address.longitude())
          .billingGeocodeAccuracy(address.geocodeAccuracy());
    }

    /**
     * Sets {@code ShippingStreet}, {@code ShippingCity}, {@code ShippingState}, {@code
     * ShippingStateCode}, {@code ShippingPostalCode}, {@code ShippingCountry}, {@code
     * ShippingCountryCode}, {@code ShippingLatitude}, {@code ShippingLongitude} and {@code
     * ShippingGeocodeAccuracy} from an address (the compound {@code ShippingAddress} itself is
     * read-only).
     *
     * @param address the address
     * @return this builder
     * @throws InvalidArgumentException if {@code address} is null
     */
    public Builder shippingAddressFields(Address address) {
      InvalidArgumentException.requireNonNull(address, "address");
      return shippingStreet(address.street())
          .shippingCity(address.city())
          .shippingState(address.state())
          .shippingStateCode(address.stateCode())
          .shippingPostalCode(address.postalCode())
          .shippingCountry(address.country())
          .shippingCountryCode(address.countryCode())
          .shippingLatitude(address.latitude())
          .shippingLongitude(address.longitude())
          .shippingGeocodeAccuracy(address.geocodeAccuracy());
    }
  }

  /** Standard values of {@code Account.Type}; orgs may rename them or add others. */
  public static final class Type {
    /** A company that may buy. */
    public static final String PROSPECT = "Prospect";
    /** A customer buying directly. */
    public static final String CUSTOMER_DIRECT = "Customer - Direct";
    /** A customer buying through a channel partner. */
    public static final String CUSTOMER_CHANNEL = "Customer - Channel";
    /** A partner that resells. */
    public static final String CHANNEL_PARTNER_RESELLER = "Channel Partner / Reseller";
    /** A partner that installs. */
    public static final String INSTALLATION_PARTNER = "Installation Partner";
    /** A technology partner. */
    public static final String TECHNOLOGY_PARTNER = "Technology Partner";
    /** Any other type. */
    public static final String OTHER = "Other";

    private Type() {}
  }

  /** Standard values of {@code Account.Ownership}; orgs may rename them or add others. */
  public static final class Ownership {
    /** Publicly traded. */
    public static final String PUBLIC = "Public";
    /** Privately held. */
    public static final String PRIVATE = "Private";
    /** A subsidiary of another company. */
    public static final String SUBSIDIARY = "Subsidiary";
    /** Any other ownership. */
    public static final String OTHER = "Other";

    private Ownership() {}
  }
}
