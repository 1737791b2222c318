package io.github.pikpak4j.testkit;

import java.security.SecureRandom;
import java.util.Base64;

/** Random tokens and PikPak-looking ids. */
final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private Ids() {}

  static String random(int chars) {
    StringBuilder sb = new StringBuilder(chars);
    for (int i = 0; i < chars; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  static String base64Url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** A deterministic id of the PikPak shape ("VN" + 24 characters) from a seed string. */
  static String fileId(String seed) {
    String h = KnownClient.md5Hex(seed) + KnownClient.md5Hex("x" + seed);
    StringBuilder sb = new StringBuilder("VN");
    for (int i = 0; i < 24; i++) {
      int v = Integer.parseInt(h.substring(i * 2, i * 2 + 2), 16);
      sb.append(ALPHABET.charAt(v % 62));
    }
    return sb.toString();
  }
}
