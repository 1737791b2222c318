package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptchaSignTest {
  static final String TS = "1700000000000";

  @RegisterExtension
  final PikPakEmulatorExtension pikpak =
      new PikPakEmulatorExtension(
          b -> b.clock(Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC)));

  @ParameterizedTest
  @CsvSource({
    "WEB, 1.d31040c4a3f4b3e0f05376cf87a264b7",
    "ANDROID, 1.21ede84f54141bfbbc237fd53604651c",
    "PC, 1.3f86bb0d84140b9bcdef81dbaad1d7d9",
    "ANDROID_1_21_0, 1.79664fccdf1db2d895d4ad181bf28cab",
    "ANDROID_1_47_1, 1.c46689293bc1a6218e56cebfcbca85c7" // PikPakAPI 0.1.11; computed from Appendix A
  })
  void signMatchesTheProtocolVectorsAndIsAcceptedByCaptchaInit(KnownClient client, String sign) {
    assertThat(client.captchaSign(TestClient.DEVICE_ID, TS)).isEqualTo(sign);

    TestClient c = new TestClient(pikpak.emulator(), client);
    TestClient.Response r = c.captchaInit("GET:/drive/v1/files", meta(client, client.packageName(), sign));
    assertThat(r.status()).isEqualTo(200);
    assertThat((String) r.get("captcha_token")).startsWith("ck0.");
    assertThat(r.get("expires_in")).isEqualTo(300.0);
    assertThat(r.get("url")).isEqualTo("");
  }

  @Test
  void rejectsTheWrongPackageVector() {
    TestClient c = new TestClient(pikpak.emulator(), KnownClient.WEB);
    // The sign a client computes with package mypikpak.net, sent with that package or the right one.
    String wrong = "1.bdc086fccc4f85c01e1a8595708b0819";
    TestClient.Response withWrongPackage =
        c.captchaInit("GET:/drive/v1/files", meta(KnownClient.WEB, "mypikpak.net", wrong));
    TestClient.Response withRightPackage =
        c.captchaInit("GET:/drive/v1/files", meta(KnownClient.WEB, "mypikpak.com", wrong));
    for (TestClient.Response r : new TestClient.Response[] {withWrongPackage, withRightPackage}) {
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.get("error")).isEqualTo("captcha_invalid");
      assertThat(r.get("error_code")).isEqualTo(4002.0);
    }
  }

  @Test
  void rejectsATimestampOutsideTenMinutes() {
    PikPakEmulator emu = pikpak.emulator();
    emu.advance(Duration.ofMinutes(11));
    TestClient c = new TestClient(emu, KnownClient.WEB);
    TestClient.Response r =
        c.captchaInit(
            "GET:/drive/v1/files",
            meta(KnownClient.WEB, "mypikpak.com", "1.d31040c4a3f4b3e0f05376cf87a264b7"));
    assertThat(r.get("error_code")).isEqualTo(4002.0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"action\":\"POST:/v1/auth/signin\",\"client_id\":\"YUMx5nI8ZU8Ap8pm\",\"device_id\":\"bad0aceb2eb68a01b65b4156e2fd48e2\",\"meta\":{\"username\":\"a\",\"email\":\"a@b.cd\"}}",
        "{\"action\":\"POST:/v1/auth/signin\",\"client_id\":\"YUMx5nI8ZU8Ap8pm\",\"device_id\":\"bad0aceb2eb68a01b65b4156e2fd48e2\",\"meta\":{\"user\":\"a\"}}",
        "{\"action\":\"POST:/v1/auth/signin\",\"client_id\":\"YUMx5nI8ZU8Ap8pm\",\"device_id\":\"BAD0ACEB2EB68A01B65B4156E2FD48E2\",\"meta\":{\"username\":\"a\"}}",
        "{\"action\":\"POST:/v1/auth/signin\",\"client_id\":\"unknownclient000\",\"device_id\":\"bad0aceb2eb68a01b65b4156e2fd48e2\",\"meta\":{\"username\":\"a\"}}",
        "{\"action\":\"/v1/auth/signin\",\"client_id\":\"YUMx5nI8ZU8Ap8pm\",\"device_id\":\"bad0aceb2eb68a01b65b4156e2fd48e2\",\"meta\":{\"username\":\"a\"}}",
        "{\"action\":\"GET:/drive/v1/files\",\"client_id\":\"YUMx5nI8ZU8Ap8pm\",\"device_id\":\"bad0aceb2eb68a01b65b4156e2fd48e2\",\"meta\":{\"username\":\"a\"}}",
        "not json"
      })
  void rejectsMalformedInitBodiesWithInvalidArgument(String body) {
    TestClient c = new TestClient(pikpak.emulator(), KnownClient.WEB);
    TestClient.Response r =
        c.post(
            pikpak.emulator().userBaseUrl() + "v1/shield/captcha/init?client_id=YUMx5nI8ZU8Ap8pm",
            "application/json",
            body,
            Map.of());
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.get("error")).isEqualTo("invalid_argument");
    assertThat(r.get("error_code")).isEqualTo(3.0);
  }

  @Test
  void rejectsAQueryClientIdThatDiffersFromTheBody() {
    TestClient c = new TestClient(pikpak.emulator(), KnownClient.WEB);
    String body =
        "{\"action\":\"POST:/v1/auth/signin\",\"client_id\":\"YUMx5nI8ZU8Ap8pm\","
            + "\"device_id\":\"bad0aceb2eb68a01b65b4156e2fd48e2\",\"meta\":{\"username\":\"a\"}}";
    TestClient.Response r =
        c.post(
            pikpak.emulator().userBaseUrl() + "v1/shield/captcha/init?client_id=YNxT9w7GMdWvEOKa",
            "application/json",
            body,
            Map.of());
    assertThat(r.get("error_description")).isEqualTo("client_id not match");
  }

  @Test
  void acceptsTheFullUrlSignInActionAndAnyOfThePreLoginKeys() {
    TestClient c = new TestClient(pikpak.emulator(), KnownClient.ANDROID);
    assertThat(
            c.captchaInit(
                    "POST:https://user.mypikpak.com/v1/auth/signin",
                    Map.of("email", PikPakEmulator.DEMO_USERNAME))
                .status())
        .isEqualTo(200);
    assertThat(c.captchaInit("POST:/v1/auth/signin", Map.of("phone_number", "+8613800000000")).status())
        .isEqualTo(200);
  }

  private static Map<String, String> meta(KnownClient client, String pkg, String sign) {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("client_version", client.clientVersion());
    meta.put("package_name", pkg);
    meta.put("user_id", "");
    meta.put("timestamp", TS);
    meta.put("captcha_sign", sign);
    return meta;
  }
}
