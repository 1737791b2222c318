package io.github.pikpak4j.testkit;

import org.jspecify.annotations.Nullable;

/** The content of a file created by an upload whose bytes have not all arrived yet. */
final class PendingContent implements ContentSource {
  private final long size;
  private volatile @Nullable ContentSource delegate;

  PendingContent(long size) {
    this.size = size;
  }

  void fill(ContentSource content) {
    if (content.size() != size) {
      throw new IllegalArgumentException("size " + content.size() + " != declared " + size);
    }
    delegate = content;
  }

  /** Whether all the bytes have arrived. */
  boolean filled() {
    return delegate != null;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void read(long offset, byte[] dst, int dstOff, int len) {
    ContentSource d = delegate;
    if (d == null) {
      throw new IllegalStateException("the upload of this file is not complete");
    }
    d.read(offset, dst, dstOff, len);
  }
}
