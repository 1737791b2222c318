package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.array;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox remembers: each step below is a separate {@code pikpak} run with its own emulator, which sees what the
 * earlier runs did only through the state directory beside the sandbox session. The first two runs are separate
 * processes (their own JVMs); the others run in this JVM (a JVM costs seconds on a loaded machine), each still with
 * a new emulator loading the saved state.
 */
class SandboxPersistenceTest {
  @TempDir Path home;

  /** Runs {@code pikpak} in a new JVM with only {@code HOME} set (no credentials: the sandbox). */
  private Result process(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PikPakCli.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().clear();
    pb.environment().put("HOME", home.toString());
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int code = p.waitFor();
    Result r = new Result(code, Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return r;
  }

  /** Runs {@code pikpak} in this JVM with only {@code HOME} set: a new emulator on the same state directory. */
  private Result pikpak(String... args) {
    Result r = CliRun.inHome(home, args);
    assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return r;
  }

  private List<String> names(String folder) throws IOException {
    List<String> names = new ArrayList<>();
    for (Map<String, Object> entry : array(pikpak("--json", "ls", folder).out())) {
      names.add((String) entry.get("name"));
    }
    return names;
  }

  @Test
  void theDriveSurvivesBetweenProcessesUntilReset() throws IOException, InterruptedException {
    byte[] bytes = new byte[200_000];
    new Random(7).nextBytes(bytes);
    Path local = Files.write(home.resolve("upload.bin"), bytes);

    process("mkdir", "/NewFolder");
    process("put", local.toString(), "/NewFolder");
    assertThat(names("/")).contains("NewFolder", "README.txt");
    assertThat(names("/NewFolder")).containsExactly("upload.bin");

    Path back = home.resolve("back.bin");
    pikpak("get", "/NewFolder/upload.bin", "-o", back.toString());
    assertThat(Files.readAllBytes(back)).isEqualTo(bytes);

    pikpak("rm", "/NewFolder/upload.bin");
    assertThat(names("/NewFolder")).isEmpty();
    pikpak("untrash", "/NewFolder/upload.bin");
    assertThat(names("/NewFolder")).containsExactly("upload.bin");

    Path state = home.resolve(".config/pikpak4j").resolve(ClientFactory.EMULATOR_STATE_DIRECTORY);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rwx------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("state.json"))))
          .isEqualTo("rw-------");
    }
    assertThat(Files.readString(state.resolve("state.json"), StandardCharsets.UTF_8)).contains("\"upload.bin\"");

    Result reset = pikpak("sandbox", "reset");
    assertThat(reset.out()).contains(state.toString());
    assertThat(state).doesNotExist();
    assertThat(names("/")).doesNotContain("NewFolder").contains("README.txt");
  }

  @Test
  void aSandboxLinkSaysItDiesWithTheProcess() throws IOException {
    Result link = pikpak("--json", "link", "/README.txt");
    assertThat(CliRun.object(link.out())).containsKey("url");
    assertThat(link.err()).contains(ClientFactory.SANDBOX_LINK_NOTICE);

    String fileId = (String) CliRun.object(pikpak("--json", "stat", "/README.txt").out()).get("id");
    String shareId = (String) CliRun.object(pikpak("--json", "share", "create", "/README.txt").out()).get("share_id");
    Result shared = pikpak("--json", "share", "link", shareId, fileId);
    assertThat(CliRun.object(shared.out())).containsKey("url");
    assertThat(shared.err()).contains(ClientFactory.SANDBOX_LINK_NOTICE);
  }
}
