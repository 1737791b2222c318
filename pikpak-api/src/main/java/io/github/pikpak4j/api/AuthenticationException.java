package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * The credentials were refused: the access token is invalid or expired, the refresh token was
 * rotated or reused, or the account or password is wrong.
 *
 * <p>Mapped from {@code error_code} 16 ({@code unauthenticated}), 4121, 4122, 4126 ({@code
 * invalid_grant}, also "AccessProhibited" for password sign-in from datacenter IPs), 4022 ({@code
 * invalid_account_or_password}; the message then adds a hint about Google or Facebook accounts),
 * and from HTTP 401 without a more specific envelope.
 */
public class AuthenticationException extends PikPakException {

  /**
   * Creates the exception with a message only.
   *
   * @param message human text, free of secrets
   */
  public AuthenticationException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the details of a server answer.
   *
   * @param message human text, free of secrets
   * @param context status, error, code, description, request id and endpoint
   * @param cause the underlying failure, or {@code null}
   */
  public AuthenticationException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
