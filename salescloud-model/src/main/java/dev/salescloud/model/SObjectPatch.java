package dev.salescloud.model;

/**
 * A patch for any object, custom ones included, with fields set by API name.
 *
 * <pre>{@code
 * SObjectPatch patch = SObjectPatch.builder("Invoice__c")
 *     .set("Status__c", "Paid")
 *     .clear("Dispute_Reason__c")
 *     .build();
 * }</pre>
 *
 * @see RecordPatch
 */
public final class SObjectPatch extends RecordPatch {
  private SObjectPatch(Builder builder) {
    super(builder);
  }

  /**
   * A builder for a patch of the given object.
   *
   * @param sobjectType the object's API name, e.g. {@code "Invoice__c"}
   * @return a new builder
   */
  public static Builder builder(String sobjectType) {
    return new Builder(sobjectType);
  }

  /** Builds an {@link SObjectPatch}. */
  public static final class Builder extends RecordPatch.Builder<Builder> {
    private Builder(String sobjectType) {
      super(sobjectType);
    }

    /**
     * Builds the patch.
     *
     * @return the patch
     */
    public SObjectPatch build() {
      return new SObjectPatch(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
