package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run of the CLI's class-data archive: the build runs it once with
 * {@code -XX:ArchiveClassesAtExit=target/pikpak.jsa}, and the {@code ./pikpak} launcher starts every later run from
 * that archive ({@code -XX:SharedArchiveFile}), so the classes a command needs are mapped instead of loaded, parsed
 * and verified. It runs everyday commands ({@code whoami}, {@code ls}, {@code stat}, {@code get}, {@code put},
 * {@code link}, help, and the sandbox) against an emulator in this process, in a temporary directory it deletes.
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=target/pikpak.jsa -cp target/pikpak.jar \
 *     io.github.pikpak4j.examples.cli.StartupTraining
 * }</pre>
 */
public final class StartupTraining {
  private StartupTraining() {}

  /**
   * Runs the training commands; exits with 1 when one of them fails.
   *
   * @param args ignored
   * @throws IOException when the temporary directory cannot be used
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("pikpak-training");
    try (PikPakEmulator emu = PikPakEmulator.start()) {
      emu.addFile("", "training.bin", 8 << 20, 1);
      Path local = Files.write(dir.resolve("local.txt"), new byte[] {1, 2, 3});
      List<String> account = List.of("--user-endpoint", emu.userBaseUrl(), "--drive-endpoint", emu.driveBaseUrl(),
          "--username", PikPakEmulator.DEMO_USERNAME, "--password", PikPakEmulator.DEMO_PASSWORD,
          "--session", dir.resolve("session.json").toString());
      Map<String, String> env = Map.of("HOME", dir.toString());
      List<List<String>> commands = List.of(
          List.of("whoami"), List.of("ls", "/"), List.of("--json", "ls", "/"), List.of("stat", "/training.bin"),
          List.of("get", "/training.bin", "-o", dir.resolve("out.bin").toString(), "-c", "8"),
          List.of("put", local.toString(), "/"), List.of("link", "/training.bin"));
      for (List<String> command : commands) {
        List<String> line = new ArrayList<>(account);
        line.addAll(command);
        run(line, env);
      }
      run(List.of("--help"), env);
      run(List.of("get", "--help"), env);
      run(List.of("--sandbox", "ls", "/"), env);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void run(List<String> line, Map<String, String> env) {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    int code = PikPakCli.run(line.toArray(String[]::new), nowhere, nowhere, env);
    if (code != ErrorReporter.EXIT_OK) {
      System.err.println("startup training: pikpak " + Arrays.toString(line.toArray()) + " exited with " + code);
      System.exit(1);
    }
  }
}
