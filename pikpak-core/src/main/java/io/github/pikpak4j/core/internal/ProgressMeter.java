package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.transfer.DownloadProgress;
import io.github.pikpak4j.core.transfer.ProgressListener;
import java.util.concurrent.atomic.AtomicLong;

/** Counts bytes and reports progress at most every 200 ms, one call at a time. */
final class ProgressMeter {
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final ProgressListener listener;
  private final AtomicLong done;
  private final long resumed;
  private final long total;
  private final long startNanos = System.nanoTime();
  private volatile long lastNanos = startNanos;

  ProgressMeter(ProgressListener listener, long resumed, long total) {
    this.listener = listener;
    this.resumed = resumed;
    this.done = new AtomicLong(resumed);
    this.total = total;
  }

  void add(long n) {
    done.addAndGet(n);
    long now = System.nanoTime();
    if (now - lastNanos >= INTERVAL_NANOS) {
      synchronized (this) {
        if (now - lastNanos >= INTERVAL_NANOS) {
          lastNanos = now;
          report(now);
        }
      }
    }
  }

  synchronized void finish() {
    report(System.nanoTime());
  }

  long done() {
    return done.get();
  }

  private void report(long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    long d = done.get();
    try {
      listener.onProgress(new DownloadProgress(d, total, (d - resumed) / seconds));
    } catch (RuntimeException ignored) {
      // a listener must not break the download
    }
  }
}
