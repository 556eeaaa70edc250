package dev.salescloud.auth;

/**
 * The OAuth scopes a Connected App or External Client App can grant, as constants. Scopes are plain
 * strings, so any other scope (a custom one, a new Salesforce one) can be used as well.
 *
 * <pre>{@code
 * boolean offline = response.scopes().contains(OAuthScope.REFRESH_TOKEN);
 * }</pre>
 */
public final class OAuthScope {
  /** Access the REST and Bulk APIs ({@code api}). */
  public static final String API = "api";

  /** Obtain a refresh token, to act while the user is away ({@code refresh_token}). */
  public static final String REFRESH_TOKEN = "refresh_token";

  /** The same as {@link #REFRESH_TOKEN} ({@code offline_access}). */
  public static final String OFFLINE_ACCESS = "offline_access";

  /** Read the identity URL ({@code id}). */
  public static final String ID = "id";

  /** OpenID Connect: an {@code id_token} in the token response ({@code openid}). */
  public static final String OPENID = "openid";

  /** CRM Analytics REST API ({@code wave_api}). */
  public static final String WAVE_API = "wave_api";

  /** The custom permissions of the app ({@code custom_permissions}). */
  public static final String CUSTOM_PERMISSIONS = "custom_permissions";

  /** Use the token in a web browser session ({@code web}). */
  public static final String WEB = "web";

  /** Everything the user can access ({@code full}); it does not imply a refresh token. */
  public static final String FULL = "full";

  private OAuthScope() {}
}
