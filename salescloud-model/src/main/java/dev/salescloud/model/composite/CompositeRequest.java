package dev.salescloud.model.composite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The body of a Composite request ({@code POST /services/data/vNN.0/composite}): up to 25
 * subrequests run in order in one call, later ones using earlier results through {@link
 * Reference}s. The whole call counts as one API request.
 *
 * <pre>{@code
 * CompositeRequest request = CompositeRequest.builder()
 *     .addSubrequest(CompositeSubrequest.post("refAccount",
 *         "/services/data/v66.0/sobjects/Account", accountFields))
 *     .addSubrequest(CompositeSubrequest.post("refContact",
 *         "/services/data/v66.0/sobjects/Contact",
 *         contactFields.put("AccountId", Reference.id("refAccount").toString())))
 *     .build();                                   // allOrNone = true, collateSubrequests = false
 * }</pre>
 *
 * <h2>Checked before sending</h2>
 *
 * <p>Salesforce fails the whole request when one of its rules is broken, so {@code build()}
 * refuses, with an {@link InvalidArgumentException} naming the limit and the count:
 *
 * <ul>
 *   <li>no subrequest, or more than {@value #MAX_SUBREQUESTS};
 *   <li>more than {@value #MAX_QUERY_OR_COLLECTIONS_SUBREQUESTS} query, queryAll or sObject
 *       Collections subrequests;
 *   <li>two subrequests with the same referenceId;
 *   <li>a reference ({@code @{x.path}}) to a subrequest that is not earlier in the request: to a
 *       later one, to itself, or to none.
 * </ul>
 *
 * <h2>Flags</h2>
 *
 * <p>Both flags are always sent. {@code allOrNone} defaults to {@code true} here (Salesforce's own
 * default is {@code false}): a failure rolls everything back. {@code collateSubrequests} defaults
 * to {@code false} (Salesforce's default is {@code true} from v49.0): subrequests run in the order
 * given, which matters when they depend on each other without an explicit reference (a trigger
 * reading a record created earlier).
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCompositeRequest.class)
@JsonDeserialize(as = ImmutableCompositeRequest.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"allOrNone", "collateSubrequests", "compositeRequest"})
public abstract class CompositeRequest {
  /** The most subrequests a composite request may hold. */
  public static final int MAX_SUBREQUESTS = 25;

  /** The most query, queryAll and sObject Collections subrequests a composite request may hold. */
  public static final int MAX_QUERY_OR_COLLECTIONS_SUBREQUESTS = 5;

  CompositeRequest() {}

  /**
   * Whether a failing subrequest rolls the whole request back ({@code true}), or only the
   * subrequests depending on it are skipped ({@code false}).
   *
   * @return {@code true} unless set otherwise
   */
  @JsonProperty("allOrNone")
  @Value.Default
  public boolean allOrNone() {
    return true;
  }

  /**
   * Whether Salesforce may group unrelated subrequests to run them faster, in an order it
   * chooses.
   *
   * @return {@code false} unless set otherwise
   */
  @JsonProperty("collateSubrequests")
  @Value.Default
  public boolean collateSubrequests() {
    return false;
  }

  /**
   * The subrequests, in the order they run.
   *
   * @return one to {@value #MAX_SUBREQUESTS} subrequests
   */
  @JsonProperty("compositeRequest")
  public abstract List<CompositeSubrequest> subrequests();

  /**
   * The subrequest with a referenceId.
   *
   * @param referenceId the referenceId
   * @return the subrequest, or empty if none has it
   */
  public Optional<CompositeSubrequest> subrequest(String referenceId) {
    return subrequests().stream().filter(s -> s.referenceId().equals(referenceId)).findFirst();
  }

  /** Enforces Salesforce's limits and the order of references. */
  @Value.Check
  protected void check() {
    int count = subrequests().size();
    if (count == 0) {
      throw new InvalidArgumentException(
          "compositeRequest", "A composite request needs at least one subrequest; it has none");
    }
    if (count > MAX_SUBREQUESTS) {
      throw new InvalidArgumentException(
          "compositeRequest",
          "A composite request holds at most " + MAX_SUBREQUESTS + " subrequests; this one has "
              + count + ". Split it into several composite requests.");
    }
    List<String> queries =
        subrequests().stream()
            .filter(CompositeSubrequest::isQueryOrCollections)
            .map(CompositeSubrequest::referenceId)
            .collect(Collectors.toList());
    if (queries.size() > MAX_QUERY_OR_COLLECTIONS_SUBREQUESTS) {
      throw new InvalidArgumentException(
          "compositeRequest",
          "A composite request holds at most " + MAX_QUERY_OR_COLLECTIONS_SUBREQUESTS
              + " query, queryAll or sObject Collections subrequests; this one has "
              + queries.size() + " " + queries + ". Move some into another request.");
    }
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String referenceId = subrequests().get(i).referenceId();
      Integer earlier = positions.putIfAbsent(referenceId, i);
      if (earlier != null) {
        throw new InvalidArgumentException(
            "compositeRequest",
            "Duplicate referenceId '" + referenceId + "': subrequests #" + (earlier + 1) + " and #"
                + (i + 1) + " both use it; each subrequest needs its own referenceId.");
      }
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CompositeSubrequest subrequest = subrequests().get(i);
      for (Reference reference : subrequest.references()) {
        Integer target = positions.get(reference.referenceId());
        if (target == null) {
          problems.add(
              "subrequest #" + (i + 1) + " '" + subrequest.referenceId() + "' uses " + reference
                  + ", but no subrequest has referenceId '" + reference.referenceId() + "'");
        } else if (target >= i) {
          problems.add(
              "subrequest #" + (i + 1) + " '" + subrequest.referenceId() + "' uses " + reference
                  + ", but '" + reference.referenceId() + "' is "
                  + (target == i ? "the subrequest itself" : "subrequest #" + (target + 1)
                      + ", which runs later"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidArgumentException(
          "compositeRequest",
          "A reference can only use the result of an earlier subrequest: "
              + String.join("; ", problems) + ".");
    }
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

  /** Shows the flags and the subrequests' methods and paths, never bodies. */
  @Override
  public String toString() {
    return "CompositeRequest{allOrNone=" + allOrNone() + ", collateSubrequests="
        + collateSubrequests() + ", subrequests=" + subrequests() + "}";
  }

  /** Builds a {@link CompositeRequest}. */
  public static final class Builder extends ImmutableCompositeRequest.Builder {
    Builder() {}
  }
}
