package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many captcha inits a process costs, counted at the emulator: one for the sign-in action and one session token
 * for every other call, renewed only when it nears expiry (issue 12: at most 3 for a 1,000-entry listing and 100 link
 * resolutions).
 */
class CaptchaInitCountTest {
  private static final String INIT = "/v1/shield/captcha/init";
  private PikPakEmulator emulator;
  private PikPakClient client;
  private String folder;
  private final List<String> ids = new ArrayList<>();

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).start();
    folder = emulator.drive().addFolder("", "Many");
    for (int i = 0; i < 1000; i++) {
      ids.add(emulator.drive().addFile(folder, String.format("f%04d.bin", i), 16, i));
    }
    client = DemoClients.of(emulator);
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private int inits() {
    return emulator.requestCount("POST", INIT);
  }

  @Test
  void aLongListingAndManyLinkResolutionsCostTwoInits() {
    List<FileEntry> all = client.files().listAll(folder).stream().toList();
    for (String id : ids.subList(0, 100)) {
      client.links().resolveId(id, LinkPolicy.original());
    }
    assertThat(all).hasSize(1000);
    assertThat(emulator.requestCount("GET", "/drive/v1/files")).isGreaterThanOrEqualTo(10); // 1,000 in pages of 100
    assertThat(inits()).as("sign-in + one session token").isEqualTo(2);
  }

  @Test
  void manyRenamesShareTheSessionToken() {
    for (String id : ids.subList(0, 100)) {
      client.files().rename(id, "renamed-" + id + ".bin");
    }
    assertThat(emulator.requestCount("PATCH", "/drive/v1/files/" + ids.get(99))).isEqualTo(1);
    assertThat(inits()).isEqualTo(2);
  }

  @Test
  void theTokenIsRenewedOnceWhenItNearsExpiryAndOnceWhenTheServerRejectsIt() {
    client.files().list(folder);
    assertThat(inits()).isEqualTo(2);
    emulator.advance(Duration.ofSeconds(280)); // the 300 s token is within 30 s of expiry: renewed before use
    client.files().list(folder);
    client.files().get(ids.get(0));
    assertThat(inits()).isEqualTo(3);
    emulator.expireCaptchaTokens(); // the server forgets it early: error 9, one init, one replay
    client.files().get(ids.get(1));
    client.files().get(ids.get(2));
    assertThat(inits()).isEqualTo(4);
  }

  @Test
  void theNextProcessReusesTheTokenKeptWithTheSessionUntilItNearsExpiry(@TempDir Path dir) throws Exception {
    Path session = dir.resolve("session.json");
    try (PikPakClient first = withSessionFile(session)) {
      first.files().list(folder);
    }
    assertThat(inits()).as("sign-in + one session token").isEqualTo(2);
    assertThat(Files.readString(session)).contains("\"captcha_token\"", "\"captcha_token_expires_at\"");

    try (PikPakClient second = withSessionFile(session)) { // a new process: the stored session and its token
      second.files().list(folder);
      second.files().get(ids.get(0));
    }
    assertThat(inits()).as("the kept token is reused").isEqualTo(2);

    emulator.advance(Duration.ofSeconds(280)); // within 30 s of the token's expiry: renewed before use
    try (PikPakClient third = withSessionFile(session)) {
      third.files().list(folder);
    }
    assertThat(inits()).isEqualTo(3);
  }

  @Test
  void anAbsurdLifetimeFromTheServerKeepsTheTokenForAnHourAtMost(@TempDir Path dir) throws Exception {
    Path session = dir.resolve("session.json");
    try (PikPakEmulator longLived = PikPakEmulator.builder().captchaTokenTtl(Duration.ofDays(3650)).start();
        PikPakClient c = DemoClients.builder(longLived).sessionFile(session).build()) {
      c.files().list("");
      java.time.Instant kept = java.time.Instant.parse(
          Files.readString(session).replaceAll("(?s).*\"captcha_token_expires_at\" *: *\"([^\"]+)\".*", "$1"));
      assertThat(kept).isBeforeOrEqualTo(longLived.now().plus(Duration.ofHours(1)));
    }
  }

  private PikPakClient withSessionFile(Path session) {
    return DemoClients.builder(emulator).sessionFile(session).build();
  }
}
