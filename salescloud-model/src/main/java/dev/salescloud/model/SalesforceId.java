package dev.salescloud.model;

import dev.salescloud.model.error.InvalidArgumentException;
import java.io.Serializable;
import java.util.Optional;

/**
 * A Salesforce record id, always held in its 18-character, case-insensitive-safe form.
 *
 * <p>Salesforce ids come in two forms. The 15-character form is base-62 and case-sensitive; the
 * 18-character form appends a 3-character checksum that encodes the case of the first 15, so it
 * survives tools that ignore case. {@link #of(String)} accepts both, verifies the checksum of an
 * 18-character id (restoring the case of its first 15 characters exactly as Salesforce does) and
 * refuses anything else with a message that says why. Two ids are equal when their 18-character
 * forms are equal.
 *
 * <pre>{@code
 * SalesforceId id = SalesforceId.of("00558000001N0Ke");
 * id.value();          // "00558000001N0KeAAK"
 * id.keyPrefix();      // "005"
 * id.objectType();     // Optional[User]
 * SalesforceId.of("00Q5f00000AbcdeEAB", "Lead");   // also checks the key prefix
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SalesforceId implements Comparable<SalesforceId>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

  private final String value;

  private SalesforceId(String value) {
    this.value = value;
  }

  /**
   * Parses a 15- or 18-character id.
   *
   * @param id the id as Salesforce or a user wrote it
   * @return the id
   * @throws InvalidArgumentException if {@code id} is null, has another length, contains a
   *     character outside {@code [0-9A-Za-z]}, or its checksum does not match
   */
  public static SalesforceId of(String id) {
    InvalidArgumentException.requireNonNull(id, "id");
    if (id.length() != 15 && id.length() != 18) {
      throw invalid(id, "it has " + id.length() + " characters; Salesforce ids have 15 or 18");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!isBase62(c)) {
        throw invalid(id, "character " + (i + 1) + " ('" + c + "') is not a letter or digit");
      }
    }
    if (id.length() == 15) {
      return new SalesforceId(id + checksum(id));
    }
    return new SalesforceId(restoreCase(id));
  }

  /**
   * Parses an id and checks that it belongs to the given object type.
   *
   * @param id a 15- or 18-character id
   * @param sobjectType the API name of the object the id must belong to, for example {@code
   *     "Lead"}
   * @return the id
   * @throws InvalidArgumentException if the id is malformed, or its key prefix is that of another
   *     known object type
   */
  public static SalesforceId of(String id, String sobjectType) {
    return of(id).requireType(sobjectType);
  }

  /**
   * Checks that this id belongs to the given object type.
   *
   * <p>Ids whose key prefix the SDK does not know (custom objects, for example) are accepted for
   * any type; ids of a known standard object are refused for any other type.
   *
   * @param sobjectType the API name of the expected object, for example {@code "Opportunity"}
   * @return this id
   * @throws InvalidArgumentException if the key prefix belongs to another object
   */
  public SalesforceId requireType(String sobjectType) {
    InvalidArgumentException.requireNonNull(sobjectType, "sobjectType");
    Optional<String> expected = keyPrefixOf(sobjectType);
    Optional<String> actual = objectType();
    boolean mismatch =
        expected.map(prefix -> !prefix.equals(keyPrefix())).orElse(false)
            || (expected.isEmpty() && actual.isPresent() && !actual.get().equalsIgnoreCase(sobjectType));
    if (mismatch) {
      throw new InvalidArgumentException(
          "id",
          "Id "
              + value
              + " has key prefix "
              + keyPrefix()
              + actual.map(t -> " (" + t + ")").orElse("")
              + ", but a "
              + sobjectType
              + " id"
              + expected.map(p -> " starts with " + p).orElse(" was expected")
              + ": pass the id of a "
              + sobjectType
              + " record");
    }
    return this;
  }

  /**
   * Whether a string is a well-formed 15- or 18-character id with a valid checksum.
   *
   * @param id any string, possibly {@code null}
   * @return {@code true} if {@link #of(String)} would accept it
   */
  public static boolean isValid(String id) {
    try {
      of(id);
      return true;
    } catch (InvalidArgumentException e) {
      return false;
    }
  }

  /**
   * The key prefix Salesforce uses for a standard object type.
   *
   * @param sobjectType an object API name such as {@code "Lead"}
   * @return the 3-character prefix, or empty for objects whose prefix is org-specific
   */
  public static Optional<String> keyPrefixOf(String sobjectType) {
    return KeyPrefixes.prefixOf(sobjectType);
  }

  /**
   * Computes the 3-character checksum suffix of a 15-character id.
   *
   * @param id15 a 15-character case-sensitive id
   * @return the suffix, from the alphabet {@code A-Z0-5}
   */
  static String checksum(String id15) {
    StringBuilder suffix = new StringBuilder(3);
    for (int chunk = 0; chunk < 3; chunk++) {
      int bits = 0;
      for (int i = 0; i < 5; i++) {
        char c = id15.charAt(chunk * 5 + i);
        if (c >= 'A' && c <= 'Z') {
          bits |= 1 << i;
        }
      }
      suffix.append(SUFFIX_ALPHABET.charAt(bits));
    }
    return suffix.toString();
  }

  private static String restoreCase(String id18) {
    char[] chars = id18.substring(0, 15).toCharArray();
    for (int chunk = 0; chunk < 3; chunk++) {
      char code = Character.toUpperCase(id18.charAt(15 + chunk));
      int bits = SUFFIX_ALPHABET.indexOf(code);
      if (bits < 0) {
        throw invalid(
            id18,
            "checksum character "
                + (16 + chunk)
                + " ('"
                + id18.charAt(15 + chunk)
                + "') is not one of A-Z or 0-5");
      }
      for (int i = 0; i < 5; i++) {
        int position = chunk * 5 + i;
        char c = chars[position];
        boolean upper = (bits & (1 << i)) != 0;
        if (Character.isDigit(c)) {
          if (upper) {
            throw invalid(
                id18,
                "the checksum says character "
                    + (position + 1)
                    + " is an upper-case letter, but it is '"
                    + c
                    + "'");
          }
        } else {
          chars[position] = upper ? Character.toUpperCase(c) : Character.toLowerCase(c);
        }
      }
    }
    String id15 = new String(chars);
    return id15 + checksum(id15);
  }

  private static boolean isBase62(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static InvalidArgumentException invalid(String id, String why) {
    String shown = id.length() > 40 ? id.substring(0, 40) + "..." : id;
    return new InvalidArgumentException(
        "id", "Not a Salesforce id: '" + shown + "': " + why + ".");
  }

  /** Re-checks an id read through Java serialization, so a tampered stream cannot smuggle one in. */
  private Object readResolve() throws java.io.InvalidObjectException {
    try {
      SalesforceId checked = of(value);
      if (!checked.value.equals(value)) {
        throw new java.io.InvalidObjectException("Not a canonical Salesforce id: '" + value + "'");
      }
      return checked;
    } catch (InvalidArgumentException e) {
      throw new java.io.InvalidObjectException(e.getMessage());
    }
  }

  /**
   * The 18-character form, as Salesforce returns it.
   *
   * @return 18 characters
   */
  public String value() {
    return value;
  }

  /**
   * The 15-character case-sensitive form.
   *
   * @return the first 15 characters of {@link #value()}
   */
  public String to15() {
    return value.substring(0, 15);
  }

  /**
   * The first three characters, which identify the object type.
   *
   * @return the key prefix, for example {@code "00Q"} for a Lead
   */
  public String keyPrefix() {
    return value.substring(0, 3);
  }

  /**
   * The object type of a standard key prefix.
   *
   * @return the object's API name, for example {@code "Lead"}; empty for custom objects and
   *     prefixes the SDK does not know
   */
  public Optional<String> objectType() {
    return KeyPrefixes.typeOf(keyPrefix());
  }

  /** Orders ids by their 18-character form. */
  @Override
  public int compareTo(SalesforceId other) {
    return value.compareTo(other.value);
  }

  /** Compares by value. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SalesforceId && ((SalesforceId) o).value.equals(value);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the 18-character form. */
  @Override
  public String toString() {
    return value;
  }
}
