package dev.salescloud.model.sales;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;

/**
 * Rules the opportunity and activity types share: percentages, the Lead-or-Contact {@code WhoId},
 *.
 */
final class SalesFieldRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SalesFieldRules() {}

  /** Refuses a percentage outside 0..100 (Probability, DefaultProbability). */
  static BigDecimal requirePercent(String field, BigDecimal value) {
    InvalidArgumentException.requireNonNull(value, field);
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new InvalidArgumentException(
          field,
          field
              + " = "
              + value.toPlainString()
              + " is not a percentage between 0 and 100; give it in percent, e.g. 75 for a 75%"
              + " chance");
    }
    return value;
  }

  /**
   * Refuses a {@code WhoId} that is not a Lead ({@code 00Q}) or Contact ({@code 003}) id, which
   * Salesforce answers with {@code FIELD_INTEGRITY_EXCEPTION} ("id value of incorrect type").
   */
  static SalesforceId requireWho(String field, SalesforceId id) {
    InvalidArgumentException.requireNonNull(id, field);
    String lead = SalesforceId.keyPrefixOf(Lead.SOBJECT_TYPE).orElseThrow();
    String contact = SalesforceId.keyPrefixOf("Contact").orElseThrow();
    String prefix = id.keyPrefix();
    if (!prefix.equals(lead) && !prefix.equals(contact)) {
      throw new InvalidArgumentException(
          field,
          field
              + " = "
              + id.value()
              + " has key prefix "
              + prefix
              + id.objectType().map(t -> " (" + t + ")").orElse("")
              + ", but WhoId takes a person: a Lead ("
              + lead
              + ") or a Contact ("
              + contact
              + ") id. Put accounts, opportunities and other records in WhatId instead.");
    }
    return id;
  }

  /**
   * Checks a {@code WhoId} given to a patch's generic {@code set(..)}: an id, or text (or JSON
   * text) holding one. Other values are left to the generic checks.
   */
  static void requireWhoValue(String field, Object value) {
    if (value instanceof SalesforceId) {
      requireWho(field, (SalesforceId) value);
    } else if (value instanceof String) {
      requireWho(field, SalesforceId.of((String) value));
    } else if (value instanceof JsonNode && ((JsonNode) value).isTextual()) {
      requireWho(field, SalesforceId.of(((JsonNode) value).asText()));
    }
  }

}
