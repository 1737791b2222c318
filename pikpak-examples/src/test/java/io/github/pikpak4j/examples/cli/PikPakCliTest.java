package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.array;
import static io.github.pikpak4j.examples.cli.CliRun.json;
import static io.github.pikpak4j.examples.cli.CliRun.object;
import static io.github.pikpak4j.examples.cli.CliRun.raw;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the CLI in-process against one embedded emulator, with a temporary session file and HOME. */
class PikPakCliTest {
  private static final String SIGN_IN = "/v1/auth/signin";
  private static PikPakEmulator emulator;
  private static String folderId;
  private static String fileId;

  @TempDir Path dir;

  @BeforeAll
  static void startEmulator() {
    emulator = PikPakEmulator.start();
    folderId = emulator.addFolder(emulator.root(), "cli test");
    fileId = emulator.addFile(folderId, "hello.txt", 5, 42);
    emulator.addFile(emulator.addFolder(folderId, "inner"), "deep.bin", 2048, 7);
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void clearJournal() {
    emulator.reset();
  }

  /** Runs against the emulator with the demo account, the session in the temporary directory. */
  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  private static void assertEntryShape(Map<String, Object> entry) {
    assertThat(entry).containsKeys("id", "name", "kind", "size", "hash", "parent_id", "modified_time");
    assertThat(entry.get("kind")).isIn("file", "folder");
    assertThat(entry.get("size")).isInstanceOf(Double.class); // a JSON number
    Object modified = entry.get("modified_time");
    if (modified != null) {
      assertThat(java.time.Instant.parse((String) modified)).isNotNull();
    }
  }

  @Test
  void jsonLsOfTheRootIsAnArrayOfEntries() throws IOException {
    Result r = run("--json", "ls", "/");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    List<Map<String, Object>> entries = array(r.out());
    assertThat(entries).isNotEmpty().allSatisfy(PikPakCliTest::assertEntryShape);
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.get("name")).isEqualTo("cli test");
      assertThat(e.get("kind")).isEqualTo("folder");
      assertThat(e.get("id")).isEqualTo(folderId);
    });
  }

  @Test
  void jsonLsAcceptsGlobalOptionsAfterTheCommandAndRecurses() throws IOException {
    Result r = run("ls", "/cli test", "-r", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    Result unlimited = run("ls", "/cli test", "-r", "--json", "--rate-limit", "off");
    assertThat(unlimited.out()).isEqualTo(r.out());
    List<Map<String, Object>> entries = array(r.out());
    assertThat(entries).extracting(e -> e.get("path"))
        .containsExactlyInAnyOrder("hello.txt", "inner", "inner/deep.bin");
    assertThat(entries).filteredOn(e -> "inner/deep.bin".equals(e.get("path")))
        .singleElement().satisfies(e -> assertThat(e.get("size")).isEqualTo(2048.0));
  }

  @Test
  void humanLsIsATable() {
    Result r = run("ls", "/cli test");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().split("\\R")).hasSize(3);
    assertThat(r.out()).contains("KIND", "inner/", "hello.txt", fileId);
  }

  @Test
  void jsonStatOfAFile() throws IOException {
    Result r = run("--json", "stat", "/cli test/hello.txt");
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Object> entry = object(r.out());
    assertEntryShape(entry);
    assertThat(entry).containsEntry("id", fileId).containsEntry("name", "hello.txt")
        .containsEntry("kind", "file").containsEntry("size", 5.0).containsEntry("parent_id", folderId);
    assertThat(entry.get("hash")).isNotNull();
    Result byId = run("--json", "stat", "id:" + fileId);
    assertThat(object(byId.out())).containsEntry("name", "hello.txt");
  }

  @Test
  void loginThenWhoamiReusesTheSession() throws IOException {
    Result login = run("--json", "login");
    assertThat(login.code()).as(login.err()).isZero();
    Map<String, Object> result = object(login.out());
    assertThat(result).containsEntry("user_id", emulator.demoUserId());
    assertThat((String) result.get("device_id")).matches("[0-9a-f]{32}");
    assertThat(Files.exists(dir.resolve("session.json"))).isTrue();
    assertThat(signIns()).isEqualTo(1);

    Result whoami = run("--json", "whoami");
    assertThat(whoami.code()).as(whoami.err()).isZero();
    assertThat(object(whoami.out())).containsEntry("user_id", emulator.demoUserId())
        .containsKeys("name", "email", "phone_number");
    assertThat(signIns()).as("the second run reused the saved session").isEqualTo(1);
  }

  private static int signIns() {
    return (int) emulator.requests().stream().filter(r -> r.path().equals(SIGN_IN)).count();
  }

  @Test
  void quotaJsonHasNumbers() throws IOException {
    Result r = run("--json", "quota");
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Object> quota = object(r.out());
    assertThat(quota.get("limit")).isInstanceOf(Double.class);
    assertThat(quota.get("usage")).isInstanceOf(Double.class);
    assertThat(quota.get("usage_in_trash")).isInstanceOf(Double.class);
    assertThat((Double) quota.get("limit")).isEqualTo((double) (6L << 40));
  }

  @Test
  void humanWhoamiAndQuota() {
    Result who = run("whoami");
    assertThat(who.code()).as(who.err()).isZero();
    assertThat(who.out()).contains("user id:", emulator.demoUserId());
    Result quota = run("quota");
    assertThat(quota.out()).contains("limit:", "6.0 TiB");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "--platform=ios whoami",
      "--sandbox --platform=ios whoami",
      "stat relative/path",
      "ls no-slash",
      "--user-endpoint=http://example.com:8080 whoami",
      "--device-id=XYZ whoami",
      "--proxy=ftp://h:1 whoami",
      "--rate-limit=fast ls",
      "--rate-limit=0 ls",
      "--rate-limit=-5 ls",
      "--rate-limit=NaN ls",
      "--rate-limit=100000 ls",
      "--no-such-option whoami",
      "no-such-command",
      "stat"})
  void badUsageOrInputExitsWithTwoBeforeAnyRequest(String line) {
    Result r = run(line.split(" "));
    assertThat(r.code()).as(r.all()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.out()).isEmpty();
    assertThat(emulator.requests()).as("no request reached the emulator").isEmpty();
  }

  @Test
  void missingPathFailsWithOneErrorLineAndExitOne() {
    Result r = run("stat", "/cli test/nope.txt");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("error: ").contains("nope.txt"));
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    Result verbose = run("-v", "stat", "/cli test/nope.txt");
    assertThat(verbose.code()).isEqualTo(1);
    assertThat(verbose.err()).contains("NotFoundException", "\tat ");
    List<String> lines = verbose.err().lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo(r.err().strip());
  }

  @Test
  void wrongPasswordNamesTheServerErrorAndTheHintButNeverThePassword() {
    String secret = "Wr0ng-Secret-Pa55";
    Result r = raw(Map.of("HOME", dir.toString(), "PIKPAK_PASSWORD", secret),
        "--user-endpoint", emulator.userBaseUrl(), "--drive-endpoint", emulator.driveBaseUrl(),
        "--username", PikPakEmulator.DEMO_USERNAME, "--session", dir.resolve("s.json").toString(), "login");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l)
        .startsWith("error: ").contains("Google or Facebook").endsWith("]"));
    assertThat(r.all()).doesNotContain(secret);
  }

  static List<List<String>> commands() {
    return List.of(List.of("login"), List.of("whoami"), List.of("quota"), List.of("ls", "/cli test", "-r"),
        List.of("stat", "/cli test/hello.txt"), List.of("stat", "/missing"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void noSecretInAnyOutputEvenVerbose(List<String> command) throws IOException {
    for (String mode : List.of("--json", "-v", "")) {
      List<String> args = new ArrayList<>(mode.isEmpty() ? List.of() : List.of(mode));
      args.addAll(command);
      Result r = run(args.toArray(new String[0]));
      assertThat(r.all()).doesNotContain(PikPakEmulator.DEMO_PASSWORD);
      if (Files.exists(dir.resolve("session.json"))) {
        String session = Files.readString(dir.resolve("session.json"));
        for (String token : tokens(session)) {
          assertThat(r.all()).doesNotContain(token);
        }
      }
    }
  }

  /** The long string values of the session file (tokens). */
  private static List<String> tokens(String sessionJson) throws IOException {
    List<String> tokens = new ArrayList<>();
    collectStrings(json(sessionJson), tokens);
    tokens.removeIf(s -> s.length() < 20 || s.matches("[0-9a-f]{32}"));
    return tokens;
  }

  private static void collectStrings(Object node, List<String> into) {
    if (node instanceof String s) {
      into.add(s);
    } else if (node instanceof Map<?, ?> m) {
      m.values().forEach(v -> collectStrings(v, into));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectStrings(v, into));
    }
  }

  @Test
  void sandboxWhenNothingToSignInWith() throws IOException {
    Map<String, String> env = new HashMap<>(Map.of("HOME", dir.toString()));
    Result r = raw(env, "--json", "ls", "/");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines()).containsExactly(ClientFactory.NO_CREDENTIALS_NOTICE);
    assertThat(array(r.out())).isNotEmpty().allSatisfy(PikPakCliTest::assertEntryShape);
    assertThat(dir.resolve(".config/pikpak4j/session.json")).doesNotExist();
    assertThat(dir.resolve(".config/pikpak4j/sandbox-session.json")).exists();
    assertThat(emulator.requests()).as("the sandbox has its own emulator").isEmpty();
  }

  @Test
  void sandboxOnRequestIgnoresRealCredentialsAndKeepsTheRealSession() throws IOException {
    Path real = dir.resolve("real.json");
    Files.writeString(real, "{\"keep\":true}");
    Map<String, String> env = Map.of("HOME", dir.toString(), "PIKPAK_SANDBOX", "1",
        "PIKPAK_USERNAME", "someone@example.com", "PIKPAK_PASSWORD", "real-secret");
    Result r = raw(env, "--session", real.toString(), "--platform", "android", "--json", "whoami");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines()).containsExactly(ClientFactory.SANDBOX_NOTICE);
    assertThat(object(r.out())).containsKey("user_id");
    assertThat(Files.readString(real)).isEqualTo("{\"keep\":true}");
    assertThat(dir.resolve("sandbox-real.json")).exists();
    Result again = raw(env, "--session", real.toString(), "--platform", "android", "--json", "quota");
    assertThat(again.code()).as(again.err()).isZero();
  }

  @Test
  void helpAndVersionExitZero() {
    Result help = raw(Map.of(), "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--drive-endpoint", "PIKPAK_SANDBOX", "login", "whoami", "quota", "ls", "stat");
    Result sub = raw(Map.of(), "ls", "--help");
    assertThat(sub.code()).isZero();
    assertThat(sub.out()).contains("--recursive", "--json");
    assertThat(raw(Map.of(), "--version").code()).isZero();
  }

  @Test
  void noSubcommandPrintsUsageAndExitsTwo() {
    Result r = raw(Map.of());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Usage:");
  }
}
