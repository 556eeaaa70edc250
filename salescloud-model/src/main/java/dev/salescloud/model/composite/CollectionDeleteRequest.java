package dev.salescloud.model.composite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An sObject Collections delete ({@code DELETE
 * /services/data/vNN.0/composite/sobjects?ids=...&allOrNone=...}): up to 200 records of any types
 * by id, in one API call. It has no body; {@link #idsParameter()} is the {@code ids} query
 * parameter. The answer is a {@link CollectionResults}, one entry per id in the same order.
 *
 * <pre>{@code
 * CollectionDeleteRequest delete = CollectionDeleteRequest.of(List.of(leadId, contactId));
 * delete.idsParameter();   // "00Q5f00000AbcdeEAB,003D000000IqhSLIAZ"
 * }</pre>
 *
 * <p>An empty list, or more than {@value #MAX_IDS} ids, is refused when built.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCollectionDeleteRequest.class)
@JsonDeserialize(as = ImmutableCollectionDeleteRequest.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"ids", "allOrNone"})
public abstract class CollectionDeleteRequest {
  /** The most ids one delete may hold. */
  public static final int MAX_IDS = 200;

  CollectionDeleteRequest() {}

  /**
   * The ids of the records to delete, in order.
   *
   * @return one to {@value #MAX_IDS} ids
   */
  @JsonProperty("ids")
  public abstract List<SalesforceId> ids();

  /**
   * Whether one failing delete rolls back every delete.
   *
   * @return {@code false} unless set otherwise, as in Salesforce
   */
  @JsonProperty("allOrNone")
  @Value.Default
  public boolean allOrNone() {
    return false;
  }

  /**
   * The {@code ids} query parameter: the 18-character ids, comma-separated.
   *
   * @return for example {@code 00Q5f00000AbcdeEAB,003D000000IqhSLIAZ}
   */
  public String idsParameter() {
    return ids().stream().map(SalesforceId::value).collect(Collectors.joining(","));
  }

  /** Enforces the id count. */
  @Value.Check
  protected void check() {
    if (ids().isEmpty()) {
      throw new InvalidArgumentException(
          "ids", "An sObject Collections delete needs at least one id; it has none");
    }
    if (ids().size() > MAX_IDS) {
      throw new InvalidArgumentException(
          "ids",
          "An sObject Collections delete holds at most " + MAX_IDS + " ids; this one has "
              + ids().size() + ". Split the ids into several deletes.");
    }
  }

  /**
   * A delete of records by id, with {@code allOrNone = false}.
   *
   * @param ids one to {@value #MAX_IDS} ids
   * @return the request
   */
  public static CollectionDeleteRequest of(List<SalesforceId> ids) {
    InvalidArgumentException.requireNonNull(ids, "ids");
    return builder().addAllIds(ids).build();
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
   * A builder holding this request, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the flag and the id count. */
  @Override
  public String toString() {
    return "CollectionDeleteRequest{allOrNone=" + allOrNone() + ", ids=" + ids().size() + "}";
  }

  /** Builds a {@link CollectionDeleteRequest}. */
  public static final class Builder extends ImmutableCollectionDeleteRequest.Builder {
    Builder() {}
  }
}
