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
  @SuppressWarnings("unchecked")
  void aFileHasNoLinkForTheNextGetFileCallsOnly() {
    PikPakEmulator emu = pikpak.emulator();
    TestClient c = new TestClient(emu).login();
    String id = emu.drive().find("/Videos/sample-video.mp4").orElseThrow();
    String get = "drive/v1/files/" + id + "?usage=FETCH&_magic=2021&thumbnail_size=SIZE_LARGE";
    emu.driveFaults().noLink(id, 2);

    String parent = emu.drive().find("/Videos").orElseThrow();
    Map<String, Object> listed =
        ((java.util.List<Map<String, Object>>) c.drive("drive/v1/files?parent_id=" + parent).json().get("files"))
            .get(0);
    assertThat(listed).as("a listing shows no link either").containsEntry("web_content_link", "")
        .containsEntry("links", Map.of());
    assertThat(emu.driveFaults().noLinkRemaining(id)).as("a listing does not count").isEqualTo(2);

    for (int i = 0; i < 2; i++) {
      TestClient.Response r = c.drive(get);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json()).containsEntry("id", id).containsEntry("phase", "PHASE_TYPE_COMPLETE")
          .containsEntry("web_content_link", "").containsEntry("links", Map.of())
          .containsEntry("medias", java.util.List.of());
    }
    assertThat(emu.driveFaults().noLinkRemaining(id)).isZero();
    Map<String, Object> ready = c.drive(get).json();
    assertThat((String) ready.get("web_content_link")).contains("fid=" + id);
    assertThat((java.util.List<Object>) ready.get("medias")).hasSize(2);

    String other = emu.drive().find("/README.txt").orElseThrow();
    emu.driveFaults().noLink(other, Integer.MAX_VALUE);
    assertThat(c.drive("drive/v1/files/" + other + "?usage=FETCH&_magic=2021").json())
        .containsEntry("web_content_link", "");
    assertThat((String) c.drive(get).json().get("web_content_link")).as("only that file").isNotEmpty();
    emu.reset();
    assertThat((String) c.drive("drive/v1/files/" + other + "?usage=FETCH&_magic=2021").json()
        .get("web_content_link")).as("reset turns the switch off").isNotEmpty();
    assertThatThrownBy(() -> emu.driveFaults().noLink(id, 0)).isInstanceOf(IllegalArgumentException.class);
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
