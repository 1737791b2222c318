package io.github.pikpak4j.core.internal;

import java.nio.ByteBuffer;
import okio.BufferedSource;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.policy.Sleeper;
import io.github.pikpak4j.core.transfer.Cancellation;
import io.github.pikpak4j.core.transfer.CdnException;
import io.github.pikpak4j.core.transfer.ConnectionBudget;
import io.github.pikpak4j.core.transfer.DownloadCancelledException;
import io.github.pikpak4j.core.transfer.DownloadVerificationException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Fetches byte ranges of one download from the CDN: one connection permit per request, {@code Range} from the
 * bytes already received, link re-resolution on expiry and on 401/403/410, and backoff (through the sleeper) on
 * transport errors, 429 and 5xx, bounded by consecutive failures without progress.
 */
final class RangeFetcher {
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");
  /** Bytes read per fill before they go to the sink (one direct buffer per worker thread). */
  static final int BUFFER = 256 * 1024;
  /** How long a permit stays taken after its connection was dropped mid-body (50 ms). */
  private static final long DROP_LINGER_NANOS = 50_000_000L;
  /** A fill ends after this long even when the buffer is not full (50 ms). */
  private static final long FILL_NANOS = 50_000_000L;
  /** Rates are measured over windows of at least this long (1 s). */
  private static final long RATE_WINDOW_NANOS = 1_000_000_000L;
  /** Consecutive far-slower windows on a rewritten host before the download moves off it. */
  private static final int SLOW_WINDOWS = 2;

  /** Receives bytes at absolute positions. */
  interface Sink {
    /**
     * Takes the bytes between {@code data}'s position and limit, which belong at {@code position}. The buffer is
     * reused after the call returns: copy what must be kept.
     */
    void write(long position, ByteBuffer data) throws IOException;
  }

