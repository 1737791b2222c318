package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * The caller's input is invalid and was rejected before any request was sent (a malformed share
 * URL, magnet, path or argument). The command-line program maps it to exit code 2.
 */
public class InvalidInputException extends PikPakException {

  /**
   * Creates the exception with a message only.
   *
   * @param message human text, free of secrets
   */
  public InvalidInputException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the details of a server answer.
   *
   * @param message human text, free of secrets
   * @param context status, error, code, description, request id and endpoint
   * @param cause the underlying failure, or {@code null}
   */
  public InvalidInputException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
