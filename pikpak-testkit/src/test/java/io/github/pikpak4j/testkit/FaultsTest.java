package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {
  @RegisterExtension final PikPakEmulatorExtension pikpak = new PikPakEmulatorExtension();

  @Test
  void respondsNTimesThenHandlesNormally() {
    PikPakEmulator emu = pikpak.emulator();
    TestClient c = new TestClient(emu).login();
    emu.faults()
        .respond(
            "GET /drive/v1/files",
            2,
            429,
            "{\"error\":\"aborted\",\"error_code\":10}",
            Map.of("Retry-After", "3"));
    TestClient.Response first = c.drive("drive/v1/files");
    assertThat(first.status()).isEqualTo(429);
    assertThat(first.headers().firstValue("Retry-After")).contains("3");
    assertThat(c.drive("drive/v1/files").status()).isEqualTo(429);
    assertThat(c.drive("drive/v1/files").status()).isEqualTo(200);
    assertThat(emu.requestCount("GET", "/drive/v1/files")).isEqualTo(3);
    assertThat(emu.faults().pending()).isZero();
  }

  @Test
  void dropsTheConnectionBeforeHandling() {
    PikPakEmulator emu = pikpak.emulator();
    TestClient c = new TestClient(emu).login();
    // A POST, because HTTP clients silently retry an idempotent GET once on a dropped connection.
    emu.faults().drop("POST /v1/auth/token", 1);
    assertThatThrownBy(() -> AuthTest.refreshJson(c, c.refreshToken))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(emu.requestCount("POST", "/v1/auth/token")).isEqualTo(1);
    // The dropped request was not processed, so the refresh token is still valid.
    assertThat(AuthTest.refreshJson(c, c.refreshToken).status()).isEqualTo(200);
  }

  @Test
  void dropsTheConnectionBeforeTheBodyIsRead() {
    PikPakEmulator emu = pikpak.emulator();
    TestClient c = new TestClient(emu).login();
    emu.faults().dropBeforeBody("POST /v1/auth/token", 1);
    assertThatThrownBy(() -> AuthTest.refreshJson(c, c.refreshToken))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(emu.requests().get(emu.requests().size() - 1).body()).as("nothing of the body was read").isEmpty();
    assertThat(AuthTest.refreshJson(c, c.refreshToken).status()).isEqualTo(200);
    assertThat(emu.faults().pending()).isZero();
  }

  @Test
  void delaysThenHandlesNormally() {
    PikPakEmulator emu = pikpak.emulator();
    TestClient c = new TestClient(emu).login();
    emu.faults().delay("GET /drive/v1/about", 1, java.time.Duration.ofMillis(150));
    long t0 = System.nanoTime();
    assertThat(c.drive("drive/v1/about").status()).isEqualTo(200);
    assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(150);
  }

  @Test
  void prefixRulesAndTheJournal() {
    PikPakEmulator emu = pikpak.emulator();
    TestClient c = new TestClient(emu).login();
    emu.faults().respond("GET /drive/v1/files/*", 1, 500, "{}");
    String id = emu.drive().find("/README.txt").orElseThrow();
    assertThat(c.drive("drive/v1/files/" + id).status()).isEqualTo(500);
    RecordedRequest last = emu.requests().get(emu.requests().size() - 1);
    assertThat(last.methodAndPath()).isEqualTo("GET /drive/v1/files/" + id);
    assertThat(last.header("x-captcha-token")).isEqualTo(c.captchaToken);
    assertThat(last.listener()).isEqualTo("drive");
    assertThat(last.toString()).doesNotContain(c.accessToken);

    RecordedRequest signIn =
        emu.requests().stream().filter(r -> r.path().equals("/v1/auth/signin")).findFirst().orElseThrow();
    assertThat(signIn.body()).contains("\"username\"");
    assertThat(signIn.queryParameter("client_id")).isEqualTo(KnownClient.WEB.clientId());

    emu.reset();
    assertThat(emu.requests()).isEmpty();
    assertThat(emu.requestCount("POST", "/v1/auth/signin")).isZero();
  }

  @Test
  void unknownRoutesAreNotFound() {
    PikPakEmulator emu = pikpak.emulator();
    TestClient c = new TestClient(emu).login();
    TestClient.Response r = c.drive("drive/v1/nothing");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.get("error")).isEqualTo("not_found");
  }
}
