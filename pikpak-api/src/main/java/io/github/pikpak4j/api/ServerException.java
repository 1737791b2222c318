package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * The server failed (HTTP 5xx) without a more specific error; usually transient.
 *
 * <p>Mapped from HTTP 500 to 599 when the envelope (if any) maps to nothing more specific. Note
 * that a 500 whose {@link #reason()} contains {@code idx.shub.mypikpak.com} is permanent (no record
 * for that gcid).
 */
public class ServerException extends PikPakException {

  /**
   * Creates the exception with a message only.
   *
   * @param message human text, free of secrets
   */
  public ServerException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the details of a server answer.
   *
   * @param message human text, free of secrets
   * @param context status, error, code, description, request id and endpoint
   * @param cause the underlying failure, or {@code null}
   */
  public ServerException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
