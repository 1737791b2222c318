package io.github.pikpak4j.testkit;

import java.security.MessageDigest;
import java.util.Locale;

/**
 * The cid (protocol §7.7): the SHA-1 of the whole content up to 0xF000 bytes, else of three 0x5000-byte windows at
 * offsets 0, size/3 and size - 0x5000; upper-case hex. The emulator's own copy, independent of the SDK's.
 */
final class Cid {
  private static final int SMALL = 0xF000;
  private static final int WINDOW = 0x5000;

  private Cid() {}

  static String of(ContentSource content) {
    MessageDigest sha1 = Gcid.sha1();
    long size = content.size();
    if (size <= SMALL) {
      window(content, 0, (int) size, sha1);
    } else {
      window(content, 0, WINDOW, sha1);
      window(content, size / 3, WINDOW, sha1);
      window(content, size - WINDOW, WINDOW, sha1);
    }
    return Gcid.hex(sha1.digest()).toUpperCase(Locale.ROOT);
  }

  private static void window(ContentSource content, long offset, int length, MessageDigest sha1) {
    byte[] buf = new byte[length];
    content.read(offset, buf, 0, length);
    sha1.update(buf);
  }
}
