package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.RateLimitedException;
import io.github.pikpak4j.api.ServerException;
import io.github.pikpak4j.api.TransportException;
import java.time.Duration;
import java.util.Set;

/** Which failures are worth another attempt: the rules documented on {@code RetryPolicy}, in one place. */
final class RetryDecision {
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 500, 502, 503, 504, 509);
  /**
   * Reasons that can succeed on a later attempt. {@code file_duplicated_name} (which rclone retries) is deliberately
   * absent: a name taken by a sibling stays taken, so a replay only delays the error.
   */
  private static final Set<String> RETRYABLE_REASONS = Set.of("file_rename_uncompleted");

  private RetryDecision() {}

  static boolean retryable(Throwable t, boolean idempotent, Duration retryAfterCap) {
    if (!(t instanceof PikPakException e)) {
      return false;
    }
    if (e instanceof RateLimitedException r) {
      if (r.httpStatus() != 429) {
        return false; // error code 10 / "too frequent": surface it, never hammer
      }
      return r.retryAfter().map(d -> d.compareTo(retryAfterCap) <= 0).orElse(true);
    }
    if (e instanceof TransportException transport) {
      return idempotent || !transport.mayHaveReachedServer();
    }
    if (!idempotent) {
      return false;
    }
    if (e instanceof ServerException) {
      String reason = String.valueOf(e.reason()) + " " + e.getMessage();
      return RETRYABLE_STATUS.contains(e.httpStatus()) && !reason.contains("idx.shub");
    }
    return e.error() != null && RETRYABLE_REASONS.contains(e.error());
  }
}
