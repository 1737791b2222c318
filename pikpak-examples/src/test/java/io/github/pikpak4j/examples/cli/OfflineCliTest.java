package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.array;
import static io.github.pikpak4j.examples.cli.CliRun.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.EmulatedOffline;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The offline commands in-process against one emulator: shapes, exit codes, error lines. */
class OfflineCliTest {
  private static final String MAGNET = "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn=Movie.mkv";
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
    emulator.offline().clearSwitches();
  }

  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  private static void assertTaskShape(Map<String, Object> t) {
    assertThat(t).containsKeys("id", "name", "phase", "progress", "file_id", "file_name", "file_size", "message");
    assertThat(t.get("phase")).isIn("PENDING", "RUNNING", "COMPLETE", "ERROR");
    assertThat(t.get("progress")).isInstanceOf(Double.class);
    assertThat(t.get("file_size")).isInstanceOf(Double.class);
  }

  @Test
  void addGetWaitAndRmInJson() throws IOException {
    Result added = run("--json", "offline", "add", MAGNET, "--name", "cli.mkv");
    assertThat(added.code()).as(added.err()).isZero();
    Map<String, Object> task = object(added.out());
    assertTaskShape(task);
    assertThat(task.get("name")).isEqualTo("cli.mkv");
    assertThat(task.get("already_complete")).isEqualTo(false);
    String id = (String) task.get("id");

    emulator.advance(Duration.ofSeconds(4));
    Result got = run("--json", "offline", "get", id);
    assertThat(object(got.out()).get("phase")).isEqualTo("RUNNING");

    emulator.advance(Duration.ofSeconds(10));
    Result waited = run("--json", "offline", "wait", id, "--timeout", "60");
    assertThat(waited.code()).as(waited.err()).isZero();
    String[] lines = waited.out().strip().split("\\R");
    Map<String, Object> last = object(lines[lines.length - 1]);
    assertTaskShape(last);
    assertThat(last.get("phase")).isEqualTo("COMPLETE");
    assertThat(waited.err()).contains("offline: COMPLETE 100% cli.mkv");

    Result ls = run("--json", "offline", "ls", "--phase", "complete");
    assertThat(array(ls.out())).allSatisfy(OfflineCliTest::assertTaskShape)
        .extracting(t -> t.get("id")).contains(id);

    Result rm = run("--json", "offline", "rm", id, "--delete-files");
    assertThat(rm.code()).as(rm.err()).isZero();
    assertThat(emulator.offline().taskIds(emulator.demoUserId())).doesNotContain(id);
  }

  @Test
  void waitOnAFailingTaskExitsOneWithTheServerMessage() throws IOException {
    String id = (String) object(run("--json", "offline", "add", "https://example.com/fail.bin").out()).get("id");
    emulator.advance(Duration.ofSeconds(6));

    Result r = run("offline", "wait", id);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error: ").contains(EmulatedOffline.FAILURE_MESSAGE);
    Result retried = run("offline", "retry", id);
    assertThat(retried.code()).as(retried.err()).isZero();
    assertThat(retried.out()).contains("PENDING");
  }

  @Test
  void waitTimesOutWithExitOne() throws IOException {
    String id = (String) object(run("--json", "offline", "add", "https://example.com/slow.bin").out()).get("id");

    Result r = run("offline", "wait", id, "--timeout", "0");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("timed out");
  }

  @Test
  void dailyLimitIsOneErrorLineWithTheServerName() {
    emulator.offline().dailyLimitReached(true);

    Result r = run("offline", "add", MAGNET);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: ").endsWith("[task_daily_create_limit 11]");
    assertThat(emulator.requestCount("POST", "/drive/v1/files")).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"magnet:?xt=urn:btih:xyz", "ed2k://|file|a|b|c|/", "ftp://host/file", "hello"})
  void malformedLinksExitTwoBeforeAnyRequest(String link) {
    Result r = run("offline", "add", link);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ");
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void badPhaseAndBadIdExitTwo() {
    assertThat(run("offline", "ls", "--phase", "done").code()).isEqualTo(2);
    assertThat(run("offline", "get", "a/b").code()).isEqualTo(2);
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void unknownTaskIsNotFound() {
    Result r = run("offline", "get", "VOdoesnotexist");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("not found").contains("[not_found 5]");
  }
}
