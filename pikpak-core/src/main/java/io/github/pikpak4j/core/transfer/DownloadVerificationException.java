package io.github.pikpak4j.core.transfer;

import io.github.pikpak4j.api.PikPakException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The downloaded content does not match the file: its size or its GCID differs. The partial file and its state are
 * kept (see {@link #partialFile()}); the target is not created.
 */
public class DownloadVerificationException extends PikPakException {
  private static final long serialVersionUID = 1L;

  /** The hash or size the server declared. */
  private final String expected;

  /** The hash or size of the bytes received. */
  private final String actual;

  private final transient @Nullable Path partialFile;

  /**
   * Creates the exception.
   *
   * @param message what differs
   * @param expected the expected size or GCID
   * @param actual the size or GCID found
   * @param partialFile the kept partial file, or {@code null} for a stream download
   */
  public DownloadVerificationException(
      String message, String expected, String actual, @Nullable Path partialFile) {
    super(message);
    this.expected = expected;
    this.actual = actual;
    this.partialFile = partialFile;
  }

  /** {@return the expected value (a size in bytes or a GCID)} */
  public String expected() {
    return expected;
  }

  /** {@return the value found} */
  public String actual() {
    return actual;
  }

  /** {@return the kept partial file, or {@code null} for a stream download} */
  public @Nullable Path partialFile() {
    return partialFile;
  }
}
