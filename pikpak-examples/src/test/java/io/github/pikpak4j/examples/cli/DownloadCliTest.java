package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code pikpak link} and {@code pikpak get} in-process against the emulator. */
class DownloadCliTest {
  private static final String VIDEO = "/Videos/sample-video.mp4";
  private static PikPakEmulator emulator;

  @TempDir Path dir;

  @BeforeAll
  static void startEmulator() {
    emulator = PikPakEmulator.start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void clear() {
    emulator.reset();
  }

  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  @Test
  void linkPrintsTheContractShapeForOriginalAndVariant() throws IOException {
    Result r = run("--json", "link", VIDEO);
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Object> m = object(r.out());
    assertThat(m).containsKeys("url", "original_url", "host", "source", "variant", "expires_at");
    assertThat(m.get("source")).isEqualTo("original");
    assertThat(m.get("host")).isEqualTo("127.0.0.1");
    Result v = run("--json", "link", VIDEO, "--variant", "720p");
    Map<String, Object> mv = object(v.out());
    assertThat(mv.get("source")).isEqualTo("media");
    assertThat(mv.get("variant")).isEqualTo("720P");
    assertThat(object(run("--json", "link", VIDEO, "--media").out()).get("variant")).isEqualTo("720P");
  }

  @Test
  void getDownloadsVerifiesAndPrintsTheContractShape() throws IOException {
    Path target = dir.resolve("v.mp4");
    Result r = run("--json", "get", VIDEO, "-o", target.toString(), "-c", "3");
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Object> m = object(r.out());
    assertThat(m).containsKeys("path", "bytes", "hash", "connections", "seconds");
    String id = emulator.drive().find(VIDEO).orElseThrow();
    assertThat(m.get("hash")).isEqualTo(emulator.drive().gcid(id));
    assertThat(((Number) m.get("connections")).intValue()).isEqualTo(3);
    assertThat(Files.readAllBytes(target)).isEqualTo(emulator.fileBytes(id));
  }

  @Test
  void anExistingFileIsExitTwoBeforeAnyRequest() throws IOException {
    Path target = dir.resolve("exists.bin");
    Files.writeString(target, "keep me");
    Result r = run("get", VIDEO, "-o", target.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").contains("--overwrite");
    assertThat(emulator.requests()).isEmpty();
    assertThat(Files.readString(target)).isEqualTo("keep me");
    assertThat(run("get", VIDEO, "-o", target.toString(), "--overwrite").code()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "9"})
  void connectionsOutOfRangeAreExitTwo(String n) {
    Result r = run("get", VIDEO, "-o", dir.resolve("x").toString(), "-c", n);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("between 1 and 8");
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void aBadVariantIsExitTwo() {
    assertThat(run("link", VIDEO, "--variant", "10 80").code()).isEqualTo(2);
    assertThat(emulator.requests()).isEmpty();
  }
  @ParameterizedTest
  @ValueSource(strings = {"../escape.bin", "../../escape.bin", "/tmp/escape.bin", "a/b/escape.bin"})
  void aHostileRemoteNameIsWrittenAsOneNameInsideTheChosenDirectory(String hostile) throws IOException {
    String id = emulator.drive().addFile(emulator.drive().root(), "plain.bin", 1000, 3);
    emulator.driveFaults().answerName(id, hostile);
    Path dest = Files.createDirectories(dir.resolve("dest"));
    Result r = run("--json", "get", "id:" + id, "-o", dest.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (var listing = Files.list(dest)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .containsExactly(hostile.replace('/', '_'));
    }
    assertThat(Files.readAllBytes(dest.resolve(hostile.replace('/', '_')))).isEqualTo(emulator.fileBytes(id));
    try (var walk = Files.walk(dir)) {
      assertThat(walk.filter(p -> p.getFileName().toString().contains("escape")))
          .allMatch(p -> p.getParent().equals(dest));
    }
    assertThat(Path.of("/tmp/escape.bin")).doesNotExist();
  }

  @Test
  void aMissingDirectoryIsNotCreated() {
    Path target = dir.resolve("missing").resolve("x.mp4");
    Result r = run("get", VIDEO, "-o", target.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("does not exist");
    assertThat(dir.resolve("missing")).doesNotExist();
  }
}
