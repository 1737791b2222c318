package io.github.pikpak4j.testkit;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * An embedded PikPak server for tests and sandboxes: the user API (captcha, sign-in, tokens), the
 * drive API and a CDN, each on its own loopback listener with an ephemeral port. It is strict like
 * the real server (captcha signs, rotating refresh tokens, required headers, signed expiring links,
 * 8 connections per link), so code that passes against it is likely to work against PikPak.
 *
 * <p><b>Refuse versus record.</b> The emulator refuses only what PikPak refuses, and accepts every
 * form a client known to work against PikPak sends (PikPakAPI's, rclone's, AList's, pikpak-kotlin's):
 * no {@code X-Client-Id} outside share reads, any User-Agent, {@code "parent_id": null} and {@code
 * "to": {}} for the root, every profile of {@link KnownClient}. Each such accepted departure from
 * the strict form is recorded as a {@link Deviation} ({@link #deviations()}), so that a client can
 * hold itself to the strict form ({@link DeviationCheckExtension}) while its users get a faithful
 * server.
 *
 * <pre>{@code
 * try (PikPakEmulator emu = PikPakEmulator.start()) {
 *   String user = emu.userBaseUrl();   // "http://127.0.0.1:<port>/"
 *   String drive = emu.driveBaseUrl(); // sign in as DEMO_USERNAME / DEMO_PASSWORD
 *   emu.faults().respond("GET /drive/v1/files", 1, 503, "{}");
 *   emu.advance(Duration.ofHours(3)); // access tokens expire on the emulator clock
 * }
 * }</pre>
 *
 * <p>The demo account's drive is seeded with a small tree (see {@link #drive()}); other accounts
 * start empty. All methods are thread-safe.
 */
public final class PikPakEmulator implements AutoCloseable {
  static {
    // Like a CDN edge (nginx: tcp_nodelay on), the emulator's listeners send without Nagle's delay: otherwise the last
    // partial segment of each response waits for the client's delayed ACK (40 ms on Linux), which a client that
    // reuses the connection for its next range pays on every range. The JDK server reads this once, when its first
    // instance in the JVM starts; a value set by the caller is kept.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** The default cap of a state directory's stored file contents, in bytes: {@value} (256 MiB). */
  public static final long DEFAULT_STATE_SIZE_LIMIT = 256L << 20;

  /** The demo account's user name: {@value}. */
  public static final String DEMO_USERNAME = "demo@pikpak4j.dev";

  /** The demo account's password: {@value}. */
  public static final String DEMO_PASSWORD = "pikpak4j-demo";

  private final EmulatorState state;
  private final CdnHandler cdnHandler;
  private final List<HttpServer> servers = new ArrayList<>();
  private final List<ExecutorService> executors = new ArrayList<>();
  private final List<CdnNode> cdnNodes = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final String userBaseUrl;
  private final String driveBaseUrl;
  private final String cdnBaseUrl;
  private final String ossBaseUrl;
  private final String demoUserId;
  private final @Nullable StateSnapshot snapshot;

  private PikPakEmulator(Builder b) throws IOException {
    state =
        new EmulatorState(
            b.clock, b.pageSizeCap, b.captchaTtl, b.accessTtl, b.linkTtl, b.captchaErrorStatus);
    state.humanVerification = b.humanVerification;
    snapshot = b.stateDirectory == null ? null : new StateSnapshot(b.stateDirectory, b.stateSizeLimit);
    Path tokensFile = b.stateFile != null ? b.stateFile : snapshot != null ? snapshot.tokensFile() : null;
    if (tokensFile != null) {
      AuthStateFile file = new AuthStateFile(tokensFile, state.tokens);
      file.load();
      state.tokens.onChange(file::save);
    }
    state.cdnFaults.bytesPerSecond(b.cdnBytesPerSecond).latency(b.cdnLatency);
    demoUserId = state.addAccount(DEMO_USERNAME, DEMO_PASSWORD);
    boolean restored = snapshot != null && snapshot.load(state);
    if (b.demoTree && !restored) {
      DemoTree.seed(state.drive(demoUserId));
    }
    cdnHandler =
        new CdnHandler(
            state.links,
            state.cdnObjects,
            state.clock,
            state.cdnJournal,
            state.cdnFaults,
            b.maxConnectionsPerLink);
    try {
      userBaseUrl = listen("user", new UserHandler(state));
      driveBaseUrl = listen("drive", new DriveHandler(state));
      cdnBaseUrl = listen("cdn", cdnHandler);
      ossBaseUrl = listen("oss", new OssHandler(state.uploads, state.clock));
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
    state.userBaseUrl = userBaseUrl;
    state.links.base(cdnBaseUrl);
    state.uploads.baseUrl = ossBaseUrl;
    DeviationWatch.started(this);
  }

  /**
   * Starts an emulator with the defaults.
   *
   * @return the running emulator
   */
  public static PikPakEmulator start() {
    return builder().start();
  }

  /**
   * Returns a builder of emulator options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs an emulator until the process is stopped, printing its URLs and the demo credentials.
   *
   * @param args ignored
   * @throws InterruptedException when interrupted while waiting
   */
  public static void main(String[] args) throws InterruptedException {
    PikPakEmulator emu = start();
    Runtime.getRuntime().addShutdownHook(new Thread(emu::close));
    System.out.println("PikPak emulator running");
    System.out.println("  user API : " + emu.userBaseUrl());
    System.out.println("  drive API: " + emu.driveBaseUrl());
    System.out.println("  CDN      : " + emu.cdnBaseUrl());
    System.out.println("  OSS      : " + emu.ossBaseUrl());
    System.out.println("  account  : " + DEMO_USERNAME + " / " + DEMO_PASSWORD);
    Thread.currentThread().join();
  }

  private String listen(String name, HttpHandler handler) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.createContext("/", handler);
    ExecutorService pool = Executors.newCachedThreadPool(daemonThreads("pikpak-emulator-" + name));
    server.setExecutor(pool);
    server.start();
    servers.add(server);
    executors.add(pool);
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Returns the user API's base URL (captcha, auth, user info).
   *
   * @return {@code "http://127.0.0.1:<port>/"}, with the trailing slash
   */
  public String userBaseUrl() {
    return userBaseUrl;
  }

  /**
   * Returns the drive API's base URL.
   *
   * @return {@code "http://127.0.0.1:<port>/"}, with the trailing slash
   */
  public String driveBaseUrl() {
    return driveBaseUrl;
  }

  /**
   * Returns the CDN's base URL; download links point below it.
   *
   * @return {@code "http://127.0.0.1:<port>/"}, with the trailing slash
   */
  public String cdnBaseUrl() {
    return cdnBaseUrl;
  }

  /**
   * Returns the OSS upload endpoint's base URL. The create call hands out {@code
   * "http://127.0.0.1:<port>"} (no trailing slash) as {@code resumable.params.endpoint}; objects
   * are addressed path style, {@code <base>/<bucket>/<key>}.
   *
   * @return {@code "http://127.0.0.1:<port>/"}, with the trailing slash
   */
  public String ossBaseUrl() {
    return ossBaseUrl;
  }

  /**
   * Returns every request the OSS upload endpoint received, oldest first. Upload bodies are not
   * kept ({@code body} is {@code ""}), except the small XML body of CompleteMultipartUpload.
   *
   * @return an immutable snapshot
   */
  public List<RecordedRequest> ossRequests() {
    return state.uploads.journal.snapshot();
  }

  /**
   * Returns the scripted failures of the OSS upload endpoint.
   *
   * @return the OSS fault rules
   */
  public OssFaults ossFaults() {
    return state.uploads.faults;
  }

  /**
   * Counts the uploads refused because the bytes received did not have the GCID the create call
   * declared (the real server keeps such a wrong hash silently; the emulator refuses it).
   *
   * @return the number of refused uploads since start
   */
  public int uploadGcidMismatches() {
    return state.uploads.gcidMismatches.get();
  }

  /**
   * Returns the settings that point a pikpak4j client at this emulator, signed in as the demo account, in the form
   * of the {@code pikpak} CLI's environment variables: {@code PIKPAK_USER_ENDPOINT}, {@code PIKPAK_DRIVE_ENDPOINT},
   * {@code PIKPAK_USERNAME} ({@value #DEMO_USERNAME}) and {@code PIKPAK_PASSWORD} ({@value #DEMO_PASSWORD}).
   *
   * <p>The emulator is an independent implementation of the server and depends on no pikpak4j client module, so it
   * hands out settings rather than a client builder; {@code PikPakClientBuilder.fromEnv(Map)} takes them:
   *
   * <pre>{@code
   * PikPakClient client =
   *     PikPakClient.builder().fromEnv(emulator.clientEnvironment()).inMemorySession().build();
   * }</pre>
   *
   * <p>For a {@code pikpak} process, pass the same map as its environment.
   *
   * @return an immutable map of the four variables
   */
  public Map<String, String> clientEnvironment() {
    return Map.of(
        "PIKPAK_USER_ENDPOINT", userBaseUrl,
        "PIKPAK_DRIVE_ENDPOINT", driveBaseUrl,
        "PIKPAK_USERNAME", DEMO_USERNAME,
        "PIKPAK_PASSWORD", DEMO_PASSWORD);
  }

  // ---- clock -----------------------------------------------------------------------------------

  /**
   * Returns the emulator's clock (the builder's clock plus every {@link #advance(Duration)}).
   *
   * @return the clock, in UTC
   */
  public Clock clock() {
    return state.clock;
  }

  /**
   * Returns the emulator's current time.
   *
   * @return {@code clock().instant()}
   */
  public Instant now() {
    return state.clock.instant();
  }

  /**
   * Moves the emulator's clock forward; captcha tokens, access tokens and links expire by it.
   *
   * @param duration a non-negative duration
   */
  public void advance(Duration duration) {
    state.clock.advance(duration);
  }

  // ---- accounts --------------------------------------------------------------------------------

  /**
   * Adds an account with an empty drive.
   *
   * @param username an email address, a phone number or a plain user name
   * @param password the password
   * @return the new user id ({@code sub})
   */
  public String addAccount(String username, String password) {
    return state.addAccount(username, password);
  }

  /**
   * Returns the demo account's user id.
   *
   * @return the {@code sub} of {@link #DEMO_USERNAME}
   */
  public String demoUserId() {
    return demoUserId;
  }

  /**
   * Returns the demo account's drive.
   *
   * @return the drive
   */
  public EmulatedDrive drive() {
    return state.drive(demoUserId);
  }

  /**
   * Returns an account's drive.
   *
   * @param userId the user id
   * @return the drive
   */
  public EmulatedDrive drive(String userId) {
    return state.drive(userId);
  }

  // ---- demo drive shortcuts --------------------------------------------------------------------

  /**
   * Returns the root folder id of the demo drive.
   *
   * @return {@code ""}
   */
  public String root() {
    return drive().root();
  }

  /**
   * Creates a folder in the demo drive.
   *
   * @param parentId the parent folder ({@code ""} for the root)
   * @param name the name
   * @return the folder id
   */
  public String addFolder(String parentId, String name) {
    return drive().addFolder(parentId, name);
  }

  /**
   * Creates a file with deterministic content in the demo drive.
   *
   * @param parentId the parent folder
   * @param name the name
   * @param size the size in bytes
   * @param seed the content seed
   * @return the file id
   */
  public String addFile(String parentId, String name, long size, long seed) {
    return drive().addFile(parentId, name, size, seed);
  }

  /**
   * Returns a demo-drive file's bytes (files up to 64 MiB).
   *
   * @param fileId the file
   * @return a copy of its bytes
   */
  public byte[] fileBytes(String fileId) {
    return drive().fileBytes(fileId);
  }

  /**
   * Returns a demo-drive file's content source.
   *
   * @param fileId the file
   * @return the content
   */
  public ContentSource content(String fileId) {
    return drive().content(fileId);
  }

  // ---- switches --------------------------------------------------------------------------------

  /**
   * Makes captcha init demand human verification: it then answers a non-empty {@code url} (a
   * puzzle page on the user listener) and a token that sign-in refuses. Off by default.
   *
   * @param required the new state
   */
  public void requireHumanVerification(boolean required) {
    state.humanVerification = required;
  }

  /**
   * Returns a live sign-in captcha token, as a person solving the puzzle would get. Valid for
   * sign-in with the android client id.
   *
   * @return a token for {@code POST:/v1/auth/signin}
   */
  public String solveCaptchaManually() {
    return solveCaptchaManually(KnownClient.ANDROID.clientId());
  }

  /**
   * Returns a live sign-in captcha token for a client id, as a person solving the puzzle would get.
   *
   * @param clientId the client id the sign-in will use
   * @return a token for {@code POST:/v1/auth/signin}
   */
  public String solveCaptchaManually(String clientId) {
    return state
        .captcha
        .issue(UserHandler.SIGNIN_ACTION, clientId, "", "", "", true)
        .token();
  }

  /** Expires every captcha token issued so far (drive calls then answer error 9). */
  public void expireCaptchaTokens() {
    state.captcha.expireAll();
  }

  /** Expires every access token issued so far (calls then answer HTTP 401, error 16). */
  public void expireAccessTokens() {
    state.tokens.expireAllAccess();
  }

  /** Revokes every refresh token issued so far (refresh then answers invalid_grant 4126). */
  public void revokeRefreshTokens() {
    state.tokens.revokeAllRefresh();
  }

  /**
   * Returns the offline (cloud download) tasks of every account and their switches: task duration,
   * known content, daily limit, full drive, commit-then-fail.
   *
   * @return the offline-task state
   */
  public EmulatedOffline offline() {
    return state.offline;
  }

  // ---- faults and journal ----------------------------------------------------------------------

  /**
   * Returns the emulator's shares: create shares, set their {@code share_status}, switch the
   * region block, expire pass-code tokens.
   *
   * @return the shares
   */
  public EmulatedShares shares() {
    return state.shares;
  }

  /**
   * Returns the scripted faults of the API listeners.
   *
   * @return the fault rules
   */
  public ApiFaults faults() {
    return state.faults;
  }

  /**
   * Returns the drive's fault switches (a file with no download link yet, as right after an
   * upload).
   *
   * @return the drive faults
   */
  public DriveFaults driveFaults() {
    return state.driveFaults;
  }

  /**
   * Returns the CDN fault switches.
   *
   * @return the CDN faults
   */
  public CdnFaults cdnFaults() {
    return state.cdnFaults;
  }

  /**
   * Starts an extra CDN node on its own loopback port (see {@link CdnNode}): a sibling that serves
   * the same signed links, a node of another family (fast {@code /generate_204}, 404 for files),
   * or a dead node. It is closed with the emulator.
   *
   * @param mode how it behaves
   * @param latency its latency before each response's headers (real time)
   * @return the running node; {@link CdnNode#host()} is its candidate form {@code 127.0.0.1:<port>}
   */
  public CdnNode addCdnNode(CdnNode.Mode mode, Duration latency) {
    try {
      CdnNode node = new CdnNode(state, mode, latency);
      cdnNodes.add(node);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the extra CDN nodes started so far, oldest first.
   *
   * @return an immutable snapshot
   */
  public List<CdnNode> cdnNodes() {
    return List.copyOf(cdnNodes);
  }

  /**
   * Returns the switches of the asynchronous batch tasks (delay, scripted failures).
   *
   * @return the batch tasks
   */
  public BatchTasks batchTasks() {
    return state.batchTasks;
  }

  /**
   * Returns every API request received (user and drive listeners), oldest first.
   *
   * @return an immutable snapshot
   */
  public List<RecordedRequest> requests() {
    return state.journal.snapshot();
  }

  /**
   * Returns what the content lookups answer: the content of magnets and URLs, and the entries of archives.
   *
   * @return the content-lookup state
   */
  public EmulatedResources resources() {
    return state.resources;
  }

  /**
   * Returns the accounts' memberships, transfer allowances and recent events, to set what the VIP, transfer-quota
   * and events routes answer.
   *
   * @return the membership state
   */
  public EmulatedMembership membership() {
    return state.membership;
  }

  /**
   * Returns the protocol deviations of the requests received, oldest first (at most the last 1,000): requests the
   * emulator accepted, as PikPak does, although they depart from the strict form PikPak's own apps send (see {@link
   * Deviation} for the rules). The emulator refuses only what PikPak refuses; this journal is how a client holds itself
   * to the strict form anyway ({@link DeviationCheckExtension} fails a test on any). {@link #reset()} keeps it.
   *
   * @return an immutable snapshot
   */
  public List<Deviation> deviations() {
    return state.deviations.snapshot();
  }

  /** Forgets the recorded {@link #deviations()}. */
  public void clearDeviations() {
    state.deviations.clear();
  }

  /**
   * Counts the API requests received with this method and path.
   *
   * @param method e.g. {@code GET}
   * @param path e.g. {@code /drive/v1/files}
   * @return the count
   */
  public int requestCount(String method, String path) {
    return state.journal.count(method, path);
  }

  /**
   * Returns every CDN request received, with its headers, oldest first.
   *
   * @return an immutable snapshot
   */
  public List<RecordedRequest> cdnRequests() {
    return state.cdnJournal.snapshot();
  }

  /**
   * Returns how many CDN responses are being sent right now.
   *
   * @return the number of active CDN transfers
   */
  public int activeCdnConnections() {
    return cdnHandler.activeConnections();
  }

  /**
   * Returns the most CDN responses that were ever being sent at once, over all links, since start or the last
   * {@link #resetCdnPeaks()} (a response refused with 503 counts while it is refused).
   *
   * @return the peak number of concurrent CDN transfers
   */
  public int peakCdnConnections() {
    return cdnHandler.peakConnections();
  }

  /**
   * Returns the most CDN responses that were ever being sent at once for one signed link, since start or the last
   * {@link #resetCdnPeaks()}; above the per-link limit means a client exceeded it (and got a 503).
   *
   * @return the peak number of concurrent transfers of one link
   */
  public int peakCdnConnectionsPerLink() {
    return cdnHandler.peakConnectionsPerLink();
  }

  /** Restarts {@link #peakCdnConnections()} and {@link #peakCdnConnectionsPerLink()} from the current counts. */
  public void resetCdnPeaks() {
    cdnHandler.resetPeaks();
  }

  /**
   * Clears the request journals and every fault and switch (human verification off, CDN and drive faults off). The
   * accounts, drives, tokens, the clock and the {@link #deviations()} are kept.
   */
  public void reset() {
    state.journal.clear();
    state.cdnJournal.clear();
    state.faults.clear();
    state.cdnFaults.clear();
    state.driveFaults.clear();
    state.uploads.journal.clear();
    state.uploads.faults.clear();
    state.batchTasks.reset();
    state.humanVerification = false;
  }

  /**
   * Saves the accounts, drives (tree and file contents), shares and offline tasks to the {@linkplain
   * Builder#stateDirectory(Path) state directory} now; {@link #close()} does it too. Uploads still in progress are not
   * saved. Does nothing without a state directory.
   *
   * @throws IllegalStateException when the stored file contents would exceed {@link Builder#stateSizeLimit(long)}
   *     (the last saved state is left as it was)
   * @throws UncheckedIOException when the directory cannot be written
   */
  public void saveState() {
    if (snapshot != null) {
      snapshot.save(state);
    }
  }

  /**
   * Stops the listeners and their threads, after saving the state when the emulator has a {@linkplain
   * Builder#stateDirectory(Path) state directory} (a failed save is thrown once everything is stopped).
   */
  @Override
  public void close() {
    RuntimeException saveFailure = null;
    for (CdnNode n : cdnNodes) {
      n.close();
    }
    for (HttpServer s : servers) {
      s.stop(0);
    }
    for (ExecutorService e : executors) {
      e.shutdownNow();
    }
    try {
      saveState();
    } catch (RuntimeException e) {
      saveFailure = e;
    }
    state.uploads.close();
    if (snapshot != null) {
      snapshot.close();
    }
    if (saveFailure != null) {
      throw saveFailure;
    }
  }

  @Override
  public String toString() {
    return "PikPakEmulator[user=" + userBaseUrl + ", drive=" + driveBaseUrl + ", cdn=" + cdnBaseUrl + "]";
  }

  /**
   * Options of a {@link PikPakEmulator}.
   *
   * <pre>{@code
   * PikPakEmulator emu = PikPakEmulator.builder()
   *     .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
   *     .pageSizeCap(50)
   *     .start();
   * }</pre>
   */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private int pageSizeCap = 100;
    private Duration captchaTtl = Duration.ofSeconds(300);
    private Duration accessTtl = Duration.ofSeconds(7200);
    private Duration linkTtl = Duration.ofHours(1);
    private int maxConnectionsPerLink = 8;
    private int captchaErrorStatus = 401;
    private boolean demoTree = true;
    private boolean humanVerification;
    private long cdnBytesPerSecond;
    private Duration cdnLatency = Duration.ZERO;
    private @Nullable Path stateFile;
    private @Nullable Path stateDirectory;
    private long stateSizeLimit = DEFAULT_STATE_SIZE_LIMIT;

    private Builder() {}

    /**
     * Keeps the emulator's whole server side in a directory between runs: accounts, every drive (tree, names, trash,
     * stars and file contents), shares, offline tasks and the issued tokens. At start the emulator loads what the
     * directory holds (the demo tree is seeded only when it holds nothing yet); {@link PikPakEmulator#close()} and
     * {@link PikPakEmulator#saveState()} save.
     *
     * <p>Format (version 1): {@code state.json} (the tree and the rest, JSON), {@code tokens.json}, and {@code
     * blobs/<sha-256>} for the bytes of files that are not generated (uploads, texts); generated contents (seeded,
     * pattern) are kept as their recipe and cost no space. Each file is written to a temporary file and moved into
     * place, so a run that dies leaves the last saved state; files are 0600, directories 0700. The directory holds
     * tokens and the accounts' passwords: keep it private. Not kept: uploads in progress, fault switches, journals,
     * the clock offset of {@link PikPakEmulator#advance(Duration)}. Two emulators must not share one directory at
     * once (the last to close wins). A malformed state makes {@link #start()} fail; delete the directory to start
     * afresh.
     *
     * <pre>{@code
     * try (PikPakEmulator emu = PikPakEmulator.builder().stateDirectory(dir).start()) {
     *   emu.addFolder(emu.root(), "Kept");
     * }
     * try (PikPakEmulator again = PikPakEmulator.builder().stateDirectory(dir).start()) {
     *   again.drive().find("/Kept"); // present
     * }
     * }</pre>
     *
     * @param directory the directory, created when missing; default none (nothing is kept)
     * @return this
     */
    public Builder stateDirectory(@Nullable Path directory) {
      this.stateDirectory = directory;
      return this;
    }

    /**
     * Caps the bytes of file contents a {@linkplain #stateDirectory(Path) state directory} may hold (each distinct
     * content once; generated contents count nothing). A save over the cap fails and leaves the last saved state.
     *
     * @param bytes at least 0; default {@value PikPakEmulator#DEFAULT_STATE_SIZE_LIMIT} (256 MiB)
     * @return this
     */
    public Builder stateSizeLimit(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("bytes < 0");
      }
      this.stateSizeLimit = bytes;
      return this;
    }

    /**
     * Keeps the issued tokens in a file, for tools that restart the emulator between runs, like the
     * CLI sandbox: the emulator loads the file at start and rewrites it (atomically, owner
     * read/write only) whenever a token is issued, rotated, expired or revoked, so access and
     * refresh tokens issued by an earlier emulator stay valid and a refresh token used once stays
     * used ({@code invalid_grant} 4126 when replayed). Only tokens are kept: {@link
     * #stateDirectory(Path)} keeps the drives as well (with the tokens in it, unless this file is
     * also set). The file holds tokens: keep it private. A malformed file makes {@link #start()}
     * fail.
     *
     * @param file the state file, created when missing; default none (nothing is kept)
     * @return this
     */
    public Builder stateFile(@Nullable Path file) {
      this.stateFile = file;
      return this;
    }

    /**
     * Sets the base clock; {@link PikPakEmulator#advance(Duration)} adds to it.
     *
     * @param clock the base clock; default {@link Clock#systemUTC()}
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the largest page the listing returns, whatever {@code limit} asks for.
     *
     * @param cap at least 1; default 100
     * @return this
     */
    public Builder pageSizeCap(int cap) {
      if (cap < 1) {
        throw new IllegalArgumentException("cap < 1");
      }
      this.pageSizeCap = cap;
      return this;
    }

    /**
     * Sets the captcha tokens' lifetime ({@code expires_in}).
     *
     * @param ttl default 300 s
     * @return this
     */
    public Builder captchaTokenTtl(Duration ttl) {
      this.captchaTtl = positive(ttl);
      return this;
    }

    /**
     * Sets the access tokens' lifetime ({@code expires_in}).
     *
     * @param ttl default 7200 s
     * @return this
     */
    public Builder accessTokenTtl(Duration ttl) {
      this.accessTtl = positive(ttl);
      return this;
    }

    /**
     * Sets the download links' lifetime (the {@code expire} parameter).
     *
     * @param ttl default 1 h
     * @return this
     */
    public Builder linkTtl(Duration ttl) {
      this.linkTtl = positive(ttl);
      return this;
    }

    /**
     * Sets how many concurrent connections one signed link may have; one more gets 503.
     *
     * @param max at least 1; default 8
     * @return this
     */
    public Builder maxConnectionsPerLink(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("max < 1");
      }
      this.maxConnectionsPerLink = max;
      return this;
    }

    /**
     * Sets the HTTP status of drive-call captcha errors ({@code captcha_invalid}, code 9). Real
     * clients see code 9 both with an error status and inside 2xx bodies.
     *
     * @param status default 401; use 200 to test the envelope-in-2xx path
     * @return this
     */
    public Builder captchaErrorHttpStatus(int status) {
      this.captchaErrorStatus = status;
      return this;
    }

    /**
     * Chooses whether the demo account's drive is seeded.
     *
     * @param seeded default true
     * @return this
     */
    public Builder demoTree(boolean seeded) {
      this.demoTree = seeded;
      return this;
    }

    /**
     * Starts with human verification required (see {@link
     * PikPakEmulator#requireHumanVerification(boolean)}).
     *
     * @param required default false
     * @return this
     */
    public Builder requireHumanVerification(boolean required) {
      this.humanVerification = required;
      return this;
    }

    /**
     * Caps each CDN connection's bandwidth (see {@link CdnFaults#bytesPerSecond(long)}).
     *
     * @param bytesPerSecond default 0 (unlimited)
     * @return this
     */
    public Builder cdnBytesPerSecond(long bytesPerSecond) {
      this.cdnBytesPerSecond = bytesPerSecond;
      return this;
    }

    /**
     * Adds latency to every CDN response (see {@link CdnFaults#latency(Duration)}).
     *
     * @param latency default zero
     * @return this
     */
    public Builder cdnLatency(Duration latency) {
      this.cdnLatency = latency;
      return this;
    }

    /**
     * Starts the emulator.
     *
     * @return the running emulator; close it when done
     */
    public PikPakEmulator start() {
      try {
        return new PikPakEmulator(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the PikPak emulator", e);
      }
    }

    private static Duration positive(Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("duration must be positive: " + d);
      }
      return d;
    }
  }
}
