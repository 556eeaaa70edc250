package dev.salescloud.client.soql;

import dev.salescloud.model.FieldNames;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lexical rules for names in SOQL and SOSL, shared by the tree, the parser and the builders.
 *
 * <p>A name is a letter followed by letters, digits and underscores ({@code Account},
 * {@code acme__Score__c}, {@code Parent__r}). Keywords are case-insensitive; names keep their case.
 * Some words cannot stand alone as a field name or as an alias, because the parser could not tell
 * them from a keyword at that position; a dotted path ({@code Group.Name}) is never ambiguous.
 */
final class Identifiers {
  /**
   * Words that cannot be a single-segment field name: Salesforce's reserved SOQL keywords, plus
   * {@code TYPEOF}, which opens a polymorphic select item.
   */
  static final Set<String> FIELD_RESERVED =
      Set.of(
          "AND", "ASC", "DESC", "EXCLUDES", "FIRST", "FROM", "GROUP", "HAVING", "IN", "INCLUDES",
          "LAST", "LIKE", "LIMIT", "NOT", "NULL", "NULLS", "OR", "SELECT", "WHERE", "WITH",
          "TYPEOF");

  /** Words that cannot be an alias: an alias is followed by clause keywords, so these are taken. */
  static final Set<String> ALIAS_RESERVED = union(
      FIELD_RESERVED,
      "ORDER", "BY", "OFFSET", "FOR", "USING", "SCOPE", "UPDATE", "ALL", "ROWS", "ROLLUP", "CUBE",
      "WHEN", "THEN", "ELSE", "END", "TRUE", "FALSE", "VIEW", "REFERENCE", "FIND", "RETURNING");

  private Identifiers() {}

  private static Set<String> union(Set<String> base, String... more) {
    Set<String> all = new HashSet<>(base);
    all.addAll(Set.of(more));
    return Set.copyOf(all);
  }

  static boolean isNameStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '_';
  }

  /** Whether a string is one name: a letter, then letters, digits and underscores. */
  static boolean isName(String text) {
    if (text == null || text.isEmpty() || !isNameStart(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (!isNamePart(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static String upper(String word) {
    return word.toUpperCase(Locale.ROOT);
  }

  static boolean isFieldReserved(String word) {
    return FIELD_RESERVED.contains(upper(word));
  }

  static boolean isAliasReserved(String word) {
    return ALIAS_RESERVED.contains(upper(word));
  }

  /** Checks one name of the tree (object, relationship, scope); the message names {@code what}. */
  static String requireName(String name, String what) {
    InvalidArgumentException.requireNonNull(name, what);
    if (!isName(name)) {
      throw new InvalidArgumentException(
          what,
          "'"
              + abbreviate(name)
              + "' is not a valid "
              + what
              + " name: it must start with a letter and hold only letters, digits and"
              + " underscores");
    }
    return name;
  }

  /** Checks an alias: a name that is not one of the words that follow an alias in SOQL. */
  static String requireAlias(String alias) {
    requireName(alias, "alias");
    if (isAliasReserved(alias)) {
      throw new InvalidArgumentException(
          "alias",
          "'" + alias + "' is a SOQL keyword and cannot be used as an alias; choose another name");
    }
    return alias;
  }

  /**
   * Checks a name a caller gave the builder, with the model's stricter API-name rule (which also
   * refuses names ending in an underscore).
   */
  static String requireApiName(String name, String what) {
    return FieldNames.requireApiName(name, what);
  }

  static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
