package dev.salescloud.testkit.api;

/**
 * The REST and SOAP API versions the fake org answers, {@value #OLDEST} to {@value #NEWEST}, as
 * {@code GET /services/data/} lists them; other versions are answered 404, as Salesforce answers
 * versions it retired or does not have yet.
 */
public final class ApiVersions {
  /** The oldest API version the org answers. */
  public static final int OLDEST = 31;
  /** The newest API version the org answers. */
  public static final int NEWEST = 68;

  private ApiVersions() {}

  /**
   * Tells whether the org answers a major version.
   *
   * @param version for example 66
   * @return true from {@value #OLDEST} to {@value #NEWEST}
   */
  public static boolean answers(int version) {
    return version >= OLDEST && version <= NEWEST;
  }
}
