package io.github.pikpak4j.core.hash;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * An incremental GCID computation over content whose total size is known in advance (the block size
 * depends on it). Feed the bytes in order with {@code update}, then call {@link #finish()}.
 *
 * <pre>{@code
 * GcidHasher hasher = Gcid.newHasher(totalSize);
 * while ((n = in.read(buf)) > 0) {
 *   hasher.update(buf, 0, n);
 * }
 * String gcid = hasher.finish();
 * }</pre>
 *
 * <p>Memory use is constant: two SHA-1 states, whatever the content size. Instances are not
 * thread-safe and are single-use.
 */
public final class GcidHasher {
  private final long size;
  private final int blockSize;
  private final MessageDigest outer = Sha1.newDigest();
  private final MessageDigest block = Sha1.newDigest();
  private long hashed;
  private int inBlock;
  private boolean finished;

  GcidHasher(long size, GcidBlockRule rule) {
    Objects.requireNonNull(rule, "rule");
    this.blockSize = rule.blockSize(size);
    this.size = size;
  }

  /**
   * Returns the total size, in bytes, this hasher expects.
   *
   * @return the declared content size in bytes
   */
  public long size() {
    return size;
  }

  /**
   * Returns the block size, in bytes, chosen for the declared size.
   *
   * @return the block size in bytes
   */
  public int blockSize() {
    return blockSize;
  }

  /**
   * Returns how many bytes have been fed so far.
   *
   * @return the number of bytes hashed
   */
  public long bytesHashed() {
    return hashed;
  }

  /**
   * Feeds all of {@code bytes}.
   *
   * @param bytes the next bytes of the content
   * @return this hasher
   * @throws IllegalStateException if this would exceed the declared size, or after {@link
   *     #finish()}
   */
  public GcidHasher update(byte[] bytes) {
    return update(bytes, 0, bytes.length);
  }

  /**
   * Feeds {@code length} bytes of {@code bytes} starting at {@code offset}.
   *
   * @param bytes the array holding the next bytes of the content
   * @param offset the index of the first byte to feed
   * @param length how many bytes to feed
   * @return this hasher
   * @throws IndexOutOfBoundsException if the range is not within {@code bytes}
   * @throws IllegalStateException if this would exceed the declared size, or after {@link
   *     #finish()}
   */
  public GcidHasher update(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    checkCanAccept(length);
    int off = offset;
    int remaining = length;
    while (remaining > 0) {
      int take = Math.min(remaining, blockSize - inBlock);
      block.update(bytes, off, take);
      off += take;
      remaining -= take;
      advance(take);
    }
    return this;
  }

  /**
   * Feeds the remaining bytes of {@code buffer}, advancing its position to its limit.
   *
   * @param buffer the next bytes of the content
   * @return this hasher
   * @throws IllegalStateException if this would exceed the declared size, or after {@link
   *     #finish()}
   */
  public GcidHasher update(ByteBuffer buffer) {
    checkCanAccept(buffer.remaining());
    while (buffer.hasRemaining()) {
      int take = Math.min(buffer.remaining(), blockSize - inBlock);
      ByteBuffer slice = buffer.slice();
      slice.limit(take);
      block.update(slice);
      buffer.position(buffer.position() + take);
      advance(take);
    }
    return this;
  }

  /**
   * Completes the computation.
   *
   * @return the GCID as 40 uppercase hexadecimal characters
   * @throws IllegalStateException if fewer bytes than the declared size were fed, or if called
   *     twice
   */
  public String finish() {
    if (finished) {
      throw new IllegalStateException("finish() was already called");
    }
    if (hashed != size) {
      throw new IllegalStateException(
          "only " + hashed + " of the declared " + size + " bytes were fed");
    }
    finished = true;
    if (inBlock > 0) {
      outer.update(block.digest());
    }
    return Sha1.hex(outer.digest());
  }

  private void checkCanAccept(long length) {
    if (finished) {
      throw new IllegalStateException("finish() was already called");
    }
    if (length > size - hashed) {
      throw new IllegalStateException("more bytes than the declared size of " + size + " were fed");
    }
  }

  private void advance(int taken) {
    hashed += taken;
    inBlock += taken;
    if (inBlock == blockSize) {
      outer.update(block.digest());
      inBlock = 0;
    }
  }
}
