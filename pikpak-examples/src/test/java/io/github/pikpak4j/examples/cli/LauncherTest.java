package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
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
  private static final Path DIRECTIVES = LAUNCHER.resolveSibling("pikpak-examples/src/main/jvm/sha1-on-c2.json");
  private static final String HASH = "-XX:CompilerDirectivesFile=" + DIRECTIVES;

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
  void aCommandThatMovesOrHashesBytesCompilesSha1WithC2() throws Exception {
    for (String name : hashCommands()) {
      Run r = run(Map.of(), "--json", name, "x");
      assertThat(r.javaArgs()).as(name).doesNotContain(QUICK)
          .contains("-XX:+UnlockDiagnosticVMOptions", HASH, "-XX:-DisplayVMOutput").endsWith("--json", name, "x");
    }
    assertThat(run(Map.of(), "share", "get", "https://mypikpak.com/s/VNabc").javaArgs()).contains(HASH);
  }

  @Test
  void serveKeepsTheJvmsDefaultCompilers() throws Exception {
    List<String> args = run(Map.of(), "serve", "--port", "0").javaArgs();
    assertThat(args).doesNotContain(QUICK, HASH).endsWith("serve", "--port", "0");
  }

  @Test
  void pikpakJitDecidesWhenSet() throws Exception {
    assertThat(run(Map.of("PIKPAK_JIT", "full"), "get", "/a").javaArgs()).doesNotContain(QUICK, HASH);
    assertThat(run(Map.of("PIKPAK_JIT", "quick"), "get", "/a").javaArgs()).contains(QUICK).doesNotContain(HASH);
    assertThat(run(Map.of("PIKPAK_JIT", "hash"), "ls", "/").javaArgs()).contains(HASH).doesNotContain(QUICK);
    Run bad = run(Map.of("PIKPAK_JIT", "fast"), "ls", "/");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.javaArgs()).isEmpty(); // java never started
    assertThat(bad.err()).isEqualTo("error: PIKPAK_JIT must be quick, hash or full\n");
  }

  /**
   * The real JVM reads the launcher's directives: C2 compiles SHA-1 and nothing else, and with
   * {@code -XX:-DisplayVMOutput} the JVM's own lines stay off stdout.
   */
  @Test
  void theDirectivesGiveSha1AloneToC2() throws Exception {
    String silenced = javaWithDirectives("-XX:-DisplayVMOutput");
    assertThat(silenced).isEqualTo("done\n"); // neither "compiler directives added" nor PrintCompilation's lines
    List<String> lines = List.of(javaWithDirectives().split("\n"));
    assertThat(lines).anyMatch(l -> l.contains("compiler directives added"));
    // PrintCompilation's level column: 4 is C2 (lines saying a method was made not compilable there are not compilations)
    List<String> c2 = lines.stream()
        .filter(l -> l.matches(".*\\s4\\s+[\\w.$]+::.*") && !l.contains("not compilable")).toList();
    assertThat(c2).anyMatch(l -> l.matches(".*sun\\.security\\.provider\\.(SHA|DigestBase)::implCompress.*"))
        .allMatch(l -> l.contains("sun.security.provider."));
  }

  private static String javaWithDirectives(String... more) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UnlockDiagnosticVMOptions", HASH, "-XX:+PrintCompilation"));
    command.addAll(List.of(more));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Sha1Load.class.getName()));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    return out;
  }

  /** Hashes 256 MiB, enough for the JIT to compile SHA-1 at every level it may, then prints "done". */
  static final class Sha1Load {
    public static void main(String[] args) throws Exception {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      byte[] block = new byte[1 << 16];
      for (int i = 0; i < 4096; i++) {
        sha1.update(block);
      }
      sha1.digest();
      System.out.println("done");
    }
  }

  @Test
  void theLaunchersCommandNamesAreTheProgramsOwnSubcommands() throws Exception {
    PrintStream nowhere = new PrintStream(new ByteArrayOutputStream());
    var subcommands = CommandModel.full(new PikPakCommand(nowhere, nowhere, Map.of())).getSubcommands().keySet();
    assertThat(hashCommands()).containsExactlyInAnyOrder("get", "put", "copy", "sync", "check");
    assertThat(subcommands).containsAll(hashCommands()).contains("serve");
  }

  /** The names in the launcher's {@code case} that gives SHA-1 to C2. */
  private static List<String> hashCommands() throws IOException {
    Matcher m = Pattern.compile("^\\s*([a-z|]+)\\) jit=hash;", Pattern.MULTILINE).matcher(Files.readString(LAUNCHER));
    assertThat(m.find()).as("the launcher's list of byte commands").isTrue();
    return List.of(m.group(1).split("\\|"));
  }
}
