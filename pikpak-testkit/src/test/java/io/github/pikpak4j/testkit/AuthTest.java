package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PikPakEmulatorExtension.class)
class AuthTest {

  private static String signinCaptcha(TestClient c, String username) {
    return (String)
        c.captchaInit("POST:/v1/auth/signin", Map.of("username", username)).get("captcha_token");
  }

  @Test
  void wrongPasswordIs4022(PikPakEmulator emu) {
    TestClient c = new TestClient(emu);
    TestClient.Response r = c.signIn(PikPakEmulator.DEMO_USERNAME, "nope", signinCaptcha(c, PikPakEmulator.DEMO_USERNAME));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.get("error")).isEqualTo("invalid_account_or_password");
    assertThat(r.get("error_code")).isEqualTo(4022.0);
  }

  @Test
  void missingCaptchaIsCaptchaRequired(PikPakEmulator emu) {
    TestClient.Response r = new TestClient(emu).signIn(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD, "");
    assertThat(r.get("error")).isEqualTo("captcha_required");
    assertThat(r.get("error_code")).isEqualTo(4002.0);
  }

  @Test
  void expiredCaptchaIs4002(PikPakEmulator emu) {
    TestClient c = new TestClient(emu);
    String captcha = signinCaptcha(c, PikPakEmulator.DEMO_USERNAME);
    emu.advance(Duration.ofSeconds(301));
    TestClient.Response r = c.signIn(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD, captcha);
    assertThat(r.get("error")).isEqualTo("captcha_invalid");
    assertThat(r.get("error_code")).isEqualTo(4002.0);
  }

  @Test
  void signInTokenIsJwtShapedWithSub(PikPakEmulator emu) {
    TestClient c = new TestClient(emu);
    TestClient.Response r =
        c.signIn(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD, signinCaptcha(c, PikPakEmulator.DEMO_USERNAME));
    TestClient.check(r);
    assertThat(r.get("token_type")).isEqualTo("Bearer");
    assertThat(r.get("expires_in")).isEqualTo(7200.0);
    assertThat(r.get("sub")).isEqualTo(emu.demoUserId());
    String[] parts = ((String) r.get("access_token")).split("\\.");
    assertThat(parts).hasSize(3);
    String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Json.parseObject(claims, "claims").get("sub")).isEqualTo(emu.demoUserId());
  }

  @Test
  void captchaTokenIsSingleUseForSignIn(PikPakEmulator emu) {
    TestClient c = new TestClient(emu);
    String captcha = signinCaptcha(c, PikPakEmulator.DEMO_USERNAME);
    TestClient.check(c.signIn(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD, captcha));
    assertThat(c.signIn(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD, captcha).get("error_code"))
        .isEqualTo(4002.0);
  }

  @Test
  void refreshRotatesAndAReplayIs4126(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    String first = c.refreshToken;
    TestClient.Response r = refreshJson(c, first);
    TestClient.check(r);
    assertThat(r.get("refresh_token")).isNotEqualTo(first);
    assertThat(r.get("sub")).isEqualTo(emu.demoUserId());

    TestClient.Response replay = refreshJson(c, first);
    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.get("error")).isEqualTo("invalid_grant");
    assertThat(replay.get("error_code")).isEqualTo(4126.0);

    TestClient.Response form =
        c.post(
            emu.userBaseUrl() + "v1/auth/token",
            "application/x-www-form-urlencoded",
            "grant_type=refresh_token&refresh_token="
                + TestClient.enc((String) r.get("refresh_token"))
                + "&client_id="
                + c.client.clientId(),
            Map.of());
    TestClient.check(form);
  }

  @Test
  void refreshWithAnotherClientIdIs4126(PikPakEmulator emu) {
    TestClient web = new TestClient(emu, KnownClient.WEB).login();
    TestClient android = new TestClient(emu, KnownClient.ANDROID);
    TestClient.Response r = refreshJson(android, web.refreshToken);
    assertThat(r.get("error_code")).isEqualTo(4126.0);
  }

  @Test
  void passwordGrantIsNotSupported(PikPakEmulator emu) {
    TestClient c = new TestClient(emu);
    TestClient.Response r =
        c.post(
            emu.userBaseUrl() + "v1/auth/token?client_id=" + c.client.clientId(),
            "application/json",
            "{\"client_id\":\"" + c.client.clientId() + "\",\"grant_type\":\"password\",\"username\":\"x\",\"password\":\"y\"}",
            Map.of());
    assertThat(r.get("error")).isEqualTo("invalid_argument");
    assertThat(r.get("error_code")).isEqualTo(3.0);
    assertThat(r.get("error_description")).isEqualTo("currently not supported");
  }

  @Test
  void accessTokensExpireOnTheEmulatorClockAndBySwitch(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    TestClient.check(c.get(emu.userBaseUrl() + "v1/user/me", c.apiHeaders()));
    emu.advance(Duration.ofSeconds(7201));
    TestClient.Response expired = c.get(emu.userBaseUrl() + "v1/user/me", c.apiHeaders());
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.get("error_code")).isEqualTo(16.0);

    c.accept(refreshJson(c, c.refreshToken));
    TestClient.check(c.get(emu.userBaseUrl() + "v1/user/me", c.apiHeaders()));
    emu.expireAccessTokens();
    assertThat(c.get(emu.userBaseUrl() + "v1/user/me", c.apiHeaders()).status()).isEqualTo(401);
  }

  @Test
  void userMeDescribesTheAccount(PikPakEmulator emu) {
    TestClient c = new TestClient(emu).login();
    Map<String, Object> me = c.get(emu.userBaseUrl() + "v1/user/me", c.apiHeaders()).json();
    assertThat(me)
        .containsEntry("sub", emu.demoUserId())
        .containsEntry("email", PikPakEmulator.DEMO_USERNAME)
        .containsEntry("password", "SET")
        .containsKeys("name", "phone_number", "status", "created_at");
  }

  @Test
  void phoneAndPlainUserNamesCanSignIn(PikPakEmulator emu) {
    String phoneId = emu.addAccount("+8613800000000", "pw1");
    String plainId = emu.addAccount("alice", "pw2");
    assertThat(new TestClient(emu).login("+8613800000000", "pw1").sub).isEqualTo(phoneId);
    assertThat(new TestClient(emu).login("alice", "pw2").sub).isEqualTo(plainId);
    TestClient.Response empty = new TestClient(emu).login("alice", "pw2").drive("drive/v1/files");
    assertThat(empty.get("files")).asList().isEmpty();
  }

  @Test
  void humanVerificationGivesAUrlAndAManualSolutionWorks(PikPakEmulator emu) {
    emu.requireHumanVerification(true);
    TestClient c = new TestClient(emu, KnownClient.ANDROID);
    TestClient.Response init = c.captchaInit("POST:/v1/auth/signin", Map.of("username", PikPakEmulator.DEMO_USERNAME));
    assertThat((String) init.get("url")).startsWith(emu.userBaseUrl() + "captcha/v2/spritePuzzle.html?");
    TestClient.Response refused =
        c.signIn(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD, (String) init.get("captcha_token"));
    assertThat(refused.get("error_code")).isEqualTo(4002.0);

    TestClient.Response page = c.send(HttpRequest.newBuilder(URI.create((String) init.get("url"))).build());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("ck0.");

    TestClient.check(c.signIn(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD, emu.solveCaptchaManually()));
  }

  static TestClient.Response refreshJson(TestClient c, String refreshToken) {
    return c.post(
        c.emu.userBaseUrl() + "v1/auth/token?client_id=" + c.client.clientId(),
        "application/json",
        "{\"client_id\":\""
            + c.client.clientId()
            + "\",\"client_secret\":\""
            + c.client.clientSecret()
            + "\",\"grant_type\":\"refresh_token\",\"refresh_token\":\""
            + refreshToken
            + "\"}",
        Map.of());
  }
}
