/**
 * The SOAP API of the fake org, as far as Salesforce needs it: the {@code convertLead} call
 * ({@code POST /services/Soap/u/NN.0}), the only way Salesforce converts leads. {@link
 * dev.salescloud.testkit.soap.SoapEndpoint} answers it from the org's router, with the session
 * checked like a bearer token and Salesforce's SOAP faults and per-lead errors.
 */
package dev.salescloud.testkit.soap;
