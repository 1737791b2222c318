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
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < seed.length(); i++) {
      h = (h ^ seed.charAt(i)) * 0x100000001b3L;
    }
    StringBuilder sb = new StringBuilder("VN");
    long word = 0;
    for (int i = 0; i < 24; i++) {
      if (i % 8 == 0) {
        h += 0x9E3779B97F4A7C15L;
        word = mix(h);
      }
      sb.append(ALPHABET.charAt((int) Long.remainderUnsigned(word, 62)));
      word = Long.divideUnsigned(word, 62);
    }
    return sb.toString();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
