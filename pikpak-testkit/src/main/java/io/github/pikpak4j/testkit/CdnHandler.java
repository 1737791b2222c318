package io.github.pikpak4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The emulated CDN: verifies the signed link and its expiry, serves ranges from the content source
 * in small chunks, refuses {@code Accept: application/json} (406), and limits concurrent
 * connections per signed link (the one beyond the limit gets 503).
 */
final class CdnHandler implements HttpHandler {
  private static final int CHUNK = 16 * 1024;

  private final CdnLinks links;
  private final ConcurrentMap<String, ContentSource> objects;
  private final Clock clock;
  private final RequestJournal journal;
  private final CdnFaults faults;
  private final int maxConnectionsPerLink;
  private final ConcurrentHashMap<String, AtomicInteger> active = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();
  private final AtomicInteger peakTotal = new AtomicInteger();
  private final AtomicInteger peakPerLink = new AtomicInteger();

  CdnHandler(
      CdnLinks links,
      ConcurrentMap<String, ContentSource> objects,
      Clock clock,
      RequestJournal journal,
      CdnFaults faults,
      int maxConnectionsPerLink) {
    this.links = links;
    this.objects = objects;
    this.clock = clock;
    this.journal = journal;
    this.faults = faults;
    this.maxConnectionsPerLink = maxConnectionsPerLink;
  }

  int activeConnections() {
    int n = 0;
    for (AtomicInteger a : active.values()) {
      n += a.get();
    }
    return n;
  }

  /** The most responses ever sent at once, over all links. */
  int peakConnections() {
    return peakTotal.get();
  }

  /** The most responses ever sent at once for one link. */
  int peakConnectionsPerLink() {
    return peakPerLink.get();
  }

  void resetPeaks() {
    peakTotal.set(total.get());
    int max = 0;
    for (AtomicInteger a : active.values()) {
      max = Math.max(max, a.get());
    }
    peakPerLink.set(max);
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try {
      serve(ex);
    } finally {
      ex.close();
    }
  }

  private void serve(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = ex.getRequestURI().getPath();
    String rawQuery = ex.getRequestURI().getRawQuery();
    Map<String, String> q = Http.parseQuery(rawQuery == null ? "" : rawQuery);
    journal.add(
        new RecordedRequest(
            "cdn",
            method,
            path,
            rawQuery == null ? "" : rawQuery,
            Map.copyOf(q),
            Http.headers(ex.getRequestHeaders()),
            "",
            clock.instant()));
    Http.sleep(faults.latency().toMillis());
    if (faults.closeAfterResponse()) {
      ex.getResponseHeaders().set("Connection", "close"); // the JDK server then closes after the exchange
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      Http.sendText(ex, 405, "text/plain", "method not allowed");
      return;
    }
    if (!path.startsWith("/download/")) {
      Http.sendText(ex, 404, "text/plain", "not found");
      return;
    }
    String opaque = path.substring("/download/".length());
    String fid = q.getOrDefault("fid", "");
    String sig = q.getOrDefault("sig", "");
    long expire;
    try {
      expire = Long.parseLong(q.getOrDefault("expire", ""));
    } catch (NumberFormatException e) {
      Http.sendText(ex, 403, "text/plain", "forbidden: bad expire");
      return;
    }
    if (!links.verify(opaque, fid, expire, sig)) {
      Http.sendText(ex, 403, "text/plain", "forbidden: signature mismatch");
      return;
    }
    if (clock.instant().getEpochSecond() > expire) {
      Http.sendText(ex, 403, "text/plain", "forbidden: link expired");
      return;
    }
    String accept = ex.getRequestHeaders().getFirst("Accept");
    if (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json")) {
      Http.sendText(ex, 406, "text/plain", "not acceptable");
      return;
    }
    ContentSource content = objects.get(fid);
    if (content == null) {
      Http.sendText(ex, 404, "text/plain", "not found");
      return;
    }
    String linkKey = fid + "|" + sig;
    AtomicInteger counter = active.computeIfAbsent(linkKey, k -> new AtomicInteger());
    int now = counter.incrementAndGet();
    peakPerLink.accumulateAndGet(now, Math::max);
    peakTotal.accumulateAndGet(total.incrementAndGet(), Math::max);
    AtomicBoolean released = new AtomicBoolean();
    Runnable release =
        () -> {
          if (released.compareAndSet(false, true)) {
            counter.decrementAndGet();
            total.decrementAndGet();
          }
        };
    try {
      if (now > maxConnectionsPerLink) {
        Http.sendText(ex, 503, "text/plain", "too many connections for this link");
        return;
      }
      sendContent(ex, method, content, release);
    } finally {
      release.run();
    }
  }

