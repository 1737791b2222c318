package io.github.pikpak4j.auth;

import io.github.pikpak4j.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a signed-in client must remember: the (rotating, single-use) refresh token, the current access token and its
 * expiry, the user id ({@code sub}), the device id, and the platform and client id that issued the tokens.
 *
 * <pre>{@code
 * Session s = auth.login();
 * String user = s.userId();
 * }</pre>
 *
 * <p>Immutable. {@link #toString()} never shows the tokens.
 */
public final class Session {
  private final String refreshToken;
  private final @Nullable String accessToken;
  private final @Nullable Instant accessTokenExpiresAt;
  private final @Nullable String captchaToken;
  private final @Nullable Instant captchaTokenExpiresAt;
  private final String userId;
  private final DeviceId deviceId;
  private final Platform platform;
  private final String clientId;

  private Session(Builder b) {
    if (b.refreshToken == null || b.refreshToken.isBlank()) {
      throw new InvalidInputException("Session.refreshToken must be set and not blank");
    }
    this.refreshToken = b.refreshToken;
    this.accessToken = b.accessToken == null || b.accessToken.isEmpty() ? null : b.accessToken;
    this.accessTokenExpiresAt = this.accessToken == null ? null : b.accessTokenExpiresAt;
    boolean captcha = b.captchaToken != null && !b.captchaToken.isEmpty() && b.captchaTokenExpiresAt != null;
    this.captchaToken = captcha ? b.captchaToken : null;
    this.captchaTokenExpiresAt = captcha ? b.captchaTokenExpiresAt : null;
    this.userId = b.userId == null ? "" : b.userId;
    this.deviceId = Objects.requireNonNull(b.deviceId, "Session.deviceId");
    this.platform = Objects.requireNonNull(b.platform, "Session.platform");
    this.clientId = Objects.requireNonNull(b.clientId, "Session.clientId");
  }

  /**
   * A new builder.
   *
   * @return a builder; refresh token, device id, platform and client id are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this session's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .refreshToken(refreshToken)
        .accessToken(accessToken, accessTokenExpiresAt)
        .captchaToken(captchaToken, captchaTokenExpiresAt)
        .userId(userId)
        .deviceId(deviceId)
        .platform(platform)
        .clientId(clientId);
  }

  /**
   * The newest refresh token (single use: each refresh returns a new one and kills the old).
   *
   * @return the refresh token
   */
  public String refreshToken() {
    return refreshToken;
  }

  /**
   * The access token, or null if none is held.
   *
   * @return the access token, or null
   */
  public @Nullable String accessToken() {
    return accessToken;
  }

  /**
   * When the access token expires, or null if unknown or no access token is held.
   *
   * @return the expiry instant, or null
   */
  public @Nullable Instant accessTokenExpiresAt() {
    return accessTokenExpiresAt;
  }

  /**
   * Returns the captcha token kept with the session, so that the next process reuses it instead of asking for a new
   * one (rclone keeps it in its config the same way). A secret.
   *
   * @return the token, or {@code null} when none is kept
   */
  public @Nullable String captchaToken() {
    return captchaToken;
  }

  /**
   * Returns when the kept captcha token expires, as PikPak announced it ({@code expires_in} after the init).
   *
   * @return the instant, or {@code null} when no token is kept
   */
  public @Nullable Instant captchaTokenExpiresAt() {
    return captchaTokenExpiresAt;
  }

  /**
   * The user id ({@code sub}), or {@code ""} if not known yet.
   *
   * @return the user id
   */
  public String userId() {
    return userId;
  }

  /**
   * The device id the tokens were obtained with.
   *
   * @return the device id
   */
  public DeviceId deviceId() {
    return deviceId;
  }

  /**
   * The platform of the profile that issued the tokens.
   *
   * @return the platform
   */
  public Platform platform() {
    return platform;
  }

  /**
   * The client id that issued the tokens; refresh only works with it.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Whether an access token is held that stays valid for at least {@code margin} after {@code now}. A token without a
   * known expiry counts as usable.
   *
   * @param now the current time
   * @param margin how long the token must still be valid
   * @return true if the access token can be used without refreshing first
   */
  public boolean hasAccessTokenValidFor(Instant now, Duration margin) {
    if (accessToken == null) {
      return false;
    }
    return accessTokenExpiresAt == null || now.plus(margin).isBefore(accessTokenExpiresAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Session)) {
      return false;
    }
    Session s = (Session) o;
    return refreshToken.equals(s.refreshToken)
        && Objects.equals(accessToken, s.accessToken)
        && Objects.equals(accessTokenExpiresAt, s.accessTokenExpiresAt)
        && Objects.equals(captchaToken, s.captchaToken)
        && Objects.equals(captchaTokenExpiresAt, s.captchaTokenExpiresAt)
        && userId.equals(s.userId)
        && deviceId.equals(s.deviceId)
        && platform == s.platform
        && clientId.equals(s.clientId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(refreshToken, accessToken, accessTokenExpiresAt, captchaToken, captchaTokenExpiresAt, userId,
        deviceId, platform, clientId);
  }

  /** Shows the user, device, platform, client id and expiry; the tokens are masked. */
  @Override
  public String toString() {
    return "Session{userId="
        + userId
        + ", deviceId="
        + deviceId
        + ", platform="
        + platform.lowerName()
        + ", clientId="
        + clientId
        + ", refreshToken=***, accessToken="
        + (accessToken == null ? "none" : "***")
        + ", accessTokenExpiresAt="
        + accessTokenExpiresAt
        + ", captchaToken="
        + (captchaToken == null ? "none" : "***")
        + "}";
  }

  /** Builds a {@link Session}. */
  public static final class Builder {
    private @Nullable String refreshToken;
    private @Nullable String accessToken;
    private @Nullable Instant accessTokenExpiresAt;
    private @Nullable String captchaToken;
    private @Nullable Instant captchaTokenExpiresAt;
    private @Nullable String userId;
    private @Nullable DeviceId deviceId;
    private @Nullable Platform platform;
    private @Nullable String clientId;

    private Builder() {}

    /**
     * Sets the refresh token (required, not blank).
     *
     * @param refreshToken the refresh token
     * @return this builder
     */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = refreshToken;
      return this;
    }

    /**
     * Sets the access token and its expiry; both may be null (no access token held).
     *
     * @param accessToken the access token, or null
     * @param expiresAt its expiry, or null if unknown
     * @return this builder
     */
    public Builder accessToken(@Nullable String accessToken, @Nullable Instant expiresAt) {
      this.accessToken = accessToken;
      this.accessTokenExpiresAt = expiresAt;
      return this;
    }

    /**
     * Sets the user id; default {@code ""}.
     *
     * @param userId the user id
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }

    /**
     * Sets the captcha token to keep with the session and when it expires; a null or empty token, or a null expiry,
     * keeps none (default).
     *
     * @param captchaToken the token, or null
     * @param expiresAt when it expires, or null
     * @return this builder
     */
    public Builder captchaToken(@Nullable String captchaToken, @Nullable Instant expiresAt) {
      this.captchaToken = captchaToken;
      this.captchaTokenExpiresAt = expiresAt;
      return this;
    }

    /**
     * Sets the device id (required).
     *
     * @param deviceId the device id
     * @return this builder
     */
    public Builder deviceId(DeviceId deviceId) {
      this.deviceId = deviceId;
      return this;
    }

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
     * Sets the issuing client id (required).
     *
     * @param clientId the client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Builds the session.
     *
     * @return the session
     * @throws InvalidInputException if the refresh token is missing or blank
     */
    public Session build() {
      return new Session(this);
    }
  }
}
