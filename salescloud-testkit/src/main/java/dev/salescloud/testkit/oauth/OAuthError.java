package dev.salescloud.testkit.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.client.transport.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal of an OAuth endpoint, answered as Salesforce does: {@code
 * {"error":"invalid_grant","error_description":"authentication failure"}}, status 400 unless said.
 */
final class OAuthError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;

  OAuthError(int status, String error, String description) {
    super(description, null, false, false);
    this.status = status;
    this.error = error;
  }

  static OAuthError invalidGrant(String description) {
    return new OAuthError(400, "invalid_grant", description);
  }

  static OAuthError invalidClientId() {
    return new OAuthError(400, "invalid_client_id", "client identifier invalid");
  }

  static OAuthError invalidClient() {
    return new OAuthError(400, "invalid_client", "invalid client credentials");
  }

  static OAuthError unsupportedGrantType() {
    return new OAuthError(400, "unsupported_grant_type", "grant type not supported");
  }

  static OAuthError redirectUriMismatch() {
    return new OAuthError(400, "redirect_uri_mismatch", "redirect_uri must match configuration");
  }

  /** The JSON answer, with the no-store caching Salesforce sends on OAuth answers. */
  HttpResponse toResponse() {
    ObjectNode body = OAuthResource.MAPPER.createObjectNode();
    body.put("error", error);
    body.put("error_description", getMessage());
    return json(status, body);
  }

  static HttpResponse json(int status, ObjectNode body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/json;charset=UTF-8"));
    headers.put("Cache-Control", List.of("no-cache,must-revalidate,max-age=0,no-store,private"));
    try {
      return HttpResponse.of(status, headers, OAuthResource.MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a JSON tree", e);
    }
  }
}
