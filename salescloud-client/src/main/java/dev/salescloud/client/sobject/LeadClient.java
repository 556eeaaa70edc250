package dev.salescloud.client.sobject;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.salescloud.client.ApiExchange;
import dev.salescloud.client.ApiVersion;
import dev.salescloud.model.SalesforceId;
import dev.salescloud.model.error.ApiException;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.model.sales.Lead;
import dev.salescloud.model.sales.LeadConvert;
import dev.salescloud.model.sales.LeadConvertResult;
import dev.salescloud.model.sales.LeadPatch;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes Lead records.
 *
 * <pre>{@code
 * SalesforceId id = sf.leads().create(Lead.builder().lastName("Ng").company("Acme")
 *     .leadSource(Lead.LeadSource.WEB).build());
 * sf.leads().update(id, LeadPatch.builder().status(Lead.Status.WORKING_CONTACTED).build());
 * Lead lead = sf.leads().get(id, "Name", "Status");
 * }</pre>
 *
 * <p>Assignment rules run on Lead creates unless the call says otherwise: pass {@code
 * RequestOptions.builder().autoAssign(false).build()} to keep the owner you set.
 *
 * <h2>Converting</h2>
 *
 * <p>Conversion turns a lead into an account, a contact and (unless told otherwise) an
 * opportunity, and cannot be undone, so check first. {@link #checkConversion(SalesforceId)} only
 * reads: it says whether the lead can be converted, which converted status to use, and which
 * existing accounts and contacts the lead duplicates, so you can merge into them instead:
 *
 * <pre>{@code
 * ConversionReadiness ready = sf.leads().checkConversion(id);
 * if (ready.ready()) {
 *   LeadConvert.Builder conversion = LeadConvert.builder().leadId(id)
 *       .convertedStatus(ready.defaultConvertedStatus().orElseThrow());
 *   ready.matchingAccounts().stream().findFirst().flatMap(Account::id)
 *       .ifPresent(conversion::accountId);                 // merge instead of duplicating
 *   LeadConvertResult result = sf.leads().convert(conversion.build());
 * }
 * }</pre>
 *
 * <p>Salesforce converts leads only through the SOAP API's {@code convertLead} call; {@link
 * #convert(LeadConvert)} speaks exactly that call, with the client's token and version.
 *
 * <p>Everything {@link RecordClient} does (create, get, update, upsert, delete, describe, each with
 * {@link dev.salescloud.client.RequestOptions}) with {@link Lead} records and {@link LeadPatch} changes.
 * Get it from {@link dev.salescloud.client.SalesCloudClient#leads()}; thread-safe.
 */
public final class LeadClient extends RecordClient<Lead, LeadPatch> {
  private final ConvertLeadCall conversions;
  private final ConversionPreflight preflight;

  /**
   * Creates the sub-client; {@link dev.salescloud.client.SalesCloudClient} does this.
   *
   * @param exchange the client's request pipeline
   * @param version the API version
   */
  public LeadClient(ApiExchange exchange, ApiVersion version) {
    super(exchange, version, Lead.SOBJECT_TYPE, new TypeReference<Lead>() {});
    this.conversions = new ConvertLeadCall(exchange, version);
    this.preflight = new ConversionPreflight(exchange, version);
  }

  /**
   * Checks, without writing anything, whether a lead can be converted: it exists and is not
   * converted, the org has a converted lead status, the lead has the Company and LastName the new
   * account and contact need, and a user (not a queue) owns it. It also lists the accounts whose
   * name matches the lead's company (exactly, or ignoring case, punctuation and legal suffixes
   * such as Inc, Ltd or GmbH) and the contacts with the lead's email, to merge into instead of
   * duplicating them. Makes at most four SOQL calls (the lead, the converted statuses, the
   * candidate accounts, the contacts).
   *
   * @param leadId the lead
   * @return every check with its outcome and a message
   * @throws InvalidArgumentException if the id is not a Lead id
   */
  public ConversionReadiness checkConversion(SalesforceId leadId) {
    InvalidArgumentException.requireNonNull(leadId, "leadId");
    leadId.requireType(Lead.SOBJECT_TYPE);
    return preflight.check(leadId, Optional.empty());
  }

  /**
   * Checks a planned conversion without writing anything: as {@link
   * #checkConversion(SalesforceId)}, and also that its {@code convertedStatus} is one of the
   * org's converted statuses; a queue-owned lead passes when the conversion names an owner.
   *
   * @param conversion the conversion to check
   * @return every check with its outcome and a message
   */
  public ConversionReadiness checkConversion(LeadConvert conversion) {
    InvalidArgumentException.requireNonNull(conversion, "conversion");
    return preflight.check(conversion.leadId(), Optional.of(conversion));
  }

  /**
   * Converts one lead. Maps to the SOAP API call {@code convertLead} ({@code POST
   * /services/Soap/u/NN.0}) with the client's token as the session; never retried once sent.
   *
   * @param conversion the lead and how to convert it
   * @return the success, with the ids of the account, contact and opportunity
   * @throws InvalidArgumentException before sending, for a value no SOAP envelope can carry
   * @throws ApiException when Salesforce refuses the conversion, chosen by its status code:
   *     {@code ValidationException} for {@code CANNOT_UPDATE_CONVERTED_LEAD}, {@code
   *     INVALID_STATUS}, {@code REQUIRED_FIELD_MISSING}, ...; {@code NotFoundException} for {@code
   *     ENTITY_IS_DELETED}; with status 400, as REST reports a refused record
   */
  public LeadConvertResult convert(LeadConvert conversion) {
    InvalidArgumentException.requireNonNull(conversion, "conversion");
    LeadConvertResult result = conversions.convert(List.of(conversion)).get(0);
    if (!result.success()) {
      throw ApiException.from(400, result.errors(), "POST", conversions.path());
    }
    return result;
  }

  /**
   * Converts up to 100 leads in one {@code convertLead} call. A lead Salesforce refuses does not
   * stop the others: its result carries the errors, and nothing is thrown for it.
   *
   * @param conversions one to 100 conversions
   * @return one result per conversion, in the same order
   * @throws InvalidArgumentException before sending, for an empty list, more than 100
   *     conversions, or a value no SOAP envelope can carry
   * @throws ApiException when the whole call fails (a SOAP fault such as an invalid session)
   */
  public List<LeadConvertResult> convert(List<LeadConvert> conversions) {
    return this.conversions.convert(conversions);
  }
}
