package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * The captcha token was missing, expired or issued for another action: get a new one for the
 * failing request's action and replay once.
 *
 * <p>Mapped from {@code error_code} 9 with {@code captcha_invalid} (or 9 with no name), and from
 * {@code captcha_invalid} with any other code (4002 on sign-in) unless the description says "too
 * frequent" ({@link RateLimitedException}) or {@code result:review} ({@link
 * CaptchaRequiredException}).
 */
public class CaptchaInvalidException extends PikPakException {

  /**
   * Creates the exception with a message only.
   *
   * @param message human text, free of secrets
   */
  public CaptchaInvalidException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the details of a server answer.
   *
   * @param message human text, free of secrets
   * @param context status, error, code, description, request id and endpoint
   * @param cause the underlying failure, or {@code null}
   */
  public CaptchaInvalidException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
