package io.github.pikpak4j.testkit;

/** Bytes {@code i mod 251}, the protocol document's GCID and cid test pattern. */
final class PatternContent implements ContentSource {
  private final long size;

  PatternContent(long size) {
    if (size < 0) {
      throw new IllegalArgumentException("size < 0: " + size);
    }
    this.size = size;
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
    int v = (int) (offset % 251);
    for (int i = 0; i < len; i++) {
      dst[dstOff + i] = (byte) v;
      if (++v == 251) {
        v = 0;
      }
    }
  }
}
