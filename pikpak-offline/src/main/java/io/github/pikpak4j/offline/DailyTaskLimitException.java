package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.QuotaExceededException;

/**
 * The daily offline-task allowance is used up ({@code task_daily_create_limit} or {@code
 * task_daily_create_limit_vip}, error code 11). Never retried: a same-day retry cannot succeed; try
 * again the next day (protocol §8.5).
 */
public class DailyTaskLimitException extends QuotaExceededException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps the decoded server error.
   *
   * @param cause the quota error as decoded
   */
  public DailyTaskLimitException(QuotaExceededException cause) {
    super(cause.getMessage() == null ? "daily task limit reached" : cause.getMessage(), cause.context(), cause);
  }

  /**
   * Returns whether the VIP allowance is the one used up.
   *
   * @return {@code true} for {@code task_daily_create_limit_vip}
   */
  public boolean vip() {
    return String.valueOf(error()).endsWith("_vip");
  }
}
