package io.github.pikpak4j.core.hash;

import java.io.IOException;

/**
 * Thrown when content being hashed turns out to have a size other than the one it was hashed for: a
 * file that grew or shrank while it was read, or an {@link java.io.InputStream} that delivered
 * fewer or more bytes than its declared size.
 *
 * <p>The block size of a GCID depends on the total size, so a hash computed over content of the
 * wrong size is meaningless; the hash is abandoned rather than returned.
 */
public final class ContentSizeMismatchException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The size the caller declared, in bytes. */
  private final long expectedSize;

  /** The size actually read, in bytes. */
  private final long actualSize;

  /**
   * Creates the exception.
   *
   * @param expectedSize the size, in bytes, the hash was computed for
   * @param actualSize the size, in bytes, observed; when the content was longer than expected this
   *     is a lower bound (the content was read only until the excess was detected)
   */
  public ContentSizeMismatchException(long expectedSize, long actualSize) {
    super(
        actualSize < expectedSize
            ? "content ended after "
                + actualSize
                + " bytes but "
                + expectedSize
                + " were expected (it shrank while being hashed, or the declared size is wrong)"
            : "content has more than the expected "
                + expectedSize
                + " bytes (it grew while being hashed, or the declared size is wrong)");
    this.expectedSize = expectedSize;
    this.actualSize = actualSize;
  }

  /**
   * Returns the size the hash was computed for.
   *
   * @return the expected size in bytes
   */
  public long expectedSize() {
    return expectedSize;
  }

  /**
   * Returns the size observed: exact when the content was shorter than expected, a lower bound when
   * it was longer.
   *
   * @return the observed size in bytes
   */
  public long actualSize() {
    return actualSize;
  }
}
