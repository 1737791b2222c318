package io.github.pikpak4j.benchmarks.serve;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.benchmarks.HeapPeak;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.server.Mount;
import io.github.pikpak4j.server.PikPakServer;
import io.github.pikpak4j.server.ServeMode;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * In one run, against the emulator's CDN capped per connection: the SDK's download of one file with 8 connections
 * ({@code pikpak get -c 8}) and the same file read whole through {@code pikpak serve --mode proxy -c 8}, interleaved,
 * medians and their ratio; the time to the first byte of a Range read in the middle of the file (proxy) against the
 * CDN's own latency; and the time to a 302 for a file whose link is cached (redirect), measured by a loopback client
 * (an upper bound of the time inside the server).
 *
 * <pre>{@code
 * java -cp ... io.github.pikpak4j.benchmarks.serve.ServeBenchmark [sizeMiB] [capBytesPerSecond] [rounds]
 * }</pre>
 */
public final class ServeBenchmark {
  /** The CDN latency the emulator adds to each response's first byte: 30 ms. */
  static final Duration CDN_LATENCY = Duration.ofMillis(30);

  private ServeBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args size in MiB (default 512), per-connection cap in bytes/s (default 20,000,000), rounds (default 3)
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    long sizeMiB = args.length > 0 ? Long.parseLong(args[0]) : 512;
    long cap = args.length > 1 ? Long.parseLong(args[1]) : 20_000_000L;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    long size = sizeMiB << 20;
    Path dir = Files.createTempDirectory("pikpak-serve-bench");
    try (PikPakEmulator emu = PikPakEmulator.builder().linkTtl(Duration.ofHours(6)).cdnLatency(CDN_LATENCY).start();
        PikPakClient client = PikPakClient.builder()
            .fromEnv(emu.clientEnvironment())
            .inMemorySession()
            .build()) {
      emu.addFile("", "bench.bin", size, 2024);
      emu.cdnFaults().bytesPerSecond(cap);
      System.out.printf(Locale.ROOT, "file %d MiB, CDN cap %.1f MB/s per connection, latency %d ms, %d CPUs%n",
          sizeMiB, cap / 1e6, CDN_LATENCY.toMillis(), Runtime.getRuntime().availableProcessors());
      List<Double> get = new ArrayList<>();
      List<Double> proxy = new ArrayList<>();
      try (PikPakServer server = PikPakServer.builder(client).address("127.0.0.1", 0).mode(ServeMode.PROXY)
          .connections(8).mount(Mount.drive("/", "/")).build()) {
        server.start();
        String url = server.url() + "bench.bin";
        for (int r = 0; r < rounds; r++) {
          Path target = dir.resolve("get.bin");
          long t0 = System.nanoTime();
          client.transfers().download("/bench.bin", target,
              DownloadOptions.builder().connections(8).overwrite(true).build());
          get.add(size / ((System.nanoTime() - t0) / 1e9) / 1e6);
          Files.deleteIfExists(target);
          t0 = System.nanoTime();
          long n = read(url, null);
          proxy.add(n / ((System.nanoTime() - t0) / 1e9) / 1e6);
          System.out.printf(Locale.ROOT, "round %d: get -c 8 %.1f MB/s, proxy -c 8 %.1f MB/s%n", r + 1,
              get.get(r), proxy.get(r));
        }
        List<Double> ttfb = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
          long from = size / 2 + i * 7_777_777L % (size / 4);
          ttfb.add(firstByteMillis(url, from));
        }
        System.out.printf(Locale.ROOT, "get -c 8 median %.1f MB/s, proxy -c 8 median %.1f MB/s: ratio %.3f "
            + "(target >= 0.9)%n", median(get), median(proxy), median(proxy) / median(get));
        System.out.printf(Locale.ROOT, "first byte of a Range read in the middle: median %.1f ms, CDN latency %d ms:"
            + " %.1f ms above it (target <= 50)%n", median(ttfb), CDN_LATENCY.toMillis(),
            median(ttfb) - CDN_LATENCY.toMillis());
      }
      try (PikPakServer server = PikPakServer.builder(client).address("127.0.0.1", 0).mode(ServeMode.REDIRECT)
          .mount(Mount.drive("/", "/")).build()) {
        server.start();
        String url = server.url() + "bench.bin";
        List<Double> answers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
          long t0 = System.nanoTime();
          HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
          c.setInstanceFollowRedirects(false);
          int status = c.getResponseCode();
          c.disconnect();
          if (status != 302) {
            throw new IllegalStateException("expected 302, got " + status);
          }
          if (i >= 50) { // the first answers warm the JIT and resolve the link once
            answers.add((System.nanoTime() - t0) / 1e6);
          }
        }
        System.out.printf(Locale.ROOT, "302 for a cached link, loopback client: median %.2f ms (target < 5 inside "
            + "the server)%n", median(answers));
        propfindHeap(emu, server.url());
      }
    }
  }

  /**
   * PROPFIND Depth 1 of a folder of 10,000 files: the live heap (after {@code System.gc()} every 20 ms) at its peak
   * during the request, above the live heap before it. The emulator runs in the same JVM, so its objects count too.
   */
  private static void propfindHeap(PikPakEmulator emu, String base) throws Exception {
    String folder = emu.addFolder(emu.root(), "big-folder");
    for (int i = 0; i < 10_000; i++) {
      emu.addFile(folder, String.format(Locale.ROOT, "file-%05d.bin", i), 1000 + i, i);
    }
    HeapPeak heap = HeapPeak.start(20);
    long t0 = System.nanoTime();
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpResponse<InputStream> r = http.send(java.net.http.HttpRequest.newBuilder(
            URI.create(base + "big-folder/")).header("Depth", "1")
        .method("PROPFIND", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
        java.net.http.HttpResponse.BodyHandlers.ofInputStream());
    long bytes;
    try (InputStream in = r.body()) {
      bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    heap.close();
    System.out.printf(Locale.ROOT, "PROPFIND Depth 1 of 10,000 entries: HTTP %d, %d KiB, live heap peak "
        + "%.1f MiB above idle (target < 64; %.1f s under the GC sampler)%n", r.statusCode(), bytes >> 10,
        heap.aboveBaseline() / 1048576.0, seconds);
    t0 = System.nanoTime();
    http.send(java.net.http.HttpRequest.newBuilder(URI.create(base + "big-folder/")).header("Depth", "1")
        .method("PROPFIND", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    System.out.printf(Locale.ROOT, "the same PROPFIND without the sampler: %.2f s%n", (System.nanoTime() - t0) / 1e9);
  }

  private static long read(String url, String range) throws Exception {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    if (range != null) {
      c.setRequestProperty("Range", range);
    }
    long n = 0;
    try (InputStream in = c.getInputStream()) {
      byte[] buf = new byte[1 << 16];
      int k;
      while ((k = in.read(buf)) >= 0) {
        n += k;
      }
    }
    return n;
  }

  private static double firstByteMillis(String url, long from) throws Exception {
    long t0 = System.nanoTime();
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestProperty("Range", "bytes=" + from + "-" + (from + 65_535));
    try (InputStream in = c.getInputStream()) {
      if (in.read() < 0) {
        throw new IllegalStateException("no bytes");
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      in.readAllBytes();
      return ms;
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
