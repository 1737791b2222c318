package io.github.pikpak4j.testkit;

/** Pseudo-random bytes computed per 8-byte word with SplitMix64; no state, thread-safe. */
final class SeededContent implements ContentSource {
  private final long size;
  private final long seed;

  SeededContent(long size, long seed) {
    if (size < 0) {
      throw new IllegalArgumentException("size < 0: " + size);
    }
    this.size = size;
    this.seed = seed;
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
    while (i < end) {
      long word = mix(seed + (pos >>> 3) * 0x9E3779B97F4A7C15L);
      int shift = (int) (pos & 7);
      for (int b = shift; b < 8 && i < end; b++) {
        dst[i++] = (byte) (word >>> (b * 8));
        pos++;
      }
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
