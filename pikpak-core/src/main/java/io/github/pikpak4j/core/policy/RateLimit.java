package io.github.pikpak4j.core.policy;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * A token bucket on API calls (built on Resilience4j {@code RateLimiter}): every API attempt, retries included, takes
 * one permit; CDN downloads and uploads are not limited by it (they have connection budgets instead).
 *
 * <pre>{@code
 * RateLimit shared = RateLimit.perSecond(5, 5);           // PikPak's observed comfortable rate, per account
 * PikPakClient a = PikPakClient.builder().rateLimit(shared).build();
 * PikPakClient b = PikPakClient.builder().rateLimit(shared).build(); // same account: same bucket
 * }</pre>
 *
 * <p>Default: 5 requests per second with a burst of 5. Share one instance between clients of one account; PikPak
 * counts per account and per device.
 */
public final class RateLimit {
  private static final Duration MAX_WAIT = Duration.ofMinutes(10);

  private final RateLimiter limiter;
  private final boolean unlimited;
  private final String description;

  private RateLimit(RateLimiter limiter, boolean unlimited, String description) {
    this.limiter = limiter;
    this.unlimited = unlimited;
    this.description = description;
  }

  /** {@return a new bucket with the default 5 requests per second and a burst of 5} */
  public static RateLimit defaults() {
    return perSecond(5, 5);
  }

  /**
   * Returns a new bucket: {@code burst} permits, refilled every {@code burst / permitsPerSecond} seconds.
   *
   * @param permitsPerSecond the sustained rate, requests per second, positive
   * @param burst how many requests may go at once, positive
   * @return the bucket
   * @throws InvalidInputException for zero or negative values
   */
  public static RateLimit perSecond(double permitsPerSecond, int burst) {
    if (!(permitsPerSecond > 0) || burst < 1) {
      throw new InvalidInputException(
          "rate limit must be positive: permitsPerSecond=" + permitsPerSecond + ", burst=" + burst);
    }
    Duration period = Duration.ofNanos(Math.round(burst / permitsPerSecond * 1_000_000_000L));
    RateLimiterConfig config =
        RateLimiterConfig.custom()
            .limitForPeriod(burst)
            .limitRefreshPeriod(period)
            .timeoutDuration(MAX_WAIT)
            .build();
    return new RateLimit(
        RateLimiter.of("pikpak-api", config), false, permitsPerSecond + "/s, burst " + burst);
  }

  /** {@return a limit that never waits (for tests or callers that limit elsewhere)} */
  public static RateLimit unlimited() {
    return new RateLimit(RateLimiter.ofDefaults("pikpak-unlimited"), true, "unlimited");
  }

  /**
   * Takes one permit and returns how long the caller must wait before using it (zero when a permit is free now).
   * Never blocks.
   *
   * @return the wait
   */
  public Duration reserve() {
    if (unlimited) {
      return Duration.ZERO;
    }
    long nanos = limiter.reservePermission();
    return nanos <= 0 ? Duration.ZERO : Duration.ofNanos(nanos);
  }

  @Override
  public String toString() {
    return "RateLimit{" + description + "}";
  }
}
