package io.github.pikpak4j.core.hash;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs block-digest tasks on a private pool of daemon threads and feeds their results to the outer
 * SHA-1 strictly in submission (block) order, with a bounded number of tasks in flight.
 */
final class OrderedDigests implements AutoCloseable {
  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

  private final ExecutorService pool;
  private final int maxInFlight;
  private final ArrayDeque<Future<byte[]>> inFlight;
  private final MessageDigest outer;

  OrderedDigests(int workers, int maxInFlight, MessageDigest outer) {
    this.pool =
        Executors.newFixedThreadPool(
            workers,
            runnable -> {
              Thread thread =
                  new Thread(runnable, "pikpak4j-gcid-" + THREAD_NUMBER.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.maxInFlight = maxInFlight;
    this.inFlight = new ArrayDeque<>(maxInFlight);
    this.outer = outer;
  }

  /**
   * Submits the digest task of the next block; first waits for the oldest task if {@code
   * maxInFlight} are already pending, so at most {@code maxInFlight} tasks are ever pending.
   */
  void submit(Callable<byte[]> blockDigest) throws IOException {
    if (inFlight.size() == maxInFlight) {
      outer.update(await(inFlight.removeFirst()));
    }
    inFlight.addLast(pool.submit(blockDigest));
  }

  /** Waits for every pending task and feeds the outer digest. */
  void drain() throws IOException {
    while (!inFlight.isEmpty()) {
      outer.update(await(inFlight.removeFirst()));
    }
  }

  /** Cancels what has not started and waits for running tasks, so none outlives the call. */
  @Override
  public void close() {
    for (Future<byte[]> f : inFlight) {
      f.cancel(false);
    }
    pool.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
        break;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] await(Future<byte[]> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException ioe = new InterruptedIOException("interrupted while hashing");
      ioe.initCause(e);
      throw ioe;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IOException("hashing failed", cause);
    }
  }
}
