package io.github.pikpak4j.core.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A scheduler for tests: records every delay it is asked for (non-zero ones) and runs the task at once on its own
 * thread, so a test sees the waits a call scheduled without waiting through them and without any thread sleeping. A
 * listener hears each delay before its task runs (to move an emulator's clock by it).
 */
public final class RecordingScheduler extends ScheduledThreadPoolExecutor {
  private final List<Duration> delays = new CopyOnWriteArrayList<>();
  private final Consumer<Duration> listener;

  /** Creates the scheduler (one daemon thread). */
  public RecordingScheduler() {
    this(d -> {});
  }

  /**
   * Creates the scheduler (one daemon thread).
   *
   * @param listener hears each non-zero delay, before its task runs
   */
  public RecordingScheduler(Consumer<Duration> listener) {
    super(
        1,
        r -> {
          Thread t = new Thread(r, "recording-scheduler");
          t.setDaemon(true);
          return t;
        });
    this.listener = listener;
  }

  /** Every non-zero delay asked for, in order. */
  public List<Duration> delays() {
    return List.copyOf(delays);
  }

  /** Forgets the delays recorded so far. */
  public void clearDelays() {
    delays.clear();
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    if (delay > 0) {
      Duration d = Duration.ofNanos(unit.toNanos(delay));
      delays.add(d);
      listener.accept(d);
    }
    return super.schedule(command, 0, unit);
  }
}
