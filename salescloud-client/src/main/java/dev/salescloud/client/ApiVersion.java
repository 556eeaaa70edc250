package dev.salescloud.client;

import dev.salescloud.model.error.InvalidArgumentException;
import java.util.regex.Pattern;

/**
 * A REST API version such as {@code 66.0}, and the paths built on it.
 *
 * <p>Salesforce serves versions from 31.0 on; 66.0 (Spring '26) is the client's default.
 */
public final class ApiVersion {
  private static final Pattern FORM = Pattern.compile("[1-9][0-9]?\\.0");

  /** The version the client uses unless told otherwise. */
  public static final ApiVersion DEFAULT = of("66.0");

  private final String value;

  private ApiVersion(String value) {
    this.value = value;
  }

  /**
   * Parses a version.
   *
   * @param version for example {@code "66.0"} (a leading {@code v} is accepted)
   * @return the version
   * @throws InvalidArgumentException if it is not {@code NN.0} or is older than 31.0
   */
  public static ApiVersion of(String version) {
    InvalidArgumentException.requireNonNull(version, "apiVersion");
    String v = version.startsWith("v") ? version.substring(1) : version;
    if (!FORM.matcher(v).matches()) {
      throw new InvalidArgumentException(
          "apiVersion", "API version '" + version + "' is not of the form NN.0, e.g. 66.0");
    }
    if (Integer.parseInt(v.substring(0, v.indexOf('.'))) < 31) {
      throw new InvalidArgumentException(
          "apiVersion", "API version " + v + " is retired; Salesforce serves 31.0 and later");
    }
    return new ApiVersion(v);
  }

  /**
   * The version number.
   *
   * @return for example {@code "66.0"}
   */
  public String value() {
    return value;
  }

  /**
   * The REST base path of this version.
   *
   * @return for example {@code /services/data/v66.0}
   */
  public String basePath() {
    return "/services/data/v" + value;
  }

  /** Compares by value. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ApiVersion && ((ApiVersion) o).value.equals(value);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the version number, e.g. {@code 66.0}. */
  @Override
  public String toString() {
    return value;
  }
}
