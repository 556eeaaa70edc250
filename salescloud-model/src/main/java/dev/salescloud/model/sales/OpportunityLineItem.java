package dev.salescloud.model.sales;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.CurrencyAmounts;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.TypedRecord;
import dev.salescloud.model.TypedRecordBuilder;
import dev.salescloud.model.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An OpportunityLineItem (key prefix {@code 00k}), shown as "Opportunity Product": a product of a
 * price book on an opportunity, with quantity and price.
 *
 * <pre>{@code
 * OpportunityLineItem line = OpportunityLineItem.builder()
 *     .opportunityId(dealId)
 *     .pricebookEntryId(entryId)
 *     .quantity(new BigDecimal("50"))
 *     .unitPrice(new BigDecimal("1000.00"))
 *     .build();
 * }</pre>
 *
 * <h2>Prices</h2>
 *
 * <p>A create gives either {@code UnitPrice} (the sales price) or {@code TotalPrice}, never both:
 * Salesforce computes the other. Records read back carry both, so the record itself accepts both,
 * but {@link #toCreateFields()} and {@link OpportunityLineItemPatch.Builder#build()} refuse them
 * together. {@code ListPrice}, {@code Subtotal}, {@code Name} and {@code ProductCode} are
 * read-only; {@code OpportunityId}, {@code PricebookEntryId} and {@code Product2Id} can be given
 * only on create. Adding a line item makes the opportunity's {@code Amount} the sum of its
 * lines.
 *
 * <p>Instances are immutable and thread-safe; {@code toString()} names the fields that are set,
 * never their values.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableOpportunityLineItem.class)
@JsonDeserialize(builder = OpportunityLineItem.Builder.class)
public abstract class OpportunityLineItem extends TypedRecord {
  /** The object's API name. */
  public static final String SOBJECT_TYPE = "OpportunityLineItem";

  OpportunityLineItem() {}

  /** Always {@code "OpportunityLineItem"}. */
  @Override
  public final String sobjectType() {
    return SOBJECT_TYPE;
  }

  /** {@code OpportunityId}; required on create, cannot change. @return the opportunity */
  @JsonProperty("OpportunityId")
  public abstract Optional<SalesforceId> opportunityId();

  /** {@code Product2Id}; can be given on create only. @return the product */
  @JsonProperty("Product2Id")
  public abstract Optional<SalesforceId> product2Id();

  /**
   * {@code Product2}: the product, when queried as a relationship ({@code Product2.Name}); a
   * generic record carrying the product's selected fields.
   *
   * @return the product record
   */
  @JsonProperty("Product2")
  public abstract Optional<SObject> product2();

  /** {@code PricebookEntryId}; required on create, cannot change. @return the price book entry */
  @JsonProperty("PricebookEntryId")
  public abstract Optional<SalesforceId> pricebookEntryId();

  /** {@code Quantity}. @return how many units */
  @JsonProperty("Quantity")
  public abstract Optional<BigDecimal> quantity();

  /** {@code UnitPrice} (currency), labelled Sales Price. @return the price per unit */
  @JsonProperty("UnitPrice")
  public abstract Optional<BigDecimal> unitPrice();

  /** {@code TotalPrice} (currency). @return the line's total */
  @JsonProperty("TotalPrice")
  public abstract Optional<BigDecimal> totalPrice();

  /** {@code ListPrice} (currency); read-only, from the price book entry. @return the list price */
  @JsonProperty("ListPrice")
  public abstract Optional<BigDecimal> listPrice();

  /** {@code Subtotal} (currency); read-only. @return the price before discount */
  @JsonProperty("Subtotal")
  public abstract Optional<BigDecimal> subtotal();

  /** {@code Discount} (percent). @return the discount, in percent */
  @JsonProperty("Discount")
  public abstract Optional<BigDecimal> discount();

  /** {@code ServiceDate}. @return when revenue is recognised and the product ships */
  @JsonProperty("ServiceDate")
  public abstract Optional<LocalDate> serviceDate();

  /** {@code Description}, at most 255 characters. @return the line description */
  @JsonProperty("Description")
  public abstract Optional<String> description();

  /** {@code Name}; read-only, derived from the opportunity and product. @return the name */
  @JsonProperty("Name")
  public abstract Optional<String> name();

  /** {@code ProductCode}; read-only, the product's code. @return the product code */
  @JsonProperty("ProductCode")
  public abstract Optional<String> productCode();

  /** {@code SortOrder}. @return the position users gave the line */
  @JsonProperty("SortOrder")
  public abstract Optional<Integer> sortOrder();

  /** Keeps the prices within Salesforce's currency range. */
  @Value.Check
  protected void checkAmounts() {
    unitPrice().ifPresent(v -> CurrencyAmounts.requireInRange("OpportunityLineItem.UnitPrice", v));
    totalPrice()
        .ifPresent(v -> CurrencyAmounts.requireInRange("OpportunityLineItem.TotalPrice", v));
    listPrice().ifPresent(v -> CurrencyAmounts.requireInRange("OpportunityLineItem.ListPrice", v));
    subtotal().ifPresent(v -> CurrencyAmounts.requireInRange("OpportunityLineItem.Subtotal", v));
  }

  /**
   * The fields a create of this line item sends.
   *
   * @return an ordered map from field API name to JSON value
   * @throws InvalidArgumentException if the record carries a read-only field, or both {@code
   *     UnitPrice} and {@code TotalPrice}, which Salesforce refuses together
   */
  @Override
  public Map<String, JsonNode> toCreateFields() {
    Map<String, JsonNode> fields = super.toCreateFields();
    if (unitPrice().isPresent() && totalPrice().isPresent()) {
      throw OpportunityLineItemPatch.bothPrices(
          unitPrice().get().toPlainString(), totalPrice().get().toPlainString());
    }
    return fields;
  }

  /**
   * A builder for a new line item.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this line item's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }


  /**
   * Builds an {@link OpportunityLineItem}. Besides a setter per field, it takes custom fields
   * through {@link #customField(String, Object)}.
   */
  public static final class Builder extends ImmutableOpportunityLineItem.Builder
      implements TypedRecordBuilder<Builder> {
    Builder() {}
  }
}
