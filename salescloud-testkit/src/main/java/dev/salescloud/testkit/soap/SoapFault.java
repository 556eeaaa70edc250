package dev.salescloud.testkit.soap;

/**
 * A SOAP fault the endpoint answers instead of a result, such as {@code sf:INVALID_SESSION_ID}:
 * Salesforce answers every one with HTTP 500.
 */
final class SoapFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code sf:} codes carry an {@code UnexpectedErrorFault} detail; {@code soapenv:} ones none. */
  final String faultCode;

  private SoapFault(String faultCode, String message) {
    super(message);
    this.faultCode = faultCode;
  }

  /** A fault of Salesforce's own, e.g. {@code INVALID_SESSION_ID}. */
  static SoapFault salesforce(String exceptionCode, String message) {
    return new SoapFault("sf:" + exceptionCode, message);
  }

  /** A malformed request: {@code soapenv:Client}. */
  static SoapFault client(String message) {
    return new SoapFault("soapenv:Client", message);
  }

  /** The exception code of an {@code sf:} fault, or empty. */
  String exceptionCode() {
    return faultCode.startsWith("sf:") ? faultCode.substring(3) : "";
  }
}
