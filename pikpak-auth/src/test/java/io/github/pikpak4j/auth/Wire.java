package io.github.pikpak4j.auth;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Helpers for wire-level tests against MockWebServer. */
final class Wire {
  static final DeviceId DEVICE = DeviceId.of("bad0aceb2eb68a01b65b4156e2fd48e2");
  static final long NOW = 1_700_000_000_000L;
  private static final Moshi MOSHI = new Moshi.Builder().build();

  private Wire() {}

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  static MockResponse captcha(String token) {
    return json(200, "{\"captcha_token\":\"" + token + "\",\"expires_in\":300,\"url\":\"\"}");
  }

  static MockResponse tokens(String access, String refresh) {
    return json(
        200,
        "{\"token_type\":\"Bearer\",\"access_token\":\""
            + access
            + "\",\"refresh_token\":\""
            + refresh
            + "\",\"expires_in\":7200,\"sub\":\"U1\"}");
  }

  static MockResponse error(int status, String error, int code) {
    return json(
        status, "{\"error\":\"" + error + "\",\"error_code\":" + code + ",\"error_description\":\"test\"}");
  }

  static MockResponse ok() {
    return json(200, "{\"files\":[],\"next_page_token\":\"\"}");
  }

  static Map<String, Object> body(RecordedRequest r) {
    try {
      return MOSHI
          .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
          .fromJson(r.getBody().utf8());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Session session(String access, String refresh, Instant expiresAt, ClientProfile profile) {
    return Session.builder()
        .refreshToken(refresh)
        .accessToken(access, expiresAt)
        .userId("U1")
        .deviceId(DEVICE)
        .platform(profile.platform())
        .clientId(profile.clientId())
        .build();
  }

  static PikPakAuth.Builder auth(MockWebServer server, MutableClock clock) {
    return PikPakAuth.builder()
        .profile(ClientProfile.web())
        .deviceId(DEVICE.value())
        .userBaseUrl(server.url("/").toString())
        .clock(clock);
  }

  static OkHttpClient api(PikPakAuth auth) {
    return new OkHttpClient.Builder().addInterceptor(auth.interceptor()).build();
  }

  static Response get(OkHttpClient client, MockWebServer server, String pathAndQuery) throws IOException {
    return client.newCall(new Request.Builder().url(server.url(pathAndQuery)).build()).execute();
  }

  static String getBody(OkHttpClient client, MockWebServer server, String pathAndQuery) throws IOException {
    try (Response r = get(client, server, pathAndQuery)) {
      return r.body().string();
    }
  }
}
