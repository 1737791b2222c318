package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One received upload body (a part, or a whole object) kept in a temporary file, with the SHA-1 of
 * each GCID block counted from the body's first byte, so that parts aligned on block boundaries
 * need no second pass to compute the object's GCID.
 */
record StoredPart(int number, Path file, long size, String etag, List<byte[]> blockDigests, Instant time) {
  private static final int BUFFER = 64 * 1024;

  /** Reads the body to its end into {@code file}. */
  static StoredPart receive(int number, InputStream in, Path file, int blockSize, Instant time)
      throws IOException {
    MessageDigest block = Gcid.sha1();
    MessageDigest tag = Gcid.sha1();
    List<byte[]> digests = new ArrayList<>();
    byte[] buf = new byte[BUFFER];
    long size = 0;
    int inBlock = 0;
    try (FileChannel out =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
        while (bb.hasRemaining()) {
          out.write(bb);
        }
        int off = 0;
        while (off < n) {
          int take = Math.min(n - off, blockSize - inBlock);
          block.update(buf, off, take);
          off += take;
          inBlock += take;
          if (inBlock == blockSize) {
            byte[] d = block.digest();
            digests.add(d);
            tag.update(d);
            inBlock = 0;
          }
        }
        size += n;
      }
    }
    if (inBlock > 0) {
      byte[] d = block.digest();
      digests.add(d);
      tag.update(d);
    }
    String etag = "\"" + Gcid.hex(tag.digest()).substring(0, 32).toUpperCase(Locale.ROOT) + "\"";
    return new StoredPart(number, file, size, etag, List.copyOf(digests), time);
  }
}
