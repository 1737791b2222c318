package io.github.pikpak4j.core.transfer.upload;

import io.github.pikpak4j.api.ErrorContext;
import io.github.pikpak4j.api.PikPakException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An upload failed after its file was created in the drive (an OSS error, a lost connection, a
 * refused completion). When {@link #session()} is present, {@link Uploads#resume(UploadSession,
 * UploadOptions)} continues the upload, sending only what OSS does not have yet. The message names
 * the OSS error code when there was one, e.g. {@code [SignatureDoesNotMatch]}; it never holds a
 * credential.
 */
public class UploadException extends PikPakException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable UploadSession session;

  /**
   * Creates the exception.
   *
   * @param message human text, free of secrets
   * @param session the session to resume from, or {@code null} when the upload cannot be continued
   * @param cause the underlying failure, or {@code null}
   */
  public UploadException(String message, @Nullable UploadSession session, @Nullable Throwable cause) {
    this(message, ErrorContext.NONE, session, cause);
  }

  /**
   * Creates the exception with the details of a server answer.
   *
   * @param message human text, free of secrets
   * @param context status, error code and endpoint of the failed call
   * @param session the session to resume from, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public UploadException(
      String message, ErrorContext context, @Nullable UploadSession session, @Nullable Throwable cause) {
    super(message, context, cause);
    this.session = session;
  }

  /**
   * Returns the session that continues this upload.
   *
   * @return the session, or empty when the upload cannot be continued
   */
  public Optional<UploadSession> session() {
    return Optional.ofNullable(session);
  }
}
