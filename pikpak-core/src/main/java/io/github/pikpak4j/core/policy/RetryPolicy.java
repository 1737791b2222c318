package io.github.pikpak4j.core.policy;

import io.github.pikpak4j.api.InvalidInputException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How API calls are retried: the one retry policy of a client, applied in one place (built on Resilience4j {@code
 * Retry}).
 *
 * <pre>{@code
 * PikPakClient client = PikPakClient.builder()
 *     .retryPolicy(RetryPolicy.builder().maxAttempts(6).maxBackoff(Duration.ofSeconds(10)).build())
 *     .build();
 * }</pre>
 *
 * <p><b>What is retried.</b> Idempotent calls (GET, PATCH rename, DELETE, and the id-based batch move, trash, untrash,
 * delete and star calls) are retried on I/O errors, HTTP 429, 500, 502, 503, 504 and 509, and on the retryable
 * reason {@code file_rename_uncompleted} (a name collision, {@code file_duplicated_name}, is not retried: it stays).
 * Non-idempotent calls (create folder, add
 * offline task, upload create, task retry, copy, restore, create share) are retried only when the failure certainly
 * came before the request reached the server: a connection that could not be opened, or an HTTP 429 (the server
 * refused the request without acting on it). Never retried: {@code file_space_not_enough}, the daily task limits,
 * {@code file_restore_own}, error code 10 ("too frequent": back off for longer yourself), authentication and captcha
 * errors (the auth layer recovers from those once), not-found and invalid input. OkHttp's own silent retries are off
 * on the API client, so attempts never multiply.
 *
 * <p><b>How long.</b> {@link #maxAttempts()} counts every attempt <em>including the first</em> (default 4: one call
 * and up to 3 retries). Before retry {@code n} (1-based) the nominal delay is {@code min(initialBackoff * 2^(n-1),
 * maxBackoff)} (defaults 200 ms and 5 s), and the actual delay is drawn uniformly from {@code [nominal * (1 - jitter),
 * nominal]} (default jitter 0.5). A {@code Retry-After} from the server (seconds or HTTP date) replaces the computed
 * delay when it is longer, up to {@link #retryAfterCap()} (default 30 s); a longer {@code Retry-After} is not waited
 * for: the call fails at once with the {@link io.github.pikpak4j.api.RateLimitedException} carrying it.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration retryAfterCap;
  private final DoubleSupplier random;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.jitter = b.jitter;
    this.retryAfterCap = b.retryAfterCap;
    this.random = b.random;
  }

  /** {@return the default policy: 4 attempts in all, 200 ms doubling to 5 s, jitter 0.5, Retry-After capped at 30 s} */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return a policy that never retries (one attempt)} */
  public static RetryPolicy none() {
    return NONE;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of attempts in all, the first included (default 4)} */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return the nominal delay before the first retry (default 200 ms)} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** {@return the largest nominal delay between attempts (default 5 s)} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** {@return the jitter fraction in {@code [0, 1]}: how much of the nominal delay may be taken off (default 0.5)} */
  public double jitter() {
    return jitter;
  }

  /** {@return the longest {@code Retry-After} that is waited for (default 30 s)} */
  public Duration retryAfterCap() {
    return retryAfterCap;
  }

  /**
   * Returns the delay before retry number {@code retry} (1 = the first retry), jitter applied.
   *
   * @param retry the 1-based retry number
   * @return the delay
   */
  public Duration backoff(int retry) {
    double nominal = initialBackoff.toMillis() * Math.pow(2, Math.max(0, retry - 1));
    nominal = Math.min(nominal, maxBackoff.toMillis());
    double factor = 1.0 - jitter * random.getAsDouble();
    return Duration.ofMillis(Math.round(nominal * factor));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
        + maxBackoff + ", jitter=" + jitter + ", retryAfterCap=" + retryAfterCap + "}";
  }

  /** Builds a {@link RetryPolicy}; every value is validated by {@link #build()}. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private double jitter = 0.5;
    private Duration retryAfterCap = Duration.ofSeconds(30);
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /**
     * Sets the attempts in all, the first included; 1 disables retries. Default 4.
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the nominal delay before the first retry; it doubles per retry. Default 200 ms.
     *
     * @param initialBackoff positive
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Objects.requireNonNull(initialBackoff);
      return this;
    }

    /**
     * Sets the cap of the nominal delay. Default 5 s.
     *
     * @param maxBackoff positive, at least the initial backoff
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Objects.requireNonNull(maxBackoff);
      return this;
    }

    /**
     * Sets the jitter fraction: the delay is drawn from {@code [nominal * (1 - jitter), nominal]}. Default 0.5; 0
     * disables jitter.
     *
     * @param jitter in {@code [0, 1]}
     * @return this builder
     */
    public Builder jitter(double jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets the longest server {@code Retry-After} that is waited for; longer ones fail the call at once. Default 30 s.
     *
     * @param cap positive
     * @return this builder
     */
    public Builder retryAfterCap(Duration cap) {
      this.retryAfterCap = Objects.requireNonNull(cap);
      return this;
    }

    /**
     * Replaces the source of randomness for the jitter (values in {@code [0, 1)}); for tests.
     *
     * @param random the source
     * @return this builder
     */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random);
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the policy
     * @throws InvalidInputException for zero or negative values, a jitter outside {@code [0, 1]}, or a max backoff
     *     below the initial backoff
     */
    public RetryPolicy build() {
      if (maxAttempts < 1) {
        throw new InvalidInputException("retry maxAttempts must be at least 1 (1 = no retry), got " + maxAttempts);
      }
      requirePositive(initialBackoff, "initialBackoff");
      requirePositive(maxBackoff, "maxBackoff");
      requirePositive(retryAfterCap, "retryAfterCap");
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new InvalidInputException("retry maxBackoff must not be below initialBackoff");
      }
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new InvalidInputException("retry jitter must be between 0 and 1, got " + jitter);
      }
      return new RetryPolicy(this);
    }

    private static void requirePositive(Duration d, String name) {
      if (d.isZero() || d.isNegative()) {
        throw new InvalidInputException("retry " + name + " must be positive, got " + d);
      }
    }
  }
}
