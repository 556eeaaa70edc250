package dev.salescloud.testkit.oauth;

import dev.salescloud.client.transport.HttpRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where a request was sent: the instance URL to hand out (from the {@code Host} header over HTTP,
 * the org's fixed instance URL in process) and the host name asked.
 */
record Origin(URI instanceUrl, String host) {

  static Origin of(HttpRequest request, URI defaultInstance) {
    String scheme = request.uri().getScheme().toLowerCase(Locale.ROOT);
    URI instance = defaultInstance;
    String authority = request.uri().getRawAuthority();
    String hostHeader = request.header("Host").map(String::trim).orElse("");
    if (!hostHeader.isEmpty()) {
      try {
        URI fromHeader = new URI(scheme + "://" + hostHeader);
        if (fromHeader.getHost() != null && fromHeader.getRawPath().isEmpty()) {
          instance = fromHeader;
          authority = hostHeader;
        }
      } catch (URISyntaxException e) {
        // not a host: answered as from the default instance
      }
    }
    String host = authority == null ? "" : authority.replaceFirst(":\\d*$", "").toLowerCase(Locale.ROOT);
    return new Origin(instance, host);
  }

  /** The identity URL of a user, {@code <instance>/id/<orgId>/<userId>}. */
  String identityUrl(String orgId, String userId) {
    return instanceUrl + "/id/" + orgId + "/" + userId;
  }

  /** Whether the request went to Salesforce's shared login hosts rather than a My Domain. */
  boolean isSharedLoginHost() {
    return host.equals("login.salesforce.com") || host.equals("test.salesforce.com");
  }

  /** The JWT audiences accepted here: this host and Salesforce's login hosts. */
  boolean acceptsAudience(String audience) {
    String aud = audience.replaceAll("/+$", "");
    return Set.of(instanceUrl.toString(), "https://login.salesforce.com", "https://test.salesforce.com")
        .contains(aud);
  }
}
