package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @TempDir Path home;

  private static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream());

  private Settings settings(Map<String, String> env, String... args) {
    PikPakCommand cmd = new PikPakCommand(NULL, NULL, env);
    CommandModel.full(cmd).parseArgs(args);
    return Settings.resolve(cmd, env);
  }

  @Test
  void flagsWinOverEnvironmentAndEmptyVariablesCountAsUnset() {
    Map<String, String> env = Map.of(
        "HOME", home.toString(),
        "PIKPAK_USERNAME", "env-user",
        "PIKPAK_PLATFORM", "android",
        "PIKPAK_PASSWORD", "",
        "PIKPAK_CDN", "auto",
        "HTTPS_PROXY", "http://127.0.0.1:3128");
    Settings s = settings(env, "--platform", "pc", "--cdn-candidates", "a,b", "ls");
    assertThat(s.username()).isEqualTo("env-user");
    assertThat(s.platform()).isEqualTo("pc");
    assertThat(s.password()).isNull();
    assertThat(s.cdn()).isEqualTo("auto");
    assertThat(s.cdnCandidates()).isEqualTo("a,b");
    assertThat(s.proxy()).isEqualTo("http://127.0.0.1:3128");
    assertThat(s.sessionFile()).isEqualTo(home.resolve(".config/pikpak4j/session.json"));
  }

  @Test
  void globalOptionsAreAcceptedAfterTheSubcommandToo() {
    Settings s = settings(Map.of("HOME", home.toString()), "ls", "/", "--json", "--media-links", "--proxy", "socks5://h:1");
    assertThat(s.json()).isTrue();
    assertThat(s.mediaLinks()).isTrue();
    assertThat(s.proxy()).isEqualTo("socks5://h:1");
    assertThat(s.cdn()).isEqualTo("off");
  }

  @Test
  void rateLimitComesFromTheFlagOrTheEnvironmentAndReadsAsRequestsPerSecondWithAsManyInABurst() {
    Map<String, String> env = Map.of("HOME", home.toString(), "PIKPAK_RATE_LIMIT", "off");
    assertThat(settings(env, "ls").rateLimit()).isEqualTo("off");
    assertThat(settings(env, "--rate-limit", "2.5", "ls").rateLimit()).isEqualTo("2.5");
    assertThat(settings(Map.of("HOME", home.toString()), "ls").rateLimit()).isNull(); // the SDK's default

    assertThat(ClientFactory.rateLimit("2.5")).hasToString("RateLimit{2.5/s, burst 3}");
    assertThat(ClientFactory.rateLimit(" 5 ")).hasToString("RateLimit{5.0/s, burst 5}");
    assertThat(ClientFactory.rateLimit("OFF")).hasToString("RateLimit{unlimited}");
    assertThat(ClientFactory.rateLimit("0.2")).hasToString("RateLimit{0.2/s, burst 1}");
  }

  @Test
  void sandboxWhenNothingToSignInWith() throws Exception {
    Map<String, String> env = Map.of("HOME", home.toString());
    assertThat(settings(env, "ls").sandbox()).isTrue();
    assertThat(settings(env, "--username", "u", "ls").sandbox()).isFalse();
    assertThat(settings(env, "--refresh-token", "r", "ls").sandbox()).isFalse();
    assertThat(settings(Map.of("HOME", home.toString(), "PIKPAK_SANDBOX", "1", "PIKPAK_USERNAME", "u"), "ls")
        .sandbox()).isTrue();
    Path session = home.resolve(".config/pikpak4j/session.json");
    Files.createDirectories(session.getParent());
    Files.writeString(session, "{}");
    assertThat(settings(env, "ls").sandbox()).isFalse();
    assertThat(settings(env, "--sandbox", "ls").sandbox()).isTrue();
  }

  @Test
  void sandboxSessionLivesBesideTheRealOne() {
    Settings s = settings(Map.of("HOME", home.toString()), "ls");
    assertThat(s.sandboxSessionFile()).isEqualTo(home.resolve(".config/pikpak4j/sandbox-session.json"));
    Settings custom = settings(Map.of(), "--session", home.resolve("x/mine.json").toString(), "ls");
    assertThat(custom.sandboxSessionFile()).isEqualTo(home.resolve("x/sandbox-mine.json"));
  }

  @Test
  void toStringShowsNoSecret() {
    Settings s = settings(Map.of(), "--password", "hunter2-secret", "--refresh-token", "rt-secret",
        "--captcha-token", "ck-secret", "--proxy", "http://u:proxy-secret@h:1", "ls");
    assertThat(s.toString()).doesNotContain("hunter2-secret", "rt-secret", "ck-secret", "proxy-secret");
  }
}
