package dev.salescloud.testkit.oauth;

import java.security.SecureRandom;

/** Random text for refresh tokens, authorization codes and grant labels. */
final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private Secrets() {}

  static String random(String prefix, int length) {
    StringBuilder text = new StringBuilder(prefix);
    for (int i = 0; i < length; i++) {
      text.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
    }
    return text.toString();
  }
}
