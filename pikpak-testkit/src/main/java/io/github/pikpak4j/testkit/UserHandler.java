package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The user listener: captcha init, sign-in, token refresh, user info, the puzzle page. */
final class UserHandler extends ApiHandler {
  static final String SIGNIN_ACTION = "POST:/v1/auth/signin";
  private static final Pattern ACTION = Pattern.compile("[A-Z]+:(/|https?://)\\S*");
  private static final List<String> PRE_LOGIN_KEYS = List.of("email", "phone_number", "username");
  private static final Duration MAX_SKEW = Duration.ofMinutes(10);

  private final EmulatorState state;
  private final RequestGuard guard;

  UserHandler(EmulatorState state) {
    super("user", state.journal, state.faults, state.clock);
    this.state = state;
    this.guard = new RequestGuard(state);
  }

  @Override
  protected void route(ApiCall call) throws IOException {
    String key = call.method() + " " + call.path();
    switch (key) {
      case "POST /v1/shield/captcha/init":
        Http.sendJson(call.exchange(), 200, Json.write(captchaInit(call)));
        return;
      case "POST /v1/auth/signin":
        Http.sendJson(call.exchange(), 200, Json.write(signIn(call)));
        return;
      case "POST /v1/auth/token":
        Http.sendJson(call.exchange(), 200, Json.write(token(call)));
        return;
      case "GET /v1/user/me":
        Http.sendJson(call.exchange(), 200, Json.write(me(call)));
        return;
      case "GET /captcha/v2/spritePuzzle.html":
        puzzle(call);
        return;
      default:
        throw noRoute(call);
    }
  }

  // ---- captcha init --------------------------------------------------------------------------

