package dev.salescloud.model.limits;

/** The share of an allocation that has been used, the same way for every limit. */
final class Fractions {
  private Fractions() {}

  static double used(long used, long max) {
    if (max == 0) {
      return used > 0 ? 1.0 : 0.0;
    }
    return (double) used / max;
  }
}
