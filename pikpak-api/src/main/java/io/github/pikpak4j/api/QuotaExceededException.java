package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * A quota or a daily limit is used up; retrying today does not help.
 *
 * <p>Mapped from {@code error_code} 8 ({@code file_space_not_enough}) and 11 ({@code
 * task_daily_create_limit}, {@code task_daily_create_limit_vip}).
 */
public class QuotaExceededException extends PikPakException {

  /**
   * Creates the exception with a message only.
   *
   * @param message human text, free of secrets
   */
  public QuotaExceededException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the details of a server answer.
   *
   * @param message human text, free of secrets
   * @param context status, error, code, description, request id and endpoint
   * @param cause the underlying failure, or {@code null}
   */
  public QuotaExceededException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
