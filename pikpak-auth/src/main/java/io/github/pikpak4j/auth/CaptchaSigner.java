package io.github.pikpak4j.auth;

import java.util.List;

/**
 * Computes {@code captcha_sign}, the proof sent in post-login captcha meta.
 *
 * <pre>{@code
 * long ts = clock.millis();
 * String sign = CaptchaSigner.sign(ClientProfile.web(), deviceId, ts); // "1." + 32 hex
 * // send ts as meta.timestamp: the very same value
 * }</pre>
 *
 * <p>Algorithm: {@code s = clientId + clientVersion + packageName + deviceId + timestamp}; then for each salt in
 * order {@code s = md5hex(s + salt)}; the result is {@code "1." + s}.
 */
public final class CaptchaSigner {
  private CaptchaSigner() {}

  /**
   * Signs with a profile.
   *
   * @param profile the client profile (client id, version, package name, salts)
   * @param deviceId the device id
   * @param timestampMillis Unix milliseconds; the same value must go into {@code meta.timestamp}
   * @return {@code "1."} followed by 32 lowercase hex characters
   */
  public static String sign(ClientProfile profile, DeviceId deviceId, long timestampMillis) {
    return sign(
        profile.clientId(),
        profile.clientVersion(),
        profile.packageName(),
        deviceId.value(),
        timestampMillis,
        profile.salts());
  }

  /**
   * Signs from raw inputs.
   *
   * @param clientId the client id
   * @param clientVersion the client version
   * @param packageName the package name
   * @param deviceId the device id text
   * @param timestampMillis Unix milliseconds
   * @param salts the salts in order
   * @return {@code "1."} followed by 32 lowercase hex characters
   */
  public static String sign(
      String clientId,
      String clientVersion,
      String packageName,
      String deviceId,
      long timestampMillis,
      List<String> salts) {
    String s = clientId + clientVersion + packageName + deviceId + timestampMillis;
    for (String salt : salts) {
      s = Hashes.md5Hex(s + salt);
    }
    return "1." + s;
  }
}
