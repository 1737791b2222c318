package io.github.pikpak4j.benchmarks.cdn;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.core.cdn.CdnPolicy;
import io.github.pikpak4j.core.cdn.CdnProber;
import io.github.pikpak4j.core.cdn.CdnSelector;
import io.github.pikpak4j.core.cdn.HttpCdnProber;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.testkit.CdnNode;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * CDN selection over 35 emulated candidates: 27 serving nodes with latencies spread from 20 to 800 ms, five dead
 * nodes that never answer and three nodes of another family (instant {@code /generate_204}, 404 for files). The
 * link's own host (the emulator's main CDN) answers in 400 ms. Measured in the same run:
 *
 * <ol>
 *   <li>the fastest serving node's own latency: one probe of that node alone;
 *   <li>pikpak4j {@code auto}: a cold {@code rewrite(url, size)} (cache cleared), and which node it picked;
 *   <li>AList's old way (PR #7136): {@code GET /generate_204} to all 35 at once, no timeout, wait for all, lowest
 *       time to headers wins whatever the status. The dead nodes never answer, so the wait is cut at a cap and
 *       reported as not finished; the same probe without the dead nodes is timed too.
 * </ol>
 *
 * <p>Run: {@code java -cp pikpak-benchmarks/target/pikpak-benchmarks-*.jar:$(cat cp.txt)
 * io.github.pikpak4j.benchmarks.cdn.CdnSelectionBenchmark [rounds]} (see README.md).
 */
public final class CdnSelectionBenchmark {
  private static final long ALIST_CAP_MS = 5_000;

  private CdnSelectionBenchmark() {}

