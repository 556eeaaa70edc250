package dev.salescloud.model.composite;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One subrequest of a {@link CompositeRequest}: a method, a url under {@code /services/data/vNN.0/},
 * a referenceId later subrequests use to refer to its result, and optionally a JSON body and
 * request headers.
 *
 * <pre>{@code
 * CompositeSubrequest.builder()
 *     .method(HttpMethod.POST)
 *     .url("/services/data/v66.0/sobjects/Contact")
 *     .referenceId("refContact")
 *     .body(contactFields)                                  // a JsonNode: {"LastName":"Ng","AccountId":"@{refAccount.id}"}
 *     .putHttpHeader("Sforce-Auto-Assign", "FALSE")
 *     .build();
 * }</pre>
 *
 * <p>Refused when built: a url that does not start with {@code /services/data/v} or holds
 * whitespace (encode query strings), a malformed referenceId, a malformed {@code @{...}} reference
 * in the url or body, and the headers {@code Accept}, {@code Authorization} and {@code
 * Content-Type} in any case (subrequests inherit them; Salesforce fails the whole request when a
 * subrequest sends them). Bodies are JSON: turn a record or a patch into JSON first (a patch
 * serialises as exactly the fields it sets).
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCompositeSubrequest.class)
@JsonDeserialize(as = ImmutableCompositeSubrequest.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"method", "url", "referenceId", "body", "httpHeaders"})
public abstract class CompositeSubrequest {
  /** How every subrequest url starts. */
  public static final String URL_PREFIX = "/services/data/v";

  private static final Set<String> INHERITED_HEADERS = Set.of("accept", "authorization", "content-type");
  private static final Pattern VERSIONED_URL = Pattern.compile("/services/data/v\\d+\\.\\d+/.+");
  private static final Pattern QUERY_OR_COLLECTIONS =
      Pattern.compile(
          "/services/data/v[^/]+/(?:query|queryall|composite/sobjects)(?:/.*)?",
          Pattern.CASE_INSENSITIVE);

  CompositeSubrequest() {}

  /**
   * The HTTP method.
   *
   * @return the method
   */
  @JsonProperty("method")
  public abstract HttpMethod method();

  /**
   * The resource, with the query string URL-encoded.
   *
   * @return for example {@code /services/data/v66.0/sobjects/Account}
   */
  @JsonProperty("url")
  public abstract String url();

  /**
   * The name later subrequests use to refer to this one's result ({@code @{referenceId.path}}).
   *
   * @return letters, digits and underscores, starting with a letter or digit
   */
  @JsonProperty("referenceId")
  public abstract String referenceId();

  /**
   * The request body, as the standalone resource would take it.
   *
   * @return the JSON body; empty for a request without one
   */
  @JsonProperty("body")
  public abstract Optional<JsonNode> body();

  /**
   * Extra request headers, such as {@code Sforce-Auto-Assign} or {@code If-Match}. Subrequests
   * with headers are never collated.
   *
   * @return header names and values; empty when none
   */
  @JsonProperty("httpHeaders")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, String> httpHeaders();

  /** Reads a JSON null {@code body} as no body, as Salesforce means it. */
  @Value.Check
  protected CompositeSubrequest normalize() {
    if (body().isPresent() && body().get().isNull()) {
      return builder().from(this).body(Optional.empty()).build();
    }
    return this;
  }

  /**
   * Whether Salesforce counts this subrequest against the limit of query and sObject Collections
   * subrequests ({@code /query}, {@code /queryAll} and {@code /composite/sobjects}).
   *
   * @return {@code true} for query, queryAll and sObject Collections subrequests
   * @see CompositeRequest#MAX_QUERY_OR_COLLECTIONS_SUBREQUESTS
   */
  @JsonIgnore
  public boolean isQueryOrCollections() {
    return QUERY_OR_COLLECTIONS.matcher(pathOf(url())).matches();
  }

  /**
   * The references to earlier results this subrequest uses, in its url and in the strings of its
   * body, in order.
   *
   * @return the references; empty if it uses none
   */
  public List<Reference> references() {
    List<Reference> found = new ArrayList<>(Reference.findIn(url()));
    body().ifPresent(b -> collectReferences(b, found));
    return List.copyOf(found);
  }

