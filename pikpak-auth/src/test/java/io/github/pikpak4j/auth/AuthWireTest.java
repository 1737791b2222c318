package io.github.pikpak4j.auth;

import static io.github.pikpak4j.auth.Wire.DEVICE;
import static io.github.pikpak4j.auth.Wire.NOW;
import static io.github.pikpak4j.auth.Wire.api;
import static io.github.pikpak4j.auth.Wire.auth;
import static io.github.pikpak4j.auth.Wire.body;
import static io.github.pikpak4j.auth.Wire.captcha;
import static io.github.pikpak4j.auth.Wire.error;
import static io.github.pikpak4j.auth.Wire.getBody;
import static io.github.pikpak4j.auth.Wire.json;
import static io.github.pikpak4j.auth.Wire.ok;
import static io.github.pikpak4j.auth.Wire.session;
import static io.github.pikpak4j.auth.Wire.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.ApiError;
import io.github.pikpak4j.api.AuthenticationException;
import io.github.pikpak4j.api.CaptchaRequiredException;
import io.github.pikpak4j.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthWireTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final MutableClock clock = new MutableClock(NOW);
  final ClientProfile web = ClientProfile.web();

  InMemoryTokenStore storeWith(String access, String refresh) {
    return new InMemoryTokenStore(session(access, refresh, clock.instant().plus(Duration.ofHours(2)), web));
  }

  @Test
  void signInThenAnApiCallCarryEverything() throws Exception {
    InMemoryTokenStore store = new InMemoryTokenStore();
    PikPakAuth auth = auth(server, clock).credentials("user@example.com", "pw-secret").tokenStore(store).build();
    server.enqueue(captcha("ck-signin"));
    server.enqueue(tokens("A1", "R1"));
    server.enqueue(captcha("ck-files"));
    server.enqueue(ok());

    assertThat(getBody(api(auth), server, "/drive/v1/files?parent_id=x&limit=10")).contains("files");

    RecordedRequest init = server.takeRequest();
    assertThat(init.getMethod()).isEqualTo("POST");
    assertThat(init.getUrl().encodedPath()).isEqualTo("/v1/shield/captcha/init");
    assertThat(init.getUrl().queryParameter("client_id")).isEqualTo(web.clientId());
    assertThat(init.getHeaders().get("Authorization")).isNull();
    assertThat(init.getHeaders().get("X-Device-Id")).isEqualTo(DEVICE.value());
    assertThat(init.getHeaders().get("User-Agent")).isEqualTo(UserAgentRule.WEB_USER_AGENT);
    Map<String, Object> initBody = body(init);
    assertThat(initBody)
        .containsEntry("action", "POST:/v1/auth/signin")
        .containsEntry("client_id", web.clientId())
        .containsEntry("device_id", DEVICE.value())
        .containsEntry("meta", Map.of("email", "user@example.com"))
        .containsEntry("redirect_uri", "xlaccsdk01://xbase.cloud/callback?state=harbor");

    RecordedRequest signIn = server.takeRequest();
    assertThat(signIn.getUrl().encodedPath()).isEqualTo("/v1/auth/signin");
    assertThat(body(signIn))
        .containsEntry("captcha_token", "ck-signin")
        .containsEntry("client_id", web.clientId())
        .containsEntry("client_secret", web.clientSecret())
        .containsEntry("username", "user@example.com")
        .containsEntry("password", "pw-secret");

    RecordedRequest filesInit = server.takeRequest();
    assertThat(body(filesInit))
        .containsEntry("action", "GET:/drive/v1/files")
        .containsEntry(
            "meta",
            Map.of(
                "client_version", "2.0.0",
                "package_name", "mypikpak.com",
                "user_id", "U1",
                "timestamp", Long.toString(NOW),
                "captcha_sign", CaptchaSigner.sign(web, DEVICE, NOW)));

    RecordedRequest call = server.takeRequest();
    assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer A1");
    assertThat(call.getHeaders().get("X-Captcha-Token")).isEqualTo("ck-files");
    assertThat(call.getHeaders().get("X-Device-Id")).isEqualTo(DEVICE.value());
    assertThat(call.getHeaders().get("X-Client-Id")).isEqualTo(web.clientId());
    assertThat(call.getHeaders().get("X-Client-Version")).isEqualTo("2.0.0");
    assertThat(call.getHeaders().get("User-Agent")).isEqualTo(UserAgentRule.WEB_USER_AGENT);
    assertThat(store.load().orElseThrow().refreshToken()).isEqualTo("R1");
    assertThat(auth.userId()).isEqualTo("U1");
  }

  @Test
  void oneCaptchaTokenServesEveryActionUntilShortlyBeforeExpiry() throws Exception {
    PikPakAuth auth = auth(server, clock).tokenStore(storeWith("A1", "R1")).build();
    OkHttpClient api = api(auth);
    server.enqueue(captcha("c1"));
    server.enqueue(ok());
    server.enqueue(ok());
    server.enqueue(ok());
    server.enqueue(captcha("c2"));
    server.enqueue(ok());
    getBody(api, server, "/drive/v1/files?a=1");
    getBody(api, server, "/drive/v1/files/VNa1b2?usage=FETCH"); // another action, same token
    getBody(api, server, "/drive/v1/files:batchMove");
    clock.advance(Duration.ofSeconds(271)); // 300 s token renewed 30 s early
    getBody(api, server, "/drive/v1/files/VNc3d4/x");
    assertThat(body(server.takeRequest())).containsEntry("action", "GET:/drive/v1/files");
    assertThat(server.takeRequest().getHeaders().get("X-Captcha-Token")).isEqualTo("c1");
    assertThat(server.takeRequest().getHeaders().get("X-Captcha-Token")).isEqualTo("c1");
    assertThat(server.takeRequest().getHeaders().get("X-Captcha-Token")).isEqualTo("c1");
    RecordedRequest renewal = server.takeRequest();
    assertThat(body(renewal)).containsEntry("action", "GET:/drive/v1/files").containsEntry("captcha_token", "c1");
    assertThat(server.takeRequest().getHeaders().get("X-Captcha-Token")).isEqualTo("c2");
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "GET, /drive/v1/files/VNa1b2, GET:/drive/v1/files",
    "PATCH, /drive/v1/files/VNa1b2, PATCH:/drive/v1/files",
    "POST, /drive/v1/files:batchMove, POST:/drive/v1/files:batchMove",
    "DELETE, /drive/v1/tasks, DELETE:/drive/v1/tasks",
    "GET, /drive/v1/tasks/VT9z, GET:/drive/v1/tasks",
    "GET, /drive/v1/share/detail, GET:/drive/v1/share/detail",
    "GET, /drive/v1/about, GET:/drive/v1/about",
    "GET, /123, GET:/"
  })
  void captchaActionsCarryNoIds(String method, String path, String action) {
    Request request =
        new Request.Builder()
            .url(server.url(path + "?q=1"))
            .method(method, method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0]))
            .build();
    assertThat(CaptchaTokens.action(request)).isEqualTo(action);
  }

  @ParameterizedTest(name = "captcha_invalid {0} \"{1}\" renews: {2}")
  @CsvSource({"9, invalid, true", "4002, captcha is invalid, true", "4002, too frequent, false", "10, x, false"})
  void captchaInvalidCodesThatRenew(int code, String description, boolean renews) {
    assertThat(AuthInterceptor.isCaptchaInvalid(new ApiError("captcha_invalid", code, description, null)))
        .isEqualTo(renews);
  }

  @ParameterizedTest(name = "captcha_invalid 9 in an HTTP {0} answer")
  @ValueSource(ints = {200, 400})
  void captchaInvalidGetsOneInitAndOneReplay(int status) throws Exception {
    PikPakAuth auth = auth(server, clock).tokenStore(storeWith("A1", "R1")).build();
    server.enqueue(captcha("c1"));
    server.enqueue(error(status, "captcha_invalid", 9));
    server.enqueue(captcha("c2"));
    server.enqueue(ok());

    assertThat(getBody(api(auth), server, "/drive/v1/files/F1?usage=FETCH")).contains("files");

    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("X-Captcha-Token")).isEqualTo("c1");
    RecordedRequest renew = server.takeRequest();
    assertThat(body(renew)).containsEntry("action", "GET:/drive/v1/files").containsEntry("captcha_token", "c1");
    RecordedRequest replay = server.takeRequest();
    assertThat(replay.getHeaders().get("X-Captcha-Token")).isEqualTo("c2");
    assertThat(replay.getUrl().queryParameter("usage")).isEqualTo("FETCH");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aSecondCaptchaInvalidIsSurfacedNotLooped() throws Exception {
    PikPakAuth auth = auth(server, clock).tokenStore(storeWith("A1", "R1")).build();
    server.enqueue(captcha("c1"));
    server.enqueue(error(400, "captcha_invalid", 9));
    server.enqueue(captcha("c2"));
    server.enqueue(error(400, "captcha_invalid", 9));
    server.enqueue(ok()); // must never be requested

    try (Response r = Wire.get(api(auth), server, "/drive/v1/files")) {
      assertThat(r.code()).isEqualTo(400);
      assertThat(r.body().string()).contains("captcha_invalid");
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void otherErrorsNamedWithCode9AreNotRecaptchaed() throws Exception {
    PikPakAuth auth = auth(server, clock).tokenStore(storeWith("A1", "R1")).build();
    server.enqueue(captcha("c1"));
    server.enqueue(error(400, "file_rename_uncompleted", 9));
    try (Response r = Wire.get(api(auth), server, "/drive/v1/files")) {
      assertThat(r.code()).isEqualTo(400);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest(name = "error {0}")
  @ValueSource(ints = {16, 4121, 4122})
  void unauthenticatedGetsOneRefreshAndOneReplay(int code) throws Exception {
    InMemoryTokenStore store = storeWith("A1", "R1");
    PikPakAuth auth = auth(server, clock).tokenStore(store).build();
    server.enqueue(captcha("c1"));
    server.enqueue(error(401, "unauthenticated", code));
    server.enqueue(tokens("A2", "R2"));
    server.enqueue(ok());

    assertThat(getBody(api(auth), server, "/drive/v1/files")).contains("files");

    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer A1");
    RecordedRequest refresh = server.takeRequest();
    assertThat(refresh.getUrl().encodedPath()).isEqualTo("/v1/auth/token");
    assertThat(refresh.getUrl().queryParameter("client_id")).isEqualTo(web.clientId());
    assertThat(refresh.getHeaders().get("Authorization")).isNull();
    assertThat(body(refresh))
        .containsEntry("grant_type", "refresh_token")
        .containsEntry("refresh_token", "R1")
        .containsEntry("client_id", web.clientId())
        .containsEntry("client_secret", web.clientSecret());
    RecordedRequest replay = server.takeRequest();
    assertThat(replay.getHeaders().get("Authorization")).isEqualTo("Bearer A2");
    assertThat(replay.getHeaders().get("X-Captcha-Token")).isEqualTo("c1");
    assertThat(store.load().orElseThrow().refreshToken()).isEqualTo("R2");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void oauth2FormRefresh() throws Exception {
    InMemoryTokenStore store = storeWith("A1", "R1");
    PikPakAuth auth = auth(server, clock).tokenStore(store).refreshMethod(RefreshMethod.OAUTH2_FORM).build();
    server.enqueue(tokens("A2", "R2"));
    auth.refresh();
    RecordedRequest refresh = server.takeRequest();
    assertThat(refresh.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(refresh.getBody().utf8())
        .isEqualTo(
            "grant_type=refresh_token&refresh_token=R1&client_id="
                + web.clientId()
                + "&client_secret="
                + web.clientSecret());
    assertThat(store.load().orElseThrow().refreshToken()).isEqualTo("R2");
  }

  @Test
  void aSecondUnauthenticatedIsSurfacedNotLooped() throws Exception {
    PikPakAuth auth = auth(server, clock).tokenStore(storeWith("A1", "R1")).build();
    server.enqueue(captcha("c1"));
    server.enqueue(error(401, "unauthenticated", 16));
    server.enqueue(tokens("A2", "R2"));
    server.enqueue(error(401, "unauthenticated", 16));
    server.enqueue(tokens("A3", "R3")); // must never be requested
    try (Response r = Wire.get(api(auth), server, "/drive/v1/files")) {
      assertThat(r.code()).isEqualTo(401);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void bothRecoveriesCanHappenOnceInOneCall() throws Exception {
    PikPakAuth auth = auth(server, clock).tokenStore(storeWith("A1", "R1")).build();
    server.enqueue(captcha("c1"));
    server.enqueue(error(200, "captcha_invalid", 9));
    server.enqueue(captcha("c2"));
    server.enqueue(error(401, "unauthenticated", 16));
    server.enqueue(tokens("A2", "R2"));
    server.enqueue(error(200, "captcha_invalid", 9));
    try (Response r = Wire.get(api(auth), server, "/drive/v1/files")) {
      assertThat(r.body().string()).contains("captcha_invalid");
    }
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void tooFrequentNeverRefreshes() throws Exception {
    PikPakAuth auth = auth(server, clock).tokenStore(storeWith("A1", "R1")).build();
    server.enqueue(captcha("c1"));
    server.enqueue(error(400, "aborted", 10));
    try (Response r = Wire.get(api(auth), server, "/drive/v1/files")) {
      assertThat(r.code()).isEqualTo(400);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void accessTokenIsRefreshedProactivelyBeforeExpiry() throws Exception {
    InMemoryTokenStore store =
        new InMemoryTokenStore(session("A1", "R1", clock.instant().plus(Duration.ofMinutes(6)), web));
    PikPakAuth auth = auth(server, clock).tokenStore(store).build();
    OkHttpClient api = api(auth);
    server.enqueue(captcha("c1"));
    server.enqueue(ok());
    getBody(api, server, "/drive/v1/files");
    assertThat(server.takeRequest().getUrl().encodedPath()).endsWith("captcha/init");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer A1");

    clock.advance(Duration.ofMinutes(1).plusSeconds(1)); // less than the 5-minute margin left
    server.enqueue(tokens("A2", "R2"));
    server.enqueue(ok());
    getBody(api, server, "/drive/v1/files");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/auth/token");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer A2");
    assertThat(auth.session().accessTokenExpiresAt()).isEqualTo(clock.instant().plusSeconds(7200));
  }

  @Test
  void invalidGrantOnRefreshSignsInAgainWhenAPasswordIsKnown() throws Exception {
    InMemoryTokenStore store = new InMemoryTokenStore(session("A1", "R1", clock.instant().minusSeconds(1), web));
    PikPakAuth auth =
        auth(server, clock).tokenStore(store).credentials("someone", "pw-secret").build();
    server.enqueue(error(400, "invalid_grant", 4126));
    server.enqueue(captcha("ck-signin"));
    server.enqueue(tokens("A9", "R9"));

    Session s = auth.login();

    assertThat(s.accessToken()).isEqualTo("A9");
    assertThat(store.load().orElseThrow().refreshToken()).isEqualTo("R9");
    assertThat(body(server.takeRequest())).containsEntry("refresh_token", "R1");
    assertThat(body(server.takeRequest()))
        .containsEntry("action", "POST:/v1/auth/signin")
        .containsEntry("meta", Map.of("username", "someone"));
    assertThat(body(server.takeRequest())).containsEntry("captcha_token", "ck-signin");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void invalidGrantOnRefreshWithoutPasswordSaysWhatToSupply() {
    InMemoryTokenStore store = new InMemoryTokenStore(session("A1", "R1", clock.instant().minusSeconds(1), web));
    PikPakAuth auth = auth(server, clock).tokenStore(store).build();
    server.enqueue(
        json(
            400,
            "{\"error\":\"invalid_grant\",\"error_code\":4126,\"error_description\":\"invalid refresh token\"}"));

    assertThatThrownBy(auth::login)
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("password")
        .hasMessageContaining("new refresh token")
        .hasMessageNotContaining("R1")
        .satisfies(e -> assertThat(((AuthenticationException) e).errorCode()).isEqualTo(4126));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(store.load().orElseThrow().refreshToken()).isEqualTo("R1");
  }

  @Test
  void startsFromARefreshTokenAlone() throws Exception {
    InMemoryTokenStore store = new InMemoryTokenStore();
    PikPakAuth auth = auth(server, clock).tokenStore(store).refreshToken("R0").build();
    server.enqueue(tokens("A1", "R1"));
    Session s = auth.login();
    assertThat(body(server.takeRequest())).containsEntry("refresh_token", "R0");
    assertThat(s.refreshToken()).isEqualTo("R1");
    assertThat(store.load()).contains(s);
    assertThat(s.deviceId()).isEqualTo(DEVICE);
    assertThat(s.platform()).isEqualTo(Platform.WEB);
  }

  @Test
  void verificationUrlBecomesCaptchaRequiredException() {
    PikPakAuth auth = auth(server, clock).credentials("user@example.com", "pw").build();
    String url = "https://user.mypikpak.com/captcha/v2/spritePuzzle.html?action=x&captcha_token=ck0.secret";
    server.enqueue(json(200, "{\"captcha_token\":\"ck0.secret\",\"expires_in\":300,\"url\":\"" + url + "\"}"));
    assertThatThrownBy(auth::login)
        .isInstanceOf(CaptchaRequiredException.class)
        .satisfies(e -> assertThat(((CaptchaRequiredException) e).verificationUrl()).isEqualTo(url))
        .hasMessageNotContaining("ck0.secret");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void userSuppliedCaptchaTokenIsUsedForSignInInsteadOfAnInit() throws Exception {
    PikPakAuth auth =
        auth(server, clock).credentials("user@example.com", "pw").captchaToken("ck-solved-by-hand").build();
    server.enqueue(tokens("A1", "R1"));
    auth.login();
    RecordedRequest first = server.takeRequest();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/v1/auth/signin");
    assertThat(body(first)).containsEntry("captcha_token", "ck-solved-by-hand");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anonymousRequestsCarryNoAuthorizationAndNeverSignIn() throws Exception {
    PikPakAuth auth = auth(server, clock).credentials("user@example.com", "pw").build();
    server.enqueue(captcha("c-anon"));
    server.enqueue(error(401, "unauthenticated", 16));
    Request request =
        new Request.Builder()
            .url(server.url("/drive/v1/share?share_id=S1"))
            .tag(AnonymousRequest.class, AnonymousRequest.INSTANCE)
            .build();
    try (Response r = api(auth).newCall(request).execute()) {
      assertThat(r.code()).isEqualTo(401); // not refreshed: there is nothing to refresh
    }
    RecordedRequest init = server.takeRequest();
    assertThat(body(init)).containsEntry("action", "GET:/drive/v1/share");
    assertThat(((Map<?, ?>) body(init).get("meta")).get("user_id")).isEqualTo("");
    RecordedRequest call = server.takeRequest();
    assertThat(call.getHeaders().get("Authorization")).isNull();
    assertThat(call.getHeaders().get("X-Captcha-Token")).isEqualTo("c-anon");
    assertThat(call.getHeaders().get("X-Client-Id")).isEqualTo(web.clientId());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theApiModulesAnonymousTagIsHonouredToo() throws Exception {
    PikPakAuth auth = auth(server, clock).credentials("user@example.com", "pw").build();
    server.enqueue(captcha("c-anon"));
    server.enqueue(json(200, "{\"share_status\":\"OK\"}"));
    Request request =
        new Request.Builder()
            .url(server.url("/drive/v1/share/detail?share_id=S1"))
            .tag(io.github.pikpak4j.api.AnonymousRequest.class, io.github.pikpak4j.api.AnonymousRequest.INSTANCE)
            .build();
    try (Response r = api(auth).newCall(request).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
    RecordedRequest init = server.takeRequest();
    assertThat(((Map<?, ?>) body(init).get("meta")).get("user_id")).isEqualTo("");
    RecordedRequest call = server.takeRequest();
    assertThat(call.getHeaders().get("Authorization")).isNull();
    assertThat(call.getHeaders().get("X-Captcha-Token")).isEqualTo("c-anon");
    assertThat(server.getRequestCount()).isEqualTo(2); // no sign-in
  }

  @Test
  void badInputFailsAtBuildBeforeAnyRequest() {
    assertThatThrownBy(() -> auth(server, clock).credentials(" ", "pw").build())
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> auth(server, clock).credentials("user", "").build())
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> auth(server, clock).credentials("user", null).build())
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> auth(server, clock).deviceId("XYZ").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("32 lowercase hex");
    assertThatThrownBy(() -> auth(server, clock).platform("ios").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ios");
    assertThatThrownBy(() -> auth(server, clock).platform("android").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("contradicts");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void deviceIdPrecedenceSuppliedThenPersistedThenDerivedThenRandom() {
    DeviceId persisted = DeviceId.of("0123456789abcdef0123456789abcdef");
    InMemoryTokenStore store =
        new InMemoryTokenStore(
            session("A1", "R1", Instant.MAX, web).toBuilder().deviceId(persisted).build());
    String url = server.url("/").toString();
    assertThat(PikPakAuth.builder().userBaseUrl(url).deviceId(DEVICE.value()).tokenStore(store).build().deviceId())
        .isEqualTo(DEVICE);
    assertThat(PikPakAuth.builder().userBaseUrl(url).tokenStore(store).credentials("u@x.io", "p").build().deviceId())
        .isEqualTo(persisted);
    assertThat(PikPakAuth.builder().userBaseUrl(url).credentials("u@x.io", "p").build().deviceId())
        .isEqualTo(DeviceId.derived("u@x.io"));
    assertThat(PikPakAuth.builder().userBaseUrl(url).build().deviceId())
        .isNotEqualTo(PikPakAuth.builder().userBaseUrl(url).build().deviceId());
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void androidUserAgentIsRebuiltWithTheUserIdAfterSignIn() throws Exception {
    PikPakAuth auth =
        auth(server, clock).profile(ClientProfile.android()).credentials("user@example.com", "pw").build();
    server.enqueue(captcha("ck"));
    server.enqueue(tokens("A1", "R1"));
    auth.login();
    // HTTP strips the trailing space (optional whitespace around a field value), OkHttp already does
    assertThat(server.takeRequest().getHeaders().get("User-Agent"))
        .isEqualTo(ClientProfile.android().userAgent(DEVICE, "", NOW).trim());
    server.takeRequest();
    server.enqueue(captcha("c1"));
    server.enqueue(ok());
    getBody(api(auth), server, "/drive/v1/files");
    assertThat(server.takeRequest().getHeaders().get("User-Agent")).contains(" usrno/U1 ");
  }

  @Test
  void authToStringShowsNoSecret() {
    PikPakAuth auth = auth(server, clock).credentials("user@example.com", "pw-secret").refreshToken("R-secret").build();
    assertThat(auth.toString()).doesNotContain("secret");
  }
}
