package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.QuotaExceededException;

/**
 * The drive has no space left for the download ({@code file_space_not_enough}, error code 8). Never
 * retried; free space first.
 */
public class StorageFullException extends QuotaExceededException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps the decoded server error.
   *
   * @param cause the quota error as decoded
   */
  public StorageFullException(QuotaExceededException cause) {
    super(cause.getMessage() == null ? "file space not enough" : cause.getMessage(), cause.context(), cause);
  }
}
