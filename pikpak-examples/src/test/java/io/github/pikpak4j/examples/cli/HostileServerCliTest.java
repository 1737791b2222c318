package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the server sends never reaches the terminal raw; a broken session file does not stop the CLI (issue 11). */
class HostileServerCliTest {
  private static final String HOSTILE = "evil\u001b]0;pwned\u0007\u001b[2J\u0000\r\u202ename";
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

  private static void assertNoControlCharacters(String text) {
    assertThat(text.chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x202e)))
        .as(text)
        .isEmpty();
  }

  @Test
  void namesWithTerminalEscapesArePrintedEscapedAndJsonStaysExact() throws IOException {
    String id = emulator.drive().addFile(emulator.drive().root(), "plain.bin", 10, 1);
    emulator.driveFaults().answerName(id, HOSTILE);
    Result ls = CliRun.demo(emulator, dir, "ls", "/");
    assertThat(ls.code()).as(ls.err()).isZero();
    assertNoControlCharacters(ls.out());
    assertThat(ls.out()).contains("evil\\x1b]0;pwned\\x07\\x1b[2J\\x00\\x0d\\u202ename");
    Result stat = CliRun.demo(emulator, dir, "stat", "id:" + id);
    assertThat(stat.code()).as(stat.err()).isZero();
    assertNoControlCharacters(stat.out());
    Result json = CliRun.demo(emulator, dir, "--json", "ls", "/");
    List<Map<String, Object>> entries = CliRun.array(json.out());
    assertThat(entries).anySatisfy(e -> assertThat(e.get("name")).isEqualTo(HOSTILE));
  }

  @Test
  void anErrorMessageFromTheServerIsEscaped() {
    emulator.faults().respond("GET /drive/v1/about", 1, 400,
        "{\"error\":\"invalid_argument\",\"error_code\":3,\"error_description\":\"bad \\u001b[31mred\\u0007\"}");
    Result r = CliRun.demo(emulator, dir, "quota");
    assertThat(r.code()).isEqualTo(1);
    assertNoControlCharacters(r.err());
    assertThat(r.err()).contains("bad \\x1b[31mred\\x07");
  }

  @Test
  void aCorruptSessionFileIsMovedAsideAndTheCommandSignsInAgain() throws IOException {
    Path session = dir.resolve("session.json");
    Files.writeString(session, "{not json");
    Result r = CliRun.demo(emulator, dir, "whoami");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("session file " + session).contains("signing in again");
    Path aside;
    try (Stream<Path> files = Files.list(dir)) {
      aside = files.filter(p -> p.getFileName().toString().startsWith("session.json.corrupt-")).findFirst().orElseThrow();
    }
    assertThat(Files.readString(aside)).isEqualTo("{not json");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(aside))).isEqualTo("rw-------");
    }
    assertThat(session).exists(); // the new session
    assertThat(emulator.requestCount("POST", "/v1/auth/signin")).isEqualTo(1);
  }

  @Test
  void aCorruptSessionWithoutCredentialsNamesTheFileAndWhatToDo() throws IOException {
    Path session = dir.resolve("session.json");
    Files.writeString(session, "");
    Result r =
        CliRun.inHome(
            dir,
            "--user-endpoint", emulator.userBaseUrl(),
            "--drive-endpoint", emulator.driveBaseUrl(),
            "--session", session.toString(),
            "whoami");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(session.toString()).contains("pikpak login");
    assertThat(r.err()).doesNotContain("setLenient");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--proxy=http://u:pw-secret@127.0.0.1:99999",
        "--proxy=https://u:pw-secret@127.0.0.1:8443",
        "--proxy=socks5://u:pw-secret@127.0.0.1:1080",
        "--cdn-candidates=,,,",
        "--drive-endpoint=https://u:pw-secret@api-drive.example/"
      })
  void unsupportedInputsAreExitTwoBeforeAnyRequestAndNeverPrintTheSecret(String option) {
    Result r = CliRun.demo(emulator, dir, option, "quota");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").doesNotContain("pw-secret");
    assertThat(r.out()).isEmpty();
    assertThat(emulator.requests()).isEmpty();
  }
}
