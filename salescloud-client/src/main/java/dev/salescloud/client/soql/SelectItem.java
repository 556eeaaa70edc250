package dev.salescloud.client.soql;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.Optional;

/**
 * One item of a SELECT list: a field, a function call, a child-relationship subquery or a {@code
 * TYPEOF} over a polymorphic relationship.
 *
 * <pre>{@code
 * SELECT Id, Account.Name, SUM(Amount) total, (SELECT LastName FROM Contacts),
 *        TYPEOF What WHEN Account THEN Phone ELSE Name END
 * FROM ...
 * }</pre>
 *
 * <p>The builder makes items from strings ({@code "Account.Name"}), from {@link Expression}s and
 * from {@link Expression#as(String)}; {@link Soql#subquery(SoqlBuilder)} makes a subquery item.
 */
public sealed interface SelectItem
    permits SelectItem.Field, SelectItem.Function, SelectItem.Subquery, SelectItem.TypeOf {

  /**
   * A field or relationship path, optionally aliased (aliases are for aggregate queries).
   *
   * @param path the field
   * @param alias the column name in an aggregate result
   */
  record Field(FieldPath path, Optional<String> alias) implements SelectItem {
    /**
     * Checks the parts.
     *
     * @param path the field
     * @param alias the alias
     * @throws InvalidArgumentException if the path is null or the alias is a keyword
     */
    public Field {
      InvalidArgumentException.requireNonNull(path, "path");
      InvalidArgumentException.requireNonNull(alias, "alias");
      alias.ifPresent(Identifiers::requireAlias);
    }
  }

  /**
   * A function call, optionally aliased: {@code COUNT()}, {@code SUM(Amount) total}, {@code
   * CALENDAR_YEAR(CloseDate)}. Unaliased aggregate and date columns are named {@code expr0},
   * {@code expr1}, ... (see {@link SoqlQuery#aliasOf(FunctionCall)}).
   *
   * @param call the call
   * @param alias the column name in the result
   */
  record Function(FunctionCall call, Optional<String> alias) implements SelectItem {
    /**
     * Checks the parts.
     *
     * @param call the call
     * @param alias the alias
     * @throws InvalidArgumentException if the call is null or the alias is a keyword
     */
    public Function {
      InvalidArgumentException.requireNonNull(call, "call");
      InvalidArgumentException.requireNonNull(alias, "alias");
      alias.ifPresent(Identifiers::requireAlias);
    }
  }

  /**
   * A parent-to-child subquery: {@code (SELECT LastName FROM Contacts)}. Its {@link
   * SoqlQuery#object()} is the child relationship name, not an object name.
   *
   * @param query the subquery
   */
  record Subquery(SoqlQuery query) implements SelectItem {
    /**
     * Checks the part.
     *
     * @param query the subquery
     * @throws InvalidArgumentException if it is null
     */
    public Subquery {
      InvalidArgumentException.requireNonNull(query, "query");
    }
  }

  /**
   * Fields chosen by the type of a polymorphic relationship:
   *
   * <pre>{@code
   * TYPEOF What WHEN Account THEN Phone, NumberOfEmployees
   *             WHEN Opportunity THEN Amount, CloseDate
   *             ELSE Name END
   * }</pre>
   *
   * @param relationship the polymorphic relationship, such as {@code What} or {@code Owner}
   * @param whens one or more {@code WHEN type THEN fields} branches
   * @param elseFields the fields of every other type; empty when there is no {@code ELSE}
   */
  record TypeOf(FieldPath relationship, List<When> whens, List<FieldPath> elseFields)
      implements SelectItem {
    /**
     * Checks the parts.
     *
     * @param relationship the relationship
     * @param whens the branches
     * @param elseFields the fields of every other type
     * @throws InvalidArgumentException if there is no branch
     */
    public TypeOf {
      InvalidArgumentException.requireNonNull(relationship, "relationship");
      InvalidArgumentException.requireNonNull(whens, "whens");
      InvalidArgumentException.requireNonNull(elseFields, "elseFields");
      whens = List.copyOf(whens);
      elseFields = List.copyOf(elseFields);
      if (whens.isEmpty()) {
        throw new InvalidArgumentException(
            "whens", "TYPEOF " + relationship + " needs at least one WHEN branch");
      }
    }

    /**
     * One branch of a {@code TYPEOF}: {@code WHEN Account THEN Phone, Name}.
     *
     * @param objectType the type the related record must have
     * @param fields one or more of its fields
     */
    public record When(String objectType, List<FieldPath> fields) {
      /**
       * Checks the parts.
       *
       * @param objectType the type
       * @param fields the fields
       * @throws InvalidArgumentException if the type is not a name or there are no fields
       */
      public When {
        Identifiers.requireName(objectType, "object");
        InvalidArgumentException.requireNonNull(fields, "fields");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
          throw new InvalidArgumentException(
              "fields", "WHEN " + objectType + " THEN needs at least one field");
        }
      }
    }
  }
}
