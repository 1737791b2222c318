package io.github.pikpak4j.api;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server asks the client to slow down. Back off; never refresh the token or renew the captcha
 * because of it.
 *
 * <p>Mapped from {@code error_code} 10 ({@code aborted}), any description containing "too
 * frequent" (including {@code captcha_invalid} 4002 on sign-in), and HTTP 429. {@link
 * #retryAfter()} holds the {@code Retry-After} header (delta-seconds or HTTP date) when sent.
 */
public class RateLimitedException extends PikPakException {

  /** The server's {@code Retry-After}, or {@code null} when it sent none. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception with a message only and no retry-after.
   *
   * @param message human text, free of secrets
   */
  public RateLimitedException(String message) {
    this(message, ErrorContext.NONE, null, null);
  }

  /**
   * Creates the exception with the details of a server answer.
   *
   * @param message human text, free of secrets
   * @param context status, error, code, description, request id and endpoint
   * @param retryAfter the server's {@code Retry-After}, or {@code null} when not sent
   * @param cause the underlying failure, or {@code null}
   */
  public RateLimitedException(
      String message,
      ErrorContext context,
      @Nullable Duration retryAfter,
      @Nullable Throwable cause) {
    super(message, context, cause);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns how long the server asked to wait, from the {@code Retry-After} header.
   *
   * @return the delay (never negative), or empty when the server did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
