package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain java.net.http client speaking the PikPak protocol to the emulator (test support). */
final class TestClient {
  static final String DEVICE_ID = "bad0aceb2eb68a01b65b4156e2fd48e2";
  static final String WEB_UA =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/117.0.0.0 Safari/537.36";

  /** A response: status and body text. */
  record Response(int status, String body, java.net.http.HttpHeaders headers) {
    Map<String, Object> json() {
      return Json.parseObject(body, "response");
    }

    Object get(String key) {
      return json().get(key);
    }
  }

  final PikPakEmulator emu;
  final KnownClient client;
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  final HttpClient http = HTTP;
  String userAgent;
  String accessToken = "";
  String refreshToken = "";
  String sub = "";
  String captchaToken = "";

  TestClient(PikPakEmulator emu, KnownClient client) {
    this.emu = emu;
    this.client = client;
    this.userAgent =
        client.platform().equals("android")
            ? "ANDROID-com.pikcloud.pikpak/" + client.clientVersion() + " protocolVersion/200 clientid/"
                + client.clientId() + " "
            : WEB_UA;
  }

  TestClient(PikPakEmulator emu) {
    this(emu, KnownClient.WEB);
  }

  Response post(String url, String contentType, String body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return send(b.build());
  }

  Response get(String url, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    headers.forEach(b::header);
    return send(b.GET().build());
  }

  Response send(HttpRequest r) {
    try {
      HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
      return new Response(resp.statusCode(), resp.body(), resp.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Response captchaInit(String action, Map<String, String> meta) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("action", action);
    body.put("captcha_token", "");
    body.put("client_id", client.clientId());
    body.put("device_id", DEVICE_ID);
    body.put("meta", meta);
    body.put("redirect_uri", "xlaccsdk01://xbase.cloud/callback?state=harbor");
    return post(
        emu.userBaseUrl() + "v1/shield/captcha/init?client_id=" + client.clientId(),
        "application/json",
        Json.write(body),
        Map.of());
  }

  Map<String, String> postLoginMeta(String userId, long millis) {
    String ts = Long.toString(millis);
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("client_version", client.clientVersion());
    meta.put("package_name", client.packageName());
    meta.put("user_id", userId);
    meta.put("timestamp", ts);
    meta.put("captcha_sign", client.captchaSign(DEVICE_ID, ts));
    return meta;
  }

  Response signIn(String username, String password, String captcha) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("captcha_token", captcha);
    body.put("client_id", client.clientId());
    body.put("client_secret", client.clientSecret());
    body.put("username", username);
    body.put("password", password);
    return post(
        emu.userBaseUrl() + "v1/auth/signin?client_id=" + client.clientId(),
        "application/json",
        Json.write(body),
        Map.of());
  }

  /** Signs in as the demo user and gets a post-login captcha token. */
  TestClient login() {
    return login(PikPakEmulator.DEMO_USERNAME, PikPakEmulator.DEMO_PASSWORD);
  }

  TestClient login(String username, String password) {
    Response c = captchaInit("POST:/v1/auth/signin", Map.of("username", username));
    check(c);
    Response s = signIn(username, password, (String) c.get("captcha_token"));
    check(s);
    accept(s);
    Response pc = captchaInit("GET:/drive/v1/files", postLoginMeta(sub, emu.clock().millis()));
    check(pc);
    captchaToken = (String) pc.get("captcha_token");
    return this;
  }

  void accept(Response tokenResponse) {
    Map<String, Object> m = tokenResponse.json();
    accessToken = (String) m.get("access_token");
    refreshToken = (String) m.get("refresh_token");
    sub = (String) m.get("sub");
  }

  Map<String, String> apiHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Authorization", "Bearer " + accessToken);
    h.put("X-Client-Id", client.clientId());
    h.put("X-Device-Id", DEVICE_ID);
    h.put("User-Agent", userAgent);
    if (!captchaToken.isEmpty()) {
      h.put("X-Captcha-Token", captchaToken);
    }
    return h;
  }

  Response drive(String pathAndQuery) {
    return get(emu.driveBaseUrl() + pathAndQuery, apiHeaders());
  }

  static void check(Response r) {
    if (r.status() != 200) {
      throw new AssertionError("HTTP " + r.status() + ": " + r.body());
    }
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
