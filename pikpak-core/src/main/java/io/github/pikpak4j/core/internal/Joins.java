package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.TransportException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Derives a blocking call from its async form: waits for the future and throws what failed it, unwrapped (a {@link
 * PikPakException} stays that exception). An interrupt cancels the future and throws {@link TransportException} with
 * the thread's interrupt flag set again.
 */
final class Joins {
  private Joins() {}

  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting for PikPak", new InterruptedIOException());
    } catch (ExecutionException e) {
      Throwable cause = Futures.unwrap(e);
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