  /**
   * Sends the content; {@code release} ends this connection's count just before the last bytes go out, since a
   * client may open its next connection as soon as it has them (counting until the handler returns would see both).
   */
  private void sendContent(HttpExchange ex, String method, ContentSource content, Runnable release)
      throws IOException {
    long total = content.size();
    long start = 0;
    long end = total - 1;
    int status = 200;
    String range = ex.getRequestHeaders().getFirst("Range");
    var h = ex.getResponseHeaders();
    h.set("Content-Type", "application/octet-stream");
    h.set("Accept-Ranges", "bytes");
    if (range != null) {
      long[] r = parseRange(range.trim(), total);
      if (r == null) {
        h.set("Content-Range", "bytes */" + total);
        ex.sendResponseHeaders(416, -1);
        return;
      }
      start = r[0];
      end = r[1];
      status = 206;
      h.set("Content-Range", "bytes " + start + "-" + end + "/" + total);
    }
    long length = end - start + 1;
    if (method.equals("HEAD")) {
      h.set("Content-Length", Long.toString(length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    if (length <= 0) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    long cut = faults.takeCut();
    long stall = faults.takeStall();
    long throttle = faults.takeThrottle();
    ex.sendResponseHeaders(status, length);
    OutputStream out = ex.getResponseBody();
    byte[] buf = new byte[CHUNK];
    long sent = 0;
    // the bandwidth switch is read per chunk, so a test can slow a node down in the middle of a response
    long bps = throttle > 0 ? throttle : faults.bytesPerSecond();
    long paceFrom = 0;
    long paceStart = System.nanoTime();
    while (sent < length) {
      long nowBps = throttle > 0 ? throttle : faults.bytesPerSecond();
      if (nowBps != bps) {
        bps = nowBps;
        paceFrom = sent;
        paceStart = System.nanoTime();
      }
      int n = (int) Math.min(buf.length, length - sent);
      if (bps > 0) {
        n = (int) Math.min(n, Math.max(1, bps / 20));
      }
      long stop = cut >= 0 && (stall < 0 || cut <= stall) ? cut : stall;
      if (stop >= 0 && sent + n > stop) {
        n = (int) (stop - sent);
        if (n > 0) {
          content.read(start + sent, buf, 0, n);
          out.write(buf, 0, n);
          out.flush();
        }
        if (stop == stall) {
          Http.sleep(CdnFaults.STALL_LIMIT.toMillis()); // silent; interrupted when the emulator closes
        }
        throw new IOException("connection " + (stop == stall ? "stalled" : "cut") + " by CdnFaults after " + stop
            + " bytes");
      }
      content.read(start + sent, buf, 0, n);
      faults.corrupt(start + sent, buf, n);
      if (bps > 0) {
        // a chunk goes out when a link of bps would have delivered its last byte: the response takes length / bps,
        // with no burst at its start and no pause after its end (which would hold the connection's next request)
        long dueNanos = (sent + n - paceFrom) * 1_000_000_000L / bps;
        Http.sleep((dueNanos - (System.nanoTime() - paceStart)) / 1_000_000L);
      }
      if (sent + n == length) {
        release.run();
      }
      out.write(buf, 0, n);
      sent += n;
      if (bps > 0) {
        out.flush();
      }
    }
    out.close();
  }

  /** Parses a single {@code bytes=} range; null when unsatisfiable or malformed. */
  static long @Nullable [] parseRange(String header, long total) {
    if (!header.startsWith("bytes=") || header.contains(",")) {
      return null;
    }
    String spec = header.substring(6).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    try {
      String a = spec.substring(0, dash).trim();
      String b = spec.substring(dash + 1).trim();
      long start;
      long end;
      if (a.isEmpty()) {
        long suffix = Long.parseLong(b);
        if (suffix <= 0) {
          return null;
        }
        start = Math.max(0, total - suffix);
        end = total - 1;
      } else {
        start = Long.parseLong(a);
        end = b.isEmpty() ? total - 1 : Math.min(Long.parseLong(b), total - 1);
      }
      if (start < 0 || start >= total || end < start) {
        return null;
      }
      return new long[] {start, end};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
