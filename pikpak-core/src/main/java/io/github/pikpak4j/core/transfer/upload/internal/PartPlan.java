package io.github.pikpak4j.core.transfer.upload.internal;

/**
 * The part plan of a multipart upload: equal parts (the last takes the remainder), at most 10,000
 * of them (the OSS limit), each at least 100 KiB except the last.
 */
public final class PartPlan {
  /** The OSS limit on parts per upload. */
  public static final int MAX_PARTS = 10_000;

  private static final long ALIGN = 2L << 20;

  private PartPlan() {}

  /**
   * Returns the part size for a file: the requested size, raised (to a multiple of 2 MiB, so parts
   * stay aligned on GCID blocks) when the file would otherwise need more than 10,000 parts.
   *
   * @param fileSize the file size in bytes
   * @param requested the requested part size in bytes, at least 100 KiB
   * @return the part size in bytes
   */
  public static long partSize(long fileSize, long requested) {
    long size = requested;
    if ((fileSize + size - 1) / size > MAX_PARTS) {
      long min = (fileSize + MAX_PARTS - 1) / MAX_PARTS;
      size = (min + ALIGN - 1) / ALIGN * ALIGN;
    }
    return size;
  }

  /**
   * Returns the number of parts.
   *
   * @param fileSize the file size in bytes
   * @param partSize the part size in bytes
   * @return {@code ceil(fileSize / partSize)}, at least 1
   */
  public static int count(long fileSize, long partSize) {
    return (int) Math.max(1, (fileSize + partSize - 1) / partSize);
  }

  /**
   * Returns where a part starts.
   *
   * @param number the part number, from 1
   * @param partSize the part size in bytes
   * @return the offset in bytes
   */
  public static long offset(int number, long partSize) {
    return (number - 1) * partSize;
  }

  /**
   * Returns a part's length.
   *
   * @param number the part number, from 1
   * @param partSize the part size in bytes
   * @param fileSize the file size in bytes
   * @return the length in bytes
   */
  public static long length(int number, long partSize, long fileSize) {
    return Math.min(partSize, fileSize - offset(number, partSize));
  }
}
