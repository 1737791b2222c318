package io.github.pikpak4j.benchmarks.listing;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.benchmarks.HeapPeak;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.policy.RateLimit;
import io.github.pikpak4j.examples.cli.PikPakCli;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * The listing benchmark of issue 16 (item 5), in one run against one emulator:
 *
 * <ol>
 *   <li>a folder of {@code N} files (default 100,000) listed through {@code client.files().listAll} and through a
 *       plain OkHttp + Moshi loop over the same pages (same URL query, same headers: the ones the SDK sent, taken by a
 *       network interceptor), interleaved rounds, medians; the live heap above idle during an SDK listing;
 *   <li>a tree of {@code F} folders (default 10,000: 100 folders of 99) walked with {@code listAll} per folder on a
 *       fixed pool of 4 threads, against the same walk with the plain loop, with the captcha inits and requests the
 *       emulator saw; and the same tree listed by the CLI, {@code pikpak --rate-limit off ls -r} run in this JVM
 *       ({@link PikPakCli#run}: its client built, its session file read, the tree walked by its own 4-at-once walk
 *       and printed as the table it prints);
 *   <li>when given the launcher's path: the same tree as whole processes, {@code pikpak ls -r} started by the
 *       launcher against the plain walk started as a JVM of its own ({@link PlainWalk#main}).
 * </ol>
 *
 * <p>The SDK client runs with {@link RateLimit#unlimited()}: the default 5 requests per second would make the
 * listing 1,000 pages / 5 = 200 s. One listing with the default limit over a folder of 2,000 entries is reported
 * beside. Run with {@code pikpak-benchmarks/scripts/listing-benchmark.sh [N] [F] [ROUNDS]}, which passes the launcher.
 */
public final class ListingBenchmark {
  private static final int THREADS = 4;
  private static final int DEFAULT_RATE_ENTRIES = 2_000;

  private final @Nullable PikPakEmulator emulator;
  private final String userUrl;
  private final String driveUrl;
  private final PikPakClient client;
  private final AtomicReference<Request> lastListing = new AtomicReference<>();
  private final PlainWalk plain = new PlainWalk(lastListing::get);

  /** A run against {@code emulator} in this JVM, or against the emulator at the URLs when it is null. */
  private ListingBenchmark(@Nullable PikPakEmulator emulator, String userUrl, String driveUrl, RateLimit rateLimit) {
    this.emulator = emulator;
    this.userUrl = userUrl;
    this.driveUrl = driveUrl;
    OkHttpClient base = new OkHttpClient.Builder()
        .addNetworkInterceptor(chain -> {
          if (chain.request().url().encodedPath().equals("/drive/v1/files")) {
            lastListing.set(chain.request());
          }
          return chain.proceed(chain.request());
        })
        .build();
    this.client = PikPakClient.builder()
        .userEndpoint(userUrl)
        .driveEndpoint(driveUrl)
        .username(PikPakEmulator.DEMO_USERNAME)
        .password(PikPakEmulator.DEMO_PASSWORD)
        .inMemorySession()
        .okHttpClient(base)
        .rateLimit(rateLimit)
        .build();
  }

  /**
   * Runs the benchmark and prints the figures.
   *
   * @param args optional entry count, folder count and rounds
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int folders = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path launcher = args.length > 3 ? Path.of(args[3]) : null;
    System.out.printf(Locale.ROOT, "machine: %d processors, %s %s, max heap %d MiB%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    try (PikPakEmulator emulator = PikPakEmulator.builder().demoTree(false).start()) {
      EmulatedDrive drive = emulator.drive();
      String big = drive.addFolder("", "Big");
      drive.addFiles(big, names("f", entries), 1024, 1);
      String tree = drive.addFolder("", "Tree");
      int made = seedTree(drive, tree, folders);
      String small = drive.addFolder("", "Small");
      drive.addFiles(small, names("s", DEFAULT_RATE_ENTRIES), 1024, 2);
      System.out.printf(Locale.ROOT, "load average at start: %s%n", loadAverage());

      ListingBenchmark bench =
          new ListingBenchmark(emulator, emulator.userBaseUrl(), emulator.driveBaseUrl(), RateLimit.unlimited());
      bench.client.login();
      bench.folderSeries(big, entries, rounds);
      Path cliHome = java.nio.file.Files.createTempDirectory("pikpak-ls-bench");
      bench.treeSeries(tree, made, rounds, cliHome);
      if (launcher != null) {
        bench.processSeries(tree, made, rounds, cliHome, launcher);
      }
      bench.client.close();
      separateServerSeries(folders, rounds);

      ListingBenchmark limited =
          new ListingBenchmark(emulator, emulator.userBaseUrl(), emulator.driveBaseUrl(), RateLimit.defaults());
      limited.client.login();
      emulator.reset();
      long t0 = System.nanoTime();
      long n = limited.sdkCount(small);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "default rate limit (5/s): listAll of %d entries (%d pages) %.2f s%n", n,
          emulator.requestCount("GET", "/drive/v1/files"), s);
      limited.client.close();
      System.out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
    }
  }

  /** Adds about {@code folders} folders below {@code tree}: sqrt(F) folders of sqrt(F) - 1; returns how many. */
  static int seedTree(EmulatedDrive drive, String tree, int folders) {
    int top = (int) Math.ceil(Math.sqrt(folders));
    int made = 0;
    for (int i = 0; i < top && made < folders; i++, made++) {
      String sub = drive.addFolder(tree, "d" + i);
      for (int j = 0; j < top - 1 && made + 1 < folders; j++, made++) {
        drive.addFolder(sub, "d" + j);
      }
    }
    return made;
  }

  /**
   * The tree series again with the emulator in a JVM of its own ({@link EmulatorProcess}): the server's work and
   * garbage no longer share this JVM's heap and collections with the clients (they still share the processors).
   */
  private static void separateServerSeries(int folders, int rounds) throws Exception {
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), EmulatorProcess.class.getName(), String.valueOf(folders))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      String[] line = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(),
          StandardCharsets.UTF_8)).readLine().split(" ");
      System.out.println("emulator in its own JVM:");
      ListingBenchmark bench = new ListingBenchmark(null, line[0], line[1], RateLimit.unlimited());
      bench.client.login();
      bench.treeSeries(line[2], Integer.parseInt(line[3]), rounds,
          java.nio.file.Files.createTempDirectory("pikpak-ls-bench"));
      bench.client.close();
    } finally {
      server.getOutputStream().close(); // its signal to stop
      server.waitFor();
    }
  }

  private void folderSeries(String folder, int entries, int rounds) throws Exception {
    sdkCount(folder); // warm-up: JIT, connections, the emulator's per-entry GCID cache
    plain.count(folder);
    double[] sdk = new double[rounds];
    double[] loop = new double[rounds];
    int pages = 0;
    for (int r = 0; r < rounds; r++) {
      emulator.reset();
      boolean sdkFirst = r % 2 == 0; // alternate the order: neither side always runs on a fresher heap
      if (!sdkFirst) {
        loop[r] = timePlain(folder, entries);
      }
      long t0 = System.nanoTime();
      long n = sdkCount(folder);
      sdk[r] = (System.nanoTime() - t0) / 1e9;
      pages = emulator.requestCount("GET", "/drive/v1/files");
      if (n != entries) {
        throw new IllegalStateException("listed " + n + " of " + entries);
      }
      if (sdkFirst) {
        loop[r] = timePlain(folder, entries);
      }
    }
    // Heap, in an untimed pass: the live heap's peak above the live heap before (a full GC every 20 ms).
    long heap;
    try (HeapPeak probe = HeapPeak.start(20)) {
      sdkCount(folder);
      probe.close();
      heap = probe.aboveBaseline();
    }
    double ms = median(sdk);
    double ml = median(loop);
    System.out.printf(Locale.ROOT, "folder of %d entries, %d pages per listing, %d rounds%n", entries, pages, rounds);
    System.out.printf(Locale.ROOT, "  listAll     median %.3f s  %s%n", ms, Arrays.toString(sdk));
    System.out.printf(Locale.ROOT, "  plain loop  median %.3f s  %s%n", ml, Arrays.toString(loop));
    System.out.printf(Locale.ROOT, "  listAll / plain: %.3f (target <= 1.1)%n", ms / ml);
    System.out.printf(Locale.ROOT, "  live heap above idle during listAll (HeapPeak, GC every 20 ms): peak %.2f MiB "
        + "(page size %d entries)%n", heap / 1048576.0, entries / Math.max(1, pages));
  }

  private void treeSeries(String root, int folders, int rounds, Path cliHome) throws Exception {
    for (int w = 0; w < 3; w++) { // warm-up: a first walk of each was still 1.2 to 1.5 times the later ones
      walk(root, true);
      walk(root, false);
      cliWalk(root, cliHome); // the first one signs in, kept in its session file
    }
    double[] sdk = new double[rounds];
    double[] loop = new double[rounds];
    double[] cli = new double[rounds];
    String sdkCounts = "";
    String cliCounts = "";
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 3; k++) { // each round starts with another of the three
        switch ((r + k) % 3) {
          case 0 -> {
            reset();
            sdk[r] = timeWalk(root, true, folders);
            sdkCounts = counts();
          }
          case 1 -> loop[r] = timeWalk(root, false, folders);
          default -> {
            reset();
            long t0 = System.nanoTime();
            long n = cliWalk(root, cliHome);
            cli[r] = (System.nanoTime() - t0) / 1e9;
            cliCounts = counts();
            if (n != folders) {
              throw new IllegalStateException("pikpak ls -r printed " + n + " of " + folders + " folders");
            }
          }
        }
      }
    }
    double ms = median(sdk);
    double ml = median(loop);
    double mc = median(cli);
    System.out.printf(Locale.ROOT, "tree of %d folders, %d threads, %d rounds%n", folders, THREADS, rounds);
    System.out.printf(Locale.ROOT, "  listAll walk median %.3f s  %s; SDK walk: %s%n", ms, Arrays.toString(sdk),
        sdkCounts);
    System.out.printf(Locale.ROOT, "  pikpak ls -r median %.3f s  %s; CLI run: %s%n", mc, Arrays.toString(cli),
        cliCounts);
    System.out.printf(Locale.ROOT, "  plain walk   median %.3f s  %s%n", ml, Arrays.toString(loop));
    System.out.printf(Locale.ROOT, "  listAll / plain: %.3f (target <= 1.1); median of the rounds' own ratios %.3f%n",
        ms / ml, medianRatio(sdk, loop));
    System.out.printf(Locale.ROOT, "  pikpak ls -r / plain: %.3f (target <= 1.1); median of the rounds' own ratios "
        + "%.3f%n", mc / ml, medianRatio(cli, loop));
  }

  /**
   * The median of {@code a[r] / b[r]}: each round's three walks run back to back, so a round's ratio compares runs
   * that met the same load, which the ratio of the medians does not (on 2 cores a walk's time varies by 20% from round
   * to round).
   */
  private static double medianRatio(double[] a, double[] b) {
    double[] ratios = new double[a.length];
    for (int r = 0; r < a.length; r++) {
      ratios[r] = a[r] / b[r];
    }
    return median(ratios);
  }

  /**
   * The tree as whole processes: {@code pikpak ls -r} through the launcher (with the JIT it picks, and with
   * {@code PIKPAK_JIT=full}), and the plain walk in a JVM of its own (with the JVM's defaults, and with the quick
   * compiler alone as the launcher runs {@code ls}), replaying the SDK's last listing request (written to a 0600
   * file, removed after). Each starts from nothing but the session file.
   */
  private void processSeries(String root, int folders, int rounds, Path home, Path launcher) throws Exception {
    Path request = java.nio.file.Files.createTempFile(home, "listing", ".request",
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
    try {
      PlainWalk.write(lastListing.get(), request);
      String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
      List<String> plainCommand = List.of(Path.of(javaBin, "java").toString(), "-cp",
          System.getProperty("java.class.path"), PlainWalk.class.getName(), request.toString(), root,
          String.valueOf(THREADS));
      List<String> lsCommand = List.of("bash", launcher.toString(), "--user-endpoint", userUrl,
          "--drive-endpoint", driveUrl, "--username", PikPakEmulator.DEMO_USERNAME, "--password",
          PikPakEmulator.DEMO_PASSWORD, "--session", home.resolve("session.json").toString(), "--rate-limit", "off",
          "ls", "-r", "id:" + root);
      List<String> plainQuick = new ArrayList<>(plainCommand);
      plainQuick.add(1, "-XX:TieredStopAtLevel=1");
      String[] names = {"pikpak ls -r (process, launcher's JIT)", "pikpak ls -r (process, PIKPAK_JIT=full)",
          "plain walk   (process, JVM defaults)", "plain walk   (process, -XX:TieredStopAtLevel=1)"};
      double[][] times = new double[4][rounds];
      for (int r = -1; r < rounds; r++) { // round -1 warms the emulator and the page cache, untimed
        for (int k = 0; k < 4; k++) {
          int which = (Math.max(r, 0) + k) % 4;
          Path out = home.resolve("process.out");
          ProcessBuilder pb = new ProcessBuilder(which == 2 ? plainCommand : which == 3 ? plainQuick : lsCommand)
              .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
          pb.environment().put("PATH", javaBin + java.io.File.pathSeparator + System.getenv("PATH"));
          pb.environment().put("HOME", home.toString());
          pb.environment().remove("PIKPAK_JIT");
          if (which == 1) {
            pb.environment().put("PIKPAK_JIT", "full");
          }
          long t0 = System.nanoTime();
          int code = pb.start().waitFor();
          double seconds = (System.nanoTime() - t0) / 1e9;
          List<String> lines = java.nio.file.Files.readAllLines(out);
          long listed = which >= 2 ? Long.parseLong(lines.get(0).trim()) : lines.size() - 1;
          if (code != 0 || listed != folders) {
            throw new IllegalStateException(names[which] + ": exit " + code + ", " + listed + " of " + folders);
          }
          if (r >= 0) {
            times[which][r] = seconds;
          }
        }
      }
      System.out.printf(Locale.ROOT, "tree of %d folders as whole processes, %d rounds%n", folders, rounds);
      for (int i = 0; i < 4; i++) {
        System.out.printf(Locale.ROOT, "  %s median %.3f s  %s%n", names[i], median(times[i]),
            Arrays.toString(times[i]));
      }
      double plainProcess = median(times[2]);
      System.out.printf(Locale.ROOT, "  pikpak ls -r / plain walk (processes, JVM defaults): %.3f; with PIKPAK_JIT=full: "
          + "%.3f; pikpak ls -r / plain walk with the same JIT flag: %.3f%n", median(times[0]) / plainProcess,
          median(times[1]) / plainProcess, median(times[0]) / median(times[3]));
    } finally {
      java.nio.file.Files.deleteIfExists(request);
    }
  }

  private void reset() {
    if (emulator != null) {
      emulator.reset();
    }
  }

  private String counts() {
    if (emulator == null) {
      return "emulator in its own process";
    }
    return String.format(Locale.ROOT, "requests %d (listings %d), captcha inits %d",
        emulator.requests().size(), emulator.requestCount("GET", "/drive/v1/files"),
        emulator.requestCount("POST", "/v1/shield/captcha/init"));
  }

  /** Runs {@code pikpak ls -r} on the tree in this JVM; returns the entries it printed (its table's rows). */
  private long cliWalk(String root, Path home) {
    long[] lines = {0};
    OutputStream counter = new OutputStream() {
      @Override
      public void write(int b) {
        if (b == '\n') {
          lines[0]++;
        }
      }

      @Override
      public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
          write(b[i]);
        }
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = {
        "--user-endpoint", userUrl, "--drive-endpoint", driveUrl,
        "--username", PikPakEmulator.DEMO_USERNAME, "--password", PikPakEmulator.DEMO_PASSWORD,
        "--session", home.resolve("session.json").toString(), "--rate-limit", "off", "ls", "-r", "id:" + root};
    int code = PikPakCli.run(args, new PrintStream(counter, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("HOME", home.toString()));
    if (code != 0) {
      throw new IllegalStateException("pikpak ls -r exited " + code + ": " + err.toString(StandardCharsets.UTF_8));
    }
    return lines[0] - 1; // the table's header
  }

  private double timeWalk(String root, boolean viaSdk, int folders) throws InterruptedException {
    long t0 = System.nanoTime();
    long n = walk(root, viaSdk);
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (n != folders) {
      throw new IllegalStateException("walked " + n + " of " + folders + " folders");
    }
    return seconds;
  }

  private long walk(String root, boolean viaSdk) throws InterruptedException {
    return PlainWalk.walk(root, THREADS, viaSdk ? this::sdkFolders : plain::subfolders);
  }

  private double timePlain(String folder, int entries) throws IOException {
    long t0 = System.nanoTime();
    long m = plain.count(folder);
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (m != entries) {
      throw new IllegalStateException("plain loop listed " + m + " of " + entries);
    }
    return seconds;
  }

  private long sdkCount(String folder) {
    long n = 0;
    for (FileEntry e : client.files().listAll(folder)) {
      if (e.id().isEmpty()) {
        throw new IllegalStateException("entry without id");
      }
      n++;
    }
    return n;
  }

  private List<String> sdkFolders(String folder) {
    List<String> out = new ArrayList<>();
    for (FileEntry e : client.files().listAll(folder)) {
      if (e.isFolder()) {
        out.add(e.id());
      }
    }
    return out;
  }

  private static List<String> names(String prefix, int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(String.format(Locale.ROOT, "%s%06d.bin", prefix, i));
    }
    return out;
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
