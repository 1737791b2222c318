package io.github.pikpak4j;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.PikPakApis;
import io.github.pikpak4j.api.PikPakDomain;
import io.github.pikpak4j.auth.ClientProfile;
import io.github.pikpak4j.auth.FileTokenStore;
import io.github.pikpak4j.auth.InMemoryTokenStore;
import io.github.pikpak4j.auth.PikPakAuth;
import io.github.pikpak4j.auth.RefreshMethod;
import io.github.pikpak4j.auth.TokenStore;
import io.github.pikpak4j.core.cdn.CdnPolicy;
import io.github.pikpak4j.core.cdn.CdnSelector;
import io.github.pikpak4j.core.transfer.ConnectionBudget;
import io.github.pikpak4j.core.internal.EndpointUrls;
import io.github.pikpak4j.core.internal.EnvSettings;
import io.github.pikpak4j.core.internal.ProxySpec;
import io.github.pikpak4j.core.policy.RateLimit;
import io.github.pikpak4j.core.policy.RetryPolicy;
import io.github.pikpak4j.core.policy.Sleeper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Settings of a {@link PikPakClient}. Every setter states its default; {@link #build()} validates them all before
 * any request is sent.
 */
public final class PikPakClientBuilder {
  @Nullable String username;
  @Nullable String password;
  @Nullable String refreshToken;
  @Nullable String captchaToken;
  @Nullable String platform;
  @Nullable ClientProfile profile;
  @Nullable String deviceId;
  PikPakDomain domain = PikPakDomain.MYPIKPAK_NET;
  @Nullable String userEndpoint;
  @Nullable String driveEndpoint;
  String rootFolderId = "";
  @Nullable String proxy;
  @Nullable Path sessionFile;
  @Nullable TokenStore tokenStore;
  RefreshMethod refreshMethod = RefreshMethod.JSON;
  int pageSize = 100;
  @Nullable OkHttpClient okHttpClient;
  Clock clock = Clock.systemUTC();
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  @Nullable RateLimit rateLimit;
  Sleeper sleeper = Sleeper.SYSTEM;
  @Nullable ScheduledExecutorService scheduler;
  @Nullable ConnectionBudget connectionBudget;
  CdnPolicy cdnPolicy = CdnPolicy.off();
  @Nullable String cdnSpec;
  List<String> cdnCandidates = List.of();
  long maxResponseBytes = PikPakApis.DEFAULT_MAX_RESPONSE_BYTES;

  PikPakClientBuilder() {}

  PikPakClientBuilder copy() {
    PikPakClientBuilder b = new PikPakClientBuilder();
    b.username = username;
    b.password = password;
    b.refreshToken = refreshToken;
    b.captchaToken = captchaToken;
    b.platform = platform;
    b.profile = profile;
    b.deviceId = deviceId;
    b.domain = domain;
    b.userEndpoint = userEndpoint;
    b.driveEndpoint = driveEndpoint;
    b.rootFolderId = rootFolderId;
    b.proxy = proxy;
    b.sessionFile = sessionFile;
    b.tokenStore = tokenStore;
    b.refreshMethod = refreshMethod;
    b.pageSize = pageSize;
    b.okHttpClient = okHttpClient;
    b.clock = clock;
    b.retryPolicy = retryPolicy;
    b.rateLimit = rateLimit;
    b.sleeper = sleeper;
    b.scheduler = scheduler;
    b.connectionBudget = connectionBudget;
    b.cdnPolicy = cdnPolicy;
    b.cdnSpec = cdnSpec;
    b.cdnCandidates = cdnCandidates;
    b.maxResponseBytes = maxResponseBytes;
    return b;
  }

  /**
   * Applies the {@code pikpak} CLI's environment variables; a variable that is unset or empty leaves its setting
   * as it is: {@code PIKPAK_USERNAME}, {@code PIKPAK_PASSWORD}, {@code PIKPAK_REFRESH_TOKEN}, {@code
   * PIKPAK_CAPTCHA_TOKEN}, {@code PIKPAK_PLATFORM}, {@code PIKPAK_DEVICE_ID}, {@code PIKPAK_USER_ENDPOINT}, {@code
   * PIKPAK_DRIVE_ENDPOINT}, {@code PIKPAK_ROOT_FOLDER_ID}, {@code PIKPAK_PROXY} (else {@code HTTPS_PROXY}), {@code
   * PIKPAK_SESSION}.
   *
   * @param env the environment, e.g. {@link System#getenv()}
   * @return this builder
   */
  public PikPakClientBuilder fromEnv(Map<String, String> env) {
    EnvSettings e = new EnvSettings(env);
    e.ifSet("PIKPAK_USERNAME", this::username);
    e.ifSet("PIKPAK_PASSWORD", this::password);
    e.ifSet("PIKPAK_REFRESH_TOKEN", this::refreshToken);
    e.ifSet("PIKPAK_CAPTCHA_TOKEN", this::captchaToken);
    e.ifSet("PIKPAK_PLATFORM", this::platform);
    e.ifSet("PIKPAK_DEVICE_ID", this::deviceId);
    e.ifSet("PIKPAK_USER_ENDPOINT", this::userEndpoint);
    e.ifSet("PIKPAK_DRIVE_ENDPOINT", this::driveEndpoint);
    e.ifSet("PIKPAK_ROOT_FOLDER_ID", this::rootFolderId);
    e.firstSet(this::proxy, "PIKPAK_PROXY", "HTTPS_PROXY");
    e.ifSet("PIKPAK_SESSION", v -> sessionFile(Path.of(v)));
    e.ifSet("PIKPAK_CDN", this::cdn);
    e.ifSet("PIKPAK_CDN_CANDIDATES", this::cdnCandidates);
    return this;
  }

  /**
   * Sets the account: an e-mail address, a phone number or a user name. No default.
   *
   * @param username the account
   * @return this builder
   */
  public PikPakClientBuilder username(String username) {
    this.username = username;
    return this;
  }

  /**
   * Sets the password, used to sign in when no saved session or refresh token works. No default. Never logged.
   *
   * @param password the password
   * @return this builder
   */
  public PikPakClientBuilder password(String password) {
    this.password = password;
    return this;
  }

  /**
   * Starts from a refresh token alone (for example one of an account registered through Google). It is used when
   * no saved session exists; after that, the rotated token in the session store is the one used. No default.
   *
   * @param refreshToken the refresh token
   * @return this builder
   */
  public PikPakClientBuilder refreshToken(String refreshToken) {
    this.refreshToken = refreshToken;
    return this;
  }

  /**
   * Sets a captcha token obtained by solving PikPak's verification puzzle by hand, used for the next password
   * sign-in. No default.
   *
   * @param captchaToken the solved captcha token
   * @return this builder
   */
  public PikPakClientBuilder captchaToken(String captchaToken) {
    this.captchaToken = captchaToken;
    return this;
  }

  /**
   * Selects the client profile by platform: {@code android}, {@code web} or {@code pc} (case-insensitive). Default
   * {@code web}.
   *
   * @param platform the platform name
   * @return this builder
   */
  public PikPakClientBuilder platform(String platform) {
    this.platform = platform;
    return this;
  }

  /**
   * Replaces the client profile (client id, secret, version, package, salts, user agent) without a new SDK release:
   * PikPak rotates these values. Default {@link ClientProfile#web()}.
   *
   * @param profile the profile
   * @return this builder
   */
  public PikPakClientBuilder profile(ClientProfile profile) {
    this.profile = profile;
    return this;
  }

  /**
   * Sets the device id (32 lower-case hex characters). Default: the one saved in the session, else derived from
   * the user name, else random; then persisted.
   *
   * @param deviceId the device id
   * @return this builder
   */
  public PikPakClientBuilder deviceId(String deviceId) {
    this.deviceId = deviceId;
    return this;
  }

  /**
   * Selects the root domain of the API hosts ({@code user.<root>} and {@code api-drive.<root>}). Default {@link
   * PikPakDomain#MYPIKPAK_NET}.
   *
   * @param domain the domain preset
   * @return this builder
   */
  public PikPakClientBuilder domain(PikPakDomain domain) {
    this.domain = domain;
    return this;
  }

  /**
   * Overrides the user (auth, captcha) API base URL. Default {@code https://user.<domain>/}. Plain {@code http://}
   * is accepted only for loopback hosts.
   *
   * @param url the base URL
   * @return this builder
   */
  public PikPakClientBuilder userEndpoint(String url) {
    this.userEndpoint = url;
    return this;
  }

  /**
   * Overrides the drive API base URL. Default {@code https://api-drive.<domain>/}. Plain {@code http://} is accepted
   * only for loopback hosts.
   *
   * @param url the base URL
   * @return this builder
   */
  public PikPakClientBuilder driveEndpoint(String url) {
    this.driveEndpoint = url;
    return this;
  }

  /**
   * Sets the folder that drive paths resolve below. Default {@code ""}, the drive's root.
   *
   * @param folderId the folder id
   * @return this builder
   */
  public PikPakClientBuilder rootFolderId(String folderId) {
    this.rootFolderId = folderId;
    return this;
  }

  /**
   * Routes API and CDN traffic through a proxy: {@code http://host:port}, {@code http://user:password@host:port}
   * (credentials answered to the proxy's 407 challenge with Basic authentication; percent-encode {@code @} and
   * {@code :} in them) or {@code socks5://host:port}. Default none. This is the remedy for PikPak's region block.
   * Refused by {@link #build()}: {@code https://} proxies, SOCKS with credentials, a port outside 1 to 65535.
   *
   * @param proxy the proxy URL
   * @return this builder
   */
  public PikPakClientBuilder proxy(String proxy) {
    this.proxy = proxy;
    return this;
  }

  /**
   * Keeps the session (refresh token, device id, user id) in this file, written atomically with mode 0600 and
   * locked against concurrent processes. Default {@code ~/.config/pikpak4j/session.json}.
   *
   * @param file the session file
   * @return this builder
   */
  public PikPakClientBuilder sessionFile(Path file) {
    this.sessionFile = file;
    this.tokenStore = null;
    return this;
  }

  /**
   * Keeps the session in memory only: nothing is written to disk, and the next process signs in again.
   *
   * @return this builder
   */
  public PikPakClientBuilder inMemorySession() {
    return tokenStore(new InMemoryTokenStore());
  }

  /**
   * Keeps the session in a store of the caller's (for example a database). Default: the session file.
   *
   * @param store the store
   * @return this builder
   */
  public PikPakClientBuilder tokenStore(TokenStore store) {
    this.tokenStore = store;
    this.sessionFile = null;
    return this;
  }

  /**
   * Selects how the refresh token is sent: JSON body (default) or OAuth2 form.
   *
   * @param method the method
   * @return this builder
   */
  public PikPakClientBuilder refreshMethod(RefreshMethod method) {
    this.refreshMethod = method;
    return this;
  }

  /**
   * Sets how many entries a listing asks for per page, 1 to 500. Default 100. The server may return fewer.
   *
   * @param pageSize entries per page
   * @return this builder
   */
  public PikPakClientBuilder pageSize(int pageSize) {
    this.pageSize = pageSize;
    return this;
  }

  /**
   * Sets the largest API answer read, in bytes; a longer one fails with {@link
   * io.github.pikpak4j.api.ResponseTooLargeException} without being held in memory. Default {@link
   * PikPakApis#DEFAULT_MAX_RESPONSE_BYTES} (16 MiB). Downloads from the CDN are not API answers and have no such
   * bound.
   *
   * @param bytes the limit, at least 1
   * @return this builder
   */
  public PikPakClientBuilder maxResponseBytes(long bytes) {
    this.maxResponseBytes = bytes;
    return this;
  }

  /**
   * Advanced: the OkHttp client every connection is derived from (pools, timeouts, proxy, TLS). This is the one
   * place where a third-party type shows in the facade. Default a client with a 15 s connect timeout and 60 s read
   * and write timeouts. A client supplied here is not shut down by {@link PikPakClient#close()}.
   *
   * @param client the base client
   * @return this builder
   */
  public PikPakClientBuilder okHttpClient(OkHttpClient client) {
    this.okHttpClient = client;
    return this;
  }

  /**
   * Sets the clock used for token and captcha expiry. Default the system UTC clock.
   *
   * @param clock the clock
   * @return this builder
   */
  public PikPakClientBuilder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /**
   * Sets how API calls are retried. Default {@link RetryPolicy#defaults()}: 4 attempts in all, the first included,
   * 200 ms doubling to 5 s with jitter, {@code Retry-After} honoured up to 30 s; {@link RetryPolicy#none()} switches
   * retries off. See {@link RetryPolicy} for what is and is not retried.
   *
   * @param policy the policy
   * @return this builder
   */
  public PikPakClientBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = policy;
    return this;
  }

  /**
   * Sets the token bucket API calls take permits from; pass the same instance to every client of one account.
   * Default a new {@link RateLimit#defaults()} per client: 5 requests per second, burst 5.
   *
   * @param rateLimit the bucket
   * @return this builder
   */
  public PikPakClientBuilder rateLimit(RateLimit rateLimit) {
    this.rateLimit = rateLimit;
    return this;
  }

  /**
   * Sets how the blocking calls that do not join an async call (file operations, links, transfers, uploads) wait
   * between attempts and for rate-limit permits; the account, membership and resource calls wait on the {@link
   * #scheduler(ScheduledExecutorService)} instead. Default {@link Sleeper#SYSTEM}; tests inject a fake.
   *
   * @param sleeper the sleeper
   * @return this builder
   */
  public PikPakClientBuilder sleeper(Sleeper sleeper) {
    this.sleeper = sleeper;
    return this;
  }

  /**
   * Sets the scheduler that times every wait of an API call (retry backoff, {@code Retry-After}, rate-limit
   * permits) and of task polling, for the async view and for the blocking calls that join it; no thread sleeps
   * through these waits. Default: a single daemon thread named {@code pikpak4j-scheduler}, shut down by {@link
   * PikPakClient#close()}. A scheduler supplied here is not shut down by the client; tests inject one that records
   * the delays asked for.
   *
   * @param scheduler the scheduler
   * @return this builder
   */
  public PikPakClientBuilder scheduler(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
    return this;
  }

  /**
   * Sets the CDN host policy for download links (protocol §6). Default {@link CdnPolicy#off()}: links as PikPak
   * gave them.
   *
   * @param policy the policy
   * @return this builder
   */
  public PikPakClientBuilder cdn(CdnPolicy policy) {
    this.cdnPolicy = policy;
    this.cdnSpec = null;
    return this;
  }

  /**
   * Sets the CDN host policy in the form of {@code --cdn} and {@code PIKPAK_CDN}: {@code off}, {@code auto},
   * {@code domain:<root>} or a host ({@code host[:port]}); checked by {@link #build()}. Default {@code off}.
   *
   * @param spec the policy
   * @return this builder
   */
  public PikPakClientBuilder cdn(String spec) {
    this.cdnSpec = spec;
    return this;
  }

  /**
   * Adds the user's own CDN candidates ({@code host[:port]}; {@code https://host} or, for loopback hosts only,
   * {@code http://host:port}), probed by {@code auto} besides the built-in list of the link's family; checked by
   * {@link #build()}. Default none.
   *
   * @param hosts the candidates
   * @return this builder
   */
  public PikPakClientBuilder cdnCandidates(List<String> hosts) {
    this.cdnCandidates = List.copyOf(hosts);
    return this;
  }

  /**
   * Sets the user's own CDN candidates from a comma-separated list (the form of {@code --cdn-candidates} and
   * {@code PIKPAK_CDN_CANDIDATES}). Default none.
   *
   * @param csv {@code host[:port],host[:port],...}
   * @return this builder
   */
  public PikPakClientBuilder cdnCandidates(String csv) {
    return cdnCandidates(CdnSelector.splitCandidates(csv));
  }

  CdnPolicy resolveCdn() {
    return cdnSpec != null ? CdnPolicy.parse(cdnSpec) : cdnPolicy;
  }

  /**
   * Sets the CDN connection budget downloads share: connections per link and in all. Pass the same instance to
   * every client of one account. Default a new {@link ConnectionBudget#defaults()} per client: 8 per link, 16 in
   * all.
   *
   * @param budget the budget
   * @return this builder
   */
  public PikPakClientBuilder connectionBudget(ConnectionBudget budget) {
    this.connectionBudget = budget;
    return this;
  }

  /**
   * Validates every setting and builds the client. Sends no request.
   *
   * @return the client
   * @throws InvalidInputException naming the setting to fix: a blank user name or password, a malformed device id,
   *     an unknown platform, a plain-http endpoint that is not loopback, a malformed proxy, a page size out of
   *     range, a malformed CDN policy (host or domain) or CDN candidate, a plain-http CDN candidate that is not
   *     loopback
   */
  public PikPakClient build() {
    String userUrl = EndpointUrls.normalize(userEndpoint != null ? userEndpoint : domain.userBaseUrl(), "userEndpoint");
    String driveUrl =
        EndpointUrls.normalize(driveEndpoint != null ? driveEndpoint : domain.driveBaseUrl(), "driveEndpoint");
    resolveCdn();
    CdnSelector.checkCandidates(cdnCandidates);
    if (pageSize < 1 || pageSize > 500) {
      throw new InvalidInputException("pageSize must be between 1 and 500, got " + pageSize);
    }
    if (maxResponseBytes < 1) {
      throw new InvalidInputException("maxResponseBytes must be at least 1, got " + maxResponseBytes);
    }
    // OkHttp's own silent replays are off: the RetryPolicy alone decides, so attempts never multiply and a
    // non-idempotent POST (or a single-use refresh token) is never replayed behind our back.
    OkHttpClient base =
        (okHttpClient != null ? okHttpClient : defaultHttpClient()).newBuilder().retryOnConnectionFailure(false)
            .build();
    if (proxy != null) {
      base = ProxySpec.parse(proxy).applyTo(base.newBuilder()).build();
    }
    TokenStore store = tokenStore != null ? tokenStore : FileTokenStore.of(sessionFileOrDefault());
    PikPakAuth.Builder auth =
        PikPakAuth.builder()
            .credentials(username, password)
            .refreshToken(refreshToken)
            .captchaToken(captchaToken)
            .platform(platform)
            .deviceId(deviceId)
            .tokenStore(store)
            .refreshMethod(refreshMethod)
            .clock(clock)
            .userBaseUrl(userUrl)
            .httpClient(PikPakApis.apiClient(base, maxResponseBytes));
    if (profile != null) {
      auth.profile(profile);
    }
    RateLimit limit = rateLimit != null ? rateLimit : RateLimit.defaults();
    return new PikPakClient(this, base, auth.build(), limit, userUrl, driveUrl);
  }

  Path sessionFileOrDefault() {
    return sessionFile != null
        ? sessionFile
        : Path.of(System.getProperty("user.home"), ".config", "pikpak4j", "session.json");
  }

  /**
   * The default base client. The write timeout equals the read timeout on purpose: Okio keeps every pending read and
   * write deadline in one queue and wakes its watchdog thread whenever a new deadline goes to the head. With OkHttp's
   * default 10 s write timeout under a 60 s read timeout, each request's write lands ahead of the other threads'
   * reads, and every request paid a thread wake-up (a 10,000-folder {@code ls -r}: 15 % more CPU on the walking
   * threads, measured with async-profiler). Equal timeouts keep new deadlines at the tail.
   */
  static OkHttpClient defaultHttpClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(15))
        .readTimeout(Duration.ofSeconds(60))
        .writeTimeout(Duration.ofSeconds(60))
        .build();
  }
}
