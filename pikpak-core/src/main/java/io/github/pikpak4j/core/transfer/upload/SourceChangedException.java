package io.github.pikpak4j.core.transfer.upload;

import org.jspecify.annotations.Nullable;

/**
 * The local file changed (size or modification time) while it was hashed or uploaded, or since its
 * session was saved. Its GCID no longer describes it, so the upload is abandoned rather than
 * completed with wrong content; start a new upload. Carries no session.
 */
public final class SourceChangedException extends UploadException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what changed, free of secrets
   * @param cause the underlying failure (often a {@link
   *     io.github.pikpak4j.core.hash.ContentSizeMismatchException}), or {@code null}
   */
  public SourceChangedException(String message, @Nullable Throwable cause) {
    super(message, null, cause);
  }
}
