package io.github.pikpak4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every 5 ms from a daemon thread, from a garbage-collected idle point until closed: the peak
 * heap used above idle while a measured operation ran.
 */
public final class HeapPeak implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final long idle;
  private final AtomicLong peak;
  private final Thread sampler;

  private HeapPeak() {
    System.gc();
    idle = memory.getHeapMemoryUsage().getUsed();
    peak = new AtomicLong(idle);
    sampler = new Thread(this::sample, "heap-peak");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** {@return a probe sampling from now, after a garbage collection} */
  public static HeapPeak start() {
    return new HeapPeak();
  }

  private void sample() {
    while (running.get()) {
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** {@return the peak heap used above idle so far, in bytes} */
  public long aboveIdle() {
    return Math.max(0, peak.get() - idle);
  }

  /** Stops sampling and waits for the sampler. */
  @Override
  public void close() throws InterruptedException {
    running.set(false);
    sampler.join();
  }
}
