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
        "X-Client-Id, NULL, 400, 3",
        "X-Client-Id, YNxT9w7GMdWvEOKa, 400, 3",
        "X-Client-Id, unknownclient000, 400, 3",
        "X-Device-Id, NULL, 400, 3",
        "X-Device-Id, BAD0ACEB2EB68A01B65B4156E2FD48E2, 400, 3",
        "X-Device-Id, abc, 400, 3",
        "User-Agent, okhttp/5.1.0, 400, 3",
        "User-Agent, Java-http-client/17.0.15, 400, 3",
        "User-Agent, ANDROID-com.pikcloud.pikpak/1.53.2 , 400, 3",
        "X-Captcha-Token, ck0.unknown, 401, 9",
      })
  void rejectsBadHeadersOnListing(String header, String value, int status, double code, PikPakEmulator emu) {
    TestClient c = new TestClient(emu, KnownClient.WEB).login();
    Map<String, String> h = new LinkedHashMap<>(c.apiHeaders());
    h.remove(header);
    if (value != null) {
      h.put(header, value);
    }
    TestClient.Response r = c.get(emu.driveBaseUrl() + "drive/v1/files", h);
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.get("error_code")).isEqualTo(code);
  }

  @Test
  void androidClientNeedsAnAndroidUserAgent(PikPakEmulator emu) {
    TestClient c = new TestClient(emu, KnownClient.ANDROID).login();
    TestClient.check(c.drive("drive/v1/files"));
    c.userAgent = TestClient.WEB_UA;
    assertThat(c.drive("drive/v1/files").status()).isEqualTo(400);
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
