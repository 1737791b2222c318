package io.github.pikpak4j.core.hash;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Computes the GCID, the content hash PikPak expects when an upload is created and uses for instant
 * (hash-only) uploads, and the cid used for the cid-to-gcid lookup.
 *
 * <pre>{@code
 * String gcid = Gcid.of(Path.of("movie.mkv"));          // doubling rule, all processors
 * String same = Gcid.of(Files.newInputStream(p), size); // sequential, one pass
 * int block = Gcid.blockSize(size, GcidBlockRule.DOUBLING);
 * }</pre>
 *
 * <p><b>Algorithm.</b> The content is split into consecutive blocks of {@link #blockSize(long,
 * GcidBlockRule)} bytes (the last may be short); the GCID is {@code SHA1(SHA1(block1) ||
 * SHA1(block2) || ...)} over the raw 20-byte digests, written as 40 uppercase hexadecimal
 * characters. Empty content gives {@code SHA1("")}. The block size depends on the total size, so
 * every source needs its size up front. The two block-size conventions and their exact difference
 * at 128 MiB and 256 MiB are described in {@link GcidBlockRule}; {@link GcidBlockRule#DOUBLING} is
 * the default.
 *
 * <p><b>Resources.</b> Every method reads its source exactly once and never copies it to memory or
 * disk. An {@link InputStream} is hashed sequentially with a 64 KiB buffer, or, with {@link
 * #of(InputStream, long, GcidBlockRule, int)}, read by the calling thread while worker threads
 * digest the blocks already read (a pipeline of at most {@code threads + 1} blocks). A {@link Path}
 * is hashed by up to {@code threads} workers (default: {@link Runtime#availableProcessors()}), each
 * reading whole blocks with positional reads, so memory use is at most {@code threads} blocks (2
 * MiB each at most); block digests are combined in block order, so the result does not depend on
 * the thread count. Worker threads are created for the call and stopped before it returns.
 *
 * <p><b>Changing content.</b> If a file's size differs when the hash ends from when it started, or
 * a stream delivers a different number of bytes than declared, a {@link
 * ContentSizeMismatchException} (an {@link IOException}) is thrown. Bytes changed in place without
 * a size change cannot be detected.
 *
 * <p>This class is thread-safe and stateless.
 */
public final class Gcid {
  /** The smallest block size, 256 KiB (262,144 bytes). */
  public static final int MIN_BLOCK_SIZE = 256 * 1024;

  /** The largest block size, 2 MiB (2,097,152 bytes). */
  public static final int MAX_BLOCK_SIZE = 2 * 1024 * 1024;

  /** The rule used when none is given: {@link GcidBlockRule#DOUBLING}. */
  public static final GcidBlockRule DEFAULT_RULE = GcidBlockRule.DOUBLING;

  /** Content up to this size, 61,440 bytes, has the SHA-1 of the whole content as its cid. */
  static final int CID_WHOLE_LIMIT = 0xF000;

  /** The size of each of the three cid windows, 20,480 bytes. */
  static final int CID_WINDOW = 0x5000;

  private static final int STREAM_BUFFER = 64 * 1024;

  private Gcid() {}

  /**
   * Returns the block size for content of {@code size} bytes under {@code rule}.
   *
   * @param size the content size in bytes, not negative
   * @param rule the block-size convention
   * @return the block size in bytes (256 KiB, 512 KiB, 1 MiB or 2 MiB)
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static int blockSize(long size, GcidBlockRule rule) {
    return rule.blockSize(size);
  }

  /**
   * Returns a new incremental hasher for content of exactly {@code size} bytes, using the {@link
   * #DEFAULT_RULE}.
   *
   * @param size the total content size in bytes, not negative
   * @return a new hasher
   */
  public static GcidHasher newHasher(long size) {
    return newHasher(size, DEFAULT_RULE);
  }

  /**
   * Returns a new incremental hasher for content of exactly {@code size} bytes.
   *
   * @param size the total content size in bytes, not negative
   * @param rule the block-size convention
   * @return a new hasher
   */
  public static GcidHasher newHasher(long size, GcidBlockRule rule) {
    return new GcidHasher(size, rule);
  }

  /**
   * Returns the GCID of {@code data}, using the {@link #DEFAULT_RULE}.
   *
   * @param data the whole content
   * @return the GCID, 40 uppercase hexadecimal characters
   */
  public static String of(byte[] data) {
    return of(data, DEFAULT_RULE);
  }

  /**
   * Returns the GCID of {@code data}.
   *
   * @param data the whole content
   * @param rule the block-size convention
   * @return the GCID, 40 uppercase hexadecimal characters
   */
  public static String of(byte[] data, GcidBlockRule rule) {
    return newHasher(data.length, rule).update(data).finish();
  }

  /**
   * Reads {@code in} to its end and returns the GCID of its content, using the {@link
   * #DEFAULT_RULE}. The stream is not closed.
   *
   * @param in the content; must deliver exactly {@code size} bytes
   * @param size the content size in bytes, not negative
   * @return the GCID, 40 uppercase hexadecimal characters
   * @throws ContentSizeMismatchException if the stream ends early or has more than {@code size}
   *     bytes
   * @throws IOException if reading fails
   */
  public static String of(InputStream in, long size) throws IOException {
    return of(in, size, DEFAULT_RULE);
  }

  /**
   * Reads {@code in} to its end and returns the GCID of its content. The stream is read
   * sequentially with a 64 KiB buffer and is not closed.
   *
   * @param in the content; must deliver exactly {@code size} bytes
   * @param size the content size in bytes, not negative
   * @param rule the block-size convention
   * @return the GCID, 40 uppercase hexadecimal characters
   * @throws ContentSizeMismatchException if the stream ends early or has more than {@code size}
   *     bytes
   * @throws IOException if reading fails
   */
  public static String of(InputStream in, long size, GcidBlockRule rule) throws IOException {
    Objects.requireNonNull(in, "in");
    GcidHasher hasher = newHasher(size, rule);
    byte[] buffer = new byte[(int) Math.min(STREAM_BUFFER, Math.max(size, 1))];
    long remaining = size;
    while (remaining > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
      if (n < 0) {
        throw new ContentSizeMismatchException(size, size - remaining);
      }
      hasher.update(buffer, 0, n);
      remaining -= n;
    }
    if (in.read() >= 0) {
      throw new ContentSizeMismatchException(size, size + 1);
    }
    return hasher.finish();
  }

  /**
   * Reads {@code in} to its end and returns the GCID of its content, computing block digests on up
   * to {@code threads - 1} worker threads while the calling thread reads the next blocks (a
   * pipeline; useful when reading and hashing take comparable time). {@code threads == 1} is the
   * same as {@link #of(InputStream, long, GcidBlockRule)}. Memory use is at most {@code threads +
   * 1} blocks. The stream is not closed.
   *
   * @param in the content; must deliver exactly {@code size} bytes
   * @param size the content size in bytes, not negative
   * @param rule the block-size convention
   * @param threads the maximum number of threads, the calling thread included, at least 1
   * @return the GCID, 40 uppercase hexadecimal characters
   * @throws IllegalArgumentException if {@code threads} is less than 1
   * @throws ContentSizeMismatchException if the stream ends early or has more than {@code size}
   *     bytes
   * @throws java.io.InterruptedIOException if the calling thread is interrupted while waiting
   * @throws IOException if reading fails
   */
  public static String of(InputStream in, long size, GcidBlockRule rule, int threads)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(rule, "rule");
    checkThreads(threads);
    return StreamGcid.hash(in, size, rule, threads);
  }

  /**
   * Returns the GCID of a file, using the {@link #DEFAULT_RULE} and one worker per available
   * processor.
   *
   * @param file the file to hash
   * @return the GCID, 40 uppercase hexadecimal characters
   * @throws ContentSizeMismatchException if the file changes size while being hashed
   * @throws IOException if the file cannot be read
   */
  public static String of(Path file) throws IOException {
    return of(file, DEFAULT_RULE);
  }

  /**
   * Returns the GCID of a file, using one worker per available processor.
   *
   * @param file the file to hash
   * @param rule the block-size convention
   * @return the GCID, 40 uppercase hexadecimal characters
   * @throws ContentSizeMismatchException if the file changes size while being hashed
   * @throws IOException if the file cannot be read
   */
  public static String of(Path file, GcidBlockRule rule) throws IOException {
    return of(file, rule, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Returns the GCID of a file, read by up to {@code threads} workers in parallel ({@code 1} hashes
   * sequentially in the calling thread). Memory use is at most {@code threads} blocks.
   *
   * @param file the file to hash
   * @param rule the block-size convention
   * @param threads the maximum number of worker threads, at least 1
   * @return the GCID, 40 uppercase hexadecimal characters
   * @throws IllegalArgumentException if {@code threads} is less than 1
   * @throws ContentSizeMismatchException if the file changes size while being hashed
   * @throws java.io.InterruptedIOException if the calling thread is interrupted while waiting
   * @throws IOException if the file cannot be read
   */
  public static String of(Path file, GcidBlockRule rule, int threads) throws IOException {
    Objects.requireNonNull(rule, "rule");
    checkThreads(threads);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return FileGcid.hash(channel, channel.size(), rule, threads);
    }
  }

  /**
   * Returns the cid (Xunlei content id) of {@code data}: the SHA-1 of the whole content when it has
   * at most 61,440 bytes, otherwise the SHA-1 of three 20,480-byte windows at offsets 0, {@code
   * size / 3} and {@code size - 20480}. A cid is a hint for the cid-to-gcid lookup, not a proof of
   * identity: files of equal size and equal windows share it.
   *
   * @param data the whole content
   * @return the cid, 40 uppercase hexadecimal characters
   */
  public static String cid(byte[] data) {
    MessageDigest sha1 = Sha1.newDigest();
    long size = data.length;
    if (size <= CID_WHOLE_LIMIT) {
      sha1.update(data);
    } else {
      for (long offset : cidWindows(size)) {
        sha1.update(data, (int) offset, CID_WINDOW);
      }
    }
    return Sha1.hex(sha1.digest());
  }

  /**
   * Returns the cid of a file; see {@link #cid(byte[])}. At most 61,440 bytes are read.
   *
   * @param file the file to hash
   * @return the cid, 40 uppercase hexadecimal characters
   * @throws ContentSizeMismatchException if the file shrinks while being read
   * @throws IOException if the file cannot be read
   */
  public static String cid(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      MessageDigest sha1 = Sha1.newDigest();
      if (size <= CID_WHOLE_LIMIT) {
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        FileGcid.readFully(channel, buffer, 0, size);
        sha1.update(buffer.array(), 0, (int) size);
      } else {
        ByteBuffer buffer = ByteBuffer.allocate(CID_WINDOW);
        for (long offset : cidWindows(size)) {
          buffer.clear();
          FileGcid.readFully(channel, buffer, offset, size);
          sha1.update(buffer.array(), 0, CID_WINDOW);
        }
      }
      return Sha1.hex(sha1.digest());
    }
  }

  private static void checkThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  private static long[] cidWindows(long size) {
    return new long[] {0, size / 3, size - CID_WINDOW};
  }
}
