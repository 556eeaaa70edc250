package dev.salescloud.client.soql;

import java.util.List;

/**
 * The first step of a built query: the SELECT list is known, the object comes next.
 *
 * <pre>{@code
 * Soql.select("Id", "Name").from("Account")          // SELECT Id, Name FROM Account
 * Soql.select("a.Name").from("Account", "a")         // SELECT a.Name FROM Account a
 * }</pre>
 */
public final class SoqlSelect {
  private final List<SelectItem> items;

  SoqlSelect(List<SelectItem> items) {
    this.items = List.copyOf(items);
  }

  /**
   * Names the object queried.
   *
   * @param object an sObject API name ({@code "Account"}, {@code "acme__Invoice__c"}), or a child
   *     relationship name ({@code "Contacts"}) inside {@link Soql#subquery(SoqlBuilder)}
   * @return the builder for the remaining clauses
   * @throws dev.salescloud.model.error.InvalidArgumentException if the name is not a valid API
   *     name, or the SELECT list is invalid (for example COUNT() next to other items)
   */
  public SoqlBuilder from(String object) {
    return SoqlBuilder.start(items, Identifiers.requireApiName(object, "object"), null);
  }

  /**
   * Names the object queried and gives it an alias, which paths may start with.
   *
   * @param object an sObject API name
   * @param alias a name that is not a SOQL keyword
   * @return the builder for the remaining clauses
   * @throws dev.salescloud.model.error.InvalidArgumentException if a name is invalid
   */
  public SoqlBuilder from(String object, String alias) {
    return SoqlBuilder.start(
        items, Identifiers.requireApiName(object, "object"), Identifiers.requireAlias(alias));
  }

  /** Shows the number of items; it holds names only. */
  @Override
  public String toString() {
    return "SoqlSelect{items=" + items.size() + "}";
  }
}