  /** One direct buffer per worker thread: bytes go from the socket to the file without a heap copy. */
  private static final ThreadLocal<ByteBuffer> BUFFERS =
      ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(BUFFER));

  /** Told the new position after each write. */
  interface Advance {
    void advanced(long position);
  }

  /**
   * The end of a range being fetched, which may move closer while the range is in flight (another worker took its
   * tail), and the listener of each response's start.
   */
  interface Extent {
    /** The current end (exclusive); read before every fill, so a shorter end stops the fetch there. */
    long end();

    /**
     * A response for bytes from {@code position} began: its headers arrived {@code waitedNanos} after the request
     * went out (connecting, if the request needed a new connection, plus the first-byte latency).
     */
    void responded(long position, long waitedNanos);
  }

  /** A fixed range end, for fetches nobody shortens. */
  private record FixedEnd(long end) implements Extent {
    @Override
    public void responded(long position, long waitedNanos) {}
  }

  private final OkHttpClient http;
  private final LinkHolder holder;
  private final ConnectionBudget budget;
  private final String budgetKey;
  private final Sleeper sleeper;
  private final int maxAttempts;
  private final Cancellation cancel;
  private final ProgressMeter meter;
  private volatile long size;

  RangeFetcher(
      OkHttpClient http,
      LinkHolder holder,
      ConnectionBudget budget,
      String budgetKey,
      Sleeper sleeper,
      int maxAttempts,
      Cancellation cancel,
      ProgressMeter meter,
      long size) {
    this.http = http;
    this.holder = holder;
    this.budget = budget;
    this.budgetKey = budgetKey;
    this.sleeper = sleeper;
    this.maxAttempts = maxAttempts;
    this.cancel = cancel;
    this.meter = meter;
    this.size = size;
  }

  /** Learns the content size from {@code Range: bytes=0-0} (a transcode's size differs from the file's). */
  long probeSize() {
    long[] total = {-1};
    fetch(0, new FixedEnd(1), (p, b) -> {}, p -> {}, total);
    size = total[0];
    return total[0];
  }

  /** Fetches {@code [start, end)} into the sink. */
  void fetch(long start, long end, Sink sink, Advance advance) {
    fetch(start, new FixedEnd(end), sink, advance, null);
  }

  /**
   * Fetches from {@code start} to the extent's end into the sink; when the end moves closer while a response is
   * read, the fetch stops there and drops that connection (the rest of its body is not read).
   */
  void fetch(long start, Extent extent, Sink sink, Advance advance) {
    fetch(start, extent, sink, advance, null);
  }

  private void fetch(long start, Extent extent, Sink sink, Advance advance, long @Nullable [] totalOut) {
    long pos = start;
    long end = extent.end();
    int failures = 0;
    long lastFailurePos = -1;
    ByteBuffer buf = BUFFERS.get();
    while (pos < (end = extent.end())) {
      checkCancelled();
      LinkHolder.Current current = holder.current();
      int status;
      Exception failure = null;
      try {
        ConnectionBudget.Permit permit = budget.acquire(budgetKey);
        boolean dropped = false;
        try {
          if (pos >= (end = extent.end())) {
            continue; // the range was taken over while this worker waited for a connection
          }
          Request request =
              new Request.Builder()
                  .url(current.link().url())
                  .header("Accept", "*/*")
                  .header("Accept-Encoding", "identity")
                  .header("Range", "bytes=" + pos + "-" + (end - 1))
                  .get()
                  .build();
          Call call = http.newCall(request);
          Runnable unregister = cancel.onCancel(call::cancel);
          long sent = System.nanoTime();
          try (Response response = call.execute()) {
            status = response.code();
            if (status == 206 || (status == 200 && pos == 0)) {
              checkRange(response, pos, current.link(), totalOut);
              extent.responded(pos, System.nanoTime() - sent);
              long requestedEnd = end;
              ResponseBody body = response.body();
              BufferedSource in = body.source();
              long windowStart = System.nanoTime();
              long windowBytes = 0;
              int slowWindows = 0;
              while (pos < (end = extent.end())) {
                // fill the buffer before writing: fewer, larger positional writes
                int want = (int) Math.min(buf.capacity(), end - pos);
                buf.clear().limit(want);
                int n = 0;
                IOException cut = null;
                try {
                  long fillStart = System.nanoTime();
                  while (buf.hasRemaining() && (n = in.read(buf)) >= 0) {
                    if (pos + buf.position() >= extent.end()) {
                      break; // the end moved closer: do not wait for bytes that are another worker's now
                    }
                    if (System.nanoTime() - fillStart >= FILL_NANOS) {
                      break; // a slow connection reports what it has, so its rate is known while it runs
                    }
                  }
                } catch (IOException e) {
                  cut = e; // keep what arrived before the cut: the retry resumes from exactly there
                }
                buf.flip();
                // the end may have moved closer during the fill: bytes past it are another worker's
                buf.limit((int) Math.min(buf.limit(), Math.max(0, extent.end() - pos)));
                int filled = buf.remaining();
                if (filled > 0) {
                  sink.write(pos, buf);
                  pos += filled;
                  meter.add(filled);
                  advance.advanced(pos);
                }
                if (cut != null) {
                  throw cut;
                }
                if (n < 0 && pos < Math.min(end, extent.end())) {
                  throw new IOException("connection closed at byte " + pos + " of range ending " + end);
                }
                if (cancel.isCancelled()) {
                  break;
                }
                windowBytes += filled;
                long elapsed = System.nanoTime() - windowStart;
                if (elapsed >= RATE_WINDOW_NANOS) {
                  double rate = windowBytes * 1e9 / elapsed;
                  slowWindows = holder.farSlower(current.generation(), rate) ? slowWindows + 1 : 0;
                  windowStart = System.nanoTime();
                  windowBytes = 0;
                  if (slowWindows >= SLOW_WINDOWS && holder.rewritten()
                      && holder.reroute(current.generation(), true)) {
                    break; // go on from pos on the next best host
                  }
                }
              }
              if (pos < requestedEnd) {
                call.cancel(); // the rest of the body is not wanted: drop the connection rather than drain it
                dropped = true;
              }
              continue;
            }
          } finally {
            unregister.run();
          }
        } finally {
          // a cancelled transfer opens no next connection: its permit goes back at once, so that closing a
          // download or a stream returns with the budget settled
          if (dropped && !cancel.isCancelled()) {
            releaseAfterDrop(permit);
          } else {
            permit.close();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cancel.cancel();
        throw cancelled();
      } catch (IOException e) {
        checkCancelled();
        status = 0;
        failure = e;
      }
      if (status == 401 || status == 403 || status == 410) {
        holder.refresh(current.generation(), status);
        continue;
      }
      if ((status == 0 || status == 404 || status >= 500) && holder.reroute(current.generation(), false)) {
        continue; // a rewritten host failed: the CDN policy demoted it, go on from the next best host
      }
      if (status != 0 && status != 429 && status < 500) {
        throw new CdnException(
            "the CDN answered HTTP " + status + " for file " + current.link().fileId() + " on "
                + current.link().host(), status, null);
      }
      failures = pos > lastFailurePos ? 1 : failures + 1;
      lastFailurePos = pos;
      if (failures >= maxAttempts) {
        String what = status == 0 ? "failed: " + failure.getMessage() : "answered HTTP " + status;
        throw new CdnException(
            "the CDN " + what + " (" + failures + " attempts at byte " + pos + ") for file "
                + current.link().fileId() + " on " + current.link().host(), status, failure);
      }
      backoff(failures);
    }
  }

  /**
   * Gives a permit back 50 ms after its connection was dropped mid-body, without holding up the worker: the CDN counts
   * that connection until it sees the reset, and the 9th connection to one link gets 503; without the pause the
   * permit's next holder (this worker or another download of the same file) could be that 9th.
   */
  private static void releaseAfterDrop(ConnectionBudget.Permit permit) {
    CompletableFuture.runAsync(permit::close,
        CompletableFuture.delayedExecutor(DROP_LINGER_NANOS, TimeUnit.NANOSECONDS));
  }

  private void checkRange(Response response, long pos, ResolvedLink link, long @Nullable [] totalOut) {
    long total = -1;
    if (response.code() == 206) {
      String header = response.header("Content-Range");
      Matcher m = header == null ? null : CONTENT_RANGE.matcher(header.trim());
      if (m == null || !m.matches()) {
        throw new CdnException("the CDN sent a 206 without a valid Content-Range from " + link.host(), 206, null);
      }
      if (number(m.group(1), header, link) != pos) {
        throw new CdnException("the CDN sent range " + header + " for a request from byte " + pos, 206, null);
      }
      total = m.group(3).equals("*") ? -1 : number(m.group(3), header, link);
    } else {
      String length = response.header("Content-Length");
      total = length == null ? -1 : number(length.trim(), "Content-Length: " + length, link);
    }
    if (totalOut != null) {
      totalOut[0] = total;
    }
    long expected = size;
    if (expected >= 0 && total >= 0 && total != expected) {
      throw new DownloadVerificationException(
          "size mismatch for file " + link.fileId() + ": expected " + expected + " bytes, the CDN serves " + total,
          Long.toString(expected), Long.toString(total), null);
    }
  }

  /** Reads a number of a CDN header; one that is not a number or overflows is a typed error, not a crash. */
  private static long number(String digits, String header, ResolvedLink link) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new CdnException(
          "the CDN sent an unusable number in \"" + header + "\" from " + link.host(), 0, e);
    }
  }

  private void backoff(int failures) {
    long millis = Math.min(5_000L, 200L << Math.min(10, failures - 1));
    try {
      sleeper.sleep(Duration.ofMillis(millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel.cancel();
      throw cancelled();
    }
  }

  private void checkCancelled() {
    if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
      throw cancelled();
    }
  }

  private DownloadCancelledException cancelled() {
    return new DownloadCancelledException("download of file " + holder.link().fileId() + " cancelled");
  }
}
