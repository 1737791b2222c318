package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.object;
import static io.github.pikpak4j.examples.cli.CliRun.toJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Separate CLI runs in the sandbox, each with its own emulator, reuse the saved session: the
 * emulator's state directory beside the sandbox session makes the next emulator accept its tokens.
 */
class SandboxSessionReuseTest {
  @TempDir Path home;

  private Result run(String... args) {
    return CliRun.inHome(home, args);
  }

  private static Map<String, Object> read(Path file) throws IOException {
    return object(Files.readString(file));
  }

  @SuppressWarnings("unchecked")
  private static List<String> tokens(Map<String, Object> state, String key) {
    return ((List<Map<String, Object>>) state.get(key)).stream().map(t -> (String) t.get("token")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"android", "web", "pc"})
  void aSecondRunReusesTheSavedSessionWithoutSigningInAgain(String platform) throws IOException {
    Path session = home.resolve(".config/pikpak4j/sandbox-session.json");
    Path state = home.resolve(".config/pikpak4j/" + ClientFactory.EMULATOR_STATE_DIRECTORY + "/tokens.json");

    Result login = run("--sandbox", "--platform", platform, "login");
    assertThat(login.code()).as(login.err()).isZero();
    Map<String, Object> first = read(session);
    assertThat(first).containsEntry("platform", platform);
    assertThat(state).exists();
    assertThat(tokens(read(state), "refresh_tokens")).containsExactly((String) first.get("refresh_token"));

    // Run 2, a new emulator: the saved access token is accepted, so nothing is refreshed or signed in.
    Result whoami = run("--sandbox", "--platform", platform, "--json", "whoami");
    assertThat(whoami.code()).as(whoami.err()).isZero();
    assertThat(whoami.err().lines()).containsExactly(ClientFactory.SANDBOX_NOTICE);
    assertThat(object(whoami.out())).containsEntry("user_id", first.get("user_id"));
    Map<String, Object> second = read(session);
    assertThat(second.get("access_token")).isEqualTo(first.get("access_token"));
    assertThat(second.get("refresh_token")).isEqualTo(first.get("refresh_token"));

    // Run 3 with the access token dropped from the session: the saved refresh token refreshes at a
    // new emulator. A refresh consumes it (a sign-in would leave it and add a second one).
    second.remove("access_token");
    second.remove("access_token_expires_at");
    Files.writeString(session, toJson(second));
    Result again = run("--sandbox", "--platform", platform, "--json", "whoami");
    assertThat(again.code()).as(again.err()).isZero();
    Map<String, Object> third = read(session);
    assertThat(third.get("refresh_token")).isNotEqualTo(first.get("refresh_token"));
    assertThat(third).containsEntry("user_id", first.get("user_id"));
    Map<String, Object> after = read(state);
    assertThat(tokens(after, "refresh_tokens")).containsExactly((String) third.get("refresh_token"));
    assertThat(tokens(after, "access_tokens"))
        .as("the restarted emulator kept run 1's still-live access token")
        .contains((String) first.get("access_token"), (String) third.get("access_token"));
  }
}
