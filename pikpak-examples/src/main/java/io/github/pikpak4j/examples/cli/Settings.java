package io.github.pikpak4j.examples.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of one run: each global option of the CLI contract, taken from its flag or,
 * when the flag is absent, from its environment variable (empty variables count as unset).
 *
 * <p>{@link #toString()} never shows a secret.
 */
record Settings(
    @Nullable String username,
    @Nullable String password,
    @Nullable String refreshToken,
    @Nullable String captchaToken,
    @Nullable String platform,
    @Nullable String deviceId,
    @Nullable String userEndpoint,
    @Nullable String driveEndpoint,
    @Nullable String rootFolderId,
    @Nullable String proxy,
    Path sessionFile,
    String cdn,
    @Nullable String cdnCandidates,
    @Nullable String rateLimit,
    boolean mediaLinks,
    boolean sandboxRequested,
    boolean json,
    boolean verbose) {

  /** The default session file below the home directory. */
  static final String DEFAULT_SESSION = ".config/pikpak4j/session.json";

  /** The prefix of the sandbox's session file name, kept beside the real one. */
  static final String SANDBOX_PREFIX = "sandbox-";

  /**
   * Merges the options with the environment.
   *
   * @param o the parsed options
   * @param env the environment variables
   * @return the settings
   */
  static Settings resolve(PikPakCommand o, Map<String, String> env) {
    String proxy = pick(o.proxy, env, "PIKPAK_PROXY");
    if (proxy == null) {
      proxy = pick(null, env, "HTTPS_PROXY");
    }
    String session = pick(o.session, env, "PIKPAK_SESSION");
    Path sessionFile = session != null ? Paths.get(session) : home(env).resolve(DEFAULT_SESSION);
    String cdn = pick(o.cdn, env, "PIKPAK_CDN");
    return new Settings(
        pick(o.username, env, "PIKPAK_USERNAME"),
        pick(o.password, env, "PIKPAK_PASSWORD"),
        pick(o.refreshToken, env, "PIKPAK_REFRESH_TOKEN"),
        pick(o.captchaToken, env, "PIKPAK_CAPTCHA_TOKEN"),
        pick(o.platform, env, "PIKPAK_PLATFORM"),
        pick(o.deviceId, env, "PIKPAK_DEVICE_ID"),
        pick(o.userEndpoint, env, "PIKPAK_USER_ENDPOINT"),
        pick(o.driveEndpoint, env, "PIKPAK_DRIVE_ENDPOINT"),
        pick(o.rootFolderId, env, "PIKPAK_ROOT_FOLDER_ID"),
        proxy,
        sessionFile,
        cdn == null ? "off" : cdn,
        pick(o.cdnCandidates, env, "PIKPAK_CDN_CANDIDATES"),
        pick(o.rateLimit, env, "PIKPAK_RATE_LIMIT"),
        o.mediaLinks || truthy(env.get("PIKPAK_MEDIA_LINKS")),
        o.sandbox || truthy(env.get("PIKPAK_SANDBOX")),
        o.json,
        o.verbose());
  }

  /** Returns whether any credential (user name, password or refresh token) was given. */
  boolean hasCredentials() {
    return username != null || password != null || refreshToken != null;
  }

  /**
   * Returns whether this run uses the embedded emulator: asked for, or nothing to sign in with
   * (no credentials and no session file).
   */
  boolean sandbox() {
    return sandboxRequested || (!hasCredentials() && !java.nio.file.Files.exists(sessionFile));
  }

  /** Returns the session file of the sandbox, beside the real one, so a real session is never overwritten. */
  Path sandboxSessionFile() {
    Path name = sessionFile.getFileName();
    String file = SANDBOX_PREFIX + (name == null ? "session.json" : name.toString());
    Path parent = sessionFile.toAbsolutePath().getParent();
    return parent == null ? Paths.get(file) : parent.resolve(file);
  }

  private static @Nullable String pick(@Nullable String flag, Map<String, String> env, String variable) {
    if (flag != null) {
      return flag;
    }
    String value = env.get(variable);
    return value == null || value.isEmpty() ? null : value;
  }

  private static boolean truthy(@Nullable String value) {
    if (value == null) {
      return false;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    return v.equals("1") || v.equals("true") || v.equals("yes") || v.equals("on");
  }

  private static Path home(Map<String, String> env) {
    String home = env.get("HOME");
    if (home == null || home.isEmpty()) {
      home = System.getProperty("user.home", ".");
    }
    return Paths.get(home);
  }

  @Override
  public String toString() {
    return "Settings[username=" + (username == null ? "none" : "set")
        + ", password=" + (password == null ? "none" : "***")
        + ", refreshToken=" + (refreshToken == null ? "none" : "***")
        + ", captchaToken=" + (captchaToken == null ? "none" : "***")
        + ", platform=" + platform
        + ", userEndpoint=" + userEndpoint
        + ", driveEndpoint=" + driveEndpoint
        + ", rootFolderId=" + rootFolderId
        + ", sessionFile=" + sessionFile
        + ", cdn=" + cdn
        + ", rateLimit=" + rateLimit
        + ", mediaLinks=" + mediaLinks
        + ", sandbox=" + sandboxRequested
        + ", json=" + json
        + "]";
  }
}
