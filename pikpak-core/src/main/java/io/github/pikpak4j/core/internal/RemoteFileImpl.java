package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.link.Links;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.Cancellation;
import io.github.pikpak4j.core.transfer.CdnException;
import io.github.pikpak4j.core.transfer.DownloadCancelledException;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.ProgressListener;
import io.github.pikpak4j.core.transfer.RemoteFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * The {@link RemoteFile} implementation, on the download engine's pieces: each read or stream has its own {@link
 * LinkHolder} (so its own bound of refreshes) started from the file's latest link, and {@link RangeFetcher}s under
 * the engine's budget key for the content. The latest link is refreshed here, once, when it is about to expire.
 */
final class RemoteFileImpl implements RemoteFile {
  /** How long closing a stream waits for its cancelled requests to give their connections back: 5 s. */
  static final long CLOSE_WAIT_MILLIS = 5_000;

  private final TransfersImpl engine;
  private final Links links;
  private final Clock clock;
  private final DownloadOptions options;
  private final long size;
  private final Cancellation cancel = new Cancellation();
  private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
  private ResolvedLink latest;

  private RemoteFileImpl(TransfersImpl engine, Links links, Clock clock, ResolvedLink link, DownloadOptions options,
      long size) {
    this.engine = engine;
    this.links = links;
    this.clock = clock;
    this.options = options;
    this.latest = link;
    this.size = size;
  }

  /** Opens a link; probes the size with one 1-byte request when the link does not carry it. */
  static RemoteFile open(TransfersImpl engine, Links links, Clock clock, ResolvedLink link, DownloadOptions options) {
    long size = link.size();
    if (size < 0) {
      LinkHolder holder = new LinkHolder(links, clock, link, options.maxLinkRefreshes());
      size = engine.newFetcher(holder, options, new Cancellation(), meter(-1), -1).probeSize();
      if (size < 0) {
        throw new CdnException("the CDN did not report the size of file " + link.fileId(), 206, null);
      }
      link = holder.link();
    }
    return new RemoteFileImpl(engine, links, clock, link, options, size);
  }

