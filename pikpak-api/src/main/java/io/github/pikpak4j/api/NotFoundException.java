package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * The file, task or share does not exist.
 *
 * <p>Mapped from {@code error_code} 5 ({@code not_found}) and from HTTP 404 without a more specific
 * envelope.
 */
public class NotFoundException extends PikPakException {

  /**
   * Creates the exception with a message only.
   *
   * @param message human text, free of secrets
   */
  public NotFoundException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the details of a server answer.
   *
   * @param message human text, free of secrets
   * @param context status, error, code, description, request id and endpoint
   * @param cause the underlying failure, or {@code null}
   */
  public NotFoundException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
