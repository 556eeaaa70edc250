package dev.salescloud.auth;

import dev.salescloud.model.error.InvalidArgumentException;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The authorization server a token is requested from: Salesforce's production or sandbox login
 * host, an org's My Domain, or any other base URL (an Experience Cloud site, the testkit emulator).
 *
 * <pre>{@code
 * LoginHost.PRODUCTION;                               // https://login.salesforce.com
 * LoginHost.SANDBOX;                                  // https://test.salesforce.com
 * LoginHost.myDomain("acme");                         // https://acme.my.salesforce.com
 * LoginHost.myDomain("acme--dev.sandbox.my.salesforce.com");
 * LoginHost.of(URI.create("http://127.0.0.1:8443")); // an emulator
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LoginHost {
  /** The production login host, {@code https://login.salesforce.com}. */
  public static final LoginHost PRODUCTION = new LoginHost(URI.create("https://login.salesforce.com"));

  /** The sandbox login host, {@code https://test.salesforce.com}. */
  public static final LoginHost SANDBOX = new LoginHost(URI.create("https://test.salesforce.com"));

  private static final Pattern DOMAIN_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");
  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9.-]+");

  private final URI baseUrl;

  private LoginHost(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * An org's My Domain host. A bare name gets {@code .my.salesforce.com} appended; a full host name
   * (a sandbox's {@code acme--dev.sandbox.my.salesforce.com}) is used as given.
   *
   * @param domain a My Domain name such as {@code acme}, or a full host name
   * @return the host, over https
   * @throws InvalidArgumentException if {@code domain} is not a host name
   */
  public static LoginHost myDomain(String domain) {
    InvalidArgumentException.requireNonNull(domain, "myDomain");
    String host = domain.trim();
    if (DOMAIN_NAME.matcher(host).matches()) {
      host = host + ".my.salesforce.com";
    } else if (!HOST_NAME.matcher(host).matches() || host.startsWith(".") || host.endsWith(".")) {
      throw new InvalidArgumentException(
          "myDomain",
          "myDomain must be a My Domain name such as 'acme' or a host name such as"
              + " 'acme.my.salesforce.com', not '" + domain + "'");
    }
    return new LoginHost(URI.create("https://" + host.toLowerCase(Locale.ROOT)));
  }

  /**
   * Any authorization server base URL, such as an Experience Cloud site or the testkit emulator.
   * A trailing slash is dropped.
   *
   * @param baseUrl an absolute http(s) URL without query or fragment
   * @return the host
   * @throws InvalidArgumentException if the URL is not an absolute http(s) URL
   */
  public static LoginHost of(URI baseUrl) {
    InvalidArgumentException.requireNonNull(baseUrl, "loginHost");
    String scheme = baseUrl.getScheme();
    if (!baseUrl.isAbsolute()
        || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
        || baseUrl.getHost() == null
        || baseUrl.getRawQuery() != null
        || baseUrl.getRawFragment() != null) {
      throw new InvalidArgumentException(
          "loginHost",
          "loginHost must be an absolute https URL such as https://login.salesforce.com, not '"
              + baseUrl + "'");
    }
    String text = baseUrl.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return new LoginHost(URI.create(text));
  }

  /**
   * The base URL, without a trailing slash.
   *
   * @return for example {@code https://login.salesforce.com}
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * The token endpoint, {@code POST {base}/services/oauth2/token}.
   *
   * @return the URL
   */
  public URI tokenUrl() {
    return resolve("/services/oauth2/token");
  }

  /**
   * The revocation endpoint, {@code POST {base}/services/oauth2/revoke}.
   *
   * @return the URL
   */
  public URI revokeUrl() {
    return resolve("/services/oauth2/revoke");
  }

  /**
   * Whether this is one of Salesforce's shared login hosts ({@code login.salesforce.com} or
   * {@code test.salesforce.com}), which refuse flows that need the org's own domain, such as the
   * client-credentials flow.
   *
   * @return {@code true} for the production and sandbox login hosts
   */
  public boolean isSharedLoginHost() {
    String host = baseUrl.getHost().toLowerCase(Locale.ROOT);
    return host.equals("login.salesforce.com") || host.equals("test.salesforce.com");
  }

  URI resolve(String path) {
    return URI.create(baseUrl + path);
  }

  /** Two hosts are equal when their base URLs are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof LoginHost && ((LoginHost) other).baseUrl.equals(baseUrl);
  }

  /** Hashes the base URL. */
  @Override
  public int hashCode() {
    return baseUrl.hashCode();
  }

  /** Shows the base URL. */
  @Override
  public String toString() {
    return "LoginHost{" + baseUrl + "}";
  }
}