  private static ProgressMeter meter(long total) {
    return new ProgressMeter(ProgressListener.NONE, 0, total);
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public synchronized ResolvedLink link() {
    return latest;
  }

  /** The latest link, resolved again first when it is about to expire (one get-file for all readers). */
  private synchronized LinkHolder holder() {
    if (latest.isExpired(clock.instant())) {
      latest = links.refresh(latest);
    }
    return new LinkHolder(links, clock, latest, options.maxLinkRefreshes());
  }

  private synchronized void keep(LinkHolder used) {
    ResolvedLink l = used.link();
    if (l != latest && (latest.expiresAt() == null || l.expiresAt() == null
        || !l.expiresAt().isBefore(latest.expiresAt()))) {
      latest = l;
    }
  }

  private RangeFetcher fetcher(LinkHolder holder, Cancellation c) {
    return engine.newFetcher(holder, options, c, meter(size), size);
  }

  @Override
  public int read(long position, byte[] buffer, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (position < 0) {
      throw new InvalidInputException("a read position must be 0 or more, got " + position);
    }
    if (position >= size) {
      return -1;
    }
    int n = (int) Math.min(length, size - position);
    if (n == 0) {
      return 0;
    }
    checkOpen();
    Cancellation c = new Cancellation();
    Runnable unhook = cancel.onCancel(c::cancel);
    LinkHolder holder = holder();
    try {
      fetcher(holder, c).fetch(position, position + n,
          (pos, data) -> data.get(buffer, offset + (int) (pos - position), data.remaining()), pos -> {});
    } finally {
      unhook.run();
      keep(holder);
    }
    return n;
  }

  @Override
  public InputStream openStream(long from, long to) {
    if (from < 0 || to < from || to > size) {
      throw new InvalidInputException("range [" + from + ", " + to + ") is outside the file's " + size + " bytes");
    }
    checkOpen();
    Stream s = new Stream(from, to);
    streams.add(s);
    s.start();
    return s;
  }

  private void checkOpen() {
    if (cancel.isCancelled()) {
      throw new DownloadCancelledException("file " + latest.fileId() + " was closed");
    }
  }

  @Override
  public void close() {
    cancel.cancel();
    for (Stream s : streams) {
      s.close();
    }
  }

  @Override
  public String toString() {
    return "RemoteFile[" + link() + "]";
  }

  /**
   * One sequential reader: workers take chunks in order (at most workers + 1 chunks ahead of the reader) and fill them
   * as bytes arrive, so the reader gets the first bytes of a chunk before the chunk is complete.
   */
  private final class Stream extends InputStream {
    private final long from;
    private final long end;
    private final int chunk;
    private final int chunks;
    private final int workers;
    private final Semaphore window;
    private final Cancellation stop = new Cancellation();
    private final Map<Integer, Slot> slots = new HashMap<>();
    private final Runnable unhook;
    private int running;
    private int nextToFetch;
    private int current;
    private int offsetInCurrent;
    private boolean closed;
    private Throwable failure;

    Stream(long from, long to) {
      this.from = from;
      this.chunk = options.chunkSize();
      long span = to - from;
      this.chunks = (int) ((span + chunk - 1) / chunk);
      this.workers = Math.max(0, Math.min(Math.min(options.connections(), engine.perLink()), chunks));
      this.window = new Semaphore(Math.max(1, workers) + 1);
      this.unhook = cancel.onCancel(stop::cancel);
      this.end = to;
    }

    void start() {
      try {
        for (int i = 0; i < workers; i++) {
          synchronized (this) {
            running++;
          }
          engine.workers().execute(this::work);
        }
      } catch (RejectedExecutionException e) {
        synchronized (this) {
          running--;
        }
        close();
        throw new DownloadCancelledException("the client was closed");
      }
    }

    private long chunkStart(int i) {
      return from + (long) i * chunk;
    }

    private void work() {
      LinkHolder holder = null;
      try {
        holder = holder();
        RangeFetcher fetcher = fetcher(holder, stop);
        while (true) {
          window.acquire();
          Slot slot;
          int i;
          synchronized (this) {
            if (closed || nextToFetch >= chunks) {
              return;
            }
            i = nextToFetch++;
            long s = chunkStart(i);
            slot = new Slot(new byte[(int) (Math.min(end, s + chunk) - s)]);
            slots.put(i, slot);
          }
          long start = chunkStart(i);
          fetcher.fetch(start, start + slot.data.length, (pos, data) -> {
            synchronized (this) {
              int at = (int) (pos - start);
              int n = data.remaining();
              data.get(slot.data, at, n);
              slot.filled = at + n;
              notifyAll();
            }
          }, pos -> {});
        }
      } catch (InterruptedException e) {
        fail(new DownloadCancelledException("stream of file " + latest.fileId() + " interrupted"));
      } catch (Throwable t) {
        fail(t);
      } finally {
        if (holder != null) {
          keep(holder);
        }
        synchronized (this) {
          running--;
          notifyAll();
        }
      }
    }

    private synchronized void fail(Throwable t) {
      if (failure == null && !closed) {
        failure = t;
      }
      stop.cancel();
      notifyAll();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      if (closed) {
        throw new IOException("stream closed");
      }
      if (current >= chunks) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      Slot slot;
      while (true) {
        slot = slots.get(current);
        if (slot != null && slot.filled > offsetInCurrent) {
          break;
        }
        if (failure != null) {
          throw new IOException("reading file " + latest.fileId() + " failed: " + failure.getMessage(), failure);
        }
        if (closed) {
          throw new IOException("stream closed");
        }
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          close();
          throw new InterruptedIOException("interrupted while reading file " + latest.fileId());
        }
      }
      int n = Math.min(len, slot.filled - offsetInCurrent);
      System.arraycopy(slot.data, offsetInCurrent, b, off, n);
      offsetInCurrent += n;
      if (offsetInCurrent == slot.data.length) {
        slots.remove(current);
        current++;
        offsetInCurrent = 0;
        window.release();
      }
      return n;
    }

    @Override
    public synchronized int available() {
      Slot slot = slots.get(current);
      return slot == null ? 0 : Math.max(0, slot.filled - offsetInCurrent);
    }

    @Override
    public void close() {
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
        slots.clear();
        notifyAll();
      }
      stop.cancel();
      window.release(2 * Math.max(1, workers) + 1);
      unhook.run();
      streams.remove(this);
      awaitWorkers();
    }

    /** Waits (at most {@link #CLOSE_WAIT_MILLIS}) until the cancelled workers gave their connections back. */
    private synchronized void awaitWorkers() {
      long deadline = System.nanoTime() + CLOSE_WAIT_MILLIS * 1_000_000L;
      boolean interrupted = false;
      while (running > 0) {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) {
          break;
        }
        try {
          wait(left);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** One chunk being filled. */
  private static final class Slot {
    final byte[] data;
    int filled;

    Slot(byte[] data) {
      this.data = data;
    }
  }
}
