package dev.salescloud.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The key prefixes of standard objects (salesforce-api.md §11.2). Prefixes are case-sensitive;
 * object names are not.
 */
final class KeyPrefixes {
  private static final Map<String, String> TYPE_BY_PREFIX =
      Map.ofEntries(
          Map.entry("001", "Account"),
          Map.entry("002", "Note"),
          Map.entry("003", "Contact"),
          Map.entry("005", "User"),
          Map.entry("006", "Opportunity"),
          Map.entry("008", "OpportunityHistory"),
          Map.entry("00D", "Organization"),
          Map.entry("00E", "UserRole"),
          Map.entry("00G", "Group"),
          Map.entry("00K", "OpportunityContactRole"),
          Map.entry("00O", "Report"),
          Map.entry("00P", "Attachment"),
          Map.entry("00Q", "Lead"),
          Map.entry("00T", "Task"),
          Map.entry("00U", "Event"),
          Map.entry("00e", "Profile"),
          Map.entry("00k", "OpportunityLineItem"),
          Map.entry("00l", "Folder"),
          Map.entry("00v", "CampaignMember"),
          Map.entry("012", "RecordType"),
          Map.entry("015", "Document"),
          Map.entry("01Z", "Dashboard"),
          Map.entry("01s", "Pricebook2"),
          Map.entry("01t", "Product2"),
          Map.entry("022", "FiscalYearSettings"),
          Map.entry("500", "Case"),
          Map.entry("701", "Campaign"),
          Map.entry("800", "Contract"),
          Map.entry("801", "Order"),
          Map.entry("802", "OrderItem"));

  private static final Map<String, String> PREFIX_BY_TYPE =
      TYPE_BY_PREFIX.entrySet().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  e -> e.getValue().toLowerCase(Locale.ROOT), Map.Entry::getKey));

  private KeyPrefixes() {}

  static Optional<String> typeOf(String prefix) {
    return Optional.ofNullable(TYPE_BY_PREFIX.get(prefix));
  }

  static Optional<String> prefixOf(String sobjectType) {
    return Optional.ofNullable(PREFIX_BY_TYPE.get(sobjectType.toLowerCase(Locale.ROOT)));
  }
}
