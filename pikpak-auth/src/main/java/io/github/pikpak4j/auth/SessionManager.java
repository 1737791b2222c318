package io.github.pikpak4j.auth;

import io.github.pikpak4j.api.ApiCalls;
import io.github.pikpak4j.api.AuthenticationException;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.UserApi;
import io.github.pikpak4j.api.model.RefreshTokenRequest;
import io.github.pikpak4j.api.model.SignInRequest;
import io.github.pikpak4j.api.model.TokenResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current session and obtains new tokens: sign-in, refresh with rotation, re-sign-in on 4126. All token work
 * is single-flight (one lock) and goes through {@link TokenStore#update}, so the newest refresh token is stored before
 * the new access token is handed out.
 */
final class SessionManager {
  private static final Logger log = LoggerFactory.getLogger(SessionManager.class);
  static final String GRANT_REFRESH = "refresh_token";

  private final ClientProfile profile;
  private final DeviceId deviceId;
  private final UserApi userApi;
  private final TokenStore store;
  private final RefreshMethod refreshMethod;
  private final Clock clock;
  private final Duration refreshMargin;
  private final @Nullable Credentials credentials;
  private final AtomicReference<@Nullable String> suppliedCaptchaToken;
  private final CaptchaTokens captcha;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile @Nullable String initialRefreshToken;
  private volatile @Nullable Session current;

  SessionManager(
      ClientProfile profile,
      DeviceId deviceId,
      UserApi userApi,
      TokenStore store,
      RefreshMethod refreshMethod,
      Clock clock,
      Duration refreshMargin,
      Duration captchaEarlyRenewal,
      @Nullable Credentials credentials,
      @Nullable String captchaToken,
      @Nullable String initialRefreshToken,
      @Nullable Session stored) {
    this.profile = profile;
    this.deviceId = deviceId;
    this.userApi = userApi;
    this.store = store;
    this.refreshMethod = refreshMethod;
    this.clock = clock;
    this.refreshMargin = refreshMargin;
    this.credentials = credentials;
    this.suppliedCaptchaToken = new AtomicReference<>(captchaToken);
    this.initialRefreshToken = initialRefreshToken;
    this.current = usable(stored);
    this.captcha = new CaptchaTokens(
        userApi, profile, deviceId, clock, captchaEarlyRenewal, this::userId, current, this::keepCaptcha);
  }

  /** Keeps a new captcha token with the stored session of the same user; a store that fails costs an init later. */
  private void keepCaptcha(String token, Instant expiresAt) {
    Session s = current;
    if (s == null) {
      return; // not signed in: nothing to keep it with
    }
    String user = s.userId();
    try {
      store.update(stored -> stored == null || !stored.userId().equals(user)
          || !stored.clientId().equals(profile.clientId())
          ? stored
          : stored.toBuilder().captchaToken(token, expiresAt).build());
    } catch (RuntimeException e) {
      log.debug("Could not keep the captcha token with the session: {}", e.getClass().getSimpleName());
    }
  }

  CaptchaTokens captcha() {
    return captcha;
  }

  @Nullable Session current() {
    return current;
  }

  String userId() {
    Session s = current;
    return s == null ? "" : s.userId();
  }

  /** Adopts a valid stored session, else refreshes (stored, then supplied refresh token), else signs in. */
  Session login() {
    lock.lock();
    try {
      Session s =
          store.update(
              stored -> {
                Session base = usable(stored);
                if (base != null && base.hasAccessTokenValidFor(clock.instant(), refreshMargin)) {
                  return base.deviceId().equals(deviceId) ? base : base.toBuilder().deviceId(deviceId).build();
                }
                return obtain(base);
              });
      return adopt(s);
    } finally {
      lock.unlock();
    }
  }

  /** Refreshes now, whatever the access token's expiry (rotation). */
  Session refresh() {
    lock.lock();
    try {
      return adopt(
          store.update(
              stored -> {
                Session base = usable(stored);
                return obtain(base != null ? base : current);
              }));
    } finally {
      lock.unlock();
    }
  }

  /** An access token valid for at least the refresh margin, refreshing (or logging in) first when needed. */
  String accessToken() {
    Session s = current;
    if (s != null && s.hasAccessTokenValidFor(clock.instant(), refreshMargin)) {
      return token(s);
    }
    lock.lock();
    try {
      s = current;
      if (s != null && s.hasAccessTokenValidFor(clock.instant(), refreshMargin)) {
        return token(s);
      }
      if (s == null) {
        return token(login());
      }
      log.debug("Access token expires within {}; refreshing", refreshMargin);
      return token(refreshLocked(s.accessToken()));
    } finally {
      lock.unlock();
    }
  }

  /**
   * The access token to replay with after the server rejected {@code rejected}: refreshes only if {@code rejected} is
   * still the current token; otherwise another thread already refreshed and its token is returned.
   */
  String afterRejection(@Nullable String rejected) {
    lock.lock();
    try {
      Session s = current;
      if (s != null && s.accessToken() != null && !s.accessToken().equals(rejected)) {
        return token(s);
      }
      log.debug("Access token rejected; refreshing");
      return token(refreshLocked(rejected));
    } finally {
      lock.unlock();
    }
  }

  private Session refreshLocked(@Nullable String rejected) {
    Session s =
        store.update(
            stored -> {
              Session base = usable(stored);
              if (base == null) {
                base = current;
              }
              if (base != null
                  && base.accessToken() != null
                  && !base.accessToken().equals(rejected)
                  && base.hasAccessTokenValidFor(clock.instant(), refreshMargin)) {
                log.debug("The stored session was already refreshed elsewhere; adopting it");
                return base;
              }
              return obtain(base);
            });
    return adopt(s);
  }

  private Session adopt(@Nullable Session s) {
    if (s == null) {
      throw new IllegalStateException("token store returned no session");
    }
    Session before = current;
    current = s;
    if (before == null || !before.userId().equals(s.userId())) {
      captcha.clear();
    }
    return s;
  }

  private static String token(Session s) {
    String t = s.accessToken();
    if (t == null) {
      throw new IllegalStateException("session without access token");
    }
    return t;
  }

  /** A stored session is usable if it was issued to this profile's client id. */
  private @Nullable Session usable(@Nullable Session stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.clientId().equals(profile.clientId())) {
      log.debug("Ignoring the stored session: it was issued to another client id");
      return null;
    }
    return stored;
  }

  /** Refresh with the base session's token, then with the supplied one, then sign in; each at most once. */
  private Session obtain(@Nullable Session base) {
    String initial = initialRefreshToken;
    PikPakException rejection = null;
    if (base != null) {
      try {
        return succeeded(refreshWith(base.refreshToken(), base));
      } catch (PikPakException e) {
        if (!isInvalidGrant(e)) {
          throw e;
        }
        rejection = e;
        log.debug("Stored refresh token rejected (invalid_grant)");
      }
    }
    if (initial != null && (base == null || !initial.equals(base.refreshToken()))) {
      initialRefreshToken = null;
      try {
        return succeeded(refreshWith(initial, base));
      } catch (PikPakException e) {
        if (!isInvalidGrant(e)) {
          throw e;
        }
        rejection = e;
        log.debug("Supplied refresh token rejected (invalid_grant)");
      }
    }
    if (credentials != null) {
      return succeeded(signIn(base));
    }
    if (base == null && initial == null) {
      throw new AuthenticationException(
          "Not signed in: supply a username and password, or a refresh token, to sign in");
    }
    throw noPassword(rejection);
  }

  private static AuthenticationException noPassword(@Nullable PikPakException cause) {
    String message =
        "The refresh token was rejected (already rotated, used by another process, or revoked) and no password"
            + " is configured; supply the password or a new refresh token";
    return cause == null
        ? new AuthenticationException(message)
        : new AuthenticationException(message + cause.context().suffix(), cause.context(), cause);
  }

  private Session succeeded(Session s) {
    initialRefreshToken = null;
    return s;
  }

  static boolean isInvalidGrant(PikPakException e) {
    return e.errorCode() == 4126 || "invalid_grant".equals(e.error());
  }

  private Session refreshWith(String refreshToken, @Nullable Session base) {
    log.debug("Refreshing the access token ({})", refreshMethod);
    String secret = profile.clientSecret();
    TokenResponse r =
        refreshMethod == RefreshMethod.OAUTH2_FORM
            ? ApiCalls.execute(userApi.refreshTokenForm(GRANT_REFRESH, refreshToken, profile.clientId(), secret))
            : ApiCalls.execute(
                userApi.refreshToken(
                    profile.clientId(),
                    new RefreshTokenRequest(profile.clientId(), secret, GRANT_REFRESH, refreshToken)));
    return toSession(r, refreshToken, base);
  }

  private Session signIn(@Nullable Session base) {
    Credentials c = credentials;
    if (c == null) {
      throw new IllegalStateException("no credentials");
    }
    String captchaToken = suppliedCaptchaToken.getAndSet(null);
    if (captchaToken != null) {
      log.debug("Signing in with the supplied captcha token");
    } else {
      captchaToken = captcha.forSignIn(c.username());
      log.debug("Signing in");
    }
    TokenResponse r =
        ApiCalls.execute(
            userApi.signIn(
                profile.clientId(),
                new SignInRequest(
                    captchaToken, profile.clientId(), profile.clientSecret(), c.username(), c.password())));
    return toSession(r, null, base);
  }

  private Session toSession(TokenResponse r, @Nullable String previousRefreshToken, @Nullable Session base) {
    String refresh = r.refreshToken();
    if (refresh == null || refresh.isBlank()) {
      if (previousRefreshToken == null) {
        throw new AuthenticationException("The sign-in answer carried no refresh token");
      }
      refresh = previousRefreshToken;
    }
    String sub = r.sub();
    String userId = sub != null && !sub.isEmpty() ? sub : base != null ? base.userId() : "";
    Instant expiresAt = r.expiresIn() > 0 ? clock.instant().plusSeconds(r.expiresIn()) : null;
    boolean sameUser = base != null && base.userId().equals(userId);
    return Session.builder()
        .captchaToken(sameUser ? base.captchaToken() : null, sameUser ? base.captchaTokenExpiresAt() : null)
        .refreshToken(refresh)
        .accessToken(r.accessToken(), expiresAt)
        .userId(userId)
        .deviceId(deviceId)
        .platform(profile.platform())
        .clientId(profile.clientId())
        .build();
  }
}
