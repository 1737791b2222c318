package io.github.pikpak4j.testkit;

import java.io.InputStream;

/** A stream over a range of a {@link ContentSource}. */
final class ContentInputStream extends InputStream {
  private final ContentSource source;
  private final long end;
  private long pos;

  ContentInputStream(ContentSource source, long from, long endExclusive) {
    this.source = source;
    this.pos = from;
    this.end = endExclusive;
  }

  @Override
  public int read() {
    if (pos >= end) {
      return -1;
    }
    byte[] one = new byte[1];
    source.read(pos++, one, 0, 1);
    return one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (pos >= end) {
      return -1;
    }
    int n = (int) Math.min(len, end - pos);
    source.read(pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public long skip(long n) {
    long k = Math.max(0, Math.min(n, end - pos));
    pos += k;
    return k;
  }
}
