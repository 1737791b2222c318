package io.github.pikpak4j.testkit;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of an emulated file, produced on demand by offset so that even multi-GiB files cost no
 * memory.
 *
 * <pre>{@code
 * ContentSource big = ContentSource.seeded(5L << 30, 42); // 5 GiB, deterministic
 * byte[] head = new byte[16];
 * big.read(0, head, 0, head.length);
 * }</pre>
 *
 * <p>Implementations must be thread-safe and deterministic: reading the same range twice yields the
 * same bytes.
 */
public interface ContentSource {

  /**
   * Returns the total size.
   *
   * @return the size in bytes, at least 0
   */
  long size();

  /**
   * Copies {@code len} bytes starting at {@code offset} into {@code dst}.
   *
   * @param offset the first byte's position, {@code 0 <= offset} and {@code offset + len <= size()}
   * @param dst the destination array
   * @param dstOff where to start writing in {@code dst}
   * @param len how many bytes to copy
   */
  void read(long offset, byte[] dst, int dstOff, int len);

  /**
   * Opens a stream over the bytes from {@code from} to the end.
   *
   * @param from the first byte's position
   * @return a new stream; closing it is optional
   */
  default InputStream openStream(long from) {
    return new ContentInputStream(this, from, size());
  }

  /**
   * A deterministic pseudo-random content of the given size: the byte at a position depends only on
   * {@code seed} and the position.
   *
   * @param size the size in bytes
   * @param seed the seed; equal seeds and sizes give equal bytes
   * @return the content source
   */
  static ContentSource seeded(long size, long seed) {
    return new SeededContent(size, seed);
  }

  /**
   * The protocol's GCID test pattern: the byte at position {@code i} is {@code i mod 251}.
   *
   * @param size the size in bytes
   * @return the content source
   */
  static ContentSource pattern(long size) {
    return new PatternContent(size);
  }

  /**
   * A content source over a copy of the given bytes.
   *
   * @param bytes the bytes (copied)
   * @return the content source
   */
  static ContentSource ofBytes(byte[] bytes) {
    return new ByteContent(bytes.clone());
  }

  /**
   * A content source over the UTF-8 encoding of a text.
   *
   * @param text the text
   * @return the content source
   */
  static ContentSource ofText(String text) {
    return new ByteContent(text.getBytes(StandardCharsets.UTF_8));
  }
}
