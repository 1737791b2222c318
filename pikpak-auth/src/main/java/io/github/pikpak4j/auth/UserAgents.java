package io.github.pikpak4j.auth;

import java.time.Clock;

/** The profile's User-Agent, built once per user id (the Android UA carries {@code usrno} and its build time). */
final class UserAgents {
  private final ClientProfile profile;
  private final DeviceId deviceId;
  private final Clock clock;
  private volatile Built built;

  private static final class Built {
    final String userId;
    final String userAgent;

    Built(String userId, String userAgent) {
      this.userId = userId;
      this.userAgent = userAgent;
    }
  }

  UserAgents(ClientProfile profile, DeviceId deviceId, Clock clock) {
    this.profile = profile;
    this.deviceId = deviceId;
    this.clock = clock;
    this.built = new Built("", profile.userAgent(deviceId, "", clock.millis()));
  }

  String forUser(String userId) {
    Built b = built;
    if (!b.userId.equals(userId)) {
      b = new Built(userId, profile.userAgent(deviceId, userId, clock.millis()));
      built = b;
    }
    return b.userAgent;
  }
}
