package io.github.pikpak4j.testkit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** The PikPak GCID (protocol section 7.6, doubling rule), computed in one streaming pass. */
final class Gcid {
  private Gcid() {}

  /** Returns the block size of the doubling rule for a file of {@code size} bytes. */
  static long blockSize(long size) {
    long b = 256 * 1024;
    while ((double) size / b > 512 && b < 2 * 1024 * 1024) {
      b *= 2;
    }
    return b;
  }

  /** Computes the uppercase-hex GCID of the content. */
  static String of(ContentSource content) {
    MessageDigest outer = sha1();
    MessageDigest inner = sha1();
    long size = content.size();
    long block = blockSize(size);
    byte[] buf = new byte[64 * 1024];
    long pos = 0;
    while (pos < size) {
      long blockEnd = Math.min(size, pos + block);
      while (pos < blockEnd) {
        int n = (int) Math.min(buf.length, blockEnd - pos);
        content.read(pos, buf, 0, n);
        inner.update(buf, 0, n);
        pos += n;
      }
      outer.update(inner.digest());
    }
    return hex(outer.digest()).toUpperCase(Locale.ROOT);
  }

  static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return sb.toString();
  }
}
