package io.github.pikpak4j.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Issued captcha tokens with their expiry on the emulator clock. */
final class CaptchaTokens {
  /** One issued token. {@code userId} is "" for pre-login and anonymous tokens. */
  record Issued(
      String token,
      String action,
      String clientId,
      String deviceId,
      String userId,
      String preLoginName,
      Instant expiresAt,
      boolean usable) {}

  private final ConcurrentHashMap<String, Issued> tokens = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;

  CaptchaTokens(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  Duration ttl() {
    return ttl;
  }

  Issued issue(
      String action,
      String clientId,
      String deviceId,
      String userId,
      String preLoginName,
      boolean usable) {
    String token = "ck0." + Ids.random(usable ? 96 : 95) + (usable ? "" : "h");
    Issued i =
        new Issued(
            token, action, clientId, deviceId, userId, preLoginName, clock.instant().plus(ttl), usable);
    tokens.put(token, i);
    return i;
  }

  /** Returns the token if it is known, usable and not expired. */
  @Nullable Issued live(String token) {
    Issued i = tokens.get(token);
    if (i == null || !i.usable() || !clock.instant().isBefore(i.expiresAt())) {
      return null;
    }
    return i;
  }

  @Nullable Issued find(String token) {
    return tokens.get(token);
  }

  void expire(String token) {
    Instant now = clock.instant();
    tokens.computeIfPresent(
        token,
        (k, v) ->
            new Issued(
                v.token(), v.action(), v.clientId(), v.deviceId(), v.userId(), v.preLoginName(),
                now, v.usable()));
  }

  void expireAll() {
    Instant now = clock.instant();
    tokens.replaceAll(
        (k, v) ->
            new Issued(
                v.token(), v.action(), v.clientId(), v.deviceId(), v.userId(), v.preLoginName(),
                now, v.usable()));
  }
}
