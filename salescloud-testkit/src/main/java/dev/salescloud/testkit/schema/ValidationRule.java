package dev.salescloud.testkit.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A validation rule of the fake org, like a Salesforce validation rule formula: it answers
 * {@code true} when a write must be refused. Declare it with
 * {@link OrgSchema#addValidationRule(String, String, ValidationRule, String, String)}.
 *
 * <pre>{@code
 * org.schema().addValidationRule("Opportunity", "LockStage",
 *     (before, after) -> before.isPresent()
 *         && !before.get().path("StageName").equals(after.path("StageName")),
 *     "Stage changes only in the UI", "StageName");
 * }</pre>
 *
 * <p>Rules run on every create and update, after the field checks and before uniqueness, on copies
 * of the records keyed by API name: changing them changes nothing. A refused write answers 400
 * {@code FIELD_CUSTOM_VALIDATION_EXCEPTION} with the rule's message.
 */
@FunctionalInterface
public interface ValidationRule {
  /**
   * Tells whether a write breaks the rule.
   *
   * @param before a copy of the record as stored before the write, empty for a create
   * @param after a copy of the record as the write would store it, defaults and derived fields
   *     included
   * @return true to refuse the write
   */
  boolean isViolatedBy(Optional<ObjectNode> before, ObjectNode after);
}
