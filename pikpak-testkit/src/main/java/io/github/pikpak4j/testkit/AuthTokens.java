package io.github.pikpak4j.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Access and refresh tokens: issue, look up, rotate, expire. */
final class AuthTokens {
  record Access(String token, String userId, String clientId, Instant expiresAt) {}

  record Refresh(String token, String userId, String clientId) {}

  private final ConcurrentHashMap<String, Access> access = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Refresh> refresh = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration accessTtl;
  private volatile Runnable onChange = () -> {};

  AuthTokens(Clock clock, Duration accessTtl) {
    this.clock = clock;
    this.accessTtl = accessTtl;
  }

  Duration accessTtl() {
    return accessTtl;
  }

  /** Issues a new pair and returns the token response fields. */
  Map<String, Object> issue(String userId, String clientId) {
    Instant now = clock.instant();
    String at = jwt(userId, clientId, now);
    access.put(at, new Access(at, userId, clientId, now.plus(accessTtl)));
    String rt = "os." + Ids.random(86);
    refresh.put(rt, new Refresh(rt, userId, clientId));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("token_type", "Bearer");
    m.put("access_token", at);
    m.put("refresh_token", rt);
    m.put("expires_in", accessTtl.getSeconds());
    m.put("sub", userId);
    onChange.run();
    return m;
  }

  /** Consumes a refresh token issued to {@code clientId}, or fails with invalid_grant 4126. */
  Refresh consumeRefresh(String token, String clientId) {
    Refresh r = refresh.get(token);
    if (r == null) {
      throw ApiFailure.invalidGrant(
          "invalid refresh token for it may be has been refreshed by other process");
    }
    if (!r.clientId().equals(clientId)) {
      throw ApiFailure.invalidGrant("refresh token was issued to another client");
    }
    if (!refresh.remove(token, r)) {
      throw ApiFailure.invalidGrant("refresh token has been refreshed");
    }
    onChange.run();
    return r;
  }

  /** Returns the live access token record, or null when unknown or expired. */
  @Nullable Access live(String token) {
    Access a = access.get(token);
    if (a == null || !clock.instant().isBefore(a.expiresAt())) {
      return null;
    }
    return a;
  }

  boolean known(String token) {
    return access.containsKey(token);
  }

  void expireAllAccess() {
    Instant now = clock.instant();
    access.replaceAll((k, v) -> new Access(v.token(), v.userId(), v.clientId(), now));
    onChange.run();
  }

  void revokeAllRefresh() {
    refresh.clear();
    onChange.run();
  }

  /** Sets what runs after every change (issue, rotation, expiry, revocation); default nothing. */
  void onChange(Runnable listener) {
    this.onChange = listener;
  }

  /** Adds tokens saved by an earlier emulator (see {@link AuthStateFile}); no change event. */
  void restore(Collection<Access> accessTokens, Collection<Refresh> refreshTokens) {
    accessTokens.forEach(a -> access.put(a.token(), a));
    refreshTokens.forEach(r -> refresh.put(r.token(), r));
  }

  /** Returns a snapshot of the access tokens, expired ones included. */
  List<Access> accessTokens() {
    return List.copyOf(access.values());
  }

  /** Returns a snapshot of the unused refresh tokens. */
  List<Refresh> refreshTokens() {
    return List.copyOf(refresh.values());
  }

  /** Returns the emulator clock's current time. */
  Instant now() {
    return clock.instant();
  }

  private String jwt(String userId, String clientId, Instant now) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("kid", "emulator-" + Ids.random(8));
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", "https://user.mypikpak.com");
    claims.put("aud", clientId);
    claims.put("exp", now.plus(accessTtl).getEpochSecond());
    claims.put("iat", now.getEpochSecond());
    claims.put("at_hash", "r." + Ids.random(22));
    claims.put("scope", "pan sync offline user profile");
    claims.put("project_id", "2w44ax");
    claims.put("meta", Map.of("a", "0.0.0.0"));
    claims.put("sub", userId);
    claims.put("jti", Ids.random(16));
    return b64(Json.write(header))
        + "."
        + b64(Json.write(claims))
        + "."
        + Ids.base64Url(Ids.randomBytes(64));
  }

  private static String b64(String s) {
    return Ids.base64Url(s.getBytes(StandardCharsets.UTF_8));
  }
}
