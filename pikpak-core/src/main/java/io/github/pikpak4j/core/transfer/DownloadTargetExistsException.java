package io.github.pikpak4j.core.transfer;

import io.github.pikpak4j.api.InvalidInputException;
import java.nio.file.Path;

/**
 * The download target (or a partial file that cannot be resumed) already exists and neither overwriting nor resuming
 * was chosen. Thrown before any request when the target itself exists; nothing on disk is changed.
 */
public class DownloadTargetExistsException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;

  /**
   * Creates the exception.
   *
   * @param path the existing file
   * @param message what exists and how to proceed
   */
  public DownloadTargetExistsException(Path path, String message) {
    super(message);
    this.path = path;
  }

  /** {@return the existing file} */
  public Path path() {
    return path;
  }
}
