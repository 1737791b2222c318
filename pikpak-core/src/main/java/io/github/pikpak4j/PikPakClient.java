package io.github.pikpak4j;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.MembershipApi;
import io.github.pikpak4j.api.ResourceApi;
import io.github.pikpak4j.api.PikPakApis;
import io.github.pikpak4j.auth.PikPakAuth;
import io.github.pikpak4j.auth.Session;
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
import io.github.pikpak4j.core.internal.AsyncFilesImpl;
import io.github.pikpak4j.core.internal.FilesImpl;
import io.github.pikpak4j.core.policy.RateLimit;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;

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
  private final PikPakClientBuilder config;
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

  PikPakClient(
      PikPakClientBuilder config, OkHttpClient base, PikPakAuth auth, RateLimit rateLimit, String userUrl, String driveUrl) {
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
    PikPakClientBuilder settings = this.config;
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
  public static PikPakClientBuilder builder() {
    return new PikPakClientBuilder();
  }

  /**
   * Builds a client from the process environment ({@code PIKPAK_USERNAME}, {@code PIKPAK_PASSWORD}, ...; see {@link
   * PikPakClientBuilder#fromEnv(Map)}).
   *
   * @return the client
   * @throws InvalidInputException when a variable holds a malformed value
   */
  public static PikPakClient fromEnv() {
    return builder().fromEnv(System.getenv()).build();
  }

  /** {@return a builder holding this client's settings} */
  public PikPakClientBuilder toBuilder() {
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
   * {@return the CDN host policy ({@link PikPakClientBuilder#cdn(CdnPolicy)}): applied to every drive link, {@code probe} to
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
}
