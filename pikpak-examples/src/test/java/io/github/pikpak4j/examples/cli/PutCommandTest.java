package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pikpak put FILE [DIR]} against the emulator. */
class PutCommandTest {
  @TempDir Path dir;
  private PikPakEmulator emulator;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  private Path file(String name, int size) throws IOException {
    byte[] b = new byte[size];
    new Random(size).nextBytes(b);
    return Files.write(dir.resolve(name), b);
  }

  @Test
  void uploadsIntoAFolderAndPrintsTheEntry() throws IOException {
    emulator.addFolder("", "inbox");
    Path f = file("report.bin", 12 * 1024 * 1024 + 3);

    Result r = run("--json", "put", f.toString(), "/inbox");

    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Object> entry = object(r.out());
    assertThat(entry).containsEntry("name", "report.bin").containsEntry("kind", "file")
        .containsEntry("size", (double) Files.size(f)).containsEntry("instant", false);
    String id = (String) entry.get("id");
    assertThat(emulator.drive().content(id).size()).isEqualTo(Files.size(f));
    assertThat(emulator.drive().gcid(id)).isEqualTo(entry.get("hash"));
    assertThat(dir.resolve("uploads")).isEmptyDirectory();

    Result again = run("put", f.toString(), "/inbox");
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("instant upload", "report(1).bin");
  }

  @Test
  void badInputExitsWithTwoAndOneLine() throws IOException {
    Result missing = run("put", dir.resolve("nope.bin").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).startsWith("error: no such file");

    Result directory = run("put", dir.toString());
    assertThat(directory.code()).isEqualTo(2);
    assertThat(directory.err()).contains("is a directory");

    Result noFolder = run("put", file("a.bin", 10).toString(), "/no such folder");
    assertThat(noFolder.code()).isEqualTo(1);
    assertThat(noFolder.err().lines()).hasSize(1).allMatch(l -> l.startsWith("error: "));
  }

  @Test
  void aFailedUploadIsResumedByRunningTheSameCommandAgain() throws IOException {
    Path f = file("big.bin", 20 * 1024 * 1024);
    emulator.ossFaults().failPartsFrom(2, 403);

    Result failed = run("put", f.toString());
    assertThat(failed.code()).isEqualTo(1);
    assertThat(dir.resolve("uploads")).isNotEmptyDirectory();

    emulator.ossFaults().clear();
    emulator.reset();
    Result resumed = run("put", f.toString());
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.err()).as("nothing but errors on stderr when not a terminal").isEmpty();
    assertThat(emulator.ossRequests().stream()
        .filter(q -> "1".equals(q.queryParameter("partNumber")))).isEmpty();
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isZero();
  }
}
