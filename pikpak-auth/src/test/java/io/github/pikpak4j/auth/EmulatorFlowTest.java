package io.github.pikpak4j.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.AuthenticationException;
import io.github.pikpak4j.api.CaptchaRequiredException;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Flows against the PikPak emulator, which checks captcha signs, UAs, client ids and refresh rotation. */
class EmulatorFlowTest {
  PikPakEmulator emu;

  @BeforeEach
  void start() {
    emu = PikPakEmulator.start();
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  PikPakAuth.Builder auth(Platform platform) {
    return PikPakAuth.builder()
        .profile(ClientProfile.of(platform))
        .userBaseUrl(emu.userBaseUrl())
        .clock(emu.clock());
  }

  String get(PikPakAuth auth, String path) throws IOException {
    OkHttpClient api = new OkHttpClient.Builder().addInterceptor(auth.interceptor()).build();
    Request request = new Request.Builder().url(emu.driveBaseUrl() + path).build();
    try (Response r = api.newCall(request).execute()) {
      String body = r.body().string();
      assertThat(r.code()).as(body).isEqualTo(200);
      return body;
    }
  }

  int tokenCalls() {
    return emu.requestCount("POST", "/v1/auth/token");
  }

  @ParameterizedTest
  @EnumSource(Platform.class)
  void signInListAndRefreshWithRotation(Platform platform, @TempDir Path dir) throws Exception {
    FileTokenStore store = FileTokenStore.of(dir.resolve("session.json"));
    PikPakAuth auth =
        auth(platform)
            .credentials(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD)
            .tokenStore(store)
            .build();

    Session first = auth.login();
    assertThat(first.userId()).isEqualTo(emu.demoUserId());
    assertThat(first.platform()).isEqualTo(platform);
    assertThat(store.load()).contains(first);
    assertThat(get(auth, "drive/v1/files?parent_id=&limit=10")).contains("\"files\"");

    Session second = auth.refresh();
    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
    assertThat(store.load()).contains(second);
    assertThat(get(auth, "drive/v1/about")).contains("quota");

    // replaying the old (rotated) refresh token is rejected with invalid_grant 4126
    PikPakAuth replay = auth(platform).refreshToken(first.refreshToken()).build();
    assertThatThrownBy(replay::login)
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("new refresh token")
        .satisfies(e -> assertThat(((AuthenticationException) e).errorCode()).isEqualTo(4126));

    // a new instance resumes from the file without signing in
    int signIns = emu.requestCount("POST", "/v1/auth/signin");
    PikPakAuth resumed = auth(platform).tokenStore(FileTokenStore.of(dir.resolve("session.json"))).build();
    assertThat(resumed.deviceId()).isEqualTo(auth.deviceId());
    assertThat(get(resumed, "drive/v1/files?parent_id=&limit=10")).contains("\"files\"");
    assertThat(emu.requestCount("POST", "/v1/auth/signin")).isEqualTo(signIns);
  }

  @ParameterizedTest
  @EnumSource(Platform.class)
  void startsFromARefreshTokenAlone(Platform platform) {
    String refresh =
        auth(platform)
            .credentials(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD)
            .build()
            .login()
            .refreshToken();
    PikPakAuth auth = auth(platform).refreshToken(refresh).build();
    Session s = auth.login();
    assertThat(s.userId()).isEqualTo(emu.demoUserId());
    assertThat(s.refreshToken()).isNotEqualTo(refresh);
  }

  @Test
  void expiredAccessTokensCostOneRefreshAndOneReplay() throws Exception {
    PikPakAuth auth =
        auth(Platform.WEB).credentials(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD).build();
    get(auth, "drive/v1/about");
    int before = tokenCalls();
    emu.expireAccessTokens();
    get(auth, "drive/v1/about");
    assertThat(tokenCalls()).isEqualTo(before + 1);
  }

  @Test
  void expiredAccessTokensAreRefreshedProactivelyOnTheClock() throws Exception {
    PikPakAuth auth =
        auth(Platform.ANDROID).credentials(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD).build();
    get(auth, "drive/v1/about");
    emu.advance(Duration.ofHours(3));
    int before = tokenCalls();
    int drive = emu.requestCount("GET", "/drive/v1/about");
    get(auth, "drive/v1/about");
    assertThat(tokenCalls()).isEqualTo(before + 1);
    assertThat(emu.requestCount("GET", "/drive/v1/about")).isEqualTo(drive + 1); // no rejected attempt
  }

  @Test
  void expiredCaptchaTokensCostOneInitAndOneReplay() throws Exception {
    PikPakAuth auth =
        auth(Platform.PC).credentials(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD).build();
    get(auth, "drive/v1/files?parent_id=&limit=10");
    int inits = emu.requestCount("POST", "/v1/shield/captcha/init");
    emu.expireCaptchaTokens();
    get(auth, "drive/v1/files?parent_id=&limit=10");
    assertThat(emu.requestCount("POST", "/v1/shield/captcha/init")).isEqualTo(inits + 1);
  }

  @Test
  void revokedRefreshTokenFallsBackToPasswordSignIn() {
    PikPakAuth auth =
        auth(Platform.WEB).credentials(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD).build();
    Session first = auth.login();
    emu.revokeRefreshTokens();
    int signIns = emu.requestCount("POST", "/v1/auth/signin");
    Session again = auth.refresh();
    assertThat(again.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(emu.requestCount("POST", "/v1/auth/signin")).isEqualTo(signIns + 1);
  }

  @Test
  void humanVerificationThenAHandSolvedCaptchaToken() throws Exception {
    emu.requireHumanVerification(true);
    PikPakAuth auth =
        auth(Platform.WEB).credentials(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD).build();
    CaptchaRequiredException e = (CaptchaRequiredException) catchThrowableOf(auth::login);
    assertThat(e.verificationUrl()).contains("spritePuzzle.html");

    // the person opens the URL and solves the puzzle; the emulator's page shows the token
    String page;
    try (Response r =
        new OkHttpClient().newCall(new Request.Builder().url(e.verificationUrl()).build()).execute()) {
      page = r.body().string();
    }
    Matcher m = Pattern.compile("<pre id=\"captcha_token\">([^<]+)</pre>").matcher(page);
    assertThat(m.find()).isTrue();

    PikPakAuth retry =
        auth(Platform.WEB)
            .credentials(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD)
            .captchaToken(m.group(1))
            .build();
    int inits = emu.requestCount("POST", "/v1/shield/captcha/init");
    assertThat(retry.login().userId()).isEqualTo(emu.demoUserId());
    assertThat(emu.requestCount("POST", "/v1/shield/captcha/init")).isEqualTo(inits);
  }

  private static Throwable catchThrowableOf(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      assertThat(e).isInstanceOf(CaptchaRequiredException.class);
      return e;
    }
    throw new AssertionError("expected CaptchaRequiredException");
  }
}
