package io.github.pikpak4j.testkit;

/** Content held in a (small) byte array. */
final class ByteContent implements ContentSource {
  private final byte[] bytes;

  ByteContent(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  public long size() {
    return bytes.length;
  }

  @Override
  public void read(long offset, byte[] dst, int dstOff, int len) {
    if (offset < 0 || len < 0 || offset + len > bytes.length) {
      throw new IndexOutOfBoundsException("range " + offset + "+" + len + " outside " + bytes.length);
    }
    System.arraycopy(bytes, (int) offset, dst, dstOff, len);
  }
}
