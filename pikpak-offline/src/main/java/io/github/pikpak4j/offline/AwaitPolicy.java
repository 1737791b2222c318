package io.github.pikpak4j.offline;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link OfflineTasks#await} polls: the first poll at once, then delays that start at {@code
 * initialDelay}, grow by {@code multiplier} per poll up to {@code maxDelay}, each varied by up to
 * ±{@code jitter} (a fraction) so that many waits do not poll in step.
 *
 * <pre>{@code
 * AwaitPolicy p = AwaitPolicy.defaults().withMaxDelay(Duration.ofSeconds(30));
 * }</pre>
 *
 * @param initialDelay the delay before the second poll; default 1 s
 * @param maxDelay the longest delay between polls; default 10 s
 * @param multiplier how much the delay grows per poll, at least 1; default 1.5
 * @param jitter the random variation of each delay, 0 to 0.5; default 0.2 (±20 %)
 * @param maxConsecutiveErrors how many polls in a row may fail (after the client's own retries)
 *     before the wait fails with the last error; default 5. A task that disappears ({@code
 *     not_found}) ends the wait at once.
 */
public record AwaitPolicy(
    Duration initialDelay, Duration maxDelay, double multiplier, double jitter, int maxConsecutiveErrors) {

  /**
   * Validates the values.
   *
   * @param initialDelay the delay before the second poll; default 1 s
   * @param maxDelay the longest delay between polls; default 10 s
   * @param multiplier how much the delay grows per poll, at least 1; default 1.5
   * @param jitter the random variation of each delay, 0 to 0.5; default 0.2 (±20 %)
   * @param maxConsecutiveErrors how many polls in a row may fail (after the client's own retries)
   *     before the wait fails with the last error; default 5. A task that disappears ({@code
   *     not_found}) ends the wait at once.
   */
  public AwaitPolicy {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (initialDelay.isNegative() || initialDelay.isZero()) {
      throw new IllegalArgumentException("initialDelay must be positive");
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must be at least initialDelay");
    }
    if (!(multiplier >= 1.0)) {
      throw new IllegalArgumentException("multiplier must be at least 1");
    }
    if (!(jitter >= 0.0 && jitter <= 0.5)) {
      throw new IllegalArgumentException("jitter must be between 0 and 0.5");
    }
    if (maxConsecutiveErrors < 1) {
      throw new IllegalArgumentException("maxConsecutiveErrors must be at least 1");
    }
  }

  /**
   * Returns the defaults: 1 s, ×1.5, capped at 10 s, ±20 % jitter, 5 consecutive errors.
   *
   * @return the default policy
   */
  public static AwaitPolicy defaults() {
    return new AwaitPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 1.5, 0.2, 5);
  }

  /**
   * Returns a copy with another maximum delay.
   *
   * @param maxDelay the longest delay between polls
   * @return the new policy
   */
  public AwaitPolicy withMaxDelay(Duration maxDelay) {
    return new AwaitPolicy(initialDelay, maxDelay, multiplier, jitter, maxConsecutiveErrors);
  }

  /**
   * Returns a copy with another jitter.
   *
   * @param jitter 0 to 0.5
   * @return the new policy
   */
  public AwaitPolicy withJitter(double jitter) {
    return new AwaitPolicy(initialDelay, maxDelay, multiplier, jitter, maxConsecutiveErrors);
  }

  /**
   * Returns the delay after the given poll, before jitter.
   *
   * @param poll 1 for the delay after the first poll
   * @return {@code min(maxDelay, initialDelay × multiplier^(poll-1))}
   */
  public Duration baseDelay(int poll) {
    double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, poll - 1));
    return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis(Math.round(millis));
  }

  /**
   * Applies jitter to a delay.
   *
   * @param base the delay
   * @param random a value in [0, 1)
   * @return {@code base × (1 + jitter × (2 × random − 1))}
   */
  public Duration jittered(Duration base, double random) {
    double factor = 1.0 + jitter * (2.0 * random - 1.0);
    return Duration.ofMillis(Math.max(1, Math.round(base.toMillis() * factor)));
  }
}
