package dev.salescloud.model.describe;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import org.immutables.value.Value;

/**
 * One object in the list of {@link DescribeGlobal}: its names, key prefix and what the user may do
 * with its records. Its fields need an {@link SObjectDescribe}.
 *
 * <pre>{@code
 * {"name":"Account","label":"Account","labelPlural":"Accounts","keyPrefix":"001","custom":false,
 *  "createable":true,"updateable":true,"deletable":true,"queryable":true,"searchable":true,
 *  "urls":{"sobject":"/services/data/v66.0/sobjects/Account",
 *          "describe":"/services/data/v66.0/sobjects/Account/describe",
 *          "rowTemplate":"/services/data/v66.0/sobjects/Account/{ID}"}}
 * }</pre>
 *
 * <p>Flags Salesforce did not send read as {@code false}; other keys ({@code activateable}, {@code
 * layoutable}, {@code retrieveable}, ...) are kept in {@link #otherFields()}.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSObjectSummary.class)
@JsonDeserialize(builder = SObjectSummary.Builder.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder(alphabetic = true)
public abstract class SObjectSummary extends DescribedObject {
  SObjectSummary() {}

  /** Keeps extra keys to keys not modelled. */
  @Value.Check
  protected void check() {
    DescribeKeys.requireUnmodelled(this, "SObjectSummary", otherFields());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this summary's attributes.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds an {@link SObjectSummary}; {@code name}, {@code label} and {@code labelPlural} are
   * required.
   */
  public static final class Builder extends ImmutableSObjectSummary.Builder {
    Builder() {}
  }
}
