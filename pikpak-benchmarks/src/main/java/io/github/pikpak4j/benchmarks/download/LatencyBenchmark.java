package io.github.pikpak4j.benchmarks.download;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Downloads at internet latency (issue 16): the emulator's CDN answers every request after a first-byte latency
 * (0, 20, 100, 300 ms by default) and caps each connection (4 MB/s by default). Per latency, in interleaved rounds:
 *
 * <ul>
 *   <li>{@code pikpak get -c 8} as its own process, started the way users start it (the {@code ./pikpak} launcher,
 *       with its class-data archive), when the launcher is given: JVM start, session reuse, path lookup and link
 *       resolution included. One untimed run signs in first, as a user's earlier command would have. Also
 *       {@code pikpak --version}, the JVM start alone, for reading the first figure;
 *   <li>{@code aria2c -x8 -s8 -k1M} and {@code curl} on the resolved link, as processes;
 *   <li>the SDK in this JVM at 8 and 1 connections ({@code transfers().download(link, ...)}, GCID verification on):
 *       the transfer time alone.
 * </ul>
 *
 * <p>Each run also reports how many ranged GETs reached the CDN (the emulator's journal). Medians are printed per
 * latency with the ratios the issue names.
 *
 * <pre>{@code
 * java -cp ... io.github.pikpak4j.benchmarks.download.LatencyBenchmark [sizeMiB=64] [capBytesPerSecond=4000000]
 *     [rounds=2] [latenciesMs=0,20,100,300] [launcher] [dir]
 * }</pre>
 */
public final class LatencyBenchmark {
  private LatencyBenchmark() {}

  /** One measured run: seconds and CDN requests. */
  record Run(String tool, double seconds, int requests) {}

  /**
   * Runs the benchmark.
   *
   * @param args see the class comment
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    long sizeMiB = args.length > 0 ? Long.parseLong(args[0]) : 64;
    long cap = args.length > 1 ? Long.parseLong(args[1]) : 4_000_000L;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    String[] latencies = (args.length > 3 ? args[3] : "0,20,100,300").split(",");
    Path launcher = args.length > 4 && !args[4].isEmpty() ? Path.of(args[4]) : null;
    Path dir = args.length > 5 ? Path.of(args[5]) : Files.createTempDirectory(
        Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir")),
        "pikpak-latency-bench");
    Files.createDirectories(dir);
    long size = sizeMiB << 20;
    try (PikPakEmulator emu = PikPakEmulator.builder().linkTtl(Duration.ofHours(6)).start()) {
      String id = emu.addFile("", "bench.bin", size, 2024);
      try (PikPakClient client = PikPakClient.builder()
          .fromEnv(emu.clientEnvironment())
          .inMemorySession()
          .build()) {
        ResolvedLink link = client.links().resolve("id:" + id, LinkPolicy.original());
        System.out.printf(Locale.ROOT, "file %d MiB, cap %.1f MB/s per connection, %d rounds, %d CPUs, load %.1f%n",
            sizeMiB, cap / 1e6, rounds, Runtime.getRuntime().availableProcessors(), load());
        emu.cdnFaults().bytesPerSecond(cap);
        if (launcher != null) {
          cli(emu, launcher, dir, id); // signs in: the timed runs reuse the session, as a user's next command does
        }
        for (String l : latencies) {
          int ms = Integer.parseInt(l.trim());
          emu.cdnFaults().latency(Duration.ofMillis(ms));
          Map<String, List<Run>> runs = new LinkedHashMap<>();
          for (int round = 0; round < rounds; round++) {
            if (launcher != null) {
              add(runs, measure(emu, "pikpak get -c 8 (process)", () -> cli(emu, launcher, dir, id)));
              add(runs, measure(emu, "pikpak --version (process)", () -> process(dir, List.of("bash",
                  launcher.toString(), "--version"))));
            }
            add(runs, measure(emu, "aria2c -x8 -s8 (process)", () -> process(dir, List.of("aria2c", "-q", "-x8",
                "-s8", "-k1M", "--file-allocation=none", "--allow-overwrite=true", "--auto-file-renaming=false",
                "-d", dir.toString(), "-o", "out.bin", link.url()))));
            add(runs, measure(emu, "sdk c=8 (transfer)", () -> sdk(client, link, dir, 8)));
            add(runs, measure(emu, "sdk c=1 (transfer)", () -> sdk(client, link, dir, 1)));
            add(runs, measure(emu, "curl (process)", () -> process(dir, List.of("curl", "-sS", "-f", "-o",
                dir.resolve("out.bin").toString(), link.url()))));
            Files.deleteIfExists(dir.resolve("out.bin"));
          }
          report(ms, size, runs, load());
        }
      }
    }
  }

  /** Something timed. */
  private interface Timed {
    void run() throws Exception;
  }

  private static Run measure(PikPakEmulator emu, String tool, Timed body) throws Exception {
    int before = cdnGets(emu);
    long t0 = System.nanoTime();
    body.run();
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Run(tool, seconds, cdnGets(emu) - before);
  }

  private static int cdnGets(PikPakEmulator emu) {
    return (int) emu.cdnRequests().stream().filter(r -> r.method().equals("GET")).count();
  }

  private static void add(Map<String, List<Run>> runs, Run r) {
    runs.computeIfAbsent(r.tool(), k -> new ArrayList<>()).add(r);
  }

  private static void sdk(PikPakClient client, ResolvedLink link, Path dir, int connections) throws IOException {
    Path target = dir.resolve("out.bin");
    client.transfers().download(link, target,
        DownloadOptions.builder().connections(connections).verify(true).overwrite(true).build());
    Files.delete(target);
  }

  private static void cli(PikPakEmulator emu, Path launcher, Path dir, String id) throws Exception {
    process(dir, List.of("bash", launcher.toString(),
        "--user-endpoint", emu.userBaseUrl(), "--drive-endpoint", emu.driveBaseUrl(),
        "--username", PikPakEmulator.DEMO_USERNAME, "--password", PikPakEmulator.DEMO_PASSWORD,
        "--session", dir.resolve("session.json").toString(),
        "get", "/bench.bin", "-o", dir.resolve("out.bin").toString(), "-c", "8"));
  }

  private static void process(Path dir, List<String> command) throws Exception {
    Files.deleteIfExists(dir.resolve("out.bin"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IOException(command.get(0) + " failed: " + (p.isAlive() ? "timeout" : "exit " + p.exitValue()));
    }
  }

  private static double median(List<Run> runs, boolean seconds) {
    double[] v = runs.stream().mapToDouble(r -> seconds ? r.seconds() : r.requests()).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static void report(int ms, long size, Map<String, List<Run>> runs, double load) {
    System.out.printf(Locale.ROOT, "== latency %d ms (load average after: %.1f)%n", ms, load);
    Map<String, Double> rate = new LinkedHashMap<>();
    runs.forEach((tool, list) -> {
      if (tool.endsWith("--version (process)")) {
        System.out.printf(Locale.ROOT, "  %-28s median %6.2f s (JVM start, no transfer)%n", tool, median(list, true));
        return;
      }
      double mbps = size / median(list, true) / 1e6;
      rate.put(tool, mbps);
      StringBuilder each = new StringBuilder();
      list.forEach(r -> each.append(String.format(Locale.ROOT, " %.2fs/%d", r.seconds(), r.requests())));
      System.out.printf(Locale.ROOT, "  %-28s median %6.2f MB/s, %4.0f requests   (runs s/requests:%s)%n", tool, mbps,
          median(list, false), each);
    });
    double aria = rate.get("aria2c -x8 -s8 (process)");
    if (rate.containsKey("pikpak get -c 8 (process)")) {
      System.out.printf(Locale.ROOT, "  get -c 8 / aria2c (whole processes): %.3f   target >= 0.95%n",
          rate.get("pikpak get -c 8 (process)") / aria);
    }
    System.out.printf(Locale.ROOT, "  sdk c=8 / aria2c: %.3f; sdk c=8 / sdk c=1 (transfer time): %.2f   target >= 7%n",
        rate.get("sdk c=8 (transfer)") / aria, rate.get("sdk c=8 (transfer)") / rate.get("sdk c=1 (transfer)"));
  }

  private static double load() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
