package io.github.pikpak4j.offline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A deterministic scheduler with its own clock: nothing runs until {@link #advance(Duration)} moves
 * time forward, and then the due tasks run on the calling thread in time order. No thread sleeps.
 */
final class FakeScheduler extends AbstractExecutorService implements ScheduledExecutorService {
  private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
  private final List<Duration> delays = new ArrayList<>();
  private Instant now;
  private long sequence;
  private boolean shutdown;

  FakeScheduler(Instant start) {
    this.now = start;
  }

  /** The clock of this scheduler. */
  Clock clock() {
    FakeScheduler self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        synchronized (self) {
          return self.now;
        }
      }
    };
  }

  /** Every delay asked for, in order. */
  synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }

  synchronized int pending() {
    return (int) queue.stream().filter(t -> !t.isCancelled()).count();
  }

  /** Moves time forward, running every task that falls due, in order. */
  void advance(Duration d) {
    Instant end;
    synchronized (this) {
      end = now.plus(d);
    }
    while (true) {
      Task<?> next;
      synchronized (this) {
        next = queue.peek();
        if (next == null || next.due.isAfter(end)) {
          now = end;
          return;
        }
        queue.poll();
        now = next.due;
      }
      if (!next.isCancelled()) {
        next.run();
      }
    }
  }

  /** Advances until nothing is scheduled any more, or the limit passes. */
  void runUntilIdle(Duration limit) {
    Instant stop = clock().instant().plus(limit);
    while (true) {
      Instant due;
      synchronized (this) {
        queue.removeIf(Task::isCancelled);
        Task<?> next = queue.peek();
        if (next == null || next.due.isAfter(stop)) {
          return;
        }
        due = next.due;
      }
      advance(Duration.between(clock().instant(), due));
    }
  }

  @Override
  public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return add(new Task<Object>(Executorsish.callable(command), delay, unit));
  }

  @Override
  public synchronized <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return add(new Task<>(callable, delay, unit));
  }

  private <V> Task<V> add(Task<V> t) {
    if (shutdown) {
      throw new java.util.concurrent.RejectedExecutionException("shut down");
    }
    delays.add(Duration.ofNanos(unitNanos(t)));
    queue.add(t);
    return t;
  }

  private long unitNanos(Task<?> t) {
    return Duration.between(now, t.due).toNanos();
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable r, long i, long p, TimeUnit u) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable r, long i, long d, TimeUnit u) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void execute(Runnable command) {
    schedule(command, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
  }

  @Override
  public synchronized List<Runnable> shutdownNow() {
    shutdown = true;
    queue.clear();
    return List.of();
  }

  @Override
  public synchronized boolean isShutdown() {
    return shutdown;
  }

  @Override
  public synchronized boolean isTerminated() {
    return shutdown && queue.isEmpty();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return isTerminated();
  }

  private static final class Executorsish {
    static Callable<Object> callable(Runnable r) {
      return () -> {
        r.run();
        return null;
      };
    }
  }

  private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
    final Instant due;
    final long seq;

    Task(Callable<V> callable, long delay, TimeUnit unit) {
      super(callable);
      this.due = now.plusNanos(unit.toNanos(Math.max(0, delay)));
      this.seq = sequence++;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(clock().instant(), due).toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed o) {
      Task<?> other = (Task<?>) o;
      int c = due.compareTo(other.due);
      return c != 0 ? c : Long.compare(seq, other.seq);
    }
  }
}
