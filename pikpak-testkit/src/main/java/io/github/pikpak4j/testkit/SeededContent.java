package io.github.pikpak4j.testkit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Pseudo-random bytes computed per 8-byte word with SplitMix64; no state, thread-safe. */
final class SeededContent implements ContentSource {
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final long size;
  private final long seed;

  SeededContent(long size, long seed) {
    if (size < 0) {
      throw new IllegalArgumentException("size < 0: " + size);
    }
    this.size = size;
    this.seed = seed;
  }

  /** The seed: with {@link #size()}, all it takes to make these bytes again. */
  long seed() {
    return seed;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void read(long offset, byte[] dst, int dstOff, int len) {
    if (offset < 0 || len < 0 || offset + len > size) {
      throw new IndexOutOfBoundsException("range " + offset + "+" + len + " outside " + size);
    }
    long pos = offset;
    int i = dstOff;
    int end = dstOff + len;
    // head and tail byte by byte; whole words at once (the same little-endian bytes, far less work per byte)
    while (i < end && (pos & 7) != 0) {
      dst[i++] = byteAt(pos++);
    }
    while (end - i >= 8) {
      LONG_LE.set(dst, i, mix(seed + (pos >>> 3) * 0x9E3779B97F4A7C15L));
      i += 8;
      pos += 8;
    }
    while (i < end) {
      dst[i++] = byteAt(pos++);
    }
  }

  private byte byteAt(long pos) {
    long word = mix(seed + (pos >>> 3) * 0x9E3779B97F4A7C15L);
    return (byte) (word >>> ((pos & 7) * 8));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
