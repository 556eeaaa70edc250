package dev.salescloud.model.composite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a value in the result of an earlier subrequest of the same composite request,
 * written {@code @{referenceId.path}}. Salesforce replaces it, in a later subrequest's url or
 * body, with the value it points to.
 *
 * <p>The path walks the earlier result: {@code .name} steps into a JSON object and {@code [n]}
 * indexes a JSON array. It is case-sensitive: a create answers {@code {"id":...}} (lower case),
 * a record read answers {@code "Id"}.
 *
 * <pre>{@code
 * Reference.id("acct");                          // @{acct.id}: the id a create returned
 * Reference.field("q", "records[0].Id");         // @{q.records[0].Id}: a query's first row
 * Reference.field("newAccounts", "[1].id");      // @{newAccounts[1].id}: an sObject Collections result
 *
 * SObjectPatch.builder("Contact").set("AccountId", Reference.id("acct").toJson()).build();
 * }</pre>
 *
 * <p>{@link #toString()} gives the {@code @{...}} form, and a reference is written to JSON as that
 * string. References are immutable and thread-safe.
 */
public final class Reference {
  private static final Pattern REFERENCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]*");
  private static final Pattern IN_TEXT = Pattern.compile("@\\{([^{}]*)\\}");

  private final String referenceId;
  private final String path;

  private Reference(String referenceId, String path) {
    this.referenceId = referenceId;
    this.path = path;
  }

  /**
   * A reference to the {@code id} a create returned ({@code {"id":"001...","success":true}}).
   *
   * @param referenceId the referenceId of the subrequest that created the record
   * @return {@code @{referenceId.id}}
   * @throws InvalidArgumentException if the referenceId is malformed
   */
  public static Reference id(String referenceId) {
    return field(referenceId, "id");
  }

  /**
   * A reference to any value of an earlier result.
   *
   * @param referenceId the referenceId of the earlier subrequest
   * @param path {@code .}-separated names and {@code [n]} indexes, e.g. {@code records[0].Id},
   *     {@code BillingAddress.city} or {@code [0].id}; case-sensitive
   * @return the reference
   * @throws InvalidArgumentException if the referenceId or the path is malformed
   */
  public static Reference field(String referenceId, String path) {
    requireReferenceId(referenceId, "referenceId");
    InvalidArgumentException.requireNonNull(path, "path");
    String normalised = path.startsWith(".") ? path.substring(1) : path;
    checkPath(referenceId, normalised);
    return new Reference(referenceId, normalised);
  }

  /**
   * Reads a reference in its {@code @{referenceId.path}} form.
   *
   * @param text for example {@code @{refQuery.records[0].Id}}
   * @return the reference
   * @throws InvalidArgumentException if the text is not a well-formed reference
   */
  @JsonCreator
  public static Reference parse(String text) {
    InvalidArgumentException.requireNonNull(text, "reference");
    if (!text.startsWith("@{") || !text.endsWith("}")) {
      throw new InvalidArgumentException(
          "reference",
          "'" + abbreviate(text) + "' is not a reference: write it as @{referenceId.path}, e.g."
              + " @{refAccount.id}");
    }
    return parseContent(text.substring(2, text.length() - 1));
  }

  /**
   * The references ({@code @{...}}) a text holds, in order, as Salesforce would find them in a
   * subrequest's url or in a string of its body.
   *
   * @param text any text
   * @return the references; empty if there are none
   * @throws InvalidArgumentException if the text holds a malformed {@code @{...}}
   */
  public static List<Reference> findIn(String text) {
    InvalidArgumentException.requireNonNull(text, "text");
    List<Reference> found = new ArrayList<>();
    Matcher matcher = IN_TEXT.matcher(text);
    while (matcher.find()) {
      found.add(parseContent(matcher.group(1)));
    }
    return found;
  }

  private static Reference parseContent(String content) {
    int end = 0;
    while (end < content.length() && content.charAt(end) != '.' && content.charAt(end) != '[') {
      end++;
    }
    String referenceId = content.substring(0, end);
    if (end == content.length()) {
      throw new InvalidArgumentException(
          "reference",
          "@{" + abbreviate(content) + "} has no path: a reference names a value of the earlier"
              + " result, e.g. @{" + abbreviate(content) + ".id}");
    }
    requireReferenceId(referenceId, "reference");
    return field(referenceId, content.substring(end));
  }

  /**
   * Checks a subrequest's referenceId: letters, digits and underscores, starting with a letter or
   * a digit.
   *
   * @param referenceId the referenceId
   * @param argument the argument name for the message
   * @return the referenceId
   */
  static String requireReferenceId(String referenceId, String argument) {
    InvalidArgumentException.requireNonNull(referenceId, argument);
    if (!REFERENCE_ID.matcher(referenceId).matches()) {
      throw new InvalidArgumentException(
          argument,
          "'" + abbreviate(referenceId) + "' is not a valid referenceId: it must start with a"
              + " letter or digit and hold only letters, digits and underscores (Salesforce fails"
              + " the whole composite request otherwise)");
    }
    return referenceId;
  }

  private static void checkPath(String referenceId, String path) {
    if (path.isEmpty()) {
      throw badPath(referenceId, path, "it is empty; name a value, e.g. id or records[0].Id");
    }
    int i = 0;
    boolean first = true;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[') {
        int close = path.indexOf(']', i);
        String digits = close < 0 ? "" : path.substring(i + 1, close);
        if (close < 0 || !digits.matches("0|[1-9][0-9]*")) {
          throw badPath(referenceId, path,
              "at character " + (i + 1) + " an index must be [n] with n a number, e.g. [0]");
        }
        i = close + 1;
      } else {
        if (!first) {
          if (c != '.') {
            throw badPath(referenceId, path,
                "at character " + (i + 1) + " ('" + c + "') a step must be .name or [n]");
          }
          i++;
        }
        int start = i;
        while (i < path.length() && isNameChar(path.charAt(i))) {
          i++;
        }
        if (i == start || Character.isDigit(path.charAt(start))) {
          throw badPath(referenceId, path,
              "at character " + (start + 1) + " a name must start with a letter or underscore and"
                  + " hold letters, digits and underscores");
        }
      }
      first = false;
    }
  }

  private static boolean isNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static InvalidArgumentException badPath(String referenceId, String path, String why) {
    return new InvalidArgumentException(
        "path",
        "'" + abbreviate(path) + "' is not a valid path for a reference to " + referenceId + ": "
            + why + ". A path is .name and [n] steps, e.g. records[0].Id");
  }

  static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }

  /**
   * The referenceId of the subrequest whose result is referred to.
   *
   * @return for example {@code refAccount}
   */
  public String referenceId() {
    return referenceId;
  }

  /**
   * The path into that result.
   *
   * @return for example {@code records[0].Id} or {@code [0].id}
   */
  public String path() {
    return path;
  }

  /**
   * The reference as a JSON string, to put in a subrequest body (for example with {@code
   * RecordPatch.Builder.set(field, reference.toJson())}).
   *
   * @return a text node holding {@code @{...}}
   */
  public JsonNode toJson() {
    return TextNode.valueOf(toString());
  }

  /** Equal when both name the same referenceId and path. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Reference
        && ((Reference) o).referenceId.equals(referenceId)
        && ((Reference) o).path.equals(path);
  }

  /** Hashes the referenceId and path. */
  @Override
  public int hashCode() {
    return referenceId.hashCode() * 31 + path.hashCode();
  }

  /** The {@code @{referenceId.path}} form Salesforce reads. */
  @JsonValue
  @Override
  public String toString() {
    return "@{" + referenceId + (path.startsWith("[") ? "" : ".") + path + "}";
  }
}
