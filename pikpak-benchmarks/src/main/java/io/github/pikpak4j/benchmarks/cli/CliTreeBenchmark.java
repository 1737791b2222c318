package io.github.pikpak4j.benchmarks.cli;

import io.github.pikpak4j.examples.cli.PikPakCli;
import io.github.pikpak4j.testkit.EmulatedDrive;
import io.github.pikpak4j.testkit.PikPakEmulator;
import io.github.pikpak4j.testkit.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The CLI benchmark of issue 15, in one run against one emulator:
 *
 * <ol>
 *   <li>{@code pikpak copy} of a local tree of 1,000 files of 1 to 64 KiB (10 folders of 100) into an empty drive
 *       folder, then the same {@code copy} again: the second run must send no upload, list each folder at most once
 *       and take at most 0.2 x the first;
 *   <li>{@code pikpak get -r} of a drive folder of 200 files: captcha inits and get-file calls seen by the emulator
 *       (target: at most 3 inits, one get-file call per file).
 * </ol>
 *
 * <p>Each run is the CLI in-process ({@link PikPakCli#run}), as a user's {@code java -jar pikpak.jar} would run it
 * after start-up. Run with {@code pikpak-benchmarks/scripts/cli-benchmark.sh}; argument: the working directory.
 */
public final class CliTreeBenchmark {
  private static final int FOLDERS = 10;
  private static final int FILES_PER_FOLDER = 100;
  private static final int GET_FILES = 200;

  private CliTreeBenchmark() {}

  /**
   * Runs the benchmark and prints the figures.
   *
   * @param args optional working directory
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("pikpak-cli-bench");
    Files.createDirectories(work);
    System.out.printf(Locale.ROOT, "machine: %d processors, %s %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"), System.getProperty("java.version"));
    try (PikPakEmulator emulator = PikPakEmulator.builder().demoTree(false).start()) {
      Path tree = work.resolve("tree");
      long bytes = writeTree(tree);
      System.out.printf(Locale.ROOT, "local tree: %d files, %d folders, %d bytes%n", FOLDERS * FILES_PER_FOLDER,
          FOLDERS, bytes);

      emulator.reset();
      double first = run(emulator, work, "copy", tree.toString(), "pikpak:/Bench");
      Counts c1 = Counts.of(emulator);
      emulator.reset();
      double second = run(emulator, work, "copy", tree.toString(), "pikpak:/Bench");
      Counts c2 = Counts.of(emulator);
      System.out.printf(Locale.ROOT, "copy 1st: %.2f s  %s%n", first, c1);
      System.out.printf(Locale.ROOT, "copy 2nd: %.2f s  %s%n", second, c2);
      System.out.printf(Locale.ROOT, "copy 2nd / 1st: %.3f (target <= 0.2); 2nd uploads %d (target 0); "
          + "2nd listings %d for %d folders + 1 path lookup (target <= 1 per folder)%n",
          second / first, c2.creates + c2.oss, c2.listings, FOLDERS + 1);

      EmulatedDrive drive = emulator.drive();
      String folder = drive.addFolder("", "Many");
      for (int i = 0; i < GET_FILES; i++) {
        drive.addFile(folder, String.format(Locale.ROOT, "f%03d.bin", i), 4096 + i, i);
      }
      Path dest = Files.createDirectories(work.resolve("dest"));
      emulator.reset();
      double get = run(emulator, work, "get", "-r", "/Many", "-o", dest.toString());
      Counts c3 = Counts.of(emulator);
      long written;
      try (Stream<Path> files = Files.list(dest.resolve("Many"))) {
        written = files.count();
      }
      System.out.printf(Locale.ROOT, "get -r of %d files: %.2f s, %d written; captcha inits %d (target <= 3), "
          + "get-file calls %d (target %d)%n", GET_FILES, get, written, c3.captchaInits, c3.getFile, GET_FILES);
    } finally {
      if (args.length == 0) {
        delete(work);
      }
    }
  }

  /** Request counts seen by the emulator since its last reset. */
  private record Counts(int creates, int oss, int listings, int getFile, int captchaInits) {
    static Counts of(PikPakEmulator emulator) {
      int getFile = 0;
      int listings = 0;
      for (RecordedRequest r : emulator.requests()) {
        String mp = r.methodAndPath();
        if (mp.startsWith("GET /drive/v1/files/")) {
          getFile++;
        } else if (mp.equals("GET /drive/v1/files")) {
          listings++;
        }
      }
      return new Counts(emulator.requestCount("POST", "/drive/v1/files"), emulator.ossRequests().size(), listings,
          getFile, emulator.requestCount("POST", "/v1/shield/captcha/init"));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "creates %d, oss requests %d, listings %d, get-file %d, captcha inits %d",
          creates, oss, listings, getFile, captchaInits);
    }
  }

  private static double run(PikPakEmulator emulator, Path work, String... args) {
    List<String> all = new ArrayList<>(List.of("--user-endpoint", emulator.userBaseUrl(), "--drive-endpoint",
        emulator.driveBaseUrl(), "--username", PikPakEmulator.DEMO_USERNAME, "--password",
        PikPakEmulator.DEMO_PASSWORD, "--session", work.resolve("session.json").toString()));
    all.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    int code = PikPakCli.run(all.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("HOME", work.toString()));
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (code != 0) {
      throw new IllegalStateException("pikpak " + String.join(" ", args) + " exited " + code + ": "
          + err.toString(StandardCharsets.UTF_8));
    }
    return seconds;
  }

  private static long writeTree(Path tree) throws IOException {
    Random random = new Random(15);
    long total = 0;
    for (int f = 0; f < FOLDERS; f++) {
      Path folder = Files.createDirectories(tree.resolve(String.format(Locale.ROOT, "folder-%02d", f)));
      for (int i = 0; i < FILES_PER_FOLDER; i++) {
        byte[] b = new byte[1024 + random.nextInt(63 * 1024 + 1)];
        random.nextBytes(b);
        Files.write(folder.resolve(String.format(Locale.ROOT, "file-%03d.bin", i)), b);
        total += b.length;
      }
    }
    return total;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
