package dev.salescloud.model;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields Salesforce refuses in creates and updates ({@code INVALID_FIELD_FOR_INSERT_UPDATE}):
 * system and audit fields on every object, and the derived fields of the standard sales objects
 * (a Lead's {@code Name} and conversion fields, an Opportunity's {@code IsClosed}, {@code
 * ExpectedRevenue}, compound addresses, ...).
 *
 * <p>Write payloads ({@link RecordPatch}, {@link SObjectRecord#toCreateFields()}) consult this
 * list so a read-only field is refused with a clear message before any request is sent. Names are
 * compared case-insensitively, as Salesforce does.
 */
public final class ReadOnlyFields {
  private static final Set<String> SYSTEM =
      Set.of(
          "id",
          "isdeleted",
          "createddate",
          "createdbyid",
          "lastmodifieddate",
          "lastmodifiedbyid",
          "systemmodstamp",
          "lastvieweddate",
          "lastreferenceddate",
          "lastactivitydate",
          "masterrecordid");

  private static final Map<String, Set<String>> BY_TYPE =
      Map.ofEntries(
          Map.entry(
              "lead",
              Set.of(
                  "name",
                  "address",
                  "isconverted",
                  "converteddate",
                  "convertedaccountid",
                  "convertedcontactid",
                  "convertedopportunityid",
                  "photourl")),
          Map.entry(
              "contact",
              Set.of("name", "mailingaddress", "otheraddress", "photourl", "isemailbounced")),
          Map.entry(
              "account",
              Set.of("billingaddress", "shippingaddress", "photourl", "ispersonaccount")),
          Map.entry(
              "opportunity",
              Set.of(
                  "isclosed",
                  "iswon",
                  "expectedrevenue",
                  "forecastcategory",
                  "fiscal",
                  "fiscalyear",
                  "fiscalquarter",
                  "hasopportunitylineitem",
                  "hasopenactivity",
                  "hasoverduetask")),
          Map.entry(
              "task",
              Set.of("isclosed", "ishighpriority", "isarchived", "accountid", "completeddatetime")),
          Map.entry(
              "event",
              Set.of("isarchived", "accountid", "ischild", "isgroupevent", "groupeventtype")),
          Map.entry(
              "opportunitylineitem",
              Set.of("name", "listprice", "productcode", "subtotal")),
          Map.entry(
              "user",
              Set.of(
                  "name",
                  "address",
                  "usertype",
                  "lastlogindate",
                  "lastpasswordchangedate",
                  "smallphotourl",
                  "mediumphotourl",
                  "fullphotourl",
                  "bannerphotourl",
                  "isprofilephotoactive")),
          Map.entry(
              "leadstatus",
              Set.of("apiname", "masterlabel", "sortorder", "isdefault", "isconverted")),
          Map.entry(
              "period",
              Set.of(
                  "type",
                  "startdate",
                  "enddate",
                  "number",
                  "periodlabel",
                  "quarterlabel",
                  "fullyqualifiedlabel",
                  "isforecastperiod",
                  "fiscalyearsettingsid")),
          Map.entry(
              "forecastingquota",
              Set.of("periodid")),
          Map.entry(
              "opportunitystage",
              Set.of(
                  "apiname",
                  "masterlabel",
                  "isactive",
                  "sortorder",
                  "isclosed",
                  "iswon",
                  "defaultprobability",
                  "forecastcategory",
                  "forecastcategoryname",
                  "description")));

  private static final Map<String, Set<String>> CREATE_ONLY_BY_TYPE =
      Map.of(
          "opportunity", Set.of("contactid"),
          "opportunitylineitem", Set.of("opportunityid", "pricebookentryid", "product2id"),
          "opportunitycontactrole", Set.of("opportunityid"),
          "task", Set.of("tasksubtype", "isrecurrence"),
          "event", Set.of("eventsubtype", "isrecurrence"));

  private ReadOnlyFields() {}

  /**
   * Whether Salesforce refuses a field in creates and updates of an object.
   *
   * @param sobjectType the object's API name, e.g. {@code "Lead"}
   * @param field the field's API name, e.g. {@code "IsConverted"}
   * @return {@code true} for system, audit and derived fields
   */
  public static boolean isReadOnly(String sobjectType, String field) {
    String name = field.toLowerCase(Locale.ROOT);
    return SYSTEM.contains(name)
        || BY_TYPE.getOrDefault(sobjectType.toLowerCase(Locale.ROOT), Set.of()).contains(name);
  }

  /**
   * Whether Salesforce accepts a field only when the record is created, refusing it in updates
   * ({@code Task.TaskSubtype}, {@code OpportunityLineItem.PricebookEntryId}, ...).
   *
   * @param sobjectType the object's API name
   * @param field the field's API name
   * @return {@code true} for create-only fields
   */
  public static boolean isCreateOnly(String sobjectType, String field) {
    return CREATE_ONLY_BY_TYPE
        .getOrDefault(sobjectType.toLowerCase(Locale.ROOT), Set.of())
        .contains(field.toLowerCase(Locale.ROOT));
  }

  /**
   * Refuses a field an update cannot send: a read-only field, or one Salesforce accepts only on
   * create.
   *
   * @param sobjectType the object's API name
   * @param field the field's API name
   * @param operation what the field was put in, e.g. {@code "a patch"} or {@code "an update"}
   * @return the field
   * @throws InvalidArgumentException if an update cannot send the field
   */
  public static String requireUpdatable(String sobjectType, String field, String operation) {
    requireWritable(sobjectType, field, operation);
    if (isCreateOnly(sobjectType, field)) {
      throw new InvalidArgumentException(
          sobjectType + "." + field,
          sobjectType
              + "."
              + field
              + " can be set only when the record is created: Salesforce answers"
              + " INVALID_FIELD_FOR_INSERT_UPDATE when an update sends it. Leave it out of "
              + operation
              + "; to change it, create a new record.");
    }
    return field;
  }

  /**
   * Refuses a read-only field in a write.
   *
   * @param sobjectType the object's API name
   * @param field the field's API name
   * @param operation what the field was put in, e.g. {@code "a create"} or {@code "a patch"}
   * @return the field
   * @throws InvalidArgumentException if the field is read-only
   */
  public static String requireWritable(String sobjectType, String field, String operation) {
    if (isReadOnly(sobjectType, field)) {
      throw new InvalidArgumentException(
          sobjectType + "." + field,
          sobjectType
              + "."
              + field
              + " is read-only: Salesforce sets it and answers INVALID_FIELD_FOR_INSERT_UPDATE"
              + " (or INVALID_FIELD for Id) when it is sent, so it cannot be put in "
              + operation
              + ". Remove it"
              + (field.equalsIgnoreCase("Id") ? " and pass the id as the record's address" : "")
              + ".");
    }
    return field;
  }
}
