package io.github.pikpak4j.core.hash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** GCID of a file channel: positional block reads, optionally by several workers. */
final class FileGcid {
  private FileGcid() {}

  /**
   * Hashes {@code size} bytes of {@code channel} from position 0 and checks that the channel still
   * has exactly {@code size} bytes afterwards.
   */
  static String hash(FileChannel channel, long size, GcidBlockRule rule, int threads)
      throws IOException {
    int blockSize = rule.blockSize(size);
    long blocks = (size + blockSize - 1) / blockSize;
    MessageDigest outer = Sha1.newDigest();
    int workers = (int) Math.min(threads, blocks);
    if (workers <= 1) {
      BlockHasher hasher = new BlockHasher(blockSize);
      for (long i = 0; i < blocks; i++) {
        outer.update(hasher.hash(channel, i * blockSize, length(i, blockSize, size), size));
      }
    } else {
      hashParallel(channel, size, blockSize, blocks, workers, outer);
    }
    long sizeNow = channel.size();
    if (sizeNow != size) {
      throw new ContentSizeMismatchException(size, sizeNow);
    }
    return Sha1.hex(outer.digest());
  }

  private static void hashParallel(
      FileChannel channel, long size, int blockSize, long blocks, int workers, MessageDigest outer)
      throws IOException {
    BlockingQueue<BlockHasher> idle = new ArrayBlockingQueue<>(workers);
    for (int i = 0; i < workers; i++) {
      idle.add(new BlockHasher(blockSize));
    }
    // Bounded look-ahead: digests are consumed in block order while later blocks are hashed.
    try (OrderedDigests digests = new OrderedDigests(workers, workers * 2, outer)) {
      for (long i = 0; i < blocks; i++) {
        long position = i * blockSize;
        int length = length(i, blockSize, size);
        digests.submit(
            () -> {
              BlockHasher hasher = idle.take();
              try {
                return hasher.hash(channel, position, length, size);
              } finally {
                idle.add(hasher);
              }
            });
      }
      digests.drain();
    }
  }

  static int length(long block, int blockSize, long size) {
    return (int) Math.min(blockSize, size - block * blockSize);
  }

  /**
   * Reads {@code buffer.remaining()} bytes at {@code position}; EOF first means the file shrank.
   */
  static void readFully(FileChannel channel, ByteBuffer buffer, long position, long expectedSize)
      throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new ContentSizeMismatchException(expectedSize, at);
      }
      at += n;
    }
  }

  /** One block buffer and one SHA-1 state; used by one thread at a time. */
  private static final class BlockHasher {
    private final ByteBuffer buffer;
    private final MessageDigest sha1 = Sha1.newDigest();

    BlockHasher(int blockSize) {
      this.buffer = ByteBuffer.allocate(blockSize);
    }

    byte[] hash(FileChannel channel, long position, int length, long expectedSize)
        throws IOException {
      buffer.clear().limit(length);
      readFully(channel, buffer, position, expectedSize);
      sha1.update(buffer.array(), 0, length);
      return sha1.digest();
    }
  }
}
