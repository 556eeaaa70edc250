package dev.salescloud.testkit.rest;

/** Reads the API version out of a version's base path such as {@code /services/data/v62.0}. */
final class BasePaths {
  private BasePaths() {}

  /** The major version of a base path the router made: 62 for {@code /services/data/v62.0}. */
  static int version(String base) {
    String version = base.substring(base.lastIndexOf('v') + 1);
    return Integer.parseInt(version.substring(0, version.indexOf('.')));
  }
}
