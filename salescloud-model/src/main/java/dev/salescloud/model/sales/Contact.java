package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.TypedRecord;
import dev.salescloud.model.TypedRecordBuilder;
import dev.salescloud.model.error.InvalidArgumentException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Contact (key prefix {@code 003}): a person, usually at an account, with how to reach them,
 * whom they report to and what they agreed to be contacted by.
 *
 * <p>Build one to create it; read one back with every field Salesforce returned, custom fields
 * included ({@link #customField(String, Class)}).
 *
 * <pre>{@code
 * Contact contact = Contact.builder()
 *     .accountId(acmeId)
 *     .firstName("Ada").lastName("Ng").title("CTO")
 *     .email("ada@acme.example")
 *     .leadSource(Lead.LeadSource.WEB)
 *     .mailingAddressFields(Address.builder().street("1 Main St").city("Springfield").build())
 *     .build();
 * }</pre>
 *
 * <h2>Relationships</h2>
 * <p>A query such as {@code SELECT Name, Account.Name, Owner.Alias, ReportsTo.Name FROM Contact}
 * returns the related records nested ({@link #account()}, {@link #owner()}, {@link
 * #reportsTo()}), each empty when its lookup is empty (Salesforce sends JSON null). They are
 * read-only: a create sends {@code AccountId}, {@code OwnerId} and {@code ReportsToId}.
 *
 * <p>{@code LastName} is required on create. {@code Name}, {@code IsEmailBounced}, {@code
 * PhotoUrl} and the compound {@code MailingAddress} and {@code OtherAddress} are read-only: set
 * the component fields ({@link Builder#mailingAddressFields(Address)}). Picklist fields are
 * strings; {@code LeadSource} shares its standard values with Lead ({@link Lead.LeadSource}).
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(builder = Contact.Builder.class)
public abstract class Contact extends TypedRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "Contact";

  Contact() {}

  /** Always {@code "Contact"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }

  /** {@code AccountId}: the account the contact works for. @return the account's id */
  @JsonProperty("AccountId")
  public abstract Optional<SalesforceId> accountId();

  /**
   * {@code Account}: the contact's account, when queried as a relationship ({@code
   * Account.Name}); read-only.
   *
   * @return the account record
   */
  @JsonProperty("Account")
  public abstract Optional<Account> account();

  /**
   * {@code Salutation}, e.g. {@code Ms.}; standard values in {@link Salutation}.
   *
   * @return the salutation
   */
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

  /**
   * {@code Name}: the full name Salesforce derives from the name parts; read-only.
   *
   * @return the name
   */
  @JsonProperty("Name")
  public abstract Optional<String> name();

  /** {@code Title}: the job title. @return the title */
  @JsonProperty("Title")
  public abstract Optional<String> title();

  /** {@code Department}. @return the department */
  @JsonProperty("Department")
  public abstract Optional<String> department();

  /** {@code Email}. @return the email address */
  @JsonProperty("Email")
  public abstract Optional<String> email();

  /** {@code Phone}: the business phone. @return the phone number */
  @JsonProperty("Phone")
  public abstract Optional<String> phone();

  /** {@code MobilePhone}. @return the mobile number */
  @JsonProperty("MobilePhone")
  public abstract Optional<String> mobilePhone();

  /** {@code HomePhone}. @return the home phone number */
  @JsonProperty("HomePhone")
  public abstract Optional<String> homePhone();

  /** {@code OtherPhone}. @return another phone number */
  @JsonProperty("OtherPhone")
  public abstract Optional<String> otherPhone();

  /** {@code Fax}. @return the fax number */
  @JsonProperty("Fax")
  public abstract Optional<String> fax();

  /** {@code AssistantName}. @return the assistant's name */
  @JsonProperty("AssistantName")
  public abstract Optional<String> assistantName();

  /** {@code AssistantPhone}. @return the assistant's phone number */
  @JsonProperty("AssistantPhone")
  public abstract Optional<String> assistantPhone();

  /** {@code MailingStreet}. @return the street (several lines allowed) */
  @JsonProperty("MailingStreet")
  public abstract Optional<String> mailingStreet();

  /** {@code MailingCity}. @return the city */
  @JsonProperty("MailingCity")
  public abstract Optional<String> mailingCity();

  /** {@code MailingState}. @return the state or province */
  @JsonProperty("MailingState")
  public abstract Optional<String> mailingState();

  /** {@code MailingStateCode} (state and country picklists). @return the state code */
  @JsonProperty("MailingStateCode")
  public abstract Optional<String> mailingStateCode();

  /** {@code MailingPostalCode}. @return the postal code */
  @JsonProperty("MailingPostalCode")
  public abstract Optional<String> mailingPostalCode();

  /** {@code MailingCountry}. @return the country */
  @JsonProperty("MailingCountry")
  public abstract Optional<String> mailingCountry();

  /** {@code MailingCountryCode} (state and country picklists). @return the country code */
  @JsonProperty("MailingCountryCode")
  public abstract Optional<String> mailingCountryCode();

  /** {@code MailingLatitude}. @return degrees north */
  @JsonProperty("MailingLatitude")
  public abstract Optional<Double> mailingLatitude();

  /** {@code MailingLongitude}. @return degrees east */
  @JsonProperty("MailingLongitude")
  public abstract Optional<Double> mailingLongitude();

  /** {@code MailingGeocodeAccuracy}. @return how precise the geocode is */
  @JsonProperty("MailingGeocodeAccuracy")
  public abstract Optional<String> mailingGeocodeAccuracy();

  /**
   * {@code MailingAddress}: the compound mailing address Salesforce returns; read-only.
   *
   * @return the mailing address
   */
  @JsonProperty("MailingAddress")
  public abstract Optional<Address> mailingAddress();

  /** {@code OtherStreet}. @return the street (several lines allowed) */
  @JsonProperty("OtherStreet")
  public abstract Optional<String> otherStreet();

  /** {@code OtherCity}. @return the city */
  @JsonProperty("OtherCity")
  public abstract Optional<String> otherCity();

  /** {@code OtherState}. @return the state or province */
  @JsonProperty("OtherState")
  public abstract Optional<String> otherState();

  /** {@code OtherStateCode} (state and country picklists). @return the state code */
  @JsonProperty("OtherStateCode")
  public abstract Optional<String> otherStateCode();

  /** {@code OtherPostalCode}. @return the postal code */
  @JsonProperty("OtherPostalCode")
  public abstract Optional<String> otherPostalCode();

  /** {@code OtherCountry}. @return the country */
  @JsonProperty("OtherCountry")
  public abstract Optional<String> otherCountry();

  /** {@code OtherCountryCode} (state and country picklists). @return the country code */
  @JsonProperty("OtherCountryCode")
  public abstract Optional<String> otherCountryCode();

  /** {@code OtherLatitude}. @return degrees north */
  @JsonProperty("OtherLatitude")
  public abstract Optional<Double> otherLatitude();

  /** {@code OtherLongitude}. @return degrees east */
  @JsonProperty("OtherLongitude")
  public abstract Optional<Double> otherLongitude();

  /** {@code OtherGeocodeAccuracy}. @return how precise the geocode is */
  @JsonProperty("OtherGeocodeAccuracy")
  public abstract Optional<String> otherGeocodeAccuracy();

  /**
   * {@code OtherAddress}: the compound other address Salesforce returns; read-only.
   *
   * @return the other address
   */
  @JsonProperty("OtherAddress")
  public abstract Optional<Address> otherAddress();

  /** {@code ReportsToId}: the contact's manager, another contact. @return the manager's id */
  @JsonProperty("ReportsToId")
  public abstract Optional<SalesforceId> reportsToId();

  /**
   * {@code ReportsTo}: the contact's manager, when queried as a relationship ({@code
   * ReportsTo.Name}); read-only.
   *
   * @return the manager's contact record
   */
  @JsonProperty("ReportsTo")
  public abstract Optional<Contact> reportsTo();

  /**
   * {@code LeadSource}; the standard values are shared with Lead, in {@link Lead.LeadSource}.
   *
   * @return where the contact came from
   */
  @JsonProperty("LeadSource")
  public abstract Optional<String> leadSource();

  /** {@code Birthdate}. @return the date of birth */
  @JsonProperty("Birthdate")
  public abstract Optional<LocalDate> birthdate();

  /** {@code HasOptedOutOfEmail}. @return whether the contact opted out of email */
  @JsonProperty("HasOptedOutOfEmail")
  public abstract Optional<Boolean> hasOptedOutOfEmail();

  /** {@code HasOptedOutOfFax}. @return whether the contact opted out of fax */
  @JsonProperty("HasOptedOutOfFax")
  public abstract Optional<Boolean> hasOptedOutOfFax();

  /** {@code DoNotCall}. @return whether the contact asked not to be called */
  @JsonProperty("DoNotCall")
  public abstract Optional<Boolean> doNotCall();

  /** {@code OwnerId}: the user who owns the contact. @return the owner's id */
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

  /** {@code Description}. @return the description */
  @JsonProperty("Description")
  public abstract Optional<String> description();

  /** {@code EmailBouncedReason}. @return why email to the contact bounced */
  @JsonProperty("EmailBouncedReason")
  public abstract Optional<String> emailBouncedReason();

  /** {@code EmailBouncedDate}. @return when email to the contact bounced */
  @JsonProperty("EmailBouncedDate")
  public abstract Optional<Instant> emailBouncedDate();

  /** {@code IsEmailBounced}; read-only. @return whether email to the contact bounced */
  @JsonProperty("IsEmailBounced")
  public abstract Optional<Boolean> isEmailBounced();

  /** {@code PhotoUrl}; read-only. @return the path of the contact's social network picture */
  @JsonProperty("PhotoUrl")
  public abstract Optional<String> photoUrl();

  /** {@code LastActivityDate}; read-only. @return the latest activity's due date */
  @JsonProperty("LastActivityDate")
  public abstract Optional<LocalDate> lastActivityDate();

  /** {@code MasterRecordId}; read-only, set on the losing record of a merge. @return the winner */
  @JsonProperty("MasterRecordId")
  public abstract Optional<SalesforceId> masterRecordId();

  /**
   * {@code IndividualId}: the data-privacy record ({@code Individual}) of the person.
   *
   * @return the individual's id
   */
  @JsonProperty("IndividualId")
  public abstract Optional<SalesforceId> individualId();

  /** Keeps each lookup to an id of the object it points at. */
  @Value.Check
  protected void checkLookups() {
    accountId()
        .ifPresent(id -> LookupIds.require(SOBJECT_TYPE, "AccountId", id, Account.SOBJECT_TYPE));
    reportsToId().ifPresent(id -> LookupIds.require(SOBJECT_TYPE, "ReportsToId", id, SOBJECT_TYPE));
    ownerId().ifPresent(id -> LookupIds.require(SOBJECT_TYPE, "OwnerId", id, User.SOBJECT_TYPE));
    masterRecordId()
        .ifPresent(id -> LookupIds.require(SOBJECT_TYPE, "MasterRecordId", id, SOBJECT_TYPE));
    individualId()
        .ifPresent(id -> LookupIds.require(SOBJECT_TYPE, "IndividualId", id, "Individual"));
  }

  /**
   * A builder for a new contact.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this contact's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }


  /**
   * Builds a {@link Contact}. Besides a setter per field, it takes custom fields through {@link
   * #customField(String, Object)} and addresses through {@link #mailingAddressFields(Address)}
   * and {@link #otherAddressFields(Address)}.
   */
  public static final class Builder extends ImmutableContact.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}

    /**
     * Sets {@code MailingStreet}, {@code MailingCity}, {@code MailingState}, {@code
     * MailingStateCode}, {@code MailingPostalCode}, {@code MailingCountry}, {@code
     * MailingCountryCode}, {@code MailingLatitude}, {@code MailingLongitude} and {@code
     * MailingGeocodeAccuracy} from an address (the compound {@code MailingAddress} itself is
     * read-only).
     *
     * @param address the address
     * @return this builder
     * @throws InvalidArgumentException if {@code address} is null
     */
    public Builder mailingAddressFields(Address address) {
      InvalidArgumentException.requireNonNull(address, "address");
      return mailingStreet(address.street())
          .mailingCity(address.city())
          .mailingState(address.state())
          .mailingStateCode(address.stateCode())
          .mailingPostalCode(address.postalCode())
          .mailingCountry(address.country())
          .mailingCountryCode(address.countryCode())
          .mailingLatitude(address.latitude())
          .mailingLongitude(address.longitude())
          .mailingGeocodeAccuracy(address.geocodeAccuracy());
    }

    /**
     * Sets {@code OtherStreet}, {@code OtherCity}, {@code OtherState}, {@code OtherStateCode},
     * {@code OtherPostalCode}, {@code OtherCountry}, {@code OtherCountryCode}, {@code
     * OtherLatitude}, {@code OtherLongitude} and {@code OtherGeocodeAccuracy} from an address (the
     * compound {@code OtherAddress} itself is read-only).
     *
     * @param address the address
     * @return this builder
     * @throws InvalidArgumentException if {@code address} is null
     */
    public Builder otherAddressFields(Address address) {
      InvalidArgumentException.requireNonNull(address, "address");
      return otherStreet(address.street())
          .otherCity(address.city())
          .otherState(address.state())
          .otherStateCode(address.stateCode())
          .otherPostalCode(address.postalCode())
          .otherCountry(address.country())
          .otherCountryCode(address.countryCode())
          .otherLatitude(address.latitude())
          .otherLongitude(address.longitude())
          .otherGeocodeAccuracy(address.geocodeAccuracy());
    }
  }

  /** Standard values of {@code Salutation} (Contact and Lead); orgs may add others. */
  public static final class Salutation {
    /** Mr. */
    public static final String MR = "Mr.";
    /** Ms. */
    public static final String MS = "Ms.";
    /** Mrs. */
    public static final String MRS = "Mrs.";
    /** Dr. */
    public static final String DR = "Dr.";
    /** Prof. */
    public static final String PROF = "Prof.";

    private Salutation() {}
  }
}
