package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tokens survive an emulator restart through {@link PikPakEmulator.Builder#stateFile(Path)}. */
class StateFileTest {
  @TempDir Path dir;

  private PikPakEmulator start(Path file) {
    return PikPakEmulator.builder().demoTree(false).stateFile(file).start();
  }

  /** A client of {@code emu} carrying the tokens another client got from an earlier emulator. */
  private static TestClient carry(PikPakEmulator emu, TestClient from) {
    TestClient c = new TestClient(emu, from.client);
    c.accessToken = from.accessToken;
    c.refreshToken = from.refreshToken;
    c.sub = from.sub;
    return c;
  }

  private static TestClient.Response me(TestClient c) {
    return c.get(c.emu.userBaseUrl() + "v1/user/me", c.apiHeaders());
  }

  @ParameterizedTest
  @EnumSource(KnownClient.class)
  void tokensFromOneEmulatorWorkAtTheNextAndRotationStaysStrict(KnownClient client)
      throws IOException {
    Path file = dir.resolve("state.json");
    TestClient atA;
    try (PikPakEmulator a = start(file)) {
      atA = new TestClient(a, client).login();
    }
    assertThat(file).exists();

    TestClient.Response refreshed;
    try (PikPakEmulator b = start(file)) {
      TestClient atB = carry(b, atA);
      TestClient.Response who = me(atB);
      TestClient.check(who);
      assertThat(who.get("sub")).isEqualTo(b.demoUserId()).isEqualTo(atA.sub);

      refreshed = AuthTest.refreshJson(atB, atA.refreshToken);
      TestClient.check(refreshed);
      assertThat(refreshed.get("sub")).isEqualTo(atA.sub);
      TestClient.Response replay = AuthTest.refreshJson(atB, atA.refreshToken);
      assertThat(replay.status()).isEqualTo(400);
      assertThat(replay.get("error")).isEqualTo("invalid_grant");
      assertThat(replay.get("error_code")).isEqualTo(4126.0);
    }

    try (PikPakEmulator c = start(file)) {
      TestClient atC = carry(c, atA);
      assertThat(AuthTest.refreshJson(atC, atA.refreshToken).get("error_code"))
          .as("a used refresh token stays used after another restart")
          .isEqualTo(4126.0);
      atC.accept(refreshed);
      TestClient.check(me(atC));
      TestClient.check(AuthTest.refreshJson(atC, atC.refreshToken));
    }
  }

  @Test
  void withoutTheFileTheTokensAreUnknown() {
    TestClient atA;
    try (PikPakEmulator a = start(dir.resolve("a.json"))) {
      atA = new TestClient(a).login();
    }
    try (PikPakEmulator b = start(dir.resolve("b.json"))) {
      TestClient atB = carry(b, atA);
      assertThat(me(atB).status()).isEqualTo(401);
      assertThat(AuthTest.refreshJson(atB, atA.refreshToken).get("error_code")).isEqualTo(4126.0);
    }
  }

  @Test
  void expiryAndRevocationArePersistedToo() {
    Path file = dir.resolve("state.json");
    TestClient atA;
    try (PikPakEmulator a = start(file)) {
      atA = new TestClient(a).login();
      a.expireAccessTokens();
      a.revokeRefreshTokens();
    }
    try (PikPakEmulator b = start(file)) {
      TestClient atB = carry(b, atA);
      assertThat(me(atB).status()).isEqualTo(401);
      assertThat(AuthTest.refreshJson(atB, atA.refreshToken).get("error_code")).isEqualTo(4126.0);
    }
  }

  @Test
  void accessTokensKeepTheirExpiry() {
    Path file = dir.resolve("state.json");
    TestClient atA;
    try (PikPakEmulator a =
        PikPakEmulator.builder()
            .demoTree(false)
            .accessTokenTtl(Duration.ofSeconds(1))
            .stateFile(file)
            .start()) {
      atA = new TestClient(a).login();
    }
    try (PikPakEmulator b = start(file)) {
      b.advance(Duration.ofSeconds(2));
      assertThat(me(carry(b, atA)).status()).isEqualTo(401);
    }
  }

  @Test
  void theFileIsPrivateAndNoTemporaryFileIsLeft() throws IOException {
    Path file = dir.resolve("sub").resolve("state.json");
    try (PikPakEmulator a = start(file)) {
      new TestClient(a).login();
    }
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aMalformedFileFailsTheStartWithoutShowingItsContent() throws IOException {
    Path file = dir.resolve("state.json");
    Files.writeString(file, "{\"version\":1,\"access_tokens\":[{\"token\":\"secret-token-xyz\"}]}");
    assertThatThrownBy(() -> start(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("malformed emulator state file")
        .hasMessageNotContaining("secret-token-xyz");
  }
}
