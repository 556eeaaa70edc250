package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A compound address as Salesforce returns it ({@code Lead.Address}, {@code
 * Account.BillingAddress}, {@code Contact.MailingAddress}, ...).
 *
 * <p>Compound fields are read-only: Salesforce accepts addresses only as their component fields
 * ({@code BillingStreet}, {@code BillingCity}, ...). The patch types and the record builders offer
 * setters that take an {@code Address} and write its components.
 *
 * <pre>{@code
 * {"city":"Anchorage","country":"US","geocodeAccuracy":"Address","latitude":61.217061,
 *  "longitude":-149.894342,"postalCode":"99501","state":"AK","street":"621 West 6th Avenue"}
 * }</pre>
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Address {
  Address() {}

  /**
   * The street, possibly several lines.
   *
   * @return the street
   */
  @JsonProperty("street")
  public abstract Optional<String> street();

  /**
   * The city.
   *
   * @return the city
   */
  @JsonProperty("city")
  public abstract Optional<String> city();

  /**
   * The state or province.
   *
   * @return the state
   */
  @JsonProperty("state")
  public abstract Optional<String> state();

  /**
   * The state's ISO code, when state and country picklists are enabled.
   *
   * @return the state code
   */
  @JsonProperty("stateCode")
  public abstract Optional<String> stateCode();

  /**
   * The postal code.
   *
   * @return the postal code
   */
  @JsonProperty("postalCode")
  public abstract Optional<String> postalCode();

  /**
   * The country.
   *
   * @return the country
   */
  @JsonProperty("country")
  public abstract Optional<String> country();

  /**
   * The country's ISO code, when state and country picklists are enabled.
   *
   * @return the country code
   */
  @JsonProperty("countryCode")
  public abstract Optional<String> countryCode();

  /**
   * The latitude, set by geocoding.
   *
   * @return degrees north
   */
  @JsonProperty("latitude")
  public abstract Optional<Double> latitude();

  /**
   * The longitude, set by geocoding.
   *
   * @return degrees east
   */
  @JsonProperty("longitude")
  public abstract Optional<Double> longitude();

  /**
   * How precise the geocode is, e.g. {@code Address}, {@code Street}, {@code City}.
   *
   * @return the accuracy
   */
  @JsonProperty("geocodeAccuracy")
  public abstract Optional<String> geocodeAccuracy();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this address's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link Address}. */
  public static final class Builder extends ImmutableAddress.Builder {
    Builder() {}
  }
}
