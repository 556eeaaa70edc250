package dev.salescloud.model.composite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.salescloud.model.SalesCloudStyle;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One subrequest of a {@link BatchRequest}: a method, a url <em>relative to</em> {@code
 * /services/data/} and starting with the version, and optionally a JSON body ({@code richInput}).
 * Batch subrequests are independent: they cannot refer to each other and carry no headers.
 *
 * <pre>{@code
 * BatchSubrequest.patch("v66.0/sobjects/Account/001D000000K0fXOIAZ", fields);   // {"Name":"NewName"}
 * BatchSubrequest.get("v66.0/sobjects/Account/001D000000K0fXOIAZ?fields=Name,BillingPostalCode");
 * }</pre>
 *
 * <p>Refused when built: a url given from {@code /services/data/} (the message shows the relative
 * form), a url that does not start with {@code vNN.0/}, a version below {@value
 * #MIN_API_VERSION}, whitespace in the url, and a {@code binaryPartName} without its {@code
 * binaryPartNameAlias} or the other way round.
 */
@SalesCloudStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBatchSubrequest.class)
@JsonDeserialize(as = ImmutableBatchSubrequest.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"method", "url", "richInput", "binaryPartName", "binaryPartNameAlias"})
public abstract class BatchSubrequest {
  /** The lowest API version a batch subrequest may use. */
  public static final String MIN_API_VERSION = "34.0";

  private static final Pattern RELATIVE_URL = Pattern.compile("v(\\d+)\\.(\\d+)/.+");
  private static final Pattern ABSOLUTE_PREFIX = Pattern.compile("^/?services/data/");

  BatchSubrequest() {}

  /**
   * The HTTP method.
   *
   * @return the method
   */
  @JsonProperty("method")
  public abstract HttpMethod method();

  /**
   * The resource, relative to {@code /services/data/}, with the query string URL-encoded.
   *
   * @return for example {@code v66.0/sobjects/Account/001D000000K0fXOIAZ}
   */
  @JsonProperty("url")
  public abstract String url();

  /**
   * The request body, as the standalone resource would take it.
   *
   * @return the JSON body; empty for a request without one
   */
  @JsonProperty("richInput")
  public abstract Optional<JsonNode> richInput();

  /**
   * The name of the binary part of a multipart batch request that belongs to this subrequest.
   *
   * @return the part name; present exactly when {@link #binaryPartNameAlias()} is
   */
  @JsonProperty("binaryPartName")
  public abstract Optional<String> binaryPartName();

  /**
   * The {@code name} parameter of that binary part's {@code Content-Disposition} header.
   *
   * @return the alias; present exactly when {@link #binaryPartName()} is
   */
  @JsonProperty("binaryPartNameAlias")
  public abstract Optional<String> binaryPartNameAlias();

  /** Reads a JSON null {@code richInput} as no richInput, as Salesforce means it. */
  @Value.Check
  protected BatchSubrequest normalize() {
    if (richInput().isPresent() && richInput().get().isNull()) {
      return builder().from(this).richInput(Optional.empty()).build();
    }
    return this;
  }

  /** Checks the url form, its version and the binary part names. */
  @Value.Check
  protected void check() {
    String url = url();
    Matcher absolute = ABSOLUTE_PREFIX.matcher(url);
    if (absolute.find()) {
      String relative = url.substring(absolute.end());
      throw new InvalidArgumentException(
          "url",
          "Batch subrequest url '" + Reference.abbreviate(url) + "' must be relative to"
              + " /services/data/: write '" + Reference.abbreviate(relative) + "'");
    }
    Matcher relative = RELATIVE_URL.matcher(url);
    if (!relative.matches()) {
      throw new InvalidArgumentException(
          "url",
          "Batch subrequest url '" + Reference.abbreviate(url) + "' must start with the API"
              + " version and be relative to /services/data/, e.g. v66.0/sobjects/Account/001...");
    }
    if (Integer.parseInt(relative.group(1)) < 34) {
      throw new InvalidArgumentException(
          "url",
          "Batch subrequest url '" + Reference.abbreviate(url) + "' uses API version v"
              + relative.group(1) + "." + relative.group(2) + ", but batch subrequests need v"
              + MIN_API_VERSION + " or later");
    }
    for (int i = 0; i < url.length(); i++) {
      if (Character.isWhitespace(url.charAt(i))) {
        throw new InvalidArgumentException(
            "url",
            "Batch subrequest url '" + Reference.abbreviate(url) + "' has whitespace at character "
                + (i + 1) + ": URL-encode the query string (a space is + or %20)");
      }
    }
    if (binaryPartName().isPresent() != binaryPartNameAlias().isPresent()) {
      throw new InvalidArgumentException(
          binaryPartName().isPresent() ? "binaryPartNameAlias" : "binaryPartName",
          "A batch subrequest with a binary part needs both binaryPartName and"
              + " binaryPartNameAlias; this one has only "
              + (binaryPartName().isPresent() ? "binaryPartName" : "binaryPartNameAlias"));
    }
  }

  /**
   * A {@code GET} of a resource.
   *
   * @param url relative to {@code /services/data/}, e.g. {@code v66.0/sobjects/Account/001...}
   * @return the subrequest
   */
  public static BatchSubrequest get(String url) {
    return builder().method(HttpMethod.GET).url(url).build();
  }

  /**
   * A {@code POST} with a body.
   *
   * @param url relative to {@code /services/data/}
   * @param richInput the JSON body
   * @return the subrequest
   */
  public static BatchSubrequest post(String url, JsonNode richInput) {
    return builder().method(HttpMethod.POST).url(url).richInput(richInput).build();
  }

  /**
   * A {@code PATCH} with a body.
   *
   * @param url relative to {@code /services/data/}
   * @param richInput the JSON body
   * @return the subrequest
   */
  public static BatchSubrequest patch(String url, JsonNode richInput) {
    return builder().method(HttpMethod.PATCH).url(url).richInput(richInput).build();
  }

  /**
   * A {@code DELETE}.
   *
   * @param url relative to {@code /services/data/}
   * @return the subrequest
   */
  public static BatchSubrequest delete(String url) {
    return builder().method(HttpMethod.DELETE).url(url).build();
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

  /** Shows the method and the path (without the query string), never the body. */
  @Override
  public String toString() {
    String path = CompositeSubrequest.pathOf(url());
    return "BatchSubrequest{" + method() + " " + path
        + (path.length() < url().length() ? "?..." : "")
        + (richInput().isPresent() ? ", with richInput" : "") + "}";
  }

  /** Builds a {@link BatchSubrequest}. */
  public static final class Builder extends ImmutableBatchSubrequest.Builder {
    Builder() {}
  }
}
