package io.github.pikpak4j.share;

import io.github.pikpak4j.api.AmbiguousWrites;
import io.github.pikpak4j.api.AnonymousRequest;
import io.github.pikpak4j.api.CallExecutor;
import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.IdsOutcome;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.ShareApi;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.FileList;
import io.github.pikpak4j.api.model.ShareCreateRequest;
import io.github.pikpak4j.api.model.ShareCreateResponse;
import io.github.pikpak4j.api.model.ShareDetail;
import io.github.pikpak4j.api.model.ShareList;
import io.github.pikpak4j.api.model.ShareSummary;
import io.github.pikpak4j.api.paging.AutoPager;
import io.github.pikpak4j.api.paging.Page;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Shares: open someone's share link to browse it, link its files and save it into the drive; create,
 * list and delete one's own shares. Obtain it from the facade ({@code client.shares()}).
 *
 * <pre>{@code
 * Share share = client.shares().open("https://mypikpak.com/s/VNabc123?pwd=1234");
 * for (ShareEntry e : share.listAll(share.folderId())) {
 *   System.out.println(e.name());
 * }
 * ShareLinkChoice link = share.link(fileId, TranscodePolicy.TRANSCODED);
 * SaveResult saved = share.save(SaveOptions.builder().targetFolder(myFolderId).build());
 *
 * CreatedShare mine = client.shares().create(CreateShareOptions.builder(fileId).randomPassCode().build());
 * client.shares().delete(List.of(mine.shareId()));
 * }</pre>
 *
 * <p><b>Pass codes.</b> Opening exchanges the pass code for a {@code pass_code_token} ({@code GET
 * /drive/v1/share}) once; the token is cached per share and pass code for the life of this object
 * (and the views made by {@link #readMode(ShareReadMode)}), so opening the same share again sends no
 * request. When a later read answers {@code PASS_CODE_EMPTY} or {@code PASS_CODE_ERROR} (the token
 * expired), the token is renewed once and the read replayed once; a second refusal is thrown. A
 * wrong pass code fails after exactly one request, never in a loop. A pass code given for a share
 * that has none is ignored by the server.
 *
 * <p><b>Anonymous reads.</b> See {@link ShareReadMode}; the default, {@link ShareReadMode#AUTO},
 * reads anonymously when the client has no account.
 *
 * <p>Every call runs through the {@link CallExecutor} given by the facade, so its retry policy and
 * rate limit apply; save and create are not idempotent and are never replayed blindly: after a
 * failure that leaves their fate unknown they are looked up first ({@link
 * io.github.pikpak4j.api.AmbiguousWrites}). Thread-safe.
 */
public final class Shares {
  /** The page size of share listings (100, as peers use). */
  public static final int PAGE_SIZE = 100;

  static final String THUMBNAIL_SIZE = "SIZE_LARGE";

  /** The folder PikPak saves a share into when no target is given (protocol §9.5). */
  static final String PACK_FROM_SHARED = "Pack From Shared";

  /** Every entry not in the trash, whatever its phase (a save still being copied is not complete yet). */
  private static final String FILTER_NOT_TRASHED = "{\"trashed\":{\"eq\":false}}";

  private final ShareApi api;
  private final DriveApi drive;
  private final CallExecutor executor;
  private final BooleanSupplier hasAccount;
  private final ShareReadMode mode;
  private final ConcurrentHashMap<String, String> tokens;

  private Shares(
      ShareApi api,
      DriveApi drive,
      CallExecutor executor,
      BooleanSupplier hasAccount,
      ShareReadMode mode,
      ConcurrentHashMap<String, String> tokens) {
    this.api = api;
    this.drive = drive;
    this.executor = executor;
    this.hasAccount = hasAccount;
    this.mode = mode;
    this.tokens = tokens;
  }

  /**
   * Creates the resource (used by the facade).
   *
   * @param api the share interface, built with {@code PikPakApis.retrofit(driveBaseUrl, client)} on
   *     the authenticated client (whose auth interceptor honours {@link AnonymousRequest})
   * @param drive the drive interface on the same client: a save whose answer was lost is looked up
   *     in the target folder ({@link Share#save(SaveOptions)})
   * @param executor runs every call under the facade's policies ({@link CallExecutor#direct()}
   *     without a facade)
   * @param hasAccount tells whether the client has an account (credentials or a session); {@link
   *     ShareReadMode#AUTO} reads anonymously when it answers {@code false}
   * @return the resource, in {@link ShareReadMode#AUTO} mode
   */
  public static Shares create(
      ShareApi api, DriveApi drive, CallExecutor executor, BooleanSupplier hasAccount) {
    return new Shares(
        Objects.requireNonNull(api, "api"),
        Objects.requireNonNull(drive, "drive"),
        Objects.requireNonNull(executor, "executor"),
        Objects.requireNonNull(hasAccount, "hasAccount"),
        ShareReadMode.AUTO,
        new ConcurrentHashMap<>());
  }

  /**
   * Returns a view that reads in the given mode, sharing this one's pass-code token cache.
   *
   * @param readMode the mode
   * @return the view
   */
  public Shares readMode(ShareReadMode readMode) {
    return new Shares(api, drive, executor, hasAccount, Objects.requireNonNull(readMode), tokens);
  }

  /**
   * Returns the read mode.
   *
   * @return the mode ({@link ShareReadMode#AUTO} unless changed)
   */
  public ShareReadMode readMode() {
    return mode;
  }

  /**
   * Returns whether reads are anonymous right now.
   *
   * @return {@code true} when reads go out without {@code Authorization}
   */
  public boolean readsAnonymously() {
    switch (mode) {
      case ANONYMOUS:
        return true;
      case SIGNED_IN:
        return false;
      default:
        return !hasAccount.getAsBoolean();
    }
  }

  /**
   * Opens a share from a URL or bare id (with an optional {@code ?pwd=} pass code).
   *
   * @param link the link as the user gave it
   * @return the opened share
   * @throws InvalidInputException for a malformed link, before any request
   * @throws SharePassCodeException when the pass code is missing or wrong
   * @throws ShareUnavailableException for every other unreadable share
   */
  public Share open(String link) {
    return open(ShareLink.parse(link));
  }

  /**
   * Opens a parsed share link, exchanging its pass code (if any) for a token unless one is cached.
   *
   * @param link the link
   * @return the opened share
   * @throws SharePassCodeException when the pass code is missing or wrong (one request, no retry)
   * @throws ShareUnavailableException for every other unreadable share
   */
  public Share open(ShareLink link) {
    return Futures.join(async().open(link), "opening a share").sync();
  }

  /** The pass-code exchange request; shared with {@link AsyncShares}. */
  Call<ShareDetail> exchangeCall(String shareId, @Nullable String passCode) {
    return api.share(shareId, passCode == null ? "" : passCode, THUMBNAIL_SIZE, PAGE_SIZE, tag());
  }

  /** Checks an exchange's answer and caches its token; shared with {@link AsyncShares}. */
  String adoptExchange(String shareId, @Nullable String passCode, ShareDetail d) {
    ShareStatuses.check(shareId, d.shareStatus(), d.shareStatusText(), "GET /drive/v1/share");
    tokens.put(key(shareId, passCode), d.passCodeToken());
    return d.passCodeToken();
  }

  /** The cached pass-code token of a share, if any; shared with {@link AsyncShares}. */
  @Nullable String cachedToken(String shareId, @Nullable String passCode) {
    return tokens.get(key(shareId, passCode));
  }

  CallExecutor executor() {
    return executor;
  }

  private static String key(String shareId, @Nullable String passCode) {
    return shareId + '\u0000' + (passCode == null ? "" : passCode);
  }

  @Nullable AnonymousRequest tag() {
    return readsAnonymously() ? AnonymousRequest.INSTANCE : null;
  }

  ShareApi api() {
    return api;
  }

  /** One page of the user's own entries in a folder, any phase, not trashed: where a lost save is looked for. */
  Call<FileList> driveChildrenCall(String folderId, String pageToken) {
    return drive.listFiles(folderId, PAGE_SIZE, pageToken, FILTER_NOT_TRASHED, null, false);
  }

  /** Maps a page of {@link #driveChildrenCall}; shared with {@link AsyncShare}. */
  static Page<DriveFile> driveChildrenPage(FileList list) {
    return new Page<>(list.files(), list.nextPageToken());
  }

  /** Whether a drive entry is the "Pack From Shared" folder; shared with {@link AsyncShare}. */
  static boolean isPackFromShared(DriveFile f) {
    return f.isFolder() && f.name().equals(PACK_FROM_SHARED);
  }

  /**
   * Creates a share of the user's own files ({@code POST /drive/v1/share}; not idempotent, never
   * replayed blindly). After a failure that leaves its fate unknown the share is looked up first
   * ({@link AmbiguousWrites}): the newest of {@link #mine()} that is readable, holds as many items,
   * has the same protection (and custom pass code) and whose top level lists exactly the given file
   * ids is returned; otherwise the create is sent once more. A share of the same files and settings
   * made earlier is found too.
   *
   * @param options what to share and how
   * @return the new share with its URL and pass code
   * @throws PikPakException when the server refuses
   */
  public CreatedShare create(CreateShareOptions options) {
    return Futures.join(async().create(options), "creating a share");
  }

  /**
   * Whether one of my shares may be the one a lost create made: readable, as many items, same
   * protection; the newest such is checked with {@link #ifSameFiles}. Shared with {@link
   * AsyncShares}.
   */
  static Predicate<MyShare> candidate(ShareCreateRequest body) {
    boolean locked = ShareCreateRequest.ENCRYPTED_LINK.equals(body.shareTo());
    return s ->
        s.status() == ShareStatus.OK
            && s.fileCount() == body.fileIds().size()
            && s.passCodeValue().isPresent() == locked
            && (body.customPassCode() == null || s.passCodeValue().orElse("").equals(body.customPassCode()));
  }

  /** The link of a candidate with its pass code, to list its top level; shared with {@link AsyncShares}. */
  static ShareLink linkOf(MyShare s) {
    ShareLink link = ShareLink.parse(s.shareId());
    return s.passCodeValue().map(link::withPassCode).orElse(link);
  }

  /**
   * The candidate as a created share when its top level holds exactly the requested files; shared
   * with {@link AsyncShares}.
   */
  static Optional<CreatedShare> ifSameFiles(MyShare s, List<ShareEntry> top, ShareCreateRequest body) {
    Set<String> listed = new HashSet<>();
    top.forEach(e -> listed.add(e.id()));
    if (!listed.equals(new HashSet<>(body.fileIds()))) {
      return Optional.empty();
    }
    String url = s.url().isEmpty() ? ShareLink.parse(s.shareId()).url() : s.url();
    return Optional.of(new CreatedShare(s.shareId(), url, s.passCode()));
  }

  /** The body of a create; shared with {@link AsyncShares}. */
  static ShareCreateRequest createRequest(CreateShareOptions options) {
    Objects.requireNonNull(options, "options");
    boolean locked = options.protection() != CreateShareOptions.Protection.PUBLIC;
    return new ShareCreateRequest(
        options.fileIds(),
        locked ? ShareCreateRequest.ENCRYPTED_LINK : ShareCreateRequest.PUBLIC_LINK,
        locked ? ShareCreateRequest.REQUIRED : ShareCreateRequest.NOT_REQUIRED,
        options.wireExpirationDays(),
        options.passCode().orElse(null));
  }

  /** Maps a create's answer; shared with {@link AsyncShares}. */
  static CreatedShare toCreated(ShareCreateResponse r) {
    if (r.shareId().isEmpty()) {
      throw new PikPakException("the server created a share but sent no share_id");
    }
    String url = r.shareUrl().isEmpty() ? ShareLink.parse(r.shareId()).url() : r.shareUrl();
    return new CreatedShare(r.shareId(), url, r.passCode().isEmpty() ? null : r.passCode());
  }

  /**
   * Lists one page of the user's own shares ({@code GET /drive/v1/share/list}), newest first.
   *
   * @param pageToken {@code ""} for the first page, else a token from a previous page
   * @return the page
   */
  public Page<MyShare> mine(String pageToken) {
    return Futures.join(async().mine(pageToken), "listing my shares");
  }

  /** The request of {@link #mine(String)}; shared with {@link AsyncShares}. */
  Call<ShareList> mineCall(String pageToken) {
    return api.list(PAGE_SIZE, pageToken, THUMBNAIL_SIZE);
  }

  /** Maps one page of the user's shares; shared with {@link AsyncShares}. */
  static Page<MyShare> toPage(ShareList list) {
    List<MyShare> out = new ArrayList<>(list.data().size());
    for (ShareSummary s : list.data()) {
      out.add(
          new MyShare(
              s.shareId(), s.shareUrl(), s.title(), ShareStatus.of(s.shareStatus()), s.fileNum(),
              s.passCode().isEmpty() ? null : s.passCode(), s.expirationDays(), s.viewCount(),
              s.restoreCount(), s.createTime()));
    }
    return new Page<>(out, list.nextPageToken());
  }

  /**
   * Lists all of the user's own shares lazily, one page at a time.
   *
   * @return the auto-pager
   */
  public AutoPager<MyShare> mine() {
    return new AutoPager<>(this::mine);
  }

  /**
   * Deletes (cancels) the user's own shares; the shared files stay in the drive ({@code POST
   * /drive/v1/share:batchDelete}, safe to repeat). The server acknowledges the call as a whole, so
   * {@link #mine()} is listed before and after it: only shares listed (and not already deleted)
   * before are sent, and a share counts as deleted when it is gone from the list after.
   *
   * @param shareIds share ids or share URLs (at least one)
   * @return which shares were deleted and which were not (unknown, already deleted, or still
   *     listed); nothing is sent when none is listed
   * @throws InvalidInputException when none is given or one is malformed, before any request
   */
  public IdsOutcome delete(Collection<String> shareIds) {
    return Futures.join(async().delete(shareIds), "deleting shares");
  }

  /** The ids of listed shares that are not deleted; shared with {@link AsyncShares}. */
  static Set<String> live(List<MyShare> mine) {
    Set<String> out = new HashSet<>();
    mine.stream().filter(s -> s.status() != ShareStatus.DELETED).forEach(s -> out.add(s.shareId()));
    return out;
  }

  /** Parses and checks the ids of a delete; shared with {@link AsyncShares}. */
  static List<String> deleteIds(Collection<String> shareIds) {
    List<String> ids = new ArrayList<>();
    for (String s : shareIds) {
      ids.add(ShareLink.parse(Objects.requireNonNull(s, "shareId")).shareId());
    }
    if (ids.isEmpty()) {
      throw new InvalidInputException("give at least one share id to delete");
    }
    return ids;
  }

  /** Drops the cached tokens of deleted shares; shared with {@link AsyncShares}. */
  void forget(List<String> ids) {
    for (String id : ids) {
      tokens.keySet().removeIf(k -> k.startsWith(id + '\u0000'));
    }
  }

  /** The async implementation the blocking calls above join (each call written once, there). */
  private AsyncShares async() {
    return AsyncShares.of(this);
  }

  @Override
  public String toString() {
    return "Shares[readMode=" + mode + ", cachedTokens=" + tokens.size() + "]";
  }
}
