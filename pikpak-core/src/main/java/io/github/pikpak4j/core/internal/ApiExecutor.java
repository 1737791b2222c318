package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.ApiCalls;
import io.github.pikpak4j.api.CallExecutor;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.RateLimitedException;
import io.github.pikpak4j.api.TransportException;
import io.github.pikpak4j.core.policy.RateLimit;
import io.github.pikpak4j.core.policy.RetryPolicy;
import io.github.pikpak4j.core.policy.Sleeper;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import retrofit2.Call;

/**
 * Runs every API call of the facade under the client's {@link RetryPolicy} and {@link RateLimit}: the single place
 * where retries are decided. Resilience4j {@link Retry} decides whether and after how long to retry; the waiting is
 * done by the injected {@link Sleeper} (blocking calls) or by scheduling (async calls), never by a sleeping pool
 * thread.
 */
public final class ApiExecutor implements CallExecutor {
  private final RetryPolicy policy;
  private final RateLimit rateLimit;
  private final Sleeper sleeper;
  private final ScheduledExecutorService scheduler;
  private final Retry idempotentRetry;
  private final Retry nonIdempotentRetry;
  private final boolean callingThread;

  /**
   * Creates an executor.
   *
   * @param policy the retry policy
   * @param rateLimit the token bucket every attempt takes a permit from
   * @param sleeper waits between blocking attempts
   * @param scheduler schedules async attempts after their delay
   */
  public ApiExecutor(
      RetryPolicy policy, RateLimit rateLimit, Sleeper sleeper, ScheduledExecutorService scheduler) {
    this.policy = policy;
    this.rateLimit = rateLimit;
    this.sleeper = sleeper;
    this.scheduler = scheduler;
    this.idempotentRetry = retry("pikpak-idempotent", true);
    this.nonIdempotentRetry = retry("pikpak-non-idempotent", false);
    this.callingThread = false;
  }

  private ApiExecutor(ApiExecutor shared) {
    this.policy = shared.policy;
    this.rateLimit = shared.rateLimit;
    this.sleeper = shared.sleeper;
    this.scheduler = shared.scheduler;
    this.idempotentRetry = shared.idempotentRetry;
    this.nonIdempotentRetry = shared.nonIdempotentRetry;
    this.callingThread = true;
  }

  /**
   * Returns a view of this executor (same policy, rate limit, sleeper and scheduler) whose {@link #executeAsync} runs
   * the call on the calling thread, as {@link #execute} does, and returns it settled: for a blocking caller that would
   * otherwise hand each request to OkHttp's dispatcher and wait for it (two thread switches a request). An interrupt
   * then stops the call at its next request or timeout, not at once.
   *
   * @return the view
   */
  public ApiExecutor onCallingThread() {
    return callingThread ? this : new ApiExecutor(this);
  }

  private Retry retry(String name, boolean idempotent) {
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(policy.maxAttempts())
            .retryOnException(t -> RetryDecision.retryable(t, idempotent, policy.retryAfterCap()))
            .intervalBiFunction((attempt, outcome) -> delayMillis(attempt, outcome.swap().getOrNull()))
            .failAfterMaxAttempts(false)
            .build();
    return Retry.of(name, config);
  }

  private long delayMillis(int retryNumber, Throwable failure) {
    Duration delay = policy.backoff(retryNumber);
    if (failure instanceof RateLimitedException r && r.retryAfter().isPresent()) {
      Duration retryAfter = r.retryAfter().get();
      if (retryAfter.compareTo(delay) > 0) {
        delay = retryAfter;
      }
    }
    return delay.toMillis();
  }

  /**
   * Executes a call, retrying per the policy, and returns its decoded body.
   *
   * @param call the Retrofit call (cloned for each further attempt)
   * @param <T> the body type
   * @return the body
   * @throws PikPakException the decoded failure of the last attempt
   */
  @Override
  public <T> T execute(Call<T> call) {
    Retry.AsyncContext<T> context = retryFor(call).asyncContext();
    Call<T> attempt = call;
    while (true) {
      pause(rateLimit.reserve());
      try {
        T result = ApiCalls.execute(attempt);
        context.onComplete();
        return result;
      } catch (PikPakException e) {
        long delay = context.onError(e);
        if (delay < 0) {
          throw e;
        }
        pause(Duration.ofMillis(delay));
        attempt = attempt.clone();
      }
    }
  }

  /**
   * Executes a call asynchronously under the same policy; waits are scheduled, no thread sleeps (on the calling
   * thread, with the sleeper's waits, for the {@link #onCallingThread} view).
   *
   * @param call the Retrofit call
   * @param <T> the body type
   * @return a future completed with the body, or exceptionally with the decoded {@link PikPakException}
   */
  @Override
  public <T> CompletableFuture<T> executeAsync(Call<T> call) {
    if (callingThread) {
      try {
        return CompletableFuture.completedFuture(execute(call));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    attemptAsync(call, retryFor(call).asyncContext(), result);
    return result;
  }

  private <T> void attemptAsync(Call<T> call, Retry.AsyncContext<T> context, CompletableFuture<T> result) {
    Duration wait = rateLimit.reserve();
    Runnable start =
        () ->
            ApiCalls.executeAsync(call)
                .whenComplete(
                    (value, error) -> {
                      if (error == null) {
                        context.onComplete();
                        result.complete(value);
                        return;
                      }
                      Throwable cause = unwrap(error);
                      long delay = context.onError(cause);
                      if (delay < 0) {
                        result.completeExceptionally(cause);
                      } else {
                        scheduler.schedule(
                            () -> attemptAsync(call.clone(), context, result), delay, TimeUnit.MILLISECONDS);
                      }
                    });
    if (wait.isZero()) {
      start.run();
    } else {
      scheduler.schedule(start, wait.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  /** The scheduler async waits run on; shared with the async views (task polling). */
  /** The failure a {@link CompletionException} carries, else the throwable itself. */
  static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  private <T> Retry retryFor(Call<T> call) {
    return Idempotency.isIdempotent(call.request()) ? idempotentRetry : nonIdempotentRetry;
  }

  private void pause(Duration d) {
    if (d.isZero()) {
      return;
    }
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting to retry", new InterruptedIOException());
    }
  }
}