  /**
   * Runs the benchmark and prints a table.
   *
   * @param args optional number of rounds (default 7)
   * @throws Exception on setup failure
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    try (PikPakEmulator emu = PikPakEmulator.builder().cdnLatency(Duration.ofMillis(400)).start()) {
      List<String> candidates = new ArrayList<>();
      Map<String, String> kind = new HashMap<>();
      String fastest = "";
      for (int i = 0; i < 27; i++) {
        long ms = 20 + Math.round(i * (780.0 / 26));
        CdnNode n = emu.addCdnNode(CdnNode.Mode.SERVING, Duration.ofMillis(ms));
        candidates.add(n.host());
        kind.put(n.host(), "serving " + ms + " ms");
        if (i == 0) {
          fastest = n.host();
        }
      }
      for (int i = 0; i < 5; i++) {
        CdnNode n = emu.addCdnNode(CdnNode.Mode.DEAD, Duration.ZERO);
        candidates.add(n.host());
        kind.put(n.host(), "dead");
      }
      for (int i = 0; i < 3; i++) {
        CdnNode n = emu.addCdnNode(CdnNode.Mode.WRONG_FAMILY, Duration.ofMillis(5));
        candidates.add(n.host());
        kind.put(n.host(), "wrong family (404)");
      }
      Collections.shuffle(candidates, new java.util.Random(42));

      ResolvedLink link;
      try (PikPakClient client =
          PikPakClient.builder()
              .fromEnv(emu.clientEnvironment())
              .inMemorySession()
              .build()) {
        link = client.links().resolve("/Documents/Nested/small.bin", LinkPolicy.original());
      }
      String url = link.originalUrl();
      long size = link.size();

      OkHttpClient base = new OkHttpClient();
      HttpCdnProber prober = new HttpCdnProber(base);
      CdnSelector selector = new CdnSelector(CdnPolicy.auto(), candidates, prober, Clock.systemUTC());
      // Warm-up: JIT and connection set-up of every node.
      selector.rewrite(url, size);
      selector.clear();
      fastestAlone(prober, url, fastest);

      List<Long> alone = new ArrayList<>();
      List<Long> selection = new ArrayList<>();
      List<String> picked = new ArrayList<>();
      List<String> alist = new ArrayList<>();
      List<Long> alistLive = new ArrayList<>();
      List<String> alistPicked = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        alone.add(fastestAlone(prober, url, fastest));
        selector.clear();
        long t0 = System.nanoTime();
        String chosen = selector.rewrite(url, size);
        selection.add((System.nanoTime() - t0) / 1_000_000);
        String host = chosen.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        picked.add(kind.getOrDefault(host, "the link's own host"));

        AlistResult all = alistProbe(candidates, ALIST_CAP_MS);
        alist.add(all.finished ? all.elapsedMs + " ms" : "unfinished at " + ALIST_CAP_MS + " ms");
        alistPicked.add(kind.get(all.winner));
        List<String> live = new ArrayList<>(candidates);
        live.removeIf(h -> kind.get(h).equals("dead"));
        alistLive.add(alistProbe(live, ALIST_CAP_MS).elapsedMs);
      }
      prober.close();
      base.dispatcher().executorService().shutdown();

      System.out.println("CDN selection, 35 candidates (27 serving 20-800 ms, 5 dead, 3 wrong family), "
          + rounds + " rounds, link's own host 400 ms");
      System.out.println("fastest serving node alone (ms):      " + alone + "  median " + median(alone));
      System.out.println("pikpak4j auto, cold selection (ms):   " + selection + "  median " + median(selection));
      System.out.println("pikpak4j auto picked:                 " + picked);
      System.out.println("AList old way, all 35, no timeout:    " + alist);
      System.out.println("AList old way picked:                 " + alistPicked);
      System.out.println("AList old way without the dead (ms):  " + alistLive + "  median " + median(alistLive));
      long overhead = median(selection) - median(alone);
      System.out.println(String.format(Locale.ROOT,
          "selection - fastest node: %d ms (target <= 50 ms): %s", overhead, overhead <= 50 ? "met" : "MISSED"));
    }
    System.exit(0);
  }

  private static long fastestAlone(CdnProber prober, String url, String host) throws Exception {
    String moved = url.replaceFirst("^http://[^/]+", "http://" + host);
    long t0 = System.nanoTime();
    CdnProber.Answer a = prober.probe(moved, Duration.ofSeconds(5)).get();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (a.status() != 206) {
      throw new IllegalStateException("the fastest node did not serve: " + a);
    }
    return ms;
  }

  private record AlistResult(boolean finished, long elapsedMs, @Nullable String winner) {}

  /** AList's old probe: GET /generate_204 on every host at once, no timeout, waits for all, status ignored. */
  private static AlistResult alistProbe(List<String> hosts, long capMs) throws InterruptedException {
    Dispatcher d = new Dispatcher();
    d.setMaxRequests(256);
    d.setMaxRequestsPerHost(256);
    OkHttpClient client =
        new OkHttpClient.Builder()
            .dispatcher(d)
            .connectTimeout(Duration.ZERO)
            .readTimeout(Duration.ZERO)
            .callTimeout(Duration.ZERO)
            .build();
    CountDownLatch done = new CountDownLatch(hosts.size());
    Map<String, Long> scores = Collections.synchronizedMap(new HashMap<>());
    long t0 = System.nanoTime();
    for (String h : hosts) {
      Request req = new Request.Builder().url("http://" + h + "/generate_204").build();
      client.newCall(req).enqueue(new Callback() {
        @Override
        public void onFailure(Call call, IOException e) {
          scores.put(h, TimeUnit.HOURS.toNanos(1));
          done.countDown();
        }

        @Override
        public void onResponse(Call call, Response response) {
          scores.put(h, System.nanoTime() - t0);
          response.close();
          done.countDown();
        }
      });
    }
    boolean finished = done.await(capMs, TimeUnit.MILLISECONDS);
    long elapsed = (System.nanoTime() - t0) / 1_000_000;
    String winner = null;
    long best = Long.MAX_VALUE;
    synchronized (scores) {
      for (Map.Entry<String, Long> e : scores.entrySet()) {
        if (e.getValue() < best && e.getValue() < TimeUnit.HOURS.toNanos(1)) {
          best = e.getValue();
          winner = e.getKey();
        }
      }
    }
    client.dispatcher().cancelAll();
    client.dispatcher().executorService().shutdown();
    return new AlistResult(finished, elapsed, winner);
  }

  private static long median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }
}
