package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(PikPakEmulatorExtension.class)
class HeaderGuardTest {

  @ParameterizedTest(name = "{0}={1} -> {2} {3}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "Authorization, NULL, 401, 16",
        "Authorization, Bearer not-a-token, 401, 16",
        "X-Client-Id, YNxT9w7GMdWvEOKa, 400, 3",
        "X-Client-Id, unknownclient000, 400, 3",
        "X-Device-Id, NULL, 400, 3",
        "X-Device-Id, BAD0ACEB2EB68A01B65B4156E2FD48E2, 400, 3",
        "X-Device-Id, abc, 400, 3",
        "X-Captcha-Token, ck0.unknown, 401, 9",
      })
  void refusesWhatPikPakRefusesOnListing(String header, String value, int status, double code, PikPakEmulator emu) {
    TestClient c = new TestClient(emu, KnownClient.WEB).login();
    TestClient.Response r = c.get(emu.driveBaseUrl() + "drive/v1/files", with(c, header, value));
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.get("error_code")).isEqualTo(code);
  }

  /** PikPakAPI sends no X-Client-Id and, without a captcha token, a desktop Chrome UA with the Android client id. */
  @ParameterizedTest(name = "{0}={1} accepted, recorded as {2}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "X-Client-Id, NULL, client-id-missing",
        "User-Agent, NULL, user-agent",
        "User-Agent, okhttp/5.1.0, user-agent",
        "User-Agent, Java-http-client/17.0.15, user-agent",
        "User-Agent, ANDROID-com.pikcloud.pikpak/1.53.2 , user-agent",
        "X-Captcha-Token, NULL, captcha-token-missing",
      })
  void acceptsWhatPikPakAcceptsAndRecordsTheDeviation(String header, String value, String rule, PikPakEmulator emu) {
    TestClient c = new TestClient(emu, KnownClient.WEB).login();
    TestClient.Response r = c.get(emu.driveBaseUrl() + "drive/v1/files?parent_id=", with(c, header, value));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.get("files")).isNotNull();
    assertThat(emu.deviations())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.rule()).isEqualTo(rule);
              assertThat(d.method()).isEqualTo("GET");
              assertThat(d.path()).isEqualTo("/drive/v1/files");
            });
    emu.clearDeviations();
  }

  @Test
  void anAndroidClientIdWithABrowserUserAgentIsAcceptedAndRecorded(PikPakEmulator emu) {
    TestClient c = new TestClient(emu, KnownClient.ANDROID).login();
    TestClient.check(c.drive("drive/v1/files"));
    assertThat(emu.deviations()).isEmpty();
    c.userAgent = TestClient.WEB_UA;
    TestClient.check(c.drive("drive/v1/files"));
    assertThat(emu.deviations()).extracting(Deviation::rule).containsExactly(Deviation.RULE_USER_AGENT);
    emu.clearDeviations();
  }

  @Test
  void aShareReadWithoutXClientIdIsRefusedSignedIn(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    String readme = emu.drive().find("/README.txt").orElseThrow();
    String share = emu.shares().create(emu.demoUserId(), java.util.List.of(readme), null);
    TestClient.Response r = c.get(emu.driveBaseUrl() + "drive/v1/share?share_id=" + share, with(c, "X-Client-Id", null));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.get("error_description")).isEqualTo("client_id not match");
  }

  @Test
  void theAndroid1471ProfileSignsInAndLists(PikPakEmulator emu) {
    TestClient c = new TestClient(emu, KnownClient.ANDROID_1_47_1).login();
    TestClient.check(c.drive("drive/v1/files"));
    assertThat(emu.deviations()).isEmpty();
  }

  private static Map<String, String> with(TestClient c, String header, String value) {
    Map<String, String> h = new LinkedHashMap<>(c.apiHeaders());
    h.remove(header);
    if (value != null) {
      h.put(header, value);
    }
    return h;
  }

  @Test
  void listingToleratesAMissingCaptchaButGetFileRequiresIt(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    String id = emu.drive().find("/README.txt").orElseThrow();
    c.captchaToken = "";
    TestClient.check(c.drive("drive/v1/files"));
    TestClient.Response r = c.drive("drive/v1/files/" + id + "?usage=FETCH&_magic=2021");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.get("error")).isEqualTo("captcha_invalid");
    assertThat(r.get("error_code")).isEqualTo(9.0);
  }

  @Test
  void expiredCaptchaTokensAreCode9(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    TestClient.check(c.drive("drive/v1/files"));
    emu.expireCaptchaTokens();
    assertThat(c.drive("drive/v1/files").get("error_code")).isEqualTo(9.0);
  }

  @Test
  void captchaTokensExpireOnTheClock(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    emu.advance(Duration.ofSeconds(300));
    assertThat(c.drive("drive/v1/files").get("error_code")).isEqualTo(9.0);
  }

  @Test
  void aPreLoginCaptchaTokenIsNotValidOnDriveCalls(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    c.captchaToken =
        (String)
            c.captchaInit("POST:/v1/auth/signin", Map.of("username", PikPakEmulator.DEMO_USERNAME))
                .get("captcha_token");
    assertThat(c.drive("drive/v1/files").get("error_code")).isEqualTo(9.0);
  }

  @Test
  void captchaErrorStatusIsConfigurable() {
    try (PikPakEmulator emu = PikPakEmulator.builder().captchaErrorHttpStatus(200).start()) {
      TestClient c = new TestClient(emu).login();
      emu.expireCaptchaTokens();
      TestClient.Response r = c.drive("drive/v1/files");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.get("error_code")).isEqualTo(9.0);
    }
  }
}
