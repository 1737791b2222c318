package io.github.pikpak4j;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.MembershipApi;
import io.github.pikpak4j.api.ResourceApi;
import io.github.pikpak4j.api.PikPakApis;
import io.github.pikpak4j.api.PikPakDomain;
import io.github.pikpak4j.auth.ClientProfile;
import io.github.pikpak4j.auth.FileTokenStore;
import io.github.pikpak4j.auth.InMemoryTokenStore;
import io.github.pikpak4j.auth.PikPakAuth;
import io.github.pikpak4j.auth.RefreshMethod;
import io.github.pikpak4j.auth.Session;
import io.github.pikpak4j.auth.TokenStore;
import io.github.pikpak4j.core.account.Account;
import io.github.pikpak4j.core.account.LoginResult;
import io.github.pikpak4j.core.files.Files;
import io.github.pikpak4j.core.internal.AccountImpl;
import io.github.pikpak4j.core.internal.MembershipImpl;
import io.github.pikpak4j.core.internal.ResourcesImpl;
import io.github.pikpak4j.core.resource.Resources;
import io.github.pikpak4j.core.membership.Membership;
import io.github.pikpak4j.api.TaskApi;
import io.github.pikpak4j.offline.OfflineTasks;
import io.github.pikpak4j.api.ShareApi;
import io.github.pikpak4j.share.Shares;
import io.github.pikpak4j.core.transfer.upload.Uploads;
import io.github.pikpak4j.core.transfer.upload.internal.UploadEngine;
import io.github.pikpak4j.api.UploadApi;
import io.github.pikpak4j.core.cdn.Cdn;
import io.github.pikpak4j.core.cdn.CdnPolicy;
import io.github.pikpak4j.core.cdn.CdnSelector;
import io.github.pikpak4j.core.cdn.HttpCdnProber;
import io.github.pikpak4j.core.internal.CdnHttp;
import io.github.pikpak4j.core.internal.LinksImpl;
import io.github.pikpak4j.core.internal.TransfersImpl;
import io.github.pikpak4j.core.link.Links;
import io.github.pikpak4j.core.transfer.ConnectionBudget;
import io.github.pikpak4j.core.transfer.Transfers;
import io.github.pikpak4j.core.internal.ApiExecutor;
import io.github.pikpak4j.core.internal.EndpointUrls;
import io.github.pikpak4j.core.internal.EnvSettings;
import io.github.pikpak4j.core.internal.AsyncFilesImpl;
import io.github.pikpak4j.core.internal.FilesImpl;
import io.github.pikpak4j.core.internal.ProxySpec;
import io.github.pikpak4j.core.policy.RateLimit;
import io.github.pikpak4j.core.policy.RetryPolicy;
import io.github.pikpak4j.core.policy.Sleeper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The PikPak client: build it once, share it, close it when done.
 *
 * <pre>{@code
 * try (PikPakClient client = PikPakClient.builder()
 *     .username("user@example.com")
 *     .password(System.getenv("PIKPAK_PASSWORD"))
 *     .build()) {
 *   for (FileEntry e : client.files().listAll("")) {
 *     System.out.println(e.name());
 *   }
 * }
 * }</pre>
 *
 * <p>Or {@link #fromEnv()} to take every setting from the environment variables of the {@code pikpak} CLI. Sign-in
 * is lazy: the first call that needs a token refreshes the saved session or signs in; {@link #login()} does it
 * eagerly. The client is immutable and thread-safe; {@link #toBuilder()} derives a differently configured one.
 */
public final class PikPakClient implements AutoCloseable {
  private final Builder config;
  private final OkHttpClient http;
  private final ScheduledExecutorService scheduler;
  private final boolean ownScheduler;
  private final ApiExecutor executor;
  private final PikPakApis apis;
  private final PikPakAuth auth;
  private final Files files;
  private final Account account;
  private final Membership membership;
  private final Resources resources;
  private final OfflineTasks offline;
  private final Shares shares;
  private final Uploads uploads;
  private final OkHttpClient cdnHttp;
  private final CdnSelector cdn;
  private final Links links;
  private final TransfersImpl transfers;
  private final PikPakClientAsync async;

  private PikPakClient(
      Builder config, OkHttpClient base, PikPakAuth auth, RateLimit rateLimit, String userUrl, String driveUrl) {
    this.config = config.copy();
    this.auth = auth;
    // redirects off and answers bounded: PikPakApis.apiClient, the one place that prepares API clients
    this.http =
        PikPakApis.apiClient(base.newBuilder().addInterceptor(auth.interceptor()).build(), config.maxResponseBytes);
    this.apis = PikPakApis.create(userUrl, driveUrl, http);
    this.ownScheduler = config.scheduler == null;
    this.scheduler =
        config.scheduler != null
            ? config.scheduler
            : Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread t = new Thread(r, "pikpak4j-scheduler");
                  t.setDaemon(true);
                  return t;
                });
    this.executor = new ApiExecutor(config.retryPolicy, rateLimit, config.sleeper, scheduler);
    this.files =
        new FilesImpl(new AsyncFilesImpl(apis.driveApi(), executor, config.rootFolderId, config.pageSize, 4096));
    this.offline =
        OfflineTasks.create(
            PikPakApis.retrofit(driveUrl, http).create(TaskApi.class), apis.driveApi(), executor, scheduler,
            config.clock);
    Builder settings = this.config;
    this.shares =
        Shares.create(
            PikPakApis.retrofit(driveUrl, http).create(ShareApi.class),
            apis.driveApi(),
            executor,
            () -> settings.username != null || settings.refreshToken != null || auth.currentSession().isPresent());
    this.uploads =
        new UploadEngine(
            PikPakApis.retrofit(driveUrl, http).create(UploadApi.class),
            apis.driveApi(),
            executor,
            base,
            config.retryPolicy,
            config.sleeper,
            config.clock,
            this::folderId);
    ConnectionBudget budget = config.connectionBudget != null ? config.connectionBudget : ConnectionBudget.defaults();
    this.cdnHttp = CdnHttp.create(base, budget.total());
    this.cdn =
        new CdnSelector(config.resolveCdn(), config.cdnCandidates, new HttpCdnProber(cdnHttp), config.clock);
    this.links = new LinksImpl(apis.driveApi(), executor, files, cdn, config.sleeper);
    this.transfers = new TransfersImpl(links, cdn, cdnHttp, budget, config.clock, config.sleeper);
    this.async =
        new PikPakClientAsync(executor, apis, files, offline, shares, transfers, uploads, links, cdn,
            PikPakApis.retrofit(driveUrl, http).create(MembershipApi.class),
            PikPakApis.retrofit(driveUrl, http).create(ResourceApi.class),
            PikPakApis.retrofit(driveUrl, http).create(UploadApi.class));
    this.resources = new ResourcesImpl(async.resourceOperations());
    this.membership = new MembershipImpl(async.membership());
    this.account = new AccountImpl(async.account());
  }

  /** {@return a builder with every default (see the setters)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a client from the process environment ({@code PIKPAK_USERNAME}, {@code PIKPAK_PASSWORD}, ...; see {@link
   * Builder#fromEnv(Map)}).
   *
   * @return the client
   * @throws InvalidInputException when a variable holds a malformed value
   */
  public static PikPakClient fromEnv() {
    return builder().fromEnv(System.getenv()).build();
  }

  /** {@return a builder holding this client's settings} */
  public Builder toBuilder() {
    return config.copy();
  }

  /** {@return the drive's files and folders} */
  public Files files() {
    return files;
  }

  private String folderId(String folder) {
    FileEntry entry = files.resolve(folder);
    if (!entry.isFolder()) {
      throw new NotFoundException("not a folder: " + folder);
    }
    return entry.id();
  }

  /** {@return uploads: GCID, instant upload, resumable OSS transfer (the OSS client carries no API token)} */
  public Uploads uploads() {
    return uploads;
  }

  /**
   * {@return shares: open share links (with or without an account; anonymous reads when the client has no
   * credentials and no session), browse them, choose links under a transcode policy, save them into the drive, and
   * create, list and delete the account's own shares}
   */
  public Shares shares() {
    return shares;
  }

  /** {@return the signed-in account: user info and quota} */
  public Account account() {
    return account;
  }

  /**
   * {@return content lookups: cid to GCID, magnet and URL previews, archive listing and extraction, instant
   * creation from a known GCID, search by name}
   */
  public Resources resources() {
    return resources;
  }

  /** {@return the signed-in account's membership and activity: VIP status, transfer quota, recent events} */
  public Membership membership() {
    return membership;
  }

  /**
   * {@return offline (cloud) downloads: add a magnet, ed2k, http(s) or social-site link, list, retry and delete
   * tasks, and await a task with progress (polls on this client's scheduler, 1 s backing off to 10 s with jitter)}
   */
  public OfflineTasks offline() {
    return offline;
  }

  /**
   * {@return the CDN host policy ({@link Builder#cdn(CdnPolicy)}): applied to every drive link, {@code probe} to
   * see each candidate's latency, and the demotion hooks a download engine reports failing hosts to} For share
   * links, pass the chosen URL and size to {@link Cdn#rewrite(String, long)}.
   */
  public Cdn cdn() {
    return cdn;
  }

  /** {@return download-link resolution (original bytes or media renditions, expiry, re-resolution)} */
  public Links links() {
    return links;
  }

  /** {@return the download engine (ranged, multi-connection, resumable, verified; its own CDN HTTP client)} */
  public Transfers transfers() {
    return transfers;
  }

  /**
   * {@return the asynchronous view of this client (one per client)} Every resource call returns a {@link
   * java.util.concurrent.CompletableFuture}, on the same pools, session and policies; retries and polls are
   * scheduled, never slept. See {@link PikPakClientAsync}.
   */
  public PikPakClientAsync async() {
    return async;
  }

  /**
   * Signs in now, or reuses (refreshing if needed) the saved session, and saves it.
   *
   * @return who is signed in, with which device id
   * @throws io.github.pikpak4j.api.AuthenticationException when there is nothing to sign in with or the server refused
   * @throws io.github.pikpak4j.api.CaptchaRequiredException when PikPak asks for human verification
   */
  public LoginResult login() {
    Session session = auth.login();
    return new LoginResult(session.userId(), session.deviceId().value());
  }

  /** {@return the device id this client sends (32 lower-case hex characters)} */
  public String deviceId() {
    return auth.deviceId().value();
  }

  /** Releases the connection pool and threads of this client (unless the OkHttp client was supplied by the caller). */
  @Override
  public void close() {
    if (ownScheduler) {
      scheduler.shutdownNow();
    }
    async.close();
    transfers.close();
    cdn.close();
    CdnHttp.close(cdnHttp);
    if (config.okHttpClient == null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "PikPakClient{platform=" + auth.profile().platform().lowerName() + ", deviceId=" + deviceId() + "}";
  }

  /**
   * Settings of a {@link PikPakClient}. Every setter states its default; {@link #build()} validates them all before
   * any request is sent.
   */
  public static final class Builder {
    private @Nullable String username;
    private @Nullable String password;
    private @Nullable String refreshToken;
    private @Nullable String captchaToken;
    private @Nullable String platform;
    private @Nullable ClientProfile profile;
    private @Nullable String deviceId;
    private PikPakDomain domain = PikPakDomain.MYPIKPAK_NET;
    private @Nullable String userEndpoint;
    private @Nullable String driveEndpoint;
    private String rootFolderId = "";
    private @Nullable String proxy;
    private @Nullable Path sessionFile;
    private @Nullable TokenStore tokenStore;
    private RefreshMethod refreshMethod = RefreshMethod.JSON;
    private int pageSize = 100;
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable RateLimit rateLimit;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private @Nullable ScheduledExecutorService scheduler;
    private @Nullable ConnectionBudget connectionBudget;
    private CdnPolicy cdnPolicy = CdnPolicy.off();
    private @Nullable String cdnSpec;
    private List<String> cdnCandidates = List.of();
    private long maxResponseBytes = PikPakApis.DEFAULT_MAX_RESPONSE_BYTES;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
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
    public Builder fromEnv(Map<String, String> env) {
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
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /**
     * Sets the password, used to sign in when no saved session or refresh token works. No default. Never logged.
     *
     * @param password the password
     * @return this builder
     */
    public Builder password(String password) {
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
    public Builder refreshToken(String refreshToken) {
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
    public Builder captchaToken(String captchaToken) {
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
    public Builder platform(String platform) {
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
    public Builder profile(ClientProfile profile) {
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
    public Builder deviceId(String deviceId) {
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
    public Builder domain(PikPakDomain domain) {
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
    public Builder userEndpoint(String url) {
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
    public Builder driveEndpoint(String url) {
      this.driveEndpoint = url;
      return this;
    }

    /**
     * Sets the folder that drive paths resolve below. Default {@code ""}, the drive's root.
     *
     * @param folderId the folder id
     * @return this builder
     */
    public Builder rootFolderId(String folderId) {
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
    public Builder proxy(String proxy) {
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
    public Builder sessionFile(Path file) {
      this.sessionFile = file;
      this.tokenStore = null;
      return this;
    }

    /**
     * Keeps the session in memory only: nothing is written to disk, and the next process signs in again.
     *
     * @return this builder
     */
    public Builder inMemorySession() {
      return tokenStore(new InMemoryTokenStore());
    }

    /**
     * Keeps the session in a store of the caller's (for example a database). Default: the session file.
     *
     * @param store the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore store) {
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
    public Builder refreshMethod(RefreshMethod method) {
      this.refreshMethod = method;
      return this;
    }

    /**
     * Sets how many entries a listing asks for per page, 1 to 500. Default 100. The server may return fewer.
     *
     * @param pageSize entries per page
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
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
    public Builder maxResponseBytes(long bytes) {
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Advanced: the OkHttp client every connection is derived from (pools, timeouts, proxy, TLS). This is the one
     * place where a third-party type shows in the facade. Default a client with a 15 s connect and 60 s read timeout.
     * A client supplied here is not shut down by {@link PikPakClient#close()}.
     *
     * @param client the base client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = client;
      return this;
    }

    /**
     * Sets the clock used for token and captcha expiry. Default the system UTC clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
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
    public Builder retryPolicy(RetryPolicy policy) {
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
    public Builder rateLimit(RateLimit rateLimit) {
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
    public Builder sleeper(Sleeper sleeper) {
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
    public Builder scheduler(ScheduledExecutorService scheduler) {
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
    public Builder cdn(CdnPolicy policy) {
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
    public Builder cdn(String spec) {
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
    public Builder cdnCandidates(List<String> hosts) {
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
    public Builder cdnCandidates(String csv) {
      return cdnCandidates(CdnSelector.splitCandidates(csv));
    }

    private CdnPolicy resolveCdn() {
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
    public Builder connectionBudget(ConnectionBudget budget) {
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

    private Path sessionFileOrDefault() {
      return sessionFile != null
          ? sessionFile
          : Path.of(System.getProperty("user.home"), ".config", "pikpak4j", "session.json");
    }

    private static OkHttpClient defaultHttpClient() {
      return new OkHttpClient.Builder()
          .connectTimeout(Duration.ofSeconds(15))
          .readTimeout(Duration.ofSeconds(60))
          .build();
    }
  }
}
