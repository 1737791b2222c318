package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * A share restore (save to my drive) was refused because the share is the caller's own.
 *
 * <p>Mapped from {@code error_code} 9 with {@code file_restore_own}.
 */
public class FileRestoreOwnException extends PikPakException {

  /**
   * Creates the exception with a message only.
   *
   * @param message human text, free of secrets
   */
  public FileRestoreOwnException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the details of a server answer.
   *
   * @param message human text, free of secrets
   * @param context status, error, code, description, request id and endpoint
   * @param cause the underlying failure, or {@code null}
   */
  public FileRestoreOwnException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
