package io.github.pikpak4j.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The two kinds of captcha-init {@code meta}: pre-login (sign-in) and post-login (every other action). */
final class CaptchaMeta {
  /** The e-mail rule of the official client, matched against the whole username. */
  static final Pattern EMAIL = Pattern.compile("\\w+([-+.]\\w+)*@\\w+([-.]\\w+)*\\.\\w+([-.]\\w+)*");

  private CaptchaMeta() {}

  /**
   * Pre-login meta: exactly one key, {@code email} if the username is an e-mail address, else {@code phone_number} if
   * it is 11 to 18 characters long, else {@code username}.
   */
  static Map<String, String> preLogin(String username) {
    String key;
    if (EMAIL.matcher(username).matches()) {
      key = "email";
    } else if (username.length() >= 11 && username.length() <= 18) {
      key = "phone_number";
    } else {
      key = "username";
    }
    return Map.of(key, username);
  }

  /** Post-login meta; {@code timestamp} is the very value signed into {@code captcha_sign}. */
  static Map<String, String> postLogin(ClientProfile profile, DeviceId deviceId, String userId, long timestampMillis) {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("client_version", profile.clientVersion());
    meta.put("package_name", profile.packageName());
    meta.put("user_id", userId);
    meta.put("timestamp", Long.toString(timestampMillis));
    meta.put("captcha_sign", CaptchaSigner.sign(profile, deviceId, timestampMillis));
    return meta;
  }
}
