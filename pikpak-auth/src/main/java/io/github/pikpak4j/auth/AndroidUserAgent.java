package io.github.pikpak4j.auth;

/**
 * The Android app's User-Agent: a sequence of {@code key/value} tokens, each followed by one space (so the text ends
 * with a space); empty values stay in as {@code key/}.
 *
 * <pre>{@code
 * String ua = AndroidUserAgent.build(ClientProfile.android(), deviceId, "", clock.millis());
 * }</pre>
 *
 * <p>{@code usrno} is the user id: empty before sign-in, rebuilt with the {@code sub} after it. {@code datetime} is the
 * time the UA was built, not the time of each request.
 */
public final class AndroidUserAgent {
  /** The Android application name used in the {@code ANDROID-} and {@code appname} tokens. */
  public static final String APP_NAME = "com.pikcloud.pikpak";

  static final UserAgentRule RULE =
      new UserAgentRule() {
        @Override
        public String userAgent(ClientProfile profile, DeviceId deviceId, String userId, long datetimeMillis) {
          return build(profile, deviceId, userId, datetimeMillis);
        }

        @Override
        public String toString() {
          return "android";
        }
      };

  private AndroidUserAgent() {}

  /**
   * The device sign: {@code "div101." + deviceId + md5hex(sha1hex(deviceId + packageName + "1" + "appkey"))}, both
   * digests lowercase hex.
   *
   * @param deviceId the device id
   * @param packageName the profile's package name, e.g. {@code com.pikcloud.pikpak}
   * @return the device sign
   */
  public static String deviceSign(DeviceId deviceId, String packageName) {
    String id = deviceId.value();
    return "div101." + id + Hashes.md5Hex(Hashes.sha1Hex(id + packageName + "1" + "appkey"));
  }

  /**
   * Builds the Android User-Agent.
   *
   * @param profile the profile (client id, client version, package name, sdk version)
   * @param deviceId the device id
   * @param userId the user id for {@code usrno}, {@code ""} before sign-in
   * @param datetimeMillis the build time in Unix milliseconds
   * @return the User-Agent, ending with a space
   */
  public static String build(ClientProfile profile, DeviceId deviceId, String userId, long datetimeMillis) {
    StringBuilder ua = new StringBuilder(600);
    token(ua, "ANDROID-" + APP_NAME, profile.clientVersion());
    token(ua, "protocolVersion", "200");
    token(ua, "accesstype", "");
    token(ua, "clientid", profile.clientId());
    token(ua, "clientversion", profile.clientVersion());
    token(ua, "action_type", "");
    token(ua, "networktype", "WIFI");
    token(ua, "sessionid", "");
    token(ua, "deviceid", deviceId.value());
    token(ua, "providername", "NONE");
    token(ua, "devicesign", deviceSign(deviceId, profile.packageName()));
    token(ua, "refresh_token", "");
    token(ua, "sdkversion", profile.sdkVersion());
    token(ua, "datetime", Long.toString(datetimeMillis));
    token(ua, "usrno", userId);
    token(ua, "appname", "android-" + APP_NAME);
    token(ua, "session_origin", "");
    token(ua, "grant_type", "");
    token(ua, "appid", "");
    token(ua, "clientip", "");
    token(ua, "devicename", "Xiaomi_M2004j7ac");
    token(ua, "osversion", "13");
    token(ua, "platformversion", "10");
    token(ua, "accessmode", "");
    token(ua, "devicemodel", "M2004J7AC");
    return ua.toString();
  }

  private static void token(StringBuilder ua, String key, String value) {
    ua.append(key).append('/').append(value).append(' ');
  }
}
