package io.github.pikpak4j.auth;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.PikPakApis;
import io.github.pikpak4j.api.UserApi;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authentication of one PikPak account: device id, captcha tokens, sign-in, token refresh with rotation, the
 * session store, and the OkHttp interceptor that puts it all on API calls.
 *
 * <pre>{@code
 * PikPakAuth auth = PikPakAuth.builder()
 *     .profile(ClientProfile.web())
 *     .credentials("user@example.com", password)
 *     .tokenStore(FileTokenStore.of(Path.of("session.json")))
 *     .build();
 * Session session = auth.login();                    // refresh the stored session, or sign in
 * OkHttpClient api = base.newBuilder().addInterceptor(auth.interceptor()).build();
 * }</pre>
 *
 * <p>Start-up: the stored session's access token is used while valid; otherwise its refresh token is used; else the
 * refresh token given to the builder; else a password sign-in (with the caller's captcha token if one was given,
 * otherwise a fresh captcha init). Every new refresh token is saved to the {@link TokenStore} before the access token
 * that came with it is used. The access token is refreshed proactively when it has less than {@link
 * Builder#refreshMargin(Duration) refreshMargin} (default 5 minutes) left. When a refresh answers {@code invalid_grant}
 * 4126 the client signs in again if a password is known, else throws {@link
 * io.github.pikpak4j.api.AuthenticationException} asking for the password or a new refresh token.
 *
 * <p>Calls to the user/auth endpoints (captcha init, sign-in, token) go through a plain client that only adds the
 * client headers ({@code User-Agent}, {@code X-Device-Id}, {@code X-Client-Id}, {@code X-Client-Version}). Thread-safe.
 */
public final class PikPakAuth {
  private static final Logger log = LoggerFactory.getLogger(PikPakAuth.class);

  /** The default user (auth and captcha) API base URL. */
  public static final String DEFAULT_USER_BASE_URL = "https://user.mypikpak.net/";

  /** The default proactive refresh margin: 5 minutes before the access token expires. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);

  /** The default early renewal of captcha tokens: 30 seconds before they expire (at most half their lifetime). */
  public static final Duration DEFAULT_CAPTCHA_EARLY_RENEWAL = Duration.ofSeconds(30);

  private final ClientProfile profile;
  private final DeviceId deviceId;
  private final SessionManager sessions;
  private final ClientHeaders headers;
  private final AuthInterceptor interceptor;
  private final TokenStore store;

  private PikPakAuth(Builder b, ClientProfile profile, DeviceId deviceId, @Nullable Session stored) {
    OkHttpClient base = b.httpClient != null ? b.httpClient : new OkHttpClient();
    this.profile = profile;
    this.deviceId = deviceId;
    this.store = b.tokenStore;
    AtomicReference<@Nullable SessionManager> holder = new AtomicReference<>();
    UserAgents userAgents = new UserAgents(profile, deviceId, b.clock);
    this.headers =
        new ClientHeaders(
            profile,
            deviceId,
            userAgents,
            () -> {
              SessionManager m = holder.get();
              return m == null ? "" : m.userId();
            });
    UserApi userApi =
        b.userApiFactory != null
            ? b.userApiFactory.apply(headers)
            : PikPakApis.create(
                    b.userBaseUrl,
                    b.userBaseUrl,
                    base.newBuilder().addInterceptor(headers).build())
                .userApi();
    this.sessions =
        new SessionManager(
            profile,
            deviceId,
            userApi,
            b.tokenStore,
            b.refreshMethod,
            b.clock,
            b.refreshMargin,
            b.captchaEarlyRenewal,
            b.credentials,
            b.captchaToken,
            b.refreshToken,
            stored);
    holder.set(sessions);
    this.interceptor = new AuthInterceptor(sessions, headers);
  }

  /**
   * A new builder with the defaults: web profile, in-memory store, JSON refresh, system UTC clock.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The application interceptor for the API client: client headers, captcha token, bearer token, and bounded
   * recovery (see {@link AuthInterceptor}).
   *
   * @return the interceptor (one instance per {@code PikPakAuth})
   */
  public Interceptor interceptor() {
    return interceptor;
  }

  /**
   * An interceptor adding only the client headers ({@code User-Agent}, {@code X-Device-Id}, {@code X-Client-Id},
   * {@code X-Client-Version}), for clients that must not carry tokens.
   *
   * @return the interceptor
   */
  public Interceptor clientHeadersInterceptor() {
    return headers;
  }

  /**
   * Establishes a session and saves it: adopts the stored one while its access token is valid, else refreshes, else
   * signs in.
   *
   * @return the session
   * @throws io.github.pikpak4j.api.AuthenticationException if there is nothing to sign in with, or the refresh token
   *     was rejected and no password is known
   * @throws io.github.pikpak4j.api.CaptchaRequiredException if PikPak asks for human verification
   * @throws io.github.pikpak4j.api.PikPakException for other failures
   */
  public Session login() {
    return sessions.login();
  }

  /**
   * Refreshes the tokens now (rotating the refresh token) and saves the session.
   *
   * @return the new session
   * @throws io.github.pikpak4j.api.PikPakException as {@link #login()}
   */
  public Session refresh() {
    return sessions.refresh();
  }

  /**
   * The current session, logging in first if there is none yet.
   *
   * @return the session
   * @throws io.github.pikpak4j.api.PikPakException as {@link #login()}
   */
  public Session session() {
    Session s = sessions.current();
    return s != null ? s : login();
  }

  /**
   * The current session without any network call.
   *
   * @return the session, or empty before the first login
   */
  public Optional<Session> currentSession() {
    return Optional.ofNullable(sessions.current());
  }

  /**
   * The user id ({@code sub}), logging in first if needed.
   *
   * @return the user id
   */
  public String userId() {
    return session().userId();
  }

  /**
   * The device id in use (supplied, else persisted, else derived from the username, else random).
   *
   * @return the device id
   */
  public DeviceId deviceId() {
    return deviceId;
  }

  /**
   * The client profile in use.
   *
   * @return the profile
   */
  public ClientProfile profile() {
    return profile;
  }

  /**
   * The token store in use.
   *
   * @return the store
   */
  public TokenStore tokenStore() {
    return store;
  }

  /** Names the profile, device and user; never a secret. */
  @Override
  public String toString() {
    Session s = sessions.current();
    return "PikPakAuth{platform="
        + profile.platform().lowerName()
        + ", deviceId="
        + deviceId
        + ", userId="
        + (s == null ? "" : s.userId())
        + "}";
  }

  /** Builds a {@link PikPakAuth}; {@link #build()} validates every input before any request is sent. */
  public static final class Builder {
    private @Nullable ClientProfile profile;
    private @Nullable String platformName;
    private @Nullable String deviceIdText;
    private @Nullable String username;
    private @Nullable String password;
    private @Nullable Credentials credentials;
    private @Nullable String captchaToken;
    private @Nullable String refreshToken;
    private TokenStore tokenStore = new InMemoryTokenStore();
    private RefreshMethod refreshMethod = RefreshMethod.JSON;
    private Clock clock = Clock.systemUTC();
    private Duration refreshMargin = DEFAULT_REFRESH_MARGIN;
    private Duration captchaEarlyRenewal = DEFAULT_CAPTCHA_EARLY_RENEWAL;
    private String userBaseUrl = DEFAULT_USER_BASE_URL;
    private @Nullable OkHttpClient httpClient;
    private @Nullable Function<Interceptor, UserApi> userApiFactory;

    private Builder() {}

    /**
     * Sets the client profile; default {@link ClientProfile#web()}.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(ClientProfile profile) {
      this.profile = profile;
      return this;
    }

    /**
     * Chooses the current profile of a platform by name ({@code android}, {@code web}, {@code pc}); checked by {@link
     * #build()}. Ignored when null. If {@link #profile} is also set, both must name the same platform.
     *
     * @param platform the platform name, or null
     * @return this builder
     */
    public Builder platform(@Nullable String platform) {
      this.platformName = platform;
      return this;
    }

    /**
     * Sets the device id (32 lowercase hex, checked by {@link #build()}); null (default) uses the persisted one, else
     * {@link DeviceId#derived(String)} from the username, else {@link DeviceId#random()}.
     *
     * @param deviceId the device id, or null
     * @return this builder
     */
    public Builder deviceId(@Nullable String deviceId) {
      this.deviceIdText = deviceId;
      return this;
    }

    /**
     * Sets the username and password for password sign-in; default none. Both null means none; otherwise both must be
     * non-blank ({@link #build()} fails otherwise).
     *
     * @param username the account name, or null
     * @param password the password, or null
     * @return this builder
     */
    public Builder credentials(@Nullable String username, @Nullable String password) {
      this.username = username;
      this.password = password;
      this.credentials = null;
      return this;
    }

    /**
     * Sets the credentials for password sign-in.
     *
     * @param credentials the credentials, or null for none
     * @return this builder
     */
    public Builder credentials(@Nullable Credentials credentials) {
      this.credentials = credentials;
      this.username = null;
      this.password = null;
      return this;
    }

    /**
     * Sets a captcha token obtained by solving the verification puzzle by hand; it is used, once, for the next
     * sign-in instead of a captcha init. Null or blank means none (default).
     *
     * @param captchaToken the token, or null
     * @return this builder
     */
    public Builder captchaToken(@Nullable String captchaToken) {
      this.captchaToken = captchaToken == null || captchaToken.isBlank() ? null : captchaToken.trim();
      return this;
    }

    /**
     * Sets a refresh token to start from (used when the store holds no working session). Null or blank means none
     * (default).
     *
     * @param refreshToken the refresh token, or null
     * @return this builder
     */
    public Builder refreshToken(@Nullable String refreshToken) {
      this.refreshToken = refreshToken == null || refreshToken.isBlank() ? null : refreshToken.trim();
      return this;
    }

    /**
     * Sets where the session is kept; default a new {@link InMemoryTokenStore}.
     *
     * @param tokenStore the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore tokenStore) {
      this.tokenStore = tokenStore;
      return this;
    }

    /**
     * Sets how tokens are refreshed; default {@link RefreshMethod#JSON}.
     *
     * @param refreshMethod the method
     * @return this builder
     */
    public Builder refreshMethod(RefreshMethod refreshMethod) {
      this.refreshMethod = refreshMethod;
      return this;
    }

    /**
     * Sets the clock (token expiry, captcha timestamps, UA build time); default {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets how long before expiry the access token is refreshed proactively; default 5 minutes.
     *
     * @param refreshMargin a non-negative duration
     * @return this builder
     */
    public Builder refreshMargin(Duration refreshMargin) {
      this.refreshMargin = refreshMargin;
      return this;
    }

    /**
     * Sets how long before expiry a cached captcha token is renewed; default 30 seconds (never more than half the
     * token's lifetime).
     *
     * @param earlyRenewal a non-negative duration
     * @return this builder
     */
    public Builder captchaEarlyRenewal(Duration earlyRenewal) {
      this.captchaEarlyRenewal = earlyRenewal;
      return this;
    }

    /**
     * Sets the user (auth and captcha) API base URL; default {@code https://user.mypikpak.net/}. A missing trailing
     * {@code /} is added.
     *
     * @param userBaseUrl an http(s) URL ending with {@code /}
     * @return this builder
     */
    public Builder userBaseUrl(String userBaseUrl) {
      this.userBaseUrl = userBaseUrl.endsWith("/") ? userBaseUrl : userBaseUrl + "/";
      return this;
    }

    /**
     * Sets the OkHttp client the user/auth calls are derived from ({@code newBuilder()} plus the client-header
     * interceptor); default a new {@link OkHttpClient}. Share it with the API client to share pools. Whatever its
     * settings, sign-in and refresh never follow a redirect (see {@link PikPakApis#apiClient(OkHttpClient, long)}): a
     * 3xx answer is a {@link io.github.pikpak4j.api.RedirectException} and the body is never sent again.
     *
     * @param httpClient the base client
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Advanced: supplies the {@link UserApi} used for captcha init, sign-in and refresh, instead of building one from
     * {@link #userBaseUrl} and {@link #httpClient}. The function receives the client-header interceptor, which its
     * client must apply, and must not add {@link #build() this auth's} {@link PikPakAuth#interceptor()}.
     *
     * @param factory from the client-header interceptor to the user API
     * @return this builder
     */
    public Builder userApi(Function<Interceptor, UserApi> factory) {
      this.userApiFactory = factory;
      return this;
    }

    /**
     * Validates the inputs and builds. Reads the token store (to reuse a persisted device id) but sends no request.
     *
     * @return the auth
     * @throws InvalidInputException if the platform is unknown, the device id malformed, the username or password
     *     blank, or a duration negative
     */
    public PikPakAuth build() {
      ClientProfile p = profile;
      if (platformName != null) {
        Platform platform = Platform.parse(platformName);
        if (p == null) {
          p = ClientProfile.of(platform);
        } else if (p.platform() != platform) {
          throw new InvalidInputException(
              "The platform '" + platformName + "' contradicts the profile's platform " + p.platform().lowerName());
        }
      }
      if (p == null) {
        p = ClientProfile.web();
      }
      DeviceId supplied = deviceIdText == null ? null : DeviceId.of(deviceIdText);
      if (username != null || password != null) {
        credentials = Credentials.of(username, password);
      }
      if (refreshMargin.isNegative() || captchaEarlyRenewal.isNegative()) {
        throw new InvalidInputException("refreshMargin and captchaEarlyRenewal must not be negative");
      }
      if (userApiFactory == null && !(userBaseUrl.startsWith("http://") || userBaseUrl.startsWith("https://"))) {
        throw new InvalidInputException("The user base URL must start with http:// or https://");
      }
      Session stored = tokenStore.load().orElse(null);
      DeviceId device;
      if (supplied != null) {
        device = supplied;
      } else if (stored != null) {
        device = stored.deviceId();
      } else if (credentials != null) {
        device = DeviceId.derived(credentials.username());
      } else {
        device = DeviceId.random();
      }
      log.debug("PikPak auth for platform {} with device id {}", p.platform().lowerName(), device);
      return new PikPakAuth(this, p, device, stored);
    }
  }
}
