package io.github.pikpak4j.testkit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header checks of every authenticated API call: bearer token, {@code X-Client-Id}, {@code
 * X-Device-Id}, a User-Agent consistent with the client's platform, and (on drive calls) the
 * captcha token.
 */
final class RequestGuard {
  static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern UA_CLIENT_ID = Pattern.compile("(?:^|\\s)clientid/(\\S*)");

  /** The authenticated caller. */
  record Caller(String userId, String clientId, String deviceId) {}

  private final EmulatorState state;

  RequestGuard(EmulatorState state) {
    this.state = state;
  }

  Caller authenticate(ApiCall call) {
    String auth = call.header("Authorization");
    if (auth == null || auth.isBlank()) {
      throw ApiFailure.unauthenticated("unauthenticated: missing Authorization header");
    }
    if (!auth.startsWith("Bearer ")) {
      throw ApiFailure.unauthenticated("unauthenticated: expected a Bearer token");
    }
    String token = auth.substring("Bearer ".length()).trim();
    AuthTokens.Access access = state.tokens.live(token);
    if (access == null) {
      throw ApiFailure.unauthenticated(
          state.tokens.known(token)
              ? "unauthenticated: access token expired"
              : "unauthenticated: invalid access token");
    }
    String clientId = call.header("X-Client-Id");
    if (clientId == null
        || KnownClient.byClientId(clientId).isEmpty()
        || !clientId.equals(access.clientId())) {
      throw ApiFailure.clientIdNotMatch();
    }
    String deviceId = call.header("X-Device-Id");
    if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
      throw ApiFailure.invalidArgument("X-Device-Id must be 32 lowercase hex characters");
    }
    checkUserAgent(call.header("User-Agent"), clientId);
    return new Caller(access.userId(), clientId, deviceId);
  }

  /**
   * Checks the captcha token of a drive call.
   *
   * @param required whether a missing token is an error
   */
  void checkCaptcha(ApiCall call, Caller caller, boolean required) {
    String token = call.header("X-Captcha-Token");
    if (token == null || token.isEmpty()) {
      if (required) {
        throw ApiFailure.captchaInvalid9(state.captchaErrorStatus, "captcha token required");
      }
      return;
    }
    CaptchaTokens.Issued issued = state.captcha.live(token);
    if (issued == null) {
      throw ApiFailure.captchaInvalid9(
          state.captchaErrorStatus, "The captcha token is invalid or expired");
    }
    if (!issued.userId().equals(caller.userId()) || !issued.clientId().equals(caller.clientId())) {
      throw ApiFailure.captchaInvalid9(
          state.captchaErrorStatus, "The captcha token was not issued for this user and client");
    }
  }

  static void checkUserAgent(@org.jspecify.annotations.Nullable String ua, String clientId) {
    String platform = KnownClient.byClientId(clientId).map(KnownClient::platform).orElse("");
    if (ua == null || ua.isBlank()) {
      throw uaMismatch();
    }
    String lower = ua.toLowerCase(Locale.ROOT);
    if (lower.startsWith("okhttp")
        || lower.contains("java-http-client")
        || lower.startsWith("java/")
        || lower.startsWith("python")
        || lower.startsWith("go-http-client")
        || lower.startsWith("curl/")) {
      throw uaMismatch();
    }
    if (platform.equals("android")) {
      if (!ua.startsWith("ANDROID-com.pikcloud.pikpak/")) {
        throw uaMismatch();
      }
      Matcher m = UA_CLIENT_ID.matcher(ua);
      if (m.find() && !m.group(1).isEmpty() && !m.group(1).equals(clientId)) {
        throw uaMismatch();
      }
    } else if (!ua.contains("Mozilla/5.0")) {
      throw uaMismatch();
    }
  }

  private static ApiFailure uaMismatch() {
    return new ApiFailure(
        400,
        "invalid_argument",
        3,
        "User-Agent does not match the client_id's platform",
        "USER_AGENT_NOT_MATCH");
  }
}
