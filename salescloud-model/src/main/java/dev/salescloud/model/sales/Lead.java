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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Lead (key prefix {@code 00Q}): a prospect not yet qualified, with the person, the company,
 * where the lead came from and how far it got.
 *
 * <p>Build one to create it; read one back with every field Salesforce returned, custom fields
 * included ({@link #customField(String, Class)}).
 *
 * <pre>{@code
 * Lead lead = Lead.builder()
 *     .firstName("Ada").lastName("Ng").company("Acme")
 *     .leadSource(Lead.LeadSource.TRADE_SHOW)
 *     .customField("Score__c", new BigDecimal("87.5"))
 *     .build();
 * }</pre>
 *
 * <p>{@code LastName} and {@code Company} are required on create; {@code Status} takes the org's
 * default when not set. {@code Name}, the conversion fields and the compound {@code Address} are
 * read-only. Picklist fields are strings, with the standard values as constants in the nested
 * classes: admins add and rename values, so any string is accepted.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableLead.class)
@JsonDeserialize(builder = Lead.Builder.class)
public abstract class Lead extends TypedRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "Lead";

  Lead() {}

  /** Always {@code "Lead"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }

  /** {@code Salutation}, e.g. {@code Ms.}. @return the salutation */
  @JsonProperty("Salutation")
  public abstract Optional<String> salutation();

  /** {@code FirstName}. @return the first name */
  @JsonProperty("FirstName")
  public abstract Optional<String> firstName();

  /** {@code MiddleName} (when middle names are enabled). @return the middle name */
  @JsonProperty("MiddleName")
  public abstract Optional<String> middleName();

  /** {@code LastName}; required on create. @return the last name */
  @JsonProperty("LastName")
  public abstract Optional<String> lastName();

  /** {@code Suffix} (when name suffixes are enabled). @return the suffix */
  @JsonProperty("Suffix")
  public abstract Optional<String> suffix();

  /** {@code Name}: the full name Salesforce derives from the name parts; read-only. @return the name */
  @JsonProperty("Name")
  public abstract Optional<String> name();

  /** {@code Title}: the job title. @return the title */
  @JsonProperty("Title")
  public abstract Optional<String> title();

  /** {@code Company}; required on create. @return the company */
  @JsonProperty("Company")
  public abstract Optional<String> company();

  /** {@code Street}. @return the street */
  @JsonProperty("Street")
  public abstract Optional<String> street();

  /** {@code City}. @return the city */
  @JsonProperty("City")
  public abstract Optional<String> city();

  /** {@code State}. @return the state or province */
  @JsonProperty("State")
  public abstract Optional<String> state();

  /** {@code StateCode} (state and country picklists). @return the state code */
  @JsonProperty("StateCode")
  public abstract Optional<String> stateCode();

  /** {@code PostalCode}. @return the postal code */
  @JsonProperty("PostalCode")
  public abstract Optional<String> postalCode();

  /** {@code Country}. @return the country */
  @JsonProperty("Country")
  public abstract Optional<String> country();

  /** {@code CountryCode} (state and country picklists). @return the country code */
  @JsonProperty("CountryCode")
  public abstract Optional<String> countryCode();

  /** {@code Latitude}. @return degrees north */
  @JsonProperty("Latitude")
  public abstract Optional<Double> latitude();

  /** {@code Longitude}. @return degrees east */
  @JsonProperty("Longitude")
  public abstract Optional<Double> longitude();

  /** {@code GeocodeAccuracy}. @return how precise the geocode is */
  @JsonProperty("GeocodeAccuracy")
  public abstract Optional<String> geocodeAccuracy();

  /** {@code Address}: the compound address Salesforce returns; read-only. @return the address */
  @JsonProperty("Address")
  public abstract Optional<Address> address();

  /** {@code Phone}. @return the phone number */
  @JsonProperty("Phone")
  public abstract Optional<String> phone();

  /** {@code MobilePhone}. @return the mobile number */
  @JsonProperty("MobilePhone")
  public abstract Optional<String> mobilePhone();

  /** {@code Fax}. @return the fax number */
  @JsonProperty("Fax")
  public abstract Optional<String> fax();

  /** {@code Email}. @return the email address */
  @JsonProperty("Email")
  public abstract Optional<String> email();

  /** {@code Website}. @return the website */
  @JsonProperty("Website")
  public abstract Optional<String> website();

  /** {@code Description}. @return the description */
  @JsonProperty("Description")
  public abstract Optional<String> description();

  /** {@code LeadSource}; standard values in {@link LeadSource}. @return where the lead came from */
  @JsonProperty("LeadSource")
  public abstract Optional<String> leadSource();

  /** {@code Status}; standard values in {@link Status}. @return the lead status */
  @JsonProperty("Status")
  public abstract Optional<String> status();

  /** {@code Industry}; standard values in {@link Industry}. @return the industry */
  @JsonProperty("Industry")
  public abstract Optional<String> industry();

  /** {@code Rating}; standard values in {@link Rating}. @return the rating */
  @JsonProperty("Rating")
  public abstract Optional<String> rating();

  /** {@code AnnualRevenue} (currency). @return the annual revenue */
  @JsonProperty("AnnualRevenue")
  public abstract Optional<BigDecimal> annualRevenue();

  /** {@code NumberOfEmployees}. @return the head count */
  @JsonProperty("NumberOfEmployees")
  public abstract Optional<Integer> numberOfEmployees();

  /** {@code OwnerId}: a user or a queue. @return the owner's id */
  @JsonProperty("OwnerId")
  public abstract Optional<SalesforceId> ownerId();

  /**
   * {@code Owner}: the owner, when queried as a relationship ({@code Owner.Name}); a {@code User}
   * or a {@code Group} (queue), so it is a generic record.
   *
   * @return the owner record
   */
  @JsonProperty("Owner")
  public abstract Optional<SObject> owner();

  /** {@code HasOptedOutOfEmail}. @return whether the lead opted out of email */
  @JsonProperty("HasOptedOutOfEmail")
  public abstract Optional<Boolean> hasOptedOutOfEmail();

  /** {@code DoNotCall}. @return whether the lead asked not to be called */
  @JsonProperty("DoNotCall")
  public abstract Optional<Boolean> doNotCall();

  /** {@code IsUnreadByOwner}. @return whether the owner has not viewed the lead since assignment */
  @JsonProperty("IsUnreadByOwner")
  public abstract Optional<Boolean> isUnreadByOwner();

  /** {@code IsConverted}; read-only, set by lead conversion. @return whether the lead was converted */
  @JsonProperty("IsConverted")
  public abstract Optional<Boolean> isConverted();

  /** {@code ConvertedDate}; read-only. @return when the lead was converted */
  @JsonProperty("ConvertedDate")
  public abstract Optional<LocalDate> convertedDate();

  /** {@code ConvertedAccountId}; read-only. @return the account the lead became */
  @JsonProperty("ConvertedAccountId")
  public abstract Optional<SalesforceId> convertedAccountId();

  /** {@code ConvertedContactId}; read-only. @return the contact the lead became */
  @JsonProperty("ConvertedContactId")
  public abstract Optional<SalesforceId> convertedContactId();

  /** {@code ConvertedOpportunityId}; read-only. @return the opportunity conversion created */
  @JsonProperty("ConvertedOpportunityId")
  public abstract Optional<SalesforceId> convertedOpportunityId();

  /** {@code EmailBouncedReason}. @return why email to the lead bounced */
  @JsonProperty("EmailBouncedReason")
  public abstract Optional<String> emailBouncedReason();

  /** {@code EmailBouncedDate}. @return when email to the lead bounced */
  @JsonProperty("EmailBouncedDate")
  public abstract Optional<Instant> emailBouncedDate();

  /** {@code LastActivityDate}; read-only. @return the latest activity's due date */
  @JsonProperty("LastActivityDate")
  public abstract Optional<LocalDate> lastActivityDate();

  /** {@code MasterRecordId}; read-only, set on the losing record of a merge. @return the winner */
  @JsonProperty("MasterRecordId")
  public abstract Optional<SalesforceId> masterRecordId();

  /** Keeps {@code AnnualRevenue} within Salesforce's currency range. */
  @Value.Check
  protected void checkAmounts() {
    annualRevenue().ifPresent(v -> CurrencyAmounts.requireInRange("Lead.AnnualRevenue", v));
  }

  /**
   * A builder for a new lead.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this lead's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Lead}. Besides a setter per field, it takes custom fields through {@link
   * #customField(String, Object)} and an address through {@link #addressFields(Address)}.
   */
  public static final class Builder extends ImmutableLead.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}

    /**
     * Sets {@code Street}, {@code City}, {@code State}, {@code StateCode}, {@code PostalCode},
     * {@code Country}, {@code CountryCode}, {@code Latitude}, {@code Longitude} and {@code
     * GeocodeAccuracy} from an address (the compound {@code Address} itself is read-only).
     *
     * @param address the address
     * @return this builder
     */
    public Builder addressFields(Address address) {
      return street(address.street())
          .city(address.city())
          .state(address.state())
          .stateCode(address.stateCode())
          .postalCode(address.postalCode())
          .country(address.country())
          .countryCode(address.countryCode())
          .latitude(address.latitude())
          .longitude(address.longitude())
          .geocodeAccuracy(address.geocodeAccuracy());
    }
  }

  /** Standard values of {@code Lead.Status}; orgs may rename them or add others. */
  public static final class Status {
    /** The default status of a new lead. */
    public static final String OPEN_NOT_CONTACTED = "Open - Not Contacted";
    /** A sales rep is working the lead. */
    public static final String WORKING_CONTACTED = "Working - Contacted";
    /** The standard converted status ({@code LeadStatus.IsConverted = true}). */
    public static final String CLOSED_CONVERTED = "Closed - Converted";
    /** Disqualified without conversion. */
    public static final String CLOSED_NOT_CONVERTED = "Closed - Not Converted";

    private Status() {}
  }

  /** Standard values of {@code Lead.LeadSource} (also used by Contact and Opportunity). */
  public static final class LeadSource {
    /** From the website. */
    public static final String WEB = "Web";
    /** From a phone inquiry. */
    public static final String PHONE_INQUIRY = "Phone Inquiry";
    /** Referred by a partner. */
    public static final String PARTNER_REFERRAL = "Partner Referral";
    /** From a purchased list. */
    public static final String PURCHASED_LIST = "Purchased List";
    /** From a trade show (a common custom value; not in every org). */
    public static final String TRADE_SHOW = "Trade Show";
    /** Any other source. */
    public static final String OTHER = "Other";

    private LeadSource() {}
  }

  /** Standard values of {@code Rating} (Lead and Account). */
  public static final class Rating {
    /** Ready to buy. */
    public static final String HOT = "Hot";
    /** Interested. */
    public static final String WARM = "Warm";
    /** Not yet interested. */
    public static final String COLD = "Cold";

    private Rating() {}
  }
}
