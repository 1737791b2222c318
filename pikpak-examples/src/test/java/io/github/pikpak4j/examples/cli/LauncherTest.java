package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code pikpak} launcher script at the repository root, run by bash with a stand-in {@code java} on the
 * {@code PATH} that prints the arguments it was given.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("..", "pikpak").toAbsolutePath().normalize();
  private static final String QUICK = "-XX:TieredStopAtLevel=1";

  @TempDir
  Path bin;

  private record Run(int code, List<String> javaArgs, String err) {}

  private Run run(Map<String, String> env, String... args) throws Exception {
    Path java = bin.resolve("java");
    if (!Files.exists(java)) {
      Files.writeString(java, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\"\n");
      Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
    }
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("PIKPAK_CDS", "off");
    pb.environment().remove("PIKPAK_JIT");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out.isEmpty() ? List.of() : List.of(out.split("\n")), err);
  }

  @Test
  void aCommandThatOnlyTalksToTheApiRunsWithTheQuickCompilerAlone() throws Exception {
    for (String[] args : List.of(new String[] {"ls", "-r", "/"}, new String[] {"--json", "stat", "/a"},
        new String[] {"--help"}, new String[] {"ls", "--", "get"}, new String[] {"offline", "ls"})) {
      Run r = run(Map.of(), args);
      assertThat(r.code()).isZero();
      assertThat(r.javaArgs()).as(String.join(" ", args)).contains(QUICK);
      // the command line reaches the program as it was, after the jar
      assertThat(r.javaArgs().subList(r.javaArgs().size() - args.length, r.javaArgs().size()))
          .containsExactly(args);
    }
  }

  @Test
  void aCommandThatMovesOrHashesBytesKeepsTheOptimizingCompiler() throws Exception {
    for (String name : byteCommands()) {
      Run r = run(Map.of(), "--json", name, "x");
      assertThat(r.javaArgs()).as(name).doesNotContain(QUICK).endsWith("--json", name, "x");
    }
    assertThat(run(Map.of(), "share", "get", "https://mypikpak.com/s/VNabc").javaArgs()).doesNotContain(QUICK);
  }

  @Test
  void pikpakJitDecidesWhenSet() throws Exception {
    assertThat(run(Map.of("PIKPAK_JIT", "full"), "ls", "/").javaArgs()).doesNotContain(QUICK);
    assertThat(run(Map.of("PIKPAK_JIT", "quick"), "get", "/a").javaArgs()).contains(QUICK);
    Run bad = run(Map.of("PIKPAK_JIT", "fast"), "ls", "/");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.javaArgs()).isEmpty(); // java never started
    assertThat(bad.err()).isEqualTo("error: PIKPAK_JIT must be full or quick\n");
  }

  @Test
  void theLaunchersByteCommandsAreTheProgramsOwnSubcommands() throws Exception {
    PrintStream nowhere = new PrintStream(new ByteArrayOutputStream());
    var subcommands = CommandModel.full(new PikPakCommand(nowhere, nowhere, Map.of())).getSubcommands().keySet();
    assertThat(byteCommands()).containsExactlyInAnyOrder("get", "put", "copy", "sync", "check", "serve");
    assertThat(subcommands).containsAll(byteCommands());
  }

  /** The names in the launcher's {@code case} that keeps C2. */
  private static List<String> byteCommands() throws IOException {
    Matcher m = Pattern.compile("^\\s*([a-z|]+)\\) jit=full;", Pattern.MULTILINE).matcher(Files.readString(LAUNCHER));
    assertThat(m.find()).as("the launcher's list of byte commands").isTrue();
    return List.of(m.group(1).split("\\|"));
  }
}
