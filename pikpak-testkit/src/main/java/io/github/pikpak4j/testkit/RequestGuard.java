package io.github.pikpak4j.testkit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The header checks of every authenticated API call. It <em>refuses</em> only what PikPak refuses, and
 * <em>records</em> (in the {@link Deviation} journal) what PikPak accepts although it departs from the strict form:
 *
 * <ul>
 *   <li>refused: a missing, malformed, unknown or expired bearer token (16); an {@code X-Client-Id} of another client
 *       than the token's, or missing on a share read ("client_id not match", protocol §4, §9); a malformed {@code
 *       X-Device-Id}; an invalid or foreign captcha token, or none where one is required (9);
 *   <li>recorded: a missing {@code X-Client-Id} elsewhere (PikPakAPI never sends it and works); a User-Agent that is
 *       missing, a library default or of another platform than the client id's (no UA has been seen refused, protocol
 *       §2.2); a missing captcha token where PikPak accepts none.
 * </ul>
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

  /** Authenticates a call for which a missing {@code X-Client-Id} is only recorded. */
  Caller authenticate(ApiCall call) {
    return authenticate(call, false);
  }

  /**
   * Authenticates a call.
   *
   * @param clientIdRequired whether a missing {@code X-Client-Id} is refused (share reads) rather than recorded
   */
  Caller authenticate(ApiCall call, boolean clientIdRequired) {
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
    if (clientId == null || clientId.isEmpty()) {
      if (clientIdRequired) {
        throw ApiFailure.clientIdNotMatch();
      }
      state.deviations.record(call, Deviation.RULE_CLIENT_ID_MISSING, "no X-Client-Id on an authenticated call");
      clientId = access.clientId();
    } else if (KnownClient.byClientId(clientId).isEmpty() || !clientId.equals(access.clientId())) {
      throw ApiFailure.clientIdNotMatch();
    }
    String deviceId = call.header("X-Device-Id");
    if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
      throw ApiFailure.invalidArgument("X-Device-Id must be 32 lowercase hex characters");
    }
    recordUserAgent(call, clientId);
    return new Caller(access.userId(), clientId, deviceId);
  }

  /** Authenticates a drive call and checks its captcha token, a missing one only recorded. */
  Caller signedIn(ApiCall call) {
    Caller caller = authenticate(call);
    checkCaptcha(call, caller, false);
    return caller;
  }

  /**
   * Checks the captcha token of a drive call.
   *
   * @param required whether a missing token is refused (file details) rather than recorded
   */
  void checkCaptcha(ApiCall call, Caller caller, boolean required) {
    String token = call.header("X-Captcha-Token");
    if (token == null || token.isEmpty()) {
      if (required) {
        throw ApiFailure.captchaInvalid9(state.captchaErrorStatus, "captcha token required");
      }
      state.deviations.record(call, Deviation.RULE_CAPTCHA_TOKEN_MISSING, "no X-Captcha-Token on a drive call");
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

  /** Records a User-Agent that is missing, a library default, or not of the client id's platform. */
  void recordUserAgent(ApiCall call, String clientId) {
    String problem = userAgentProblem(call.header("User-Agent"), clientId);
    if (problem != null) {
      state.deviations.record(call, Deviation.RULE_USER_AGENT, problem);
    }
  }

  /** What is wrong with the User-Agent for the client id's platform, or null when nothing is. */
  static @Nullable String userAgentProblem(@Nullable String ua, String clientId) {
    String platform = KnownClient.byClientId(clientId).map(KnownClient::platform).orElse("");
    if (ua == null || ua.isBlank()) {
      return "no User-Agent";
    }
    String lower = ua.toLowerCase(Locale.ROOT);
    if (lower.startsWith("okhttp")
        || lower.contains("java-http-client")
        || lower.startsWith("java/")
        || lower.startsWith("python")
        || lower.startsWith("go-http-client")
        || lower.startsWith("curl/")) {
      return "a library's default User-Agent";
    }
    if (platform.equals("android")) {
      if (!ua.startsWith("ANDROID-com.pikcloud.pikpak/")) {
        return "not an Android User-Agent for an Android client id";
      }
      Matcher m = UA_CLIENT_ID.matcher(ua);
      if (m.find() && !m.group(1).isEmpty() && !m.group(1).equals(clientId)) {
        return "the User-Agent's clientid/ is another client id";
      }
    } else if (!ua.contains("Mozilla/5.0")) {
      return "not a browser User-Agent for a " + platform + " client id";
    }
    return null;
  }
}
