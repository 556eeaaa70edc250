package dev.salescloud.testkit.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.testkit.api.ApiVersions;
import dev.salescloud.testkit.store.OrgStore;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Who the org's user is, in the two shapes Salesforce answers: OpenID Connect UserInfo ({@code
 * GET /services/oauth2/userinfo}) and the identity URL ({@code GET /id/<orgId>/<userId>}), both
 * read from the running user's User record.
 */
final class Identity {
  private static final DateTimeFormatter SALESFORCE_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private final OrgStore store;
  private final String orgId;

  Identity(OrgStore store, String orgId) {
    this.store = store;
    this.orgId = orgId;
  }

  String userId() {
    return store.runningUserId().value();
  }

  ObjectNode userInfo(Origin origin) {
    JsonNode user = user();
    ObjectNode info = OAuthResource.MAPPER.createObjectNode();
    info.put("sub", origin.identityUrl(orgId, userId()));
    names(info, user, "preferred_username", "nickname", "name");
    info.put("given_name", text(user, "FirstName", ""));
    info.put("family_name", text(user, "LastName", ""));
    info.put("zoneinfo", zone(user));
    info.set("photos", photos(origin));
    info.put("profile", origin.instanceUrl() + "/" + userId());
    info.put("picture", origin.instanceUrl() + "/profilephoto/005/F");
    info.putObject("address");
    info.put("is_salesforce_integration_user", false);
    account(info, user, origin);
    info.put("updated_at", lastModified(user).toInstant().toString());
    return info;
  }

  /**
   * The identity URL's answer; with {@code version} ({@code 62.0} or {@code latest}) its URLs name
   * that version instead of the {@code {version}} placeholder.
   */
  ObjectNode identity(Origin origin, Optional<String> version) {
    JsonNode user = user();
    ObjectNode id = OAuthResource.MAPPER.createObjectNode();
    id.put("id", origin.identityUrl(orgId, userId()));
    id.put("asserted_user", true);
    names(id, user, "username", "nick_name", "display_name");
    id.put("first_name", text(user, "FirstName", ""));
    id.put("last_name", text(user, "LastName", ""));
    id.put("timezone", zone(user));
    id.set("photos", photos(origin));
    account(id, user, origin);
    id.put("last_modified_date", SALESFORCE_DATETIME.format(lastModified(user)));
    id.put("is_app_installed", true);
    version.map(v -> v.equalsIgnoreCase("latest") ? ApiVersions.NEWEST + ".0" : v)
        .filter(v -> v.matches("\\d{2}\\.0"))
        .ifPresent(v -> id.set("urls", urls(origin, v)));
    return id;
  }

  /** The ids, the user's names under the shape's keys, and the email. */
  private void names(ObjectNode into, JsonNode user, String usernameKey, String aliasKey, String nameKey) {
    into.put("user_id", userId());
    into.put("organization_id", orgId);
    into.put(usernameKey, text(user, "Username", ""));
    into.put(aliasKey, text(user, "Alias", ""));
    into.put(nameKey, text(user, "Name", ""));
    into.put("email", text(user, "Email", ""));
    into.put("email_verified", true);
  }

  /** The API URLs, the account's state and the user's locale, the same in both shapes. */
  private void account(ObjectNode into, JsonNode user, Origin origin) {
    into.set("urls", urls(origin, "{version}"));
    into.put("active", user.path("IsActive").asBoolean(true));
    into.put("user_type", "STANDARD");
    into.put("language", "en_US");
    into.put("locale", "en_US");
    into.put("utcOffset", utcOffset(zone(user)));
  }

  private static String zone(JsonNode user) {
    return text(user, "TimeZoneSidKey", "America/Los_Angeles");
  }

  private JsonNode user() {
    return store.row(store.runningUserId()).orElseThrow();
  }

  private ObjectNode photos(Origin origin) {
    ObjectNode photos = OAuthResource.MAPPER.createObjectNode();
    photos.put("picture", origin.instanceUrl() + "/profilephoto/005/F");
    photos.put("thumbnail", origin.instanceUrl() + "/profilephoto/005/T");
    return photos;
  }

  private ObjectNode urls(Origin origin, String version) {
    String base = origin.instanceUrl().toString();
    ObjectNode urls = OAuthResource.MAPPER.createObjectNode();
    urls.put("enterprise", base + "/services/Soap/c/" + version + "/" + orgId.substring(0, 15));
    urls.put("metadata", base + "/services/Soap/m/" + version + "/" + orgId.substring(0, 15));
    urls.put("partner", base + "/services/Soap/u/" + version + "/" + orgId.substring(0, 15));
    urls.put("rest", base + "/services/data/v" + version + "/");
    urls.put("sobjects", base + "/services/data/v" + version + "/sobjects/");
    urls.put("search", base + "/services/data/v" + version + "/search/");
    urls.put("query", base + "/services/data/v" + version + "/query/");
    urls.put("recent", base + "/services/data/v" + version + "/recent/");
    urls.put("tooling_soap", base + "/services/Soap/T/" + version + "/" + orgId.substring(0, 15));
    urls.put("tooling_rest", base + "/services/data/v" + version + "/tooling/");
    urls.put("profile", base + "/" + userId());
    urls.put("feeds", base + "/services/data/v" + version + "/chatter/feeds");
    urls.put("groups", base + "/services/data/v" + version + "/chatter/groups");
    urls.put("users", base + "/services/data/v" + version + "/chatter/users");
    urls.put("feed_items", base + "/services/data/v" + version + "/chatter/feed-items");
    urls.put("feed_elements", base + "/services/data/v" + version + "/chatter/feed-elements");
    urls.put("custom_domain", base);
    return urls;
  }

  private long utcOffset(String zone) {
    try {
      return ZoneId.of(zone).getRules().getOffset(store.clock().instant()).getTotalSeconds() * 1000L;
    } catch (DateTimeException e) {
      return 0L;
    }
  }

  private OffsetDateTime lastModified(JsonNode user) {
    try {
      return OffsetDateTime.parse(user.path("LastModifiedDate").asText(), SALESFORCE_DATETIME);
    } catch (DateTimeParseException e) {
      return Instant.EPOCH.atOffset(ZoneOffset.UTC);
    }
  }

  private static String text(JsonNode row, String field, String fallback) {
    JsonNode value = row.path(field);
    return value.isTextual() ? value.asText() : fallback;
  }

  /** Names the org, never the user's data. */
  @Override
  public String toString() {
    return "Identity{" + orgId + "}";
  }
}
