package io.github.pikpak4j.auth;

import io.github.pikpak4j.api.ApiCalls;
import io.github.pikpak4j.api.CaptchaRequiredException;
import io.github.pikpak4j.api.UserApi;
import io.github.pikpak4j.api.model.CaptchaInitRequest;
import io.github.pikpak4j.api.model.CaptchaInitResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The captcha token of the session, held the way PikPak's own apps and the working peers hold it: one token for every
 * signed-in call (rclone's {@code CaptchaTokenSource}, pikpak-kotlin's {@code state.captchaToken}), obtained by the
 * first call that needs one, renewed shortly before it expires and once when the server rejects it. The action sent
 * with each captcha init is the id-less action of the call that needed it ({@code PATCH:/drive/v1/files}, never
 * {@code PATCH:/drive/v1/files/VN...}; pikpak-kotlin's actions), so no file or task id ever reaches the captcha
 * service. The sign-in action has its own token, never cached ({@link #forSignIn}). Memory is one entry whatever the
 * number of calls.
 *
 * <p>The token is also kept with the stored session (as rclone keeps it in its config), so a new process, such as the
 * next CLI command, reuses it until it nears expiry instead of starting with a captcha init: one request fewer per
 * command, and far fewer inits, which PikPak answers with "too frequent" when they pile up.
 */
final class CaptchaTokens {
  static final String SIGN_IN_ACTION = "POST:/v1/auth/signin";
  /** The longest lifetime believed from a captcha init's {@code expires_in}: one hour. */
  static final long MAX_LIFETIME_SECONDS = 3600;
  static final String REDIRECT_URI = "xlaccsdk01://xbase.cloud/callback?state=harbor";

  /** A path segment naming a resource or a method ({@code v1}, {@code files}, {@code files:batchMove}). */
  private static final Pattern NAME_SEGMENT = Pattern.compile("v\\d+|[a-z][a-z_]*(:[A-Za-z]+)?");

  private static final Logger log = LoggerFactory.getLogger(CaptchaTokens.class);

  private final UserApi userApi;
  private final ClientProfile profile;
  private final DeviceId deviceId;
  private final Clock clock;
  private final Duration earlyRenewal;
  private final Supplier<String> userId;
  private final BiConsumer<String, Instant> keep;
  private final Object lock = new Object();
  private volatile @Nullable Held held;
  private volatile String lastToken = "";

  /** The held token, the user it was issued for, and when to renew it. */
  private record Held(String token, String userId, Instant renewAt) {
    @Override
    public String toString() {
      return "Held[userId=" + userId + ", renewAt=" + renewAt + "]";
    }
  }

  CaptchaTokens(
      UserApi userApi,
      ClientProfile profile,
      DeviceId deviceId,
      Clock clock,
      Duration earlyRenewal,
      Supplier<String> userId,
      @Nullable Session stored,
      BiConsumer<String, Instant> keep) {
    this.userApi = userApi;
    this.profile = profile;
    this.deviceId = deviceId;
    this.clock = clock;
    this.earlyRenewal = earlyRenewal;
    this.userId = userId;
    this.keep = keep;
    String token = stored == null ? null : stored.captchaToken();
    Instant expiresAt = stored == null ? null : stored.captchaTokenExpiresAt();
    if (token != null && expiresAt != null) {
      this.held = new Held(token, stored.userId(), expiresAt.minus(earlyRenewal));
      this.lastToken = token;
    }
  }

  /**
   * The id-less captcha action of a request: upper-case method, {@code :}, the path up to (excluding) its first
   * segment that is not a resource or method name, so {@code GET /drive/v1/files/VNa1/x} gives {@code
   * GET:/drive/v1/files} and {@code POST /drive/v1/files:batchMove} keeps its colon. No host, query or fragment.
   */
  static String action(Request request) {
    StringBuilder path = new StringBuilder();
    for (String segment : request.url().pathSegments()) {
      if (!NAME_SEGMENT.matcher(segment).matches()) {
        break;
      }
      path.append('/').append(segment);
    }
    return request.method().toUpperCase(Locale.ROOT) + ":" + (path.length() == 0 ? "/" : path);
  }

  /** The session's token, from memory or (when none is held, it is due for renewal or the user changed) a new init. */
  String tokenFor(Request request) {
    Held h = held;
    if (usable(h)) {
      return h.token();
    }
    synchronized (lock) {
      h = held;
      if (usable(h)) {
        return h.token();
      }
      return obtain(action(request));
    }
  }

  /**
   * A new token after the server rejected {@code rejected}; if another thread already replaced it, that newer token is
   * returned without a new captcha init.
   */
  String renew(Request request, @Nullable String rejected) {
    synchronized (lock) {
      Held h = held;
      if (usable(h) && !h.token().equals(rejected)) {
        return h.token();
      }
      held = null;
      return obtain(action(request));
    }
  }

  /** A fresh, uncached token for password sign-in, with pre-login meta. */
  String forSignIn(String username) {
    return init(SIGN_IN_ACTION, CaptchaMeta.preLogin(username)).captchaToken();
  }

  /** Forgets the held token (after a new sign-in, the user id in post-login meta changes). */
  void clear() {
    held = null;
  }

  private boolean usable(@Nullable Held h) {
    return h != null && clock.instant().isBefore(h.renewAt()) && h.userId().equals(userId.get());
  }

  private String obtain(String action) {
    long ts = clock.millis();
    String user = Objects.requireNonNullElse(userId.get(), "");
    CaptchaInitResponse r = init(action, CaptchaMeta.postLogin(profile, deviceId, user, ts));
    // PikPak announces about 300 s; an absurd value from the server must not keep a token (on disk too) for ever
    long lifetime = Math.min(MAX_LIFETIME_SECONDS, Math.max(0, r.expiresIn()));
    long early = Math.min(earlyRenewal.getSeconds(), lifetime / 2);
    Instant now = clock.instant();
    held = new Held(r.captchaToken(), user, now.plusSeconds(lifetime - early));
    keep.accept(r.captchaToken(), now.plusSeconds(lifetime));
    return r.captchaToken();
  }

  private CaptchaInitResponse init(String action, Map<String, String> meta) {
    log.debug("Captcha init for {}", action);
    CaptchaInitResponse r =
        ApiCalls.execute(
            userApi.captchaInit(
                profile.clientId(),
                new CaptchaInitRequest(
                    action, lastToken, profile.clientId(), deviceId.value(), meta, REDIRECT_URI)));
    String url = r.url();
    if (url != null && !url.isEmpty()) {
      log.debug("Captcha init for {} requires human verification", action);
      throw new CaptchaRequiredException(
          "PikPak requires human verification for "
              + action
              + ": open verificationUrl() in a browser, solve the puzzle, and supply the resulting captcha token"
              + " for the next sign-in",
          url);
    }
    lastToken = r.captchaToken();
    return r;
  }
}
