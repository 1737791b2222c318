package io.github.pikpak4j.benchmarks.listing;

import io.github.pikpak4j.testkit.PikPakEmulator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The listing benchmark's emulator in a JVM of its own, for the series that keeps the server's work and garbage out
 * of the clients' JVM. Seeds a tree like {@link ListingBenchmark}, prints {@code USER_URL DRIVE_URL TREE_ID FOLDERS}
 * on one line, and serves until its standard input ends. The request log is cleared every 2 s (nobody reads it here,
 * and a log of every request of dozens of walks would only grow the heap).
 */
public final class EmulatorProcess {
  private EmulatorProcess() {}

  /**
   * Runs the emulator.
   *
   * @param args the number of folders of the tree
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    try (PikPakEmulator emulator = PikPakEmulator.builder().demoTree(false).start()) {
      String tree = emulator.drive().addFolder("", "Tree");
      int made = ListingBenchmark.seedTree(emulator.drive(), tree, Integer.parseInt(args[0]));
      System.out.println(emulator.userBaseUrl() + " " + emulator.driveBaseUrl() + " " + tree + " " + made);
      System.out.flush();
      ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "request-log-cleaner");
        t.setDaemon(true);
        return t;
      });
      cleaner.scheduleWithFixedDelay(emulator::reset, 2, 2, TimeUnit.SECONDS);
      while (System.in.read() >= 0) {
        // serve until the benchmark closes our input
      }
      cleaner.shutdownNow();
    }
  }
}
