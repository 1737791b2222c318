package io.github.pikpak4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An extra CDN edge node of the emulator, on its own loopback port: a sibling host that serves the
 * same signed links as the main CDN (any link the emulator hands out works on it, as on a sibling of
 * the same family), with its own latency and fault switches; or a node of another provider family
 * that answers {@code /generate_204} at once but 404 for every file; or a dead node that accepts
 * connections and never answers. Created by {@link PikPakEmulator#addCdnNode(CdnNode.Mode,
 * Duration)}, closed with the emulator.
 *
 * <pre>{@code
 * CdnNode fast = emu.addCdnNode(CdnNode.Mode.SERVING, Duration.ofMillis(20));
 * CdnNode wrong = emu.addCdnNode(CdnNode.Mode.WRONG_FAMILY, Duration.ofMillis(1));
 * CdnNode dead = emu.addCdnNode(CdnNode.Mode.DEAD, Duration.ZERO);
 * String candidates = fast.host() + "," + wrong.host() + "," + dead.host(); // "127.0.0.1:<port>,..."
 * fast.mode(CdnNode.Mode.DEAD); // switch at any time
 * }</pre>
 */
public final class CdnNode implements AutoCloseable {

  /** How a node behaves. */
  public enum Mode {
    /** Serves the emulator's signed links (ranges, 406, 503 beyond 8 connections per link). */
    SERVING,
    /** Another provider family: {@code /generate_204} answers 204 at once, every file 404. */
    WRONG_FAMILY,
    /** Accepts connections and never answers (until closed or switched). */
    DEAD
  }

  private final HttpServer server;
  private final ExecutorService pool;
  private final CdnHandler serving;
  private final CdnFaults faults = new CdnFaults();
  private final RequestJournal journal = new RequestJournal();
  private final EmulatorClock clock;
  private final String host;
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile Mode mode;

  CdnNode(EmulatorState state, Mode mode, Duration latency) throws IOException {
    this.mode = mode;
    this.clock = state.clock;
    faults.latency(latency);
    serving =
        new CdnHandler(state.links, state.cdnObjects, state.clock, journal, faults, 8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    AtomicInteger n = new AtomicInteger();
    pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "pikpak-emulator-cdn-node-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
    host = "127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    Mode m = mode;
    if (m == Mode.SERVING) {
      serving.handle(ex);
      return;
    }
    try {
      String rawQuery = ex.getRequestURI().getRawQuery();
      journal.add(
          new RecordedRequest(
              "cdn-node",
              ex.getRequestMethod().toUpperCase(Locale.ROOT),
              ex.getRequestURI().getPath(),
              rawQuery == null ? "" : rawQuery,
              Map.copyOf(Http.parseQuery(rawQuery == null ? "" : rawQuery)),
              Http.headers(ex.getRequestHeaders()),
              "",
              clock.instant()));
      if (m == Mode.DEAD) {
        try {
          closed.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      if (ex.getRequestURI().getPath().equals("/generate_204")) {
        ex.sendResponseHeaders(204, -1);
        return;
      }
      Http.sleep(faults.latency().toMillis());
      Http.sendText(ex, 404, "text/plain", "not found");
    } finally {
      ex.close();
    }
  }

  /**
   * Returns the node's {@code host:port}, the form of a CDN candidate.
   *
   * @return {@code "127.0.0.1:<port>"}
   */
  public String host() {
    return host;
  }

  /**
   * Returns the node's base URL.
   *
   * @return {@code "http://127.0.0.1:<port>/"}
   */
  public String baseUrl() {
    return "http://" + host + "/";
  }

  /**
   * Returns the behaviour.
   *
   * @return the mode
   */
  public Mode mode() {
    return mode;
  }

  /**
   * Switches the behaviour for requests that arrive afterwards.
   *
   * @param mode the new mode
   * @return this
   */
  public CdnNode mode(Mode mode) {
    this.mode = mode;
    return this;
  }

  /**
   * Returns this node's fault switches: its latency before each response's headers (for {@link
   * Mode#WRONG_FAMILY}, before the 404; {@code /generate_204} is always immediate), bandwidth and
   * cuts.
   *
   * @return the faults
   */
  public CdnFaults faults() {
    return faults;
  }

  /**
   * Returns every request this node received, oldest first.
   *
   * @return an immutable snapshot
   */
  public List<RecordedRequest> requests() {
    return journal.snapshot();
  }

  /** Stops the node; requests held by a dead node end without an answer. */
  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "CdnNode[" + host + ", " + mode + "]";
  }
}
