package dev.salescloud.model.result;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records an upsert by external id matched when the value was not unique: the body of the
 * {@code 300 Multiple Choices} answer, a JSON array of record URLs. Nothing was written; pick one
 * record and update it by id, or make the external id unique.
 *
 * <pre>{@code
 * ["/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB",
 *  "/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdfEAB"]
 *
 * UpsertAmbiguity matches = mapper.readValue(body, UpsertAmbiguity.class);
 * List<SalesforceId> ids = matches.ids();   // [00Q5f00000AbcdeEAB, 00Q5f00000AbcdfEAB]
 * }</pre>
 *
 * <p>Each URL must end in a record id; for a URL of the form {@code .../sobjects/{SObject}/{id}},
 * the id must also belong to that object. Instances are immutable and thread-safe.
 */
public final class UpsertAmbiguity {
  private final List<String> urls;
  private final List<SalesforceId> ids;

  private UpsertAmbiguity(List<String> urls) {
    InvalidArgumentException.requireNonNull(urls, "urls");
    if (urls.isEmpty()) {
      throw new InvalidArgumentException(
          "urls", "An ambiguous upsert lists the records it matched; the list of URLs is empty");
    }
    List<SalesforceId> parsed = new ArrayList<>(urls.size());
    for (String url : urls) {
      parsed.add(idOf(url));
    }
    this.urls = List.copyOf(urls);
    this.ids = List.copyOf(parsed);
  }

  /**
   * The ambiguity of the given record URLs, as Salesforce lists them.
   *
   * @param urls the URLs of the matched records, at least one
   * @return the ambiguity
   * @throws InvalidArgumentException if the list is empty, or a URL is null or does not end in
   *     an id of its object
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UpsertAmbiguity of(List<String> urls) {
    return new UpsertAmbiguity(urls);
  }

  /**
   * The URLs of the matched records, in the order Salesforce sent them.
   *
   * @return for example {@code [/services/data/v66.0/sobjects/Lead/00Q5f00000AbcdeEAB, ...]}
   */
  @JsonValue
  public List<String> urls() {
    return urls;
  }

  /**
   * The ids of the matched records, taken from the ends of the URLs, in the same order.
   *
   * @return the 18-character ids
   */
  public List<SalesforceId> ids() {
    return ids;
  }

  private static SalesforceId idOf(String url) {
    if (url == null) {
      throw new InvalidArgumentException("urls", "An ambiguous upsert lists a null record URL");
    }
    String path = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    String[] segments = path.split("/", -1);
    String tail = segments[segments.length - 1];
    SalesforceId id;
    try {
      id = SalesforceId.of(tail);
    } catch (InvalidArgumentException e) {
      throw new InvalidArgumentException(
          "urls",
          "The record URL '" + url + "' does not end in a record id: " + e.getMessage());
    }
    if (segments.length >= 3 && segments[segments.length - 3].equals("sobjects")) {
      String sobjectType = segments[segments.length - 2];
      try {
        id.requireType(sobjectType);
      } catch (InvalidArgumentException e) {
        throw new InvalidArgumentException(
            "urls", "The record URL '" + url + "' names another object than its id: " + e.getMessage());
      }
    }
    return id;
  }

  /** Equal when the same URLs are listed in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof UpsertAmbiguity && ((UpsertAmbiguity) o).urls.equals(urls);
  }

  /** A hash of the URLs. */
  @Override
  public int hashCode() {
    return urls.hashCode();
  }

  /** Lists the matched ids. */
  @Override
  public String toString() {
    return "UpsertAmbiguity{" + ids.size() + " matches: " + ids + "}";
  }
}
