package io.github.pikpak4j.core.transfer.upload;

import org.jspecify.annotations.Nullable;

/**
 * The upload was cancelled through its {@link io.github.pikpak4j.core.transfer.Cancellation} or by interrupting its thread.
 * The session, when present (the file was created already), resumes it.
 */
public final class UploadCancelledException extends UploadException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param session the session to resume from, or {@code null} when cancelled before the create call
   */
  public UploadCancelledException(@Nullable UploadSession session) {
    super("the upload was cancelled", session, null);
  }
}
