package io.github.pikpak4j.api;

import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Plumbing for the SDK's asynchronous views: every future they return fails with the very exception the blocking
 * call would throw (a {@link PikPakException} subclass, not wrapped in a {@link CompletionException}), and bad input
 * fails the future instead of being thrown.
 *
 * <pre>{@code
 * CompletableFuture<UserProfile> f = Futures.call(() -> executor.executeAsync(api.me()).thenApply(Mapper::profile));
 * f.handle((v, t) -> t); // t is the PikPakException itself
 * }</pre>
 */
public final class Futures {
  private Futures() {}

  /**
   * Strips the {@link CompletionException} and {@link ExecutionException} layers that {@link CompletableFuture}
   * stages add around a failure.
   *
   * @param t a failure seen by a stage
   * @return the original failure
   */
  public static Throwable unwrap(Throwable t) {
    Throwable cur = t;
    while ((cur instanceof CompletionException || cur instanceof ExecutionException) && cur.getCause() != null) {
      cur = cur.getCause();
    }
    return cur;
  }

  /**
   * Derives a blocking call from its async form: waits for the future and throws what failed it, unwrapped (a {@link
   * PikPakException} stays that exception). An interrupt cancels the future and throws {@link TransportException}
   * with the thread's interrupt flag set again.
   *
   * @param future the call's future
   * @param what what is waited for, for the messages ("waiting for offline task 42")
   * @param <T> the result type
   * @return the result
   * @throws PikPakException what failed the future, or {@link TransportException} on interrupt
   */
  public static <T> T join(CompletableFuture<T> future, String what) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      InterruptedIOException cause = new InterruptedIOException();
      cause.initCause(e);
      throw new TransportException("interrupted while " + what, cause);
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      throwIfUnchecked(cause);
      throw new PikPakException(what + " failed", cause);
    }
  }

  /**
   * Runs the body and returns a future that completes as its stage does, failing with the unwrapped cause; a body
   * that throws (for example on bad input, before any request) yields a failed future. Cancelling the returned
   * future cancels the body's future when it is a {@link CompletableFuture}.
   *
   * @param body starts the work
   * @param <T> the result type
   * @return the settled future
   */
  public static <T> CompletableFuture<T> call(Supplier<? extends CompletionStage<T>> body) {
    CompletionStage<T> stage;
    try {
      stage = body.get();
    } catch (RuntimeException | Error e) {
      return CompletableFuture.failedFuture(e);
    }
    return settle(stage);
  }

  /**
   * Returns a future that completes with the stage's value, or fails with its unwrapped cause.
   *
   * @param stage the stage
   * @param <T> the result type
   * @return a new future; cancelling it cancels the stage when it is a {@link CompletableFuture}
   */
  public static <T> CompletableFuture<T> settle(CompletionStage<T> stage) {
    CompletableFuture<T> out = new CompletableFuture<>();
    stage.whenComplete(
        (v, t) -> {
          if (t == null) {
            out.complete(v);
          } else {
            out.completeExceptionally(unwrap(t));
          }
        });
    if (stage instanceof CompletableFuture<?> source) {
      out.whenComplete(
          (v, t) -> {
            if (out.isCancelled()) {
              source.cancel(false);
            }
          });
    }
    return out;
  }

  /**
   * The value of a future that is already settled, or its failure thrown as it is (unwrapped); for blocking calls
   * written as a chain of completed futures.
   */
  static <V> V settledValue(CompletableFuture<V> settled) {
    try {
      return settled.join();
    } catch (CompletionException e) {
      throwIfUnchecked(unwrap(e));
      throw e;
    }
  }

  private static void throwIfUnchecked(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
  }
}
