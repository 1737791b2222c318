package io.github.pikpak4j.benchmarks.download;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.benchmarks.HeapPeak;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Downloads one large file with the SDK (1, 4 and 8 connections, GCID verification on and off), curl (one connection)
 * and aria2c ({@code -x8 -s8}), and prints throughputs, the ratios the targets name and the SDK's heap use above the
 * idle baseline. Three series:
 *
 * <ol>
 *   <li>capped: the emulator's CDN node with a per-connection cap (default 20 MB/s, the CDN's shape),
 *       {@value #CAPPED_ROUNDS} rounds;
 *   <li>uncapped, file server: the same bytes from {@link FileServer} ({@code sendfile}, like a CDN edge), the series
 *       the uncapped target is read from;
 *   <li>uncapped, emulator node: for comparison (its JDK HttpServer generates the bytes per request).
 * </ol>
 *
 * <p>Every tool runs in interleaved rounds and the median is reported, with the range. Uncapped runs take about a
 * second each and vary with the machine, so they get a warm-up and {@value #UNCAPPED_ROUNDS} rounds.
 *
 * <pre>{@code
 * java -cp ... io.github.pikpak4j.benchmarks.download.DownloadBenchmark [sizeMiB] [capBytesPerSecond] [dir]
 * }</pre>
 *
 * <p>Heap: after each series one more SDK run at 8 connections (the heap probe) calls {@code System.gc()} every 100 ms
 * and records the heap in use right after it (the live heap); the baseline is the same figure after a full GC before
 * the run. The emulator runs in the same JVM, so its live objects count too (conservative).
 */
public final class DownloadBenchmark {
  /** Interleaved rounds of each uncapped series; the median is reported. */
  static final int UNCAPPED_ROUNDS = 5;
  /** Interleaved rounds of the capped series (about 110 s each at 512 MiB); the median is reported. */
  static final int CAPPED_ROUNDS = 3;

  private DownloadBenchmark() {}

  /** One measured run. */
  record Run(String name, long bytes, double seconds, long heapAboveBaseline) {
    double mbPerSecond() {
      return bytes / seconds / 1e6;
    }
  }

  /** The runs of one tool in one series. */
  record Series(String name, List<Run> runs) {
    double median() {
      double[] v = runs.stream().mapToDouble(Run::mbPerSecond).sorted().toArray();
      return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    double min() {
      return runs.stream().mapToDouble(Run::mbPerSecond).min().orElse(Double.NaN);
    }

    double max() {
      return runs.stream().mapToDouble(Run::mbPerSecond).max().orElse(Double.NaN);
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code [sizeMiB (512)] [capBytesPerSecond (20000000)] [workDir (under /dev/shm when it exists, else
   *     a temp dir)]}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    long sizeMiB = args.length > 0 ? Long.parseLong(args[0]) : 512;
    long cap = args.length > 1 ? Long.parseLong(args[1]) : 20_000_000L;
    Path dir = args.length > 2 ? Path.of(args[2]) : defaultDir();
    Files.createDirectories(dir);
    long size = sizeMiB << 20;
    try (PikPakEmulator emu = PikPakEmulator.builder().linkTtl(java.time.Duration.ofHours(6)).start()) {
      String id = emu.addFile("", "bench.bin", size, 2024);
      try (PikPakClient client = PikPakClient.builder()
          .fromEnv(emu.clientEnvironment())
          .inMemorySession()
          .build()) {
        System.out.printf(Locale.ROOT, "file %d MiB in %s; hashing it on the emulator once...%n", sizeMiB, dir);
        ResolvedLink link = client.links().resolve("id:" + id, LinkPolicy.original());
        System.out.printf(Locale.ROOT, "machine: %d CPUs, %s %s, max heap %d MiB%n",
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
            System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        emu.cdnFaults().bytesPerSecond(cap);
        System.out.printf(Locale.ROOT, "== capped %d MB/s per connection, emulator node%n", cap / 1_000_000);
        List<Series> capped = series(client, link, dir, size, CAPPED_ROUNDS);
        report(capped);
        System.out.printf(Locale.ROOT, "  SDK c=8 / aria2c: %.3f (verify on), %.3f (verify off)   target >= 0.95%n",
            median(capped, "sdk c=8 verify") / median(capped, ARIA), median(capped, "sdk c=8 no-verify")
                / median(capped, ARIA));
        System.out.printf(Locale.ROOT, "  SDK c=8 / SDK c=1: %.2f (verify on), %.2f (verify off)   target >= 7%n",
            median(capped, "sdk c=8 verify") / median(capped, "sdk c=1 verify"),
            median(capped, "sdk c=8 no-verify") / median(capped, "sdk c=1 no-verify"));
        heapProbe(client, link, dir);
        emu.cdnFaults().bytesPerSecond(0);

        Path source = dir.resolve("source.bin");
        client.transfers().download(link, source,
            DownloadOptions.builder().connections(4).overwrite(true).build());
        System.out.printf(Locale.ROOT, "SHA-1 on one core over the file: %.0f MB/s (the ceiling of a verified "
            + "single connection)%n", sha1Rate(source));
        try (FileServer server = FileServer.start(source)) {
          ResolvedLink served = link.withUrl(server.url());
          System.out.println("== uncapped loopback, benchmark file server (sendfile): the target's series");
          sdk(client, served, dir, 1, true, false); // JIT warm-up, not reported
          uncapped(series(client, served, dir, size, UNCAPPED_ROUNDS));
          heapProbe(client, served, dir);
        } finally {
          Files.deleteIfExists(source);
        }
        System.out.println("== uncapped loopback, emulator node (bytes generated per request), for comparison");
        uncapped(series(client, link, dir, size, UNCAPPED_ROUNDS));
      }
    }
  }

  private static final String ARIA = "aria2c -x8 -s8";

  /** /dev/shm when it exists (a loopback figure should not be a disk figure), else a temp dir. */
  private static Path defaultDir() throws IOException {
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm)
        ? Files.createTempDirectory(shm, "pikpak-dl-bench")
        : Files.createTempDirectory("pikpak-dl-bench");
  }

  /** Runs every tool {@code rounds} times, interleaved, and groups the runs per tool. */
  private static List<Series> series(PikPakClient client, ResolvedLink link, Path dir, long size, int rounds)
      throws Exception {
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      List<Run> once = new ArrayList<>();
      for (int n : new int[] {1, 4, 8}) {
        once.add(sdk(client, link, dir, n, true, false));
        once.add(sdk(client, link, dir, n, false, false));
      }
      once.add(tool("curl", dir, size, List.of("curl", "-sS", "-f", "-o", dir.resolve("curl.bin").toString(),
          link.url())));
      once.add(tool(ARIA, dir, size, List.of("aria2c", "-q", "-x8", "-s8", "-k1M",
          "--file-allocation=none", "--allow-overwrite=true", "--auto-file-renaming=false",
          "-d", dir.toString(), "-o", "aria2.bin", link.url())));
      once.forEach(r -> runs.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r));
    }
    List<Series> out = new ArrayList<>();
    runs.forEach((name, list) -> out.add(new Series(name, list)));
    return out;
  }

  private static void report(List<Series> series) {
    series.forEach(s -> System.out.printf(Locale.ROOT, "  %-20s median %7.1f MB/s  (%d runs, %.1f to %.1f)%n",
        s.name(), s.median(), s.runs().size(), s.min(), s.max()));
  }

  private static void uncapped(List<Series> series) {
    report(series);
    double curl = median(series, "curl");
    System.out.printf(Locale.ROOT, "  SDK c=1 / curl: %.3f (verify on), %.3f (verify off)   target >= 0.8%n",
        median(series, "sdk c=1 verify") / curl, median(series, "sdk c=1 no-verify") / curl);
    System.out.printf(Locale.ROOT, "  SDK c=4 / curl: %.2f; SDK c=8 / curl: %.2f (verify on)%n",
        median(series, "sdk c=4 verify") / curl, median(series, "sdk c=8 verify") / curl);
  }

  private static double median(List<Series> series, String name) {
    return series.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().median();
  }

  private static void heapProbe(PikPakClient client, ResolvedLink link, Path dir) throws Exception {
    Run heap = sdk(client, link, dir, 8, true, true);
    System.out.printf(Locale.ROOT, "  heap probe (sdk c=8 verify, GC every 100 ms): live heap at most %.1f MiB"
        + " above the idle baseline (target < 64 MiB)%n", heap.heapAboveBaseline() / 1048576.0);
  }

  private static double sha1Rate(Path file) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-1");
    byte[] buf = new byte[1 << 20];
    long t0 = System.nanoTime();
    long n = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int r; (r = in.read(buf)) > 0; n += r) {
        md.update(buf, 0, r);
      }
    }
    md.digest();
    return n / ((System.nanoTime() - t0) / 1e9) / 1e6;
  }

  private static Run sdk(PikPakClient client, ResolvedLink link, Path dir, int n, boolean verify, boolean heapProbe)
      throws Exception {
    Path target = dir.resolve("sdk.bin");
    Files.deleteIfExists(target);
    HeapPeak heap = heapProbe ? HeapPeak.start(100) : null;
    long t0 = System.nanoTime();
    DownloadResult r = client.transfers().download(link, target,
        DownloadOptions.builder().connections(n).verify(verify).overwrite(true).build());
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (heap != null) {
      heap.close();
    }
    Files.deleteIfExists(target);
    return new Run("sdk c=" + n + (verify ? " verify" : " no-verify"), r.bytes(), seconds,
        heap != null ? heap.aboveBaseline() : -1);
  }


  private static Run tool(String name, Path dir, long size, List<String> command) throws IOException,
      InterruptedException {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IOException(name + " failed with exit " + (p.isAlive() ? "timeout" : p.exitValue()));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    for (String f : List.of("curl.bin", "aria2.bin")) {
      Path file = dir.resolve(f);
      if (Files.exists(file)) {
        if (Files.size(file) != size) {
          throw new IOException(name + " wrote " + Files.size(file) + " bytes, expected " + size);
        }
        Files.delete(file);
      }
    }
    return new Run(name, size, seconds, -1);
  }
}
