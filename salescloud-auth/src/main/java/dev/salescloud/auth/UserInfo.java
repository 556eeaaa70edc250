package dev.salescloud.auth;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who a token belongs to: the OpenID Connect UserInfo answer of {@code GET
 * /services/oauth2/userinfo}, or the answer of the token's identity URL, whose keys differ
 * ({@code username}, {@code display_name}, {@code timezone}, {@code id}) but mean the same. Read
 * either with {@link UserInfoEndpoint}.
 *
 * <pre>{@code
 * UserInfo me = UserInfoEndpoint.create().read(credentials.token());
 * me.organizationId();   // 00Dx0000000BV7zEAG
 * me.zoneinfo();         // Optional[America/Los_Angeles]
 * }</pre>
 *
 * <p>{@link #toString()} shows the user and org ids only, not personal data such as the email.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableUserInfo.class)
@JsonDeserialize(as = ImmutableUserInfo.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class UserInfo {
  UserInfo() {}

  /**
   * The subject ({@code sub}), the user's identity URL.
   *
   * @return for example {@code https://login.salesforce.com/id/00Dx0000000BV7zEAG/005x00000012Q9PAAU}
   */
  @JsonProperty("sub")
  @JsonAlias("id")
  public abstract Optional<String> sub();

  /**
   * The user's id ({@code user_id}).
   *
   * @return an 18-character id
   */
  @JsonProperty("user_id")
  public abstract String userId();

  /**
   * The org's id ({@code organization_id}).
   *
   * @return an 18-character id
   */
  @JsonProperty("organization_id")
  public abstract String organizationId();

  /**
   * The username ({@code preferred_username}).
   *
   * @return for example {@code integration@acme.com}
   */
  @JsonProperty("preferred_username")
  @JsonAlias("username")
  public abstract Optional<String> preferredUsername();

  /**
   * The user's full name ({@code name}).
   *
   * @return the name
   */
  @JsonProperty("name")
  @JsonAlias("display_name")
  public abstract Optional<String> name();

  /**
   * The user's email ({@code email}).
   *
   * @return the email address
   */
  @JsonProperty("email")
  public abstract Optional<String> email();

  /**
   * The user's time zone ({@code zoneinfo}).
   *
   * @return for example {@code America/Los_Angeles}
   */
  @JsonProperty("zoneinfo")
  @JsonAlias("timezone")
  public abstract Optional<String> zoneinfo();

  /**
   * The user's locale ({@code locale}).
   *
   * @return for example {@code en_US}
   */
  @JsonProperty("locale")
  public abstract Optional<String> locale();

  /**
   * The user's language ({@code language}).
   *
   * @return for example {@code en_US}
   */
  @JsonProperty("language")
  public abstract Optional<String> language();

  /**
   * The offset of the user's time zone from UTC in milliseconds ({@code utcOffset}).
   *
   * @return for example {@code -28800000}
   */
  @JsonProperty("utcOffset")
  public abstract Optional<Long> utcOffset();

  /**
   * Whether the user is active ({@code active}).
   *
   * @return the flag, if sent
   */
  @JsonProperty("active")
  public abstract Optional<Boolean> active();

  /**
   * The user type ({@code user_type}).
   *
   * @return for example {@code STANDARD}
   */
  @JsonProperty("user_type")
  public abstract Optional<String> userType();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the user and org ids, never personal data. */
  @Override
  public String toString() {
    return "UserInfo{userId=" + userId() + ", organizationId=" + organizationId() + "}";
  }

  /** Builds a {@link UserInfo}. */
  public static final class Builder extends ImmutableUserInfo.Builder {
    Builder() {}
  }
}
