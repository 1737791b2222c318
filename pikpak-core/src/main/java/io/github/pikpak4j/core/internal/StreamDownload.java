package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.hash.GcidHasher;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.Cancellation;
import io.github.pikpak4j.core.transfer.CdnException;
import io.github.pikpak4j.core.transfer.DownloadCancelledException;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.core.transfer.DownloadVerificationException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A download into an {@link OutputStream}: workers fetch chunks ahead into a window of at most two chunks per
 * connection; the writer thread writes them in order and feeds the GCID hasher.
 */
final class StreamDownload {
  private final Map<Integer, byte[]> ready = new HashMap<>();
  private Throwable failure;

  private StreamDownload() {}

  static DownloadResult run(TransfersImpl engine, ResolvedLink link, OutputStream out, DownloadOptions options) {
    return new StreamDownload().go(engine, link, out, options);
  }

  private DownloadResult go(TransfersImpl engine, ResolvedLink link, OutputStream out, DownloadOptions options) {
    long began = System.nanoTime();
    Cancellation cancel = new Cancellation();
    Runnable unhook = options.cancellation() == null ? () -> {} : options.cancellation().onCancel(cancel::cancel);
    try {
      LinkHolder holder = engine.newHolder(link, options);
      long size = link.size();
      if (size < 0) {
        size = engine.newFetcher(holder, options, cancel, new ProgressMeter(p -> {}, 0, -1), -1).probeSize();
        if (size < 0) {
          throw new CdnException("the CDN did not report the size of file " + link.fileId(), 206, null);
        }
      }
      String hash = options.verify() && link.originalBytes() ? link.hash() : null;
      GcidHasher[] hashers = TransfersImpl.hashers(size, hash);
      ProgressMeter meter = new ProgressMeter(options.progress(), 0, size);
      RangeFetcher fetcher = engine.newFetcher(holder, options, cancel, meter, size);
      int chunk = options.chunkSize();
      int chunks = (int) ((size + chunk - 1) / chunk);
      int n = Math.max(1, Math.min(Math.min(options.connections(), engine.perLink()), Math.max(1, chunks)));
      Semaphore window = new Semaphore(2 * n);
      AtomicInteger next = new AtomicInteger();
      final long total = size;
      Thread writer = Thread.currentThread();
      Cancellation stop = cancel;
      java.util.concurrent.CompletableFuture<Void> fetching =
          java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
              engine.runWorkers(n, stop, () -> {
                while (true) {
                  try {
                    window.acquire();
                  } catch (InterruptedException e) {
                    throw new DownloadCancelledException("stream download interrupted");
                  }
                  int i = next.getAndIncrement();
                  if (i >= chunks) {
                    window.release();
                    return;
                  }
                  long start = (long) i * chunk;
                  long end = Math.min(total, start + chunk);
                  byte[] data = new byte[(int) (end - start)];
                  fetcher.fetch(start, end, (pos, bytes) -> bytes.get(data, (int) (pos - start), bytes.remaining()),
                      pos -> {});
                  synchronized (this) {
                    ready.put(i, data);
                    notifyAll();
                  }
                }
              });
            } catch (Throwable t) {
              synchronized (this) {
                if (failure == null) {
                  failure = t;
                }
                notifyAll();
              }
            }
          });
      try {
        for (int i = 0; i < chunks; i++) {
          byte[] data;
          synchronized (this) {
            while ((data = ready.remove(i)) == null && failure == null) {
              try {
                wait();
              } catch (InterruptedException e) {
                cancel.cancel();
                writer.interrupt();
                throw new DownloadCancelledException("stream download interrupted");
              }
            }
            if (data == null) {
              break;
            }
          }
          out.write(data);
          for (GcidHasher h : hashers) {
            h.update(data);
          }
          window.release();
        }
      } catch (IOException e) {
        cancel.cancel();
        throw new UncheckedIOException("writing the download stream failed: " + e.getMessage(), e);
      } finally {
        fetching.join();
      }
      synchronized (this) {
        if (failure instanceof RuntimeException re) {
          throw re;
        }
        if (failure != null) {
          throw new CdnException("stream download failed: " + failure, 0, failure);
        }
      }
      meter.finish();
      String verified = null;
      if (hashers.length > 0) {
        String actual = null;
        for (GcidHasher h : hashers) {
          String g = h.finish();
          actual = actual == null ? g : actual;
          if (g.equalsIgnoreCase(hash)) {
            verified = g;
          }
        }
        if (verified == null) {
          throw new DownloadVerificationException(
              "GCID mismatch: expected " + hash + ", downloaded content has " + actual, hash, actual, null);
        }
      }
      return new DownloadResult(null, size, 0, verified, n, Duration.ofNanos(System.nanoTime() - began),
          holder.link(), 0);
    } finally {
      unhook.run();
    }
  }
}