  private static void collectReferences(JsonNode node, List<Reference> found) {
    if (node.isTextual()) {
      found.addAll(Reference.findIn(node.textValue()));
    } else if (node.isContainerNode()) {
      node.forEach(child -> collectReferences(child, found));
    }
  }

  /** Checks the url, the referenceId, the headers and the references. */
  @Value.Check
  protected void check() {
    Reference.requireReferenceId(referenceId(), "referenceId");
    String where = "Subrequest '" + referenceId() + "'";
    if (!url().startsWith(URL_PREFIX) || !VERSIONED_URL.matcher(url()).matches()) {
      throw new InvalidArgumentException(
          "url",
          where + " has url '" + Reference.abbreviate(url()) + "', but a composite subrequest url"
              + " must start with " + URL_PREFIX + "NN.0/, e.g. /services/data/v66.0/sobjects/Account");
    }
    for (int i = 0; i < url().length(); i++) {
      if (Character.isWhitespace(url().charAt(i))) {
        throw new InvalidArgumentException(
            "url",
            where + " has whitespace at character " + (i + 1) + " of its url '"
                + Reference.abbreviate(url()) + "': URL-encode the query string (a space is +"
                + " or %20)");
      }
    }
    for (String header : httpHeaders().keySet()) {
      if (INHERITED_HEADERS.contains(header.toLowerCase(Locale.ROOT))) {
        throw new InvalidArgumentException(
            "httpHeaders",
            where + " sets the header " + header + ", which subrequests inherit from the composite"
                + " request: Salesforce fails the whole request when a subrequest sets Accept,"
                + " Authorization or Content-Type. Remove it.");
      }
      if (header.isBlank()) {
        throw new InvalidArgumentException("httpHeaders", where + " has a header with no name");
      }
    }
    try {
      references();
    } catch (InvalidArgumentException e) {
      throw new InvalidArgumentException(e.argument(), where + ": " + e.getMessage());
    }
  }

  static String pathOf(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /**
   * A {@code GET} of a resource, such as a record or a query.
   *
   * @param referenceId the subrequest's referenceId
   * @param url the url under {@code /services/data/vNN.0/}
   * @return the subrequest
   */
  public static CompositeSubrequest get(String referenceId, String url) {
    return builder().method(HttpMethod.GET).referenceId(referenceId).url(url).build();
  }

  /**
   * A {@code POST} with a body, such as a create.
   *
   * @param referenceId the subrequest's referenceId
   * @param url the url under {@code /services/data/vNN.0/}
   * @param body the JSON body
   * @return the subrequest
   */
  public static CompositeSubrequest post(String referenceId, String url, JsonNode body) {
    return builder().method(HttpMethod.POST).referenceId(referenceId).url(url).body(body).build();
  }

  /**
   * A {@code PATCH} with a body, such as an update or an upsert.
   *
   * @param referenceId the subrequest's referenceId
   * @param url the url under {@code /services/data/vNN.0/}
   * @param body the JSON body
   * @return the subrequest
   */
  public static CompositeSubrequest patch(String referenceId, String url, JsonNode body) {
    return builder().method(HttpMethod.PATCH).referenceId(referenceId).url(url).body(body).build();
  }

  /**
   * A {@code DELETE}.
   *
   * @param referenceId the subrequest's referenceId
   * @param url the url under {@code /services/data/vNN.0/}
   * @return the subrequest
   */
  public static CompositeSubrequest delete(String referenceId, String url) {
    return builder().method(HttpMethod.DELETE).referenceId(referenceId).url(url).build();
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
   * A builder holding this subrequest, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Shows the method, the path (without the query string), the referenceId, never the body. */
  @Override
  public String toString() {
    String path = pathOf(url());
    return "CompositeSubrequest{" + referenceId() + " " + method() + " " + path
        + (path.length() < url().length() ? "?..." : "")
        + (body().isPresent() ? ", with body" : "")
        + (httpHeaders().isEmpty() ? "" : ", headers=" + httpHeaders().keySet()) + "}";
  }

  /** Builds a {@link CompositeSubrequest}. */
  public static final class Builder extends ImmutableCompositeSubrequest.Builder {
    Builder() {}
  }
}
