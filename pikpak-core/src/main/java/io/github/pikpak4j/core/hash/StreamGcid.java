package io.github.pikpak4j.core.hash;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * GCID of an input stream read sequentially by the calling thread while block digests are computed
 * by worker threads (a pipeline); results are combined in block order.
 */
final class StreamGcid {
  private StreamGcid() {}

  static String hash(InputStream in, long size, GcidBlockRule rule, int threads)
      throws IOException {
    int blockSize = rule.blockSize(size);
    long blocks = (size + blockSize - 1) / blockSize;
    int workers = (int) Math.min(threads - 1L, blocks);
    if (workers < 1) {
      return Gcid.of(in, size, rule);
    }
    MessageDigest outer = Sha1.newDigest();
    int maxInFlight = workers + 1;
    // One buffer per pending task plus the one being filled: the caller never waits for a buffer
    // longer than it takes the oldest pending task to finish.
    BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(maxInFlight + 1);
    for (int i = 0; i <= maxInFlight; i++) {
      free.add(new byte[(int) Math.min(blockSize, size)]);
    }
    try (OrderedDigests digests = new OrderedDigests(workers, maxInFlight, outer)) {
      for (long i = 0; i < blocks; i++) {
        byte[] buffer = take(free);
        int length = FileGcid.length(i, blockSize, size);
        readFully(in, buffer, length, i * blockSize, size);
        digests.submit(
            () -> {
              try {
                MessageDigest sha1 = Sha1.newDigest();
                sha1.update(buffer, 0, length);
                return sha1.digest();
              } finally {
                free.add(buffer);
              }
            });
      }
      digests.drain();
    }
    if (in.read() >= 0) {
      throw new ContentSizeMismatchException(size, size + 1);
    }
    return Sha1.hex(outer.digest());
  }

  private static byte[] take(BlockingQueue<byte[]> free) throws IOException {
    try {
      return free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException ioe = new InterruptedIOException("interrupted while hashing");
      ioe.initCause(e);
      throw ioe;
    }
  }

  private static void readFully(InputStream in, byte[] buffer, int length, long at, long size)
      throws IOException {
    int filled = 0;
    while (filled < length) {
      int n = in.read(buffer, filled, length - filled);
      if (n < 0) {
        throw new ContentSizeMismatchException(size, at + filled);
      }
      filled += n;
    }
  }
}
