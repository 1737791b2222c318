package io.github.pikpak4j.benchmarks.download;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Downloads one large file from the emulator's CDN node with the SDK (1, 4 and 8 connections), curl (one
 * connection) and aria2c ({@code -x8 -s8}), with a per-connection cap (default 20 MB/s, the CDN's shape) and
 * uncapped, and prints throughputs, ratios against the targets and the SDK's heap use above the idle baseline.
 *
 * <pre>{@code
 * java -cp ... io.github.pikpak4j.benchmarks.download.DownloadBenchmark [sizeMiB] [capBytesPerSecond] [dir]
 * }</pre>
 *
 * <p>Heap: after the throughput runs, one more SDK run at 8 connections (the heap probe) calls {@code System.gc()}
 * every 100 ms and records the heap in use right after it (the live heap); the baseline is the same figure after a
 * full GC before the run. The emulator runs in the same JVM, so its live objects count too (conservative).
 */
public final class DownloadBenchmark {
  private DownloadBenchmark() {}

  /** One measured run. */
  record Run(String name, long bytes, double seconds, long heapAboveBaseline) {
    double mbPerSecond() {
      return bytes / seconds / 1e6;
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code [sizeMiB (512)] [capBytesPerSecond (20000000)] [workDir (a temp dir)]}
   * @throws Exception on failure
   */
  /** Rounds of the uncapped section; the best round of each tool is reported. */
  private static final int UNCAPPED_ROUNDS = 3;

  public static void main(String[] args) throws Exception {
    long sizeMiB = args.length > 0 ? Long.parseLong(args[0]) : 512;
    long cap = args.length > 1 ? Long.parseLong(args[1]) : 20_000_000L;
    Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("pikpak-dl-bench");
    Files.createDirectories(dir);
    long size = sizeMiB << 20;
    try (PikPakEmulator emu = PikPakEmulator.builder().linkTtl(java.time.Duration.ofHours(6)).start()) {
      String id = emu.addFile("", "bench.bin", size, 2024);
      try (PikPakClient client = PikPakClient.builder()
          .userEndpoint(emu.userBaseUrl())
          .driveEndpoint(emu.driveBaseUrl())
          .username(PikPakEmulator.DEMO_USERNAME)
          .password(PikPakEmulator.DEMO_PASSWORD)
          .inMemorySession()
          .build()) {
        System.out.printf(Locale.ROOT, "file %d MiB; hashing it on the emulator once...%n", sizeMiB);
        ResolvedLink link = client.links().resolve("id:" + id, LinkPolicy.original());
        System.out.printf(Locale.ROOT, "machine: %d CPUs, %s %s, max heap %d MiB%n",
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
            System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        Map<String, List<Run>> all = new LinkedHashMap<>();
        for (long c : new long[] {cap, 0}) {
          emu.cdnFaults().bytesPerSecond(c);
          String label = c > 0 ? "capped " + c / 1_000_000 + " MB/s per connection" : "uncapped loopback";
          System.out.println("== " + label);
          // Capped runs are paced by the cap (one round); uncapped loopback runs take about a second each and
          // vary with the machine, so they get a warm-up and the best of 3 interleaved rounds, for every tool alike.
          int rounds = c > 0 ? 1 : UNCAPPED_ROUNDS;
          if (c == 0) {
            sdk(client, link, dir, 1, true, false); // JIT warm-up, not reported
          }
          Map<String, Run> best = new LinkedHashMap<>();
          for (int round = 0; round < rounds; round++) {
            List<Run> once = new ArrayList<>();
            for (int n : new int[] {1, 4, 8}) {
              once.add(sdk(client, link, dir, n, true, false));
              once.add(sdk(client, link, dir, n, false, false));
            }
            once.add(tool("curl", dir, size, List.of("curl", "-sS", "-f", "-o", dir.resolve("curl.bin").toString(),
                link.url())));
            once.add(tool("aria2c -x8 -s8", dir, size, List.of("aria2c", "-q", "-x8", "-s8", "-k1M",
                "--file-allocation=none", "--allow-overwrite=true", "--auto-file-renaming=false",
                "-d", dir.toString(), "-o", "aria2.bin", link.url())));
            once.forEach(r -> best.merge(r.name(), r, (x, y) -> x.seconds() <= y.seconds() ? x : y));
          }
          List<Run> runs = new ArrayList<>(best.values());
          runs.forEach(r -> System.out.printf(Locale.ROOT, "  %-28s %8.1f MB/s  %6.2f s%s%n", r.name(),
              r.mbPerSecond(), r.seconds(), r.heapAboveBaseline() >= 0
                  ? String.format(Locale.ROOT, "  live heap +%.1f MiB", r.heapAboveBaseline() / 1048576.0) : ""));
          all.put(label, runs);
          ratios(runs, c > 0);
          Run heap = sdk(client, link, dir, 8, true, true);
          System.out.printf(Locale.ROOT, "  heap probe (sdk c=8 verify, GC every 100 ms): live heap at most %.1f MiB"
              + " above the idle baseline (target < 64 MiB)%n", heap.heapAboveBaseline() / 1048576.0);
        }
      }
    }
  }

  private static void ratios(List<Run> runs, boolean capped) {
    Map<String, Double> t = new LinkedHashMap<>();
    runs.forEach(r -> t.put(r.name(), r.mbPerSecond()));
    double curl = t.getOrDefault("curl", Double.NaN);
    double aria = t.getOrDefault("aria2c -x8 -s8", Double.NaN);
    if (capped) {
      System.out.printf(Locale.ROOT, "  SDK c=8 / aria2c: %.3f (verify on), %.3f (verify off)   target >= 0.95%n",
          t.get("sdk c=8 verify") / aria, t.get("sdk c=8 no-verify") / aria);
      System.out.printf(Locale.ROOT, "  SDK c=8 / SDK c=1: %.2f (verify on), %.2f (verify off)   target >= 7%n",
          t.get("sdk c=8 verify") / t.get("sdk c=1 verify"), t.get("sdk c=8 no-verify") / t.get("sdk c=1 verify"));
    } else {
      System.out.printf(Locale.ROOT, "  SDK c=1 / curl: %.3f (verify on), %.3f (verify off)   target >= 0.8%n",
          t.get("sdk c=1 verify") / curl, t.get("sdk c=1 no-verify") / curl);
    }
    System.out.printf(Locale.ROOT, "  SDK c=4 / curl: %.2f; SDK c=8 / curl: %.2f%n",
        t.get("sdk c=4 verify") / curl, t.get("sdk c=8 verify") / curl);
  }

  private static Run sdk(PikPakClient client, ResolvedLink link, Path dir, int n, boolean verify, boolean heapProbe)
      throws Exception {
    Path target = dir.resolve("sdk.bin");
    Files.deleteIfExists(target);
    System.gc();
    Thread.sleep(200);
    System.gc();
    long baseline = usedHeap();
    AtomicLong peak = new AtomicLong(baseline);
    Thread sampler = new Thread(() -> {
      while (heapProbe && !Thread.currentThread().isInterrupted()) {
        System.gc();
        peak.accumulateAndGet(usedHeap(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    long t0 = System.nanoTime();
    DownloadResult r = client.transfers().download(link, target,
        DownloadOptions.builder().connections(n).verify(verify).overwrite(true).build());
    double seconds = (System.nanoTime() - t0) / 1e9;
    sampler.interrupt();
    sampler.join();
    Files.deleteIfExists(target);
    return new Run("sdk c=" + n + (verify ? " verify" : " no-verify"), r.bytes(), seconds,
        heapProbe ? peak.get() - baseline : -1);
  }

  /** Heap in use; right after {@code System.gc()} this is the live heap. */
  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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
