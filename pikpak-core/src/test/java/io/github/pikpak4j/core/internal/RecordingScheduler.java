package io.github.pikpak4j.core.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler for tests: records every delay it is asked for (non-zero ones) and runs the task at once on its own
 * thread, so a test sees the waits a call scheduled without waiting through them and without any thread sleeping.
 */
public final class RecordingScheduler extends ScheduledThreadPoolExecutor {
  private final List<Duration> delays = new CopyOnWriteArrayList<>();

  /** Creates the scheduler (one daemon thread). */
  public RecordingScheduler() {
    super(
        1,
        r -> {
          Thread t = new Thread(r, "recording-scheduler");
          t.setDaemon(true);
          return t;
        });
  }

  /** Every non-zero delay asked for, in order. */
  public List<Duration> delays() {
    return List.copyOf(delays);
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    if (delay > 0) {
      delays.add(Duration.ofNanos(unit.toNanos(delay)));
    }
    return super.schedule(command, 0, unit);
  }
}
