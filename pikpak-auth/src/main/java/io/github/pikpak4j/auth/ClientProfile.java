package io.github.pikpak4j.auth;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identity of the PikPak client the SDK imitates: platform, client id and secret, client version, package name,
 * SDK version, the ordered captcha salts and the User-Agent rule. The salts are bound to the client id, version and
 * package name; one wrong element breaks every captcha.
 *
 * <pre>{@code
 * ClientProfile web = ClientProfile.web();
 * // PikPak rotates these values; replace them without waiting for an SDK release:
 * ClientProfile newer = ClientProfile.android().toBuilder()
 *     .clientVersion("1.54.0")
 *     .salts(List.of("...", "..."))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Keep one profile for the whole life of a refresh token: a refresh token only works
 * with the client id that issued it.
 */
public final class ClientProfile {
  private static final String ANDROID_SECRET = "dbw2OtmVEeuUvIptb1Coyg";

  private final Platform platform;
  private final String clientId;
  private final @Nullable String clientSecret;
  private final String clientVersion;
  private final String packageName;
  private final String sdkVersion;
  private final List<String> salts;
  private final UserAgentRule userAgentRule;

  private ClientProfile(Builder b) {
    this.platform = require(b.platform, "platform");
    this.clientId = requireText(b.clientId, "clientId");
    this.clientSecret = b.clientSecret;
    this.clientVersion = requireText(b.clientVersion, "clientVersion");
    this.packageName = requireText(b.packageName, "packageName");
    this.sdkVersion = b.sdkVersion == null ? "" : b.sdkVersion;
    List<String> s = require(b.salts, "salts");
    if (s.isEmpty()) {
      throw new InvalidInputException("A client profile needs at least one captcha salt");
    }
    for (String salt : s) {
      if (salt == null) {
        throw new InvalidInputException("Captcha salts must not be null (an empty string is a valid salt)");
      }
    }
    this.salts = List.copyOf(s);
    this.userAgentRule = require(b.userAgentRule, "userAgentRule");
  }

  /**
   * The current Android tuple: client id {@code YNxT9w7GMdWvEOKa}, version {@code 1.53.2}, package {@code
   * com.pikcloud.pikpak}, SDK {@code 2.0.6.206003}, 8 salts, token-built User-Agent.
   *
   * @return the Android profile
   */
  public static ClientProfile android() {
    return builder()
        .platform(Platform.ANDROID)
        .clientId("YNxT9w7GMdWvEOKa")
        .clientSecret(ANDROID_SECRET)
        .clientVersion("1.53.2")
        .packageName("com.pikcloud.pikpak")
        .sdkVersion("2.0.6.206003")
        .salts(
            List.of(
                "SOP04dGzk0TNO7t7t9ekDbAmx+eq0OI1ovEx",
                "nVBjhYiND4hZ2NCGyV5beamIr7k6ifAsAbl",
                "Ddjpt5B/Cit6EDq2a6cXgxY9lkEIOw4yC1GDF28KrA",
                "VVCogcmSNIVvgV6U+AochorydiSymi68YVNGiz",
                "u5ujk5sM62gpJOsB/1Gu/zsfgfZO",
                "dXYIiBOAHZgzSruaQ2Nhrqc2im",
                "z5jUTBSIpBN9g4qSJGlidNAutX6",
                "KJE2oveZ34du/g1tiimm"))
        .userAgentRule(UserAgentRule.android())
        .build();
  }

  /**
   * The current web tuple: client id {@code YUMx5nI8ZU8Ap8pm}, version {@code 2.0.0}, package {@code mypikpak.com}, 15
   * salts, a Chrome User-Agent.
   *
   * @return the web profile
   */
  public static ClientProfile web() {
    return builder()
        .platform(Platform.WEB)
        .clientId("YUMx5nI8ZU8Ap8pm")
        .clientSecret(ANDROID_SECRET)
        .clientVersion("2.0.0")
        .packageName("mypikpak.com")
        .sdkVersion("8.0.3")
        .salts(
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
                "NhXXU9rg4XXdzo7u5o"))
        .userAgentRule(UserAgentRule.fixed(UserAgentRule.WEB_USER_AGENT))
        .build();
  }

  /**
   * The current pc (desktop) tuple: client id {@code YvtoWO6GNHiuCl7x}, version {@code undefined} (the literal text),
   * package {@code mypikpak.com}, 10 salts, the Electron app's User-Agent.
   *
   * @return the pc profile
   */
  public static ClientProfile pc() {
    return builder()
        .platform(Platform.PC)
        .clientId("YvtoWO6GNHiuCl7x")
        .clientSecret("1NIH5R1IEe2pAxZE3hv3uA")
        .clientVersion("undefined")
        .packageName("mypikpak.com")
        .sdkVersion("8.0.3")
        .salts(
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
                "vk7hBjawK/rOSrSWajtbMk95nfgf3"))
        .userAgentRule(UserAgentRule.fixed(UserAgentRule.PC_USER_AGENT))
        .build();
  }

  /**
   * The current profile of a platform.
   *
   * @param platform the platform
   * @return {@link #android()}, {@link #web()} or {@link #pc()}
   */
  public static ClientProfile of(Platform platform) {
    switch (platform) {
      case ANDROID:
        return android();
      case WEB:
        return web();
      case PC:
        return pc();
      default:
        throw new IllegalArgumentException("platform " + platform);
    }
  }

  /**
   * An empty builder; every field except {@code clientSecret} and {@code sdkVersion} must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this profile's values, to change some of them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.platform = platform;
    b.clientId = clientId;
    b.clientSecret = clientSecret;
    b.clientVersion = clientVersion;
    b.packageName = packageName;
    b.sdkVersion = sdkVersion;
    b.salts = salts;
    b.userAgentRule = userAgentRule;
    return b;
  }

  /**
   * The platform imitated.
   *
   * @return the platform
   */
  public Platform platform() {
    return platform;
  }

  /**
   * The OAuth client id, sent as {@code client_id} and {@code X-Client-Id}.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * The client secret sent with sign-in and refresh, or null to send none.
   *
   * @return the client secret, or null
   */
  public @Nullable String clientSecret() {
    return clientSecret;
  }

  /**
   * The client version, sent as {@code X-Client-Version} and in captcha meta ({@code undefined} for pc).
   *
   * @return the client version
   */
  public String clientVersion() {
    return clientVersion;
  }

  /**
   * The package name, an input of {@code captcha_sign}; it must not follow a change of API domain.
   *
   * @return the package name
   */
  public String packageName() {
    return packageName;
  }

  /**
   * The client SDK version (used in the Android User-Agent; {@code ""} when unset).
   *
   * @return the SDK version
   */
  public String sdkVersion() {
    return sdkVersion;
  }

  /**
   * The captcha salts, in order; an empty string is a real entry.
   *
   * @return an unmodifiable list
   */
  public List<String> salts() {
    return salts;
  }

  /**
   * How the User-Agent is built.
   *
   * @return the rule
   */
  public UserAgentRule userAgentRule() {
    return userAgentRule;
  }

  /**
   * Builds this profile's User-Agent.
   *
   * @param deviceId the device id in use
   * @param userId the user id, {@code ""} before sign-in
   * @param datetimeMillis the build time in Unix milliseconds
   * @return the User-Agent
   */
  public String userAgent(DeviceId deviceId, String userId, long datetimeMillis) {
    return userAgentRule.userAgent(this, deviceId, userId, datetimeMillis);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ClientProfile)) {
      return false;
    }
    ClientProfile p = (ClientProfile) o;
    return platform == p.platform
        && clientId.equals(p.clientId)
        && Objects.equals(clientSecret, p.clientSecret)
        && clientVersion.equals(p.clientVersion)
        && packageName.equals(p.packageName)
        && sdkVersion.equals(p.sdkVersion)
        && salts.equals(p.salts)
        && userAgentRule.equals(p.userAgentRule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(platform, clientId, clientVersion, packageName, sdkVersion, salts);
  }

  /** Names the platform, client id and version; the client secret and salts are not shown. */
  @Override
  public String toString() {
    return "ClientProfile{platform="
        + platform.lowerName()
        + ", clientId="
        + clientId
        + ", clientVersion="
        + clientVersion
        + ", packageName="
        + packageName
        + ", clientSecret="
        + (clientSecret == null ? "none" : "***")
        + ", salts="
        + salts.size()
        + "}";
  }

  private static <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw new InvalidInputException("ClientProfile." + name + " must be set");
    }
    return value;
  }

  private static String requireText(@Nullable String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("ClientProfile." + name + " must be set and not blank");
    }
    return value;
  }

  /** Builds a {@link ClientProfile}; {@link #build()} validates and fails with {@link InvalidInputException}. */
  public static final class Builder {
    private @Nullable Platform platform;
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private @Nullable String clientVersion;
    private @Nullable String packageName;
    private @Nullable String sdkVersion;
    private @Nullable List<String> salts;
    private @Nullable UserAgentRule userAgentRule;

    private Builder() {}

    /**
     * Sets the platform (required).
     *
     * @param platform the platform
     * @return this builder
     */
    public Builder platform(Platform platform) {
      this.platform = platform;
      return this;
    }

    /**
     * Sets the client id (required).
     *
     * @param clientId the client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Sets the client secret; null (the default) sends none.
     *
     * @param clientSecret the client secret, or null
     * @return this builder
     */
    public Builder clientSecret(@Nullable String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Sets the client version (required).
     *
     * @param clientVersion the client version
     * @return this builder
     */
    public Builder clientVersion(String clientVersion) {
      this.clientVersion = clientVersion;
      return this;
    }

    /**
     * Sets the package name (required).
     *
     * @param packageName the package name
     * @return this builder
     */
    public Builder packageName(String packageName) {
      this.packageName = packageName;
      return this;
    }

    /**
     * Sets the SDK version; default {@code ""}.
     *
     * @param sdkVersion the SDK version
     * @return this builder
     */
    public Builder sdkVersion(String sdkVersion) {
      this.sdkVersion = sdkVersion;
      return this;
    }

    /**
     * Sets the captcha salts in order (required, at least one; {@code ""} is a valid salt).
     *
     * @param salts the salts; copied
     * @return this builder
     */
    public Builder salts(List<String> salts) {
      this.salts = salts == null ? null : new ArrayList<>(salts);
      return this;
    }

    /**
     * Sets the User-Agent rule (required).
     *
     * @param userAgentRule the rule
     * @return this builder
     */
    public Builder userAgentRule(UserAgentRule userAgentRule) {
      this.userAgentRule = userAgentRule;
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     * @throws InvalidInputException if a required value is missing or blank
     */
    public ClientProfile build() {
      return new ClientProfile(this);
    }
  }
}
