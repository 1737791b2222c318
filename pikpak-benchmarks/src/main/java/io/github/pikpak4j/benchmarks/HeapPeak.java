package io.github.pikpak4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live heap's peak during a measured step, above the live heap before it: a baseline after two full GCs, then a
 * sampler thread that calls {@code System.gc()} every period and records the heap in use right after it.
 *
 * <pre>{@code
 * try (HeapPeak heap = HeapPeak.start(100)) {
 *   step();
 *   heap.close();
 *   long bytes = heap.aboveBaseline();
 * }
 * }</pre>
 */
public final class HeapPeak implements AutoCloseable {
  private final long baseline;
  private final AtomicLong peak;
  private final Thread sampler;

  private HeapPeak(long baseline, long periodMillis) {
    this.baseline = baseline;
    this.peak = new AtomicLong(baseline);
    this.sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        System.gc();
        peak.accumulateAndGet(usedHeap(), Math::max);
        try {
          Thread.sleep(periodMillis);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-peak");
    sampler.setDaemon(true);
  }

  /**
   * Takes the baseline and starts sampling.
   *
   * @param periodMillis milliseconds between samples
   * @return the running probe
   * @throws InterruptedException when interrupted while settling the baseline
   */
  public static HeapPeak start(long periodMillis) throws InterruptedException {
    System.gc();
    Thread.sleep(200);
    System.gc();
    HeapPeak h = new HeapPeak(usedHeap(), periodMillis);
    h.sampler.start();
    return h;
  }

  /** Returns the peak live heap above the baseline, in bytes (final after {@link #close()}). */
  public long aboveBaseline() {
    return peak.get() - baseline;
  }

  /** Stops sampling and waits for the sampler. */
  @Override
  public void close() throws InterruptedException {
    sampler.interrupt();
    sampler.join();
  }

  /** Heap in use; right after {@code System.gc()} this is the live heap. */
  static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