  private Map<String, Object> captchaInit(ApiCall call) {
    Map<String, Object> body = Json.parseObject(call.body(), "body");
    String clientId = requireString(body, "client_id");
    KnownClient client =
        KnownClient.byClientId(clientId)
            .orElseThrow(() -> ApiFailure.invalidArgument("invalid client_id"));
    checkQueryClientId(call, clientId);
    String action = requireString(body, "action");
    if (!ACTION.matcher(action).matches() || action.contains("?") || action.contains("#")) {
      throw ApiFailure.invalidArgument("action must be METHOD:/path");
    }
    String normalized = normalizeAction(action);
    String deviceId = requireString(body, "device_id");
    if (!RequestGuard.DEVICE_ID.matcher(deviceId).matches()) {
      throw ApiFailure.invalidArgument("device_id must be 32 lowercase hex characters");
    }
    optionalString(body, "captcha_token");
    optionalString(body, "redirect_uri");
    Object metaObj = body.get("meta");
    if (!(metaObj instanceof Map)) {
      throw ApiFailure.invalidArgument("meta must be an object");
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) metaObj).entrySet()) {
      if (!(e.getValue() instanceof String)) {
        throw ApiFailure.invalidArgument("meta." + e.getKey() + " must be a string");
      }
      meta.put((String) e.getKey(), (String) e.getValue());
    }
    String userId = "";
    String preLoginName = "";
    if (normalized.equals(SIGNIN_ACTION)) {
      if (meta.size() != 1 || !PRE_LOGIN_KEYS.contains(meta.keySet().iterator().next())) {
        throw ApiFailure.invalidArgument(
            "meta.username expect exactly one of email, phone_number, username;"
                + " please check captcha init params");
      }
      preLoginName = meta.values().iterator().next();
      if (preLoginName.isBlank()) {
        throw ApiFailure.invalidArgument("meta." + meta.keySet().iterator().next() + " is empty");
      }
    } else {
      userId = checkPostLoginMeta(meta, client, deviceId);
    }
    boolean human = state.humanVerification;
    CaptchaTokens.Issued issued =
        state.captcha.issue(normalized, clientId, deviceId, userId, preLoginName, !human);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("captcha_token", issued.token());
    out.put("expires_in", state.captcha.ttl().getSeconds());
    out.put("url", human ? puzzleUrl(normalized, clientId, deviceId, issued.token()) : "");
    return out;
  }

  private String checkPostLoginMeta(Map<String, String> meta, KnownClient client, String deviceId) {
    for (String k :
        List.of("client_version", "package_name", "user_id", "timestamp", "captcha_sign")) {
      if (!meta.containsKey(k)) {
        throw ApiFailure.invalidArgument("meta." + k + " is required; please check captcha init params");
      }
    }
    Optional<KnownClient> tuple =
        KnownClient.byTuple(
            client.clientId(), meta.get("client_version"), meta.get("package_name"));
    if (tuple.isEmpty()) {
      throw ApiFailure.captchaInvalid4002(
          "meta.client_version or meta.package_name does not match client_id");
    }
    String ts = meta.get("timestamp");
    long millis;
    try {
      millis = Long.parseLong(ts);
    } catch (NumberFormatException e) {
      throw ApiFailure.invalidArgument("meta.timestamp must be Unix milliseconds");
    }
    long skew = Math.abs(state.clock.millis() - millis);
    if (skew > MAX_SKEW.toMillis()) {
      throw ApiFailure.captchaInvalid4002("meta.timestamp is too far from the server time");
    }
    String expected = tuple.get().captchaSign(deviceId, ts);
    if (!expected.equals(meta.get("captcha_sign"))) {
      throw ApiFailure.captchaInvalid4002("captcha_sign verification failed");
    }
    String userId = meta.get("user_id");
    if (!userId.isEmpty() && state.accountById(userId) == null) {
      throw ApiFailure.invalidArgument("meta.user_id is unknown");
    }
    return userId;
  }

  static String normalizeAction(String action) {
    int colon = action.indexOf(':');
    String method = action.substring(0, colon);
    String rest = action.substring(colon + 1);
    if (rest.startsWith("http://") || rest.startsWith("https://")) {
      int slash = rest.indexOf('/', rest.indexOf("//") + 2);
      rest = slash < 0 ? "/" : rest.substring(slash);
    }
    return method + ":" + rest;
  }

  private String puzzleUrl(String action, String clientId, String deviceId, String token) {
    return state.userBaseUrl
        + "captcha/v2/spritePuzzle.html?action="
        + enc(action)
        + "&appName=NONE&appid=XBASE&captcha_token="
        + enc(token)
        + "&client_id="
        + enc(clientId)
        + "&device_id="
        + deviceId
        + "&event=shield-captcha-init&credittype=1";
  }

  private void puzzle(ApiCall call) throws IOException {
    String token = state.captcha.issue(SIGNIN_ACTION, call.query().getOrDefault("client_id", ""),
        call.query().getOrDefault("device_id", ""), "", "", true).token();
    String html =
        "<!doctype html><html><head><title>PikPak emulator puzzle</title></head><body>"
            + "<h1>Puzzle solved</h1><p>This emulator treats opening this page as solving the"
            + " puzzle. Use this captcha token for your next sign-in:</p><pre id=\"captcha_token\">"
            + token
            + "</pre></body></html>";
    Http.sendText(call.exchange(), 200, "text/html; charset=utf-8", html);
  }

  // ---- sign-in -------------------------------------------------------------------------------

  private Map<String, Object> signIn(ApiCall call) {
    Map<String, Object> body = Json.parseObject(call.body(), "body");
    String clientId = requireString(body, "client_id");
    KnownClient client =
        KnownClient.byClientId(clientId)
            .orElseThrow(() -> ApiFailure.invalidArgument("invalid client_id"));
    checkQueryClientId(call, clientId);
    checkSecret(body, client);
    String captchaToken = optionalString(body, "captcha_token");
    if (captchaToken == null || captchaToken.isEmpty()) {
      throw ApiFailure.captchaRequired();
    }
    String username = requireString(body, "username");
    String password = requireString(body, "password");
    CaptchaTokens.Issued issued = state.captcha.find(captchaToken);
    if (issued == null) {
      throw ApiFailure.captchaInvalid4002("The captcha token is invalid");
    }
    if (!issued.usable()) {
      throw new ApiFailure(
          400, "captcha_invalid", 4002, "result:review - human verification required", "review");
    }
    if (state.captcha.live(captchaToken) == null) {
      throw ApiFailure.captchaInvalid4002("The captcha token has expired");
    }
    if (!issued.action().equals(SIGNIN_ACTION) || !issued.clientId().equals(clientId)) {
      throw ApiFailure.captchaInvalid4002("The captcha token was not issued for this sign-in");
    }
    if (!issued.preLoginName().isEmpty()
        && !issued.preLoginName().trim().equalsIgnoreCase(username.trim())) {
      throw ApiFailure.captchaInvalid4002("The captcha token was issued for another account");
    }
    state.captcha.expire(captchaToken);
    Account account = state.findAccount(username);
    if (account == null || !account.password().equals(password)) {
      throw ApiFailure.invalidAccountOrPassword();
    }
    return state.tokens.issue(account.userId(), clientId);
  }

  // ---- token ---------------------------------------------------------------------------------

  private Map<String, Object> token(ApiCall call) {
    String ct = call.contentType();
    Map<String, Object> body;
    if (ct != null && ct.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      body = new LinkedHashMap<>(Http.parseQuery(call.body()));
    } else {
      body = Json.parseObject(call.body(), "body");
    }
    String grantType = requireString(body, "grant_type");
    if (grantType.equals("password")) {
      throw ApiFailure.invalidArgument("currently not supported");
    }
    if (!grantType.equals("refresh_token")) {
      throw ApiFailure.invalidArgument("unsupported grant_type");
    }
    String clientId = requireString(body, "client_id");
    KnownClient client =
        KnownClient.byClientId(clientId)
            .orElseThrow(() -> ApiFailure.invalidArgument("invalid client_id"));
    checkQueryClientId(call, clientId);
    checkSecret(body, client);
    String refreshToken = requireString(body, "refresh_token");
    AuthTokens.Refresh r = state.tokens.consumeRefresh(refreshToken, clientId);
    return state.tokens.issue(r.userId(), clientId);
  }

  // ---- user info -----------------------------------------------------------------------------

  private Map<String, Object> me(ApiCall call) {
    RequestGuard.Caller caller = guard.authenticate(call);
    Account a = state.accountById(caller.userId());
    if (a == null) {
      throw ApiFailure.unauthenticated("unauthenticated: account removed");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sub", a.userId());
    String name = a.username();
    m.put("name", a.isEmail() ? name.substring(0, name.indexOf('@')) : name);
    m.put("email", a.isEmail() ? a.username() : "");
    m.put("phone_number", a.isPhone() ? a.username() : "");
    m.put("picture", "");
    m.put("providers", List.of());
    m.put("password", "SET");
    m.put("status", "ACTIVE");
    m.put("created_at", Times.format(a.createdAt()));
    m.put("password_updated_at", Times.format(a.createdAt()));
    return m;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static void checkQueryClientId(ApiCall call, String bodyClientId) {
    String q = call.query().get("client_id");
    if (q != null && !q.equals(bodyClientId)) {
      throw ApiFailure.clientIdNotMatch();
    }
  }

  private static void checkSecret(Map<String, Object> body, KnownClient client) {
    String secret = optionalString(body, "client_secret");
    if (secret != null && !secret.isEmpty() && !secret.equals(client.clientSecret())) {
      throw ApiFailure.invalidArgument("client_secret not match");
    }
  }

  static String requireString(Map<String, Object> body, String name) {
    Object v = body.get(name);
    if (!(v instanceof String) || ((String) v).isEmpty()) {
      throw ApiFailure.invalidArgument(name + " is required");
    }
    return (String) v;
  }

  static @Nullable String optionalString(Map<String, Object> body, String name) {
    Object v = body.get(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String)) {
      throw ApiFailure.invalidArgument(name + " must be a string");
    }
    return (String) v;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
