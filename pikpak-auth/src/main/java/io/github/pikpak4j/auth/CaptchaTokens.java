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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captcha tokens per action ({@code METHOD:/path}): cached until shortly before expiry, obtained single-flight per
 * action, renewed once when the server rejects the held one.
 */
final class CaptchaTokens {
  static final String SIGN_IN_ACTION = "POST:/v1/auth/signin";
  static final String REDIRECT_URI = "xlaccsdk01://xbase.cloud/callback?state=harbor";

  private static final Logger log = LoggerFactory.getLogger(CaptchaTokens.class);

  private final UserApi userApi;
  private final ClientProfile profile;
  private final DeviceId deviceId;
  private final Clock clock;
  private final Duration earlyRenewal;
  private final Supplier<String> userId;
  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private volatile String lastToken = "";

  private static final class Entry {
    final String token;
    final Instant renewAt;

    Entry(String token, Instant renewAt) {
      this.token = token;
      this.renewAt = renewAt;
    }
  }

  CaptchaTokens(
      UserApi userApi,
      ClientProfile profile,
      DeviceId deviceId,
      Clock clock,
      Duration earlyRenewal,
      Supplier<String> userId) {
    this.userApi = userApi;
    this.profile = profile;
    this.deviceId = deviceId;
    this.clock = clock;
    this.earlyRenewal = earlyRenewal;
    this.userId = userId;
  }

  /** The captcha action of a request: upper-case method, {@code :}, the path (no host, query or fragment). */
  static String action(Request request) {
    return request.method().toUpperCase(Locale.ROOT) + ":" + request.url().encodedPath();
  }

  /** A valid token for the action, from the cache or a new captcha init (post-login meta). */
  String tokenFor(String action) {
    Entry e = cache.get(action);
    if (e != null && fresh(e)) {
      return e.token;
    }
    ReentrantLock lock = locks.computeIfAbsent(action, a -> new ReentrantLock());
    lock.lock();
    try {
      e = cache.get(action);
      if (e != null && fresh(e)) {
        return e.token;
      }
      return obtain(action);
    } finally {
      lock.unlock();
    }
  }

  /**
   * A new token for the action after the server rejected {@code rejected}; if another thread already replaced it, that
   * newer token is returned without a new captcha init.
   */
  String renew(String action, @Nullable String rejected) {
    ReentrantLock lock = locks.computeIfAbsent(action, a -> new ReentrantLock());
    lock.lock();
    try {
      Entry e = cache.get(action);
      if (e != null && !e.token.equals(rejected) && fresh(e)) {
        return e.token;
      }
      cache.remove(action);
      return obtain(action);
    } finally {
      lock.unlock();
    }
  }

  /** A fresh, uncached token for password sign-in, with pre-login meta. */
  String forSignIn(String username) {
    return init(SIGN_IN_ACTION, CaptchaMeta.preLogin(username)).captchaToken();
  }

  /** Forgets every cached token (after a new sign-in, the user id in post-login meta changes). */
  void clear() {
    cache.clear();
  }

  private boolean fresh(Entry e) {
    return clock.instant().isBefore(e.renewAt);
  }

  private String obtain(String action) {
    long ts = clock.millis();
    CaptchaInitResponse r = init(action, CaptchaMeta.postLogin(profile, deviceId, userId.get(), ts));
    long lifetime = Math.max(0, r.expiresIn());
    long early = Math.min(earlyRenewal.getSeconds(), lifetime / 2);
    cache.put(action, new Entry(r.captchaToken(), clock.instant().plusSeconds(lifetime - early)));
    return r.captchaToken();
  }

  private CaptchaInitResponse init(String action, Map<String, String> meta) {
    Entry held = cache.get(action);
    String current = held != null ? held.token : lastToken;
    log.debug("Captcha init for {}", action);
    CaptchaInitResponse r =
        ApiCalls.execute(
            userApi.captchaInit(
                profile.clientId(),
                new CaptchaInitRequest(
                    action, current, profile.clientId(), deviceId.value(), meta, REDIRECT_URI)));
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
