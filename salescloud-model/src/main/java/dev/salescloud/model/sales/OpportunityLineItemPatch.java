package dev.salescloud.model.sales;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescloud.model.RecordPatch;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The changes to send in an OpportunityLineItem update: only what is set here is sent; {@link
 * Builder#clear(String)} sends JSON null to empty a field.
 *
 * <pre>{@code
 * OpportunityLineItemPatch patch = OpportunityLineItemPatch.builder()
 *     .quantity(new BigDecimal("60"))
 *     .unitPrice(new BigDecimal("950.00"))
 *     .build();
 * }</pre>
 *
 * <p>Salesforce changes either {@code UnitPrice} or {@code TotalPrice} in one update, never both
 * (not even both to null), so {@link Builder#build()} refuses a patch that holds both. When only
 * {@code Quantity} changes, Salesforce keeps {@code TotalPrice} and adjusts {@code UnitPrice}; when
 * {@code Discount} and {@code Quantity} change together, give one of the prices too. Read-only
 * fields ({@code ListPrice}, {@code Subtotal}, {@code Name}, {@code ProductCode}) have no setter,
 * and the create-only {@code OpportunityId}, {@code PricebookEntryId} and {@code Product2Id} are
 * refused by {@link Builder#set(String, Object)} and {@link Builder#clear(String)}.
 */
public final class OpportunityLineItemPatch extends RecordPatch {
  private OpportunityLineItemPatch(Builder builder) {
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

  /** The refusal of {@code UnitPrice} and {@code TotalPrice} together, for creates and updates. */
  static InvalidArgumentException bothPrices(String unitPrice, String totalPrice) {
    return new InvalidArgumentException(
        "OpportunityLineItem.TotalPrice",
        "OpportunityLineItem.UnitPrice ("
            + unitPrice
            + ") and OpportunityLineItem.TotalPrice ("
            + totalPrice
            + ") cannot be sent together: Salesforce takes one of them and computes the other"
            + " from Quantity. Send only UnitPrice (the price per unit) or only TotalPrice.");
  }

  /** Builds an {@link OpportunityLineItemPatch}; each setter replaces an earlier change. */
  public static final class Builder extends RecordPatch.Builder<Builder> {
    private Builder() {
      super(OpportunityLineItem.SOBJECT_TYPE);
    }



    /** Sets {@code Quantity}. @param value how many units @return this builder */
    public Builder quantity(BigDecimal value) {
      return set("Quantity", value);
    }

    /**
     * Sets {@code UnitPrice}, the sales price; not together with {@code TotalPrice}.
     *
     * @param value the price per unit; at most 16 digits before the decimal point
     * @return this builder
     */
    public Builder unitPrice(BigDecimal value) {
      return setCurrency("UnitPrice", value);
    }

    /**
     * Sets {@code TotalPrice}; not together with {@code UnitPrice}.
     *
     * @param value the line's total; at most 16 digits before the decimal point
     * @return this builder
     */
    public Builder totalPrice(BigDecimal value) {
      return setCurrency("TotalPrice", value);
    }

    /** Sets {@code Discount}. @param value the discount, in percent @return this builder */
    public Builder discount(BigDecimal value) {
      return set("Discount", value);
    }

    /** Sets {@code ServiceDate}. @param value the service date @return this builder */
    public Builder serviceDate(LocalDate value) {
      return set("ServiceDate", value);
    }

    /** Sets {@code Description}. @param value the description @return this builder */
    public Builder description(String value) {
      return set("Description", value);
    }

    /** Sets {@code SortOrder}. @param value the line's position @return this builder */
    public Builder sortOrder(int value) {
      return set("SortOrder", value);
    }

    /**
     * Builds the patch.
     *
     * @return the patch
     * @throws InvalidArgumentException if the patch holds both {@code UnitPrice} and {@code
     *     TotalPrice} (set or cleared), which Salesforce refuses in one update
     */
    public OpportunityLineItemPatch build() {
      JsonNode unitPrice = null;
      JsonNode totalPrice = null;
      for (Map.Entry<String, JsonNode> change : changes().entrySet()) {
        if (change.getKey().equalsIgnoreCase("UnitPrice")) {
          unitPrice = change.getValue();
        } else if (change.getKey().equalsIgnoreCase("TotalPrice")) {
          totalPrice = change.getValue();
        }
      }
      if (unitPrice != null && totalPrice != null) {
        throw bothPrices(text(unitPrice), text(totalPrice));
      }
      return new OpportunityLineItemPatch(this);
    }

    @Override
    protected Builder self() {
      return this;
    }

    private static String text(JsonNode value) {
      return value.isNumber() ? value.decimalValue().toPlainString() : value.toString();
    }
  }
}
