package io.github.pikpak4j.core.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-1 helpers shared by the hashes of this package. */
final class Sha1 {
  static final int DIGEST_LENGTH = 20;
  private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

  private Sha1() {}

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-1.
      throw new IllegalStateException("SHA-1 is not available", e);
    }
  }

  static String hex(byte[] digest) {
    return UPPER_HEX.formatHex(digest);
  }
}
