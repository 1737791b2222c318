package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.PikPakException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the blocking engines (downloads, uploads, link resolution with CDN probes) for the async view on a cached pool
 * of daemon threads named {@code pikpak4j-async-transfer-N}, never on the HTTP dispatcher or the common pool.
 * Cancelling a returned future interrupts its thread.
 */
public final class BlockingRunner implements AutoCloseable {
  private final ExecutorService pool;

  /** Creates the runner and its (initially empty) pool. */
  public BlockingRunner() {
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "pikpak4j-async-transfer-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Runs blocking work on the pool.
   *
   * @param work the work; what it throws fails the future as is
   * @param <T> the result type
   * @return the future; fails with {@link PikPakException} when the client is closed
   */
  public <T> CompletableFuture<T> run(Supplier<T> work) {
    CompletableFuture<T> out = new CompletableFuture<>();
    Future<?> task;
    try {
      task =
          pool.submit(
              () -> {
                try {
                  out.complete(work.get());
                } catch (Throwable t) {
                  out.completeExceptionally(t);
                }
              });
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(new PikPakException("the client is closed", e));
    }
    out.whenComplete(
        (v, t) -> {
          if (out.isCancelled()) {
            task.cancel(true);
          }
        });
    return out;
  }

  /** Interrupts running work and stops the pool. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
