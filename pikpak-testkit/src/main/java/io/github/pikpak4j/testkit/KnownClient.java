package io.github.pikpak4j.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The client profile tuples the emulator accepts, every one known to work against PikPak: the
 * three current ones (protocol section 2.1: android 1.53.2, web, pc) and the older Android 1.47.1
 * (PikPakAPI) and 1.21.0 (pikpakcli, pikpak-kotlin) tuples (Appendix A). This is the emulator's own copy, independent of
 * the SDK's profiles, so that a wrong value in either is caught by the other.
 *
 * <pre>{@code
 * String sign = KnownClient.WEB.captchaSign(deviceId, "1700000000000");
 * }</pre>
 */
public enum KnownClient {
  /** Android 1.53.2. */
  ANDROID(
      "android",
      "YNxT9w7GMdWvEOKa",
      "dbw2OtmVEeuUvIptb1Coyg",
      "1.53.2",
      "com.pikcloud.pikpak",
      List.of(
          "SOP04dGzk0TNO7t7t9ekDbAmx+eq0OI1ovEx",
          "nVBjhYiND4hZ2NCGyV5beamIr7k6ifAsAbl",
          "Ddjpt5B/Cit6EDq2a6cXgxY9lkEIOw4yC1GDF28KrA",
          "VVCogcmSNIVvgV6U+AochorydiSymi68YVNGiz",
          "u5ujk5sM62gpJOsB/1Gu/zsfgfZO",
          "dXYIiBOAHZgzSruaQ2Nhrqc2im",
          "z5jUTBSIpBN9g4qSJGlidNAutX6",
          "KJE2oveZ34du/g1tiimm")),
  /** Web 2.0.0. */
  WEB(
      "web",
      "YUMx5nI8ZU8Ap8pm",
      "dbw2OtmVEeuUvIptb1Coyg",
      "2.0.0",
      "mypikpak.com",
      List.of(
          "C9qPpZLN8ucRTaTiUMWYS9cQvWOE",
          "+r6CQVxjzJV6LCV",
          "F",
          "pFJRC",
          "9WXYIDGrwTCz2OiVlgZa90qpECPD6olt",
          "/750aCr4lm/Sly/c",
          "RB+DT/gZCrbV",
          "",
          "CyLsf7hdkIRxRm215hl",
          "7xHvLi2tOYP0Y92b",
          "ZGTXXxu8E/MIWaEDB+Sm/",
          "1UI3",
          "E7fP5Pfijd+7K+t6Tg/NhuLq0eEUVChpJSkrKxpO",
          "ihtqpG6FMt65+Xk+tWUH2",
          "NhXXU9rg4XXdzo7u5o")),
  /** PC (Electron), client version the literal {@code undefined}. */
  PC(
      "pc",
      "YvtoWO6GNHiuCl7x",
      "1NIH5R1IEe2pAxZE3hv3uA",
      "undefined",
      "mypikpak.com",
      List.of(
          "KHBJ07an7ROXDoK7Db",
          "G6n399rSWkl7WcQmw5rpQInurc1DkLmLJqE",
          "JZD1A3M4x+jBFN62hkr7VDhkkZxb9g3rWqRZqFAAb",
          "fQnw/AmSlbbI91Ik15gpddGgyU7U",
          "/Dv9JdPYSj3sHiWjouR95NTQff",
          "yGx2zuTjbWENZqecNI+edrQgqmZKP",
          "ljrbSzdHLwbqcRn",
          "lSHAsqCkGDGxQqqwrVu",
          "TsWXI81fD1",
          "vk7hBjawK/rOSrSWajtbMk95nfgf3")),
  /** The superseded Android 1.47.1 tuple that PikPakAPI 0.1.11 ships (protocol Appendix A). */
  ANDROID_1_47_1(
      "android",
      "YNxT9w7GMdWvEOKa",
      "dbw2OtmVEeuUvIptb1Coyg",
      "1.47.1",
      "com.pikcloud.pikpak",
      List.of(
          "Gez0T9ijiI9WCeTsKSg3SMlx",
          "zQdbalsolyb1R/",
          "ftOjr52zt51JD68C3s",
          "yeOBMH0JkbQdEFNNwQ0RI9T3wU/v",
          "BRJrQZiTQ65WtMvwO",
          "je8fqxKPdQVJiy1DM6Bc9Nb1",
          "niV",
          "9hFCW2R1",
          "sHKHpe2i96",
          "p7c5E6AcXQ/IJUuAEC9W6",
          "",
          "aRv9hjc9P+Pbn+u3krN6",
          "BzStcgE8qVdqjEH16l4",
          "SqgeZvL5j9zoHP95xWHt",
          "zVof5yaJkPe3VFpadPof")),
  /** The superseded Android 1.21.0 tuple that some clients still ship. */
  ANDROID_1_21_0(
      "android",
      "YNxT9w7GMdWvEOKa",
      "dbw2OtmVEeuUvIptb1Coyg",
      "1.21.0",
      "com.pikcloud.pikpak",
      List.of(
          "",
          "E32cSkYXC2bciKJGxRsE8ZgwmH/YwkvpD6/O9guSOa2irCwciH4xPHaH",
          "QtqgfMgHP2TFl",
          "zOKgHT56L7nIzFzDpUGhpWFrgP53m3G6ML",
          "S",
          "THxpsktzfFXizUv7DK1y/N7NZ1WhayViluBEvAJJ8bA1Wr6",
          "y9PXH3xGUhG/zQI8CaapRw2LhldCaFM9CRlKpZXJvj+pifu",
          "+RaaG7T8FRTI4cP019N5y9ofLyHE9ySFUr",
          "6Pf1l8UTeuzYldGtb/d"));

