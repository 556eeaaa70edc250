package dev.salescloud.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.salescloud.model.SObject;
import dev.salescloud.model.SObjectRecord;
import dev.salescloud.model.error.InvalidArgumentException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The records a SOSL search found, in Salesforce's order, with typed access per object.
 *
 * <pre>{@code
 * SearchResults found = sf.search(Sosl.find("ada@acme.example").in(SearchGroup.EMAIL_FIELDS)
 *     .returning(Sosl.returning("Lead", "Id", "Name", "Email"))
 *     .returning(Sosl.returning("Contact", "Id", "Name", "Email")));
 * List<Lead> leads = found.records(Lead.class);
 * List<Contact> contacts = found.records(Contact.class);
 * }</pre>
 */
public final class SearchResults {
  private final List<SObject> records;

  @JsonCreator
  SearchResults(@JsonProperty("searchRecords") List<SObject> records) {
    this.records = records == null ? List.of() : List.copyOf(records);
  }

  /**
   * Every record found, of any object, as generic records.
   *
   * @return the records in Salesforce's order
   */
  public List<SObject> records() {
    return records;
  }

  /**
   * The records of one object, as generic records.
   *
   * @param sobjectType the object's API name, compared ignoring case
   * @return those records, in order
   */
  public List<SObject> records(String sobjectType) {
    InvalidArgumentException.requireNonNull(sobjectType, "sobjectType");
    return records.stream()
        .filter(r -> r.sobjectType().equalsIgnoreCase(sobjectType))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The records of one object as its typed record, e.g. {@code records(Lead.class)}.
   *
   * @param type a typed record class with a {@code SOBJECT_TYPE} constant
   * @param <T> the type
   * @return those records, in order
   * @throws InvalidArgumentException if the class names no object type
   */
  public <T extends SObjectRecord> List<T> records(Class<T> type) {
    String sobjectType =
        SObjectRecord.sobjectTypeOf(type)
            .orElseThrow(
                () ->
                    new InvalidArgumentException(
                        "type",
                        type.getSimpleName() + " has no SOBJECT_TYPE constant; use records(\"Object\")"));
    return records(sobjectType).stream().map(r -> r.as(type)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * How many records were found.
   *
   * @return the count
   */
  public int size() {
    return records.size();
  }

  /** Counts the records per object, never shows them. */
  @Override
  public String toString() {
    return "SearchResults{" + records.stream()
        .collect(Collectors.groupingBy(SObject::sobjectType, java.util.TreeMap::new, Collectors.counting())) + "}";
  }
}
