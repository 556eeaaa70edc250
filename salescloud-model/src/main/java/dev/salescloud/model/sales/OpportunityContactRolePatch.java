package dev.salescloud.model.sales;

import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.SalesforceId;

/**
 * The changes to send in an OpportunityContactRole update: only what is set here is sent; {@link
 * Builder#clear(String)} sends JSON null to empty a field.
 *
 * <pre>{@code
 * OpportunityContactRolePatch patch = OpportunityContactRolePatch.builder()
 *     .role(OpportunityContactRole.Role.DECISION_MAKER)
 *     .isPrimary(true)
 *     .build();
 * }</pre>
 *
 * <p>{@code OpportunityId} can be given only on create: {@link Builder#set(String, Object)} and
 * {@link Builder#clear(String)} refuse it.
 */
public final class OpportunityContactRolePatch extends RecordPatch {
  private OpportunityContactRolePatch(Builder builder) {
    super(builder);
  }

  /**
   * A builder with no changes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OpportunityContactRolePatch}; each setter replaces an earlier change. */
  public static final class Builder extends RecordPatch.Builder<Builder> {
    private Builder() {
      super(OpportunityContactRole.SOBJECT_TYPE);
    }



    /** Sets {@code ContactId}. @param value the contact @return this builder */
    public Builder contactId(SalesforceId value) {
      return set("ContactId", value);
    }

    /**
     * Sets {@code Role}.
     *
     * @param value see {@link OpportunityContactRole.Role}
     * @return this builder
     */
    public Builder role(String value) {
      return set("Role", value);
    }

    /** Sets {@code IsPrimary}. @param value the flag @return this builder */
    public Builder isPrimary(boolean value) {
      return set("IsPrimary", value);
    }

    /**
     * Builds the patch.
     *
     * @return the patch
     */
    public OpportunityContactRolePatch build() {
      return new OpportunityContactRolePatch(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