  private final String platform;
  private final String clientId;
  private final String clientSecret;
  private final String clientVersion;
  private final String packageName;
  private final List<String> salts;

  KnownClient(
      String platform,
      String clientId,
      String clientSecret,
      String clientVersion,
      String packageName,
      List<String> salts) {
    this.platform = platform;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clientVersion = clientVersion;
    this.packageName = packageName;
    this.salts = salts;
  }

  /**
   * Returns the platform.
   *
   * @return {@code android}, {@code web} or {@code pc}
   */
  public String platform() {
    return platform;
  }

  /**
   * Returns the client id.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the client secret.
   *
   * @return the client secret
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * Returns the client version.
   *
   * @return the client version
   */
  public String clientVersion() {
    return clientVersion;
  }

  /**
   * Returns the package name used in the captcha sign.
   *
   * @return the package name
   */
  public String packageName() {
    return packageName;
  }

  /**
   * Returns the salts, in order.
   *
   * @return the immutable salt list
   */
  public List<String> salts() {
    return salts;
  }

  /**
   * Computes the {@code captcha_sign} (protocol section 3.2) for this tuple.
   *
   * @param deviceId the device id
   * @param timestampMillis the decimal Unix-millisecond timestamp, as sent in the meta
   * @return {@code "1."} followed by 32 lowercase hex characters
   */
  public String captchaSign(String deviceId, String timestampMillis) {
    String s = clientId + clientVersion + packageName + deviceId + timestampMillis;
    for (String salt : salts) {
      s = md5Hex(s + salt);
    }
    return "1." + s;
  }

  /**
   * Finds the tuple a client id belongs to, preferring the current one.
   *
   * @param clientId the client id
   * @return the first matching tuple
   */
  public static Optional<KnownClient> byClientId(String clientId) {
    for (KnownClient c : values()) {
      if (c.clientId.equals(clientId)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the tuple with exactly this client id, version and package.
   *
   * @param clientId the client id
   * @param clientVersion the client version
   * @param packageName the package name
   * @return the matching tuple
   */
  public static Optional<KnownClient> byTuple(
      String clientId, String clientVersion, String packageName) {
    for (KnownClient c : values()) {
      if (c.clientId.equals(clientId)
          && c.clientVersion.equals(clientVersion)
          && c.packageName.equals(packageName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  static String md5Hex(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("MD5");
      return Gcid.hex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
