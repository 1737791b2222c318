package io.github.pikpak4j.auth;

import java.util.Objects;

/**
 * How a {@link ClientProfile} builds its {@code User-Agent} header. PikPak compares the User-Agent with the client
 * profile, so the SDK sends the profile's UA, never its own.
 *
 * <pre>{@code
 * UserAgentRule web = UserAgentRule.fixed(UserAgentRule.WEB_USER_AGENT);
 * UserAgentRule android = UserAgentRule.android();
 * }</pre>
 */
@FunctionalInterface
public interface UserAgentRule {

  /** The web profile's User-Agent (a Chrome 117 browser on Windows). */
  String WEB_USER_AGENT =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/117.0.0.0"
          + " Safari/537.36";

  /** The pc profile's User-Agent (the Electron desktop app 2.6.11.4955). */
  String PC_USER_AGENT =
      "MainWindow Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) PikPak/2.6.11.4955"
          + " Chrome/100.0.4896.160 Electron/18.3.15 Safari/537.36";

  /**
   * Builds the User-Agent.
   *
   * @param profile the profile the UA belongs to
   * @param deviceId the device id in use
   * @param userId the signed-in user id ({@code sub}), or {@code ""} before sign-in
   * @param datetimeMillis the build time in Unix milliseconds (the Android UA embeds it)
   * @return the User-Agent text
   */
  String userAgent(ClientProfile profile, DeviceId deviceId, String userId, long datetimeMillis);

  /**
   * A rule that always returns the same text.
   *
   * @param userAgent the User-Agent to send
   * @return the rule
   */
  static UserAgentRule fixed(String userAgent) {
    Objects.requireNonNull(userAgent, "userAgent");
    return new UserAgentRule() {
      @Override
      public String userAgent(ClientProfile profile, DeviceId deviceId, String userId, long datetimeMillis) {
        return userAgent;
      }

      @Override
      public String toString() {
        return "fixed(" + userAgent + ")";
      }
    };
  }

  /**
   * The Android app's token-built User-Agent, see {@link AndroidUserAgent#build}.
   *
   * @return the rule
   */
  static UserAgentRule android() {
    return AndroidUserAgent.RULE;
  }
}
