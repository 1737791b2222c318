package io.github.pikpak4j.share;

import io.github.pikpak4j.api.AmbiguousWrites;
import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.InvalidResponseException;
import io.github.pikpak4j.api.ShareApi;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.ShareDetail;
import io.github.pikpak4j.api.model.ShareFileInfo;
import io.github.pikpak4j.api.model.ShareRestoreRequest;
import io.github.pikpak4j.api.model.ShareRestoreResponse;
import io.github.pikpak4j.api.paging.AutoPager;
import io.github.pikpak4j.api.paging.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * An opened share: browse it, resolve links of its files, save it into the drive. Obtain it from
 * {@link Shares#open(ShareLink)}.
 *
 * <pre>{@code
 * Share share = client.shares().open(ShareLink.parse(url));
 * Page<ShareEntry> first = share.list(share.folderId(), "");
 * List<ShareTreeEntry> tree = share.walk(share.folderId(), 3, 1000);
 * ShareLinkChoice c = share.link(fileId, TranscodePolicy.ORIGINAL);
 * }</pre>
 *
 * <p>Every read checks {@code share_status} and throws a {@link ShareUnavailableException}
 * subclass unless it is {@code OK}; a refused pass-code token is renewed once per call (see {@link
 * Shares}). Thread-safe; {@code toString()} never shows the pass code or its token.
 */
public final class Share {
  static final int MAX_ANCESTORS = 64;

  private final Shares shares;
  private final ShareLink link;
  private final Object renewLock = new Object();
  private volatile String token = "";
  private @Nullable CompletableFuture<String> renewing;

  Share(Shares shares, ShareLink link) {
    this.shares = shares;
    this.link = link;
  }

  void adopt(String passCodeToken) {
    this.token = passCodeToken;
  }

  /** The current pass-code token; shared with {@link AsyncShare}. */
  String token() {
    return token;
  }

  Shares shares() {
    return shares;
  }

  /**
   * Returns the share id.
   *
   * @return the id
   */
  public String shareId() {
    return link.shareId();
  }

  /**
   * Returns the link this share was opened with.
   *
   * @return the link (its pass code, if any, is not shown by its {@code toString()})
   */
  public ShareLink link() {
    return link;
  }

  /**
   * Returns the folder the link points into.
   *
   * @return the folder id, or {@code ""} for the share's top level
   */
  public String folderId() {
    return link.folderId().orElse("");
  }

  /**
   * Lists one page of a shared folder ({@code GET /drive/v1/share/detail}).
   *
   * @param folderId the folder id, {@code ""} for the share's top level
   * @param pageToken {@code ""} for the first page, else a token of a previous page
   * @return the page
   * @throws ShareUnavailableException when the share cannot be read
   */
  public Page<ShareEntry> list(String folderId, String pageToken) {
    return Futures.join(async().list(folderId, pageToken), "listing share " + shareId());
  }

  /** The listing request; shared with {@link AsyncShare}. */
  Call<ShareDetail> detailCall(String folderId, String pageToken, String passCodeToken) {
    return shares
        .api()
        .detail(
            shareId(), folderId, passCodeToken, Shares.PAGE_SIZE, pageToken,
            Shares.THUMBNAIL_SIZE, true, ShareApi.FILTER_COMPLETE_NOT_TRASHED, shares.tag());
  }

  /** Maps one listed page; shared with {@link AsyncShare}. */
  static Page<ShareEntry> toPage(ShareDetail d) {
    List<ShareEntry> out = new ArrayList<>(d.files().size());
    for (DriveFile f : d.files()) {
      out.add(ShareEntry.of(f));
    }
    return new Page<>(out, d.nextPageToken());
  }

  /**
   * Lists every entry of a shared folder lazily, one page at a time.
   *
   * @param folderId the folder id, {@code ""} for the share's top level
   * @return the auto-pager
   */
  public AutoPager<ShareEntry> listAll(String folderId) {
    Objects.requireNonNull(folderId, "folderId");
    return new AutoPager<>(token -> list(folderId, token));
  }

  /**
   * Walks a shared folder depth-first, in server order, within bounds.
   *
   * @param folderId the folder id, {@code ""} for the share's top level
   * @param maxDepth how deep to go: {@code 1} lists only the folder's children
   * @param maxEntries stop after this many entries
   * @return the entries found, at most {@code maxEntries}
   * @throws InvalidInputException when a bound is below 1
   */
  public List<ShareTreeEntry> walk(String folderId, int maxDepth, int maxEntries) {
    return Futures.join(async().walk(folderId, maxDepth, maxEntries), "walking share " + shareId());
  }

  /**
   * Gets one shared file or folder ({@code GET /drive/v1/share/file_info}).
   *
   * @param fileId the id inside the share
   * @return the entry
   * @throws ShareUnavailableException when the share cannot be read
   * @throws io.github.pikpak4j.api.NotFoundException when the file is not in the share
   */
  public ShareEntry file(String fileId) {
    return Futures.join(async().file(fileId), "reading share " + shareId());
  }

  /**
   * Resolves a link of a shared file under a policy ({@code GET /drive/v1/share/file_info}). The
   * result says which rendition was chosen and its size. <b>Shared video originals often play only
   * 40 to 50 %</b> ({@link ShareLinkChoice#mayBePartial()}); {@link TranscodePolicy#TRANSCODED}
   * plays to the end, and saving the share gives the full original bytes.
   *
   * @param fileId the id inside the share
   * @param policy which rendition to choose
   * @return the chosen link, for the facade's CDN policy and download engine
   * @throws ShareUnavailableException when the share cannot be read
   * @throws io.github.pikpak4j.api.PikPakException when no rendition fits the policy (the message
   *     lists the available ones) or the id is a folder
   */
  public ShareLinkChoice link(String fileId, TranscodePolicy policy) {
    return Futures.join(async().link(fileId, policy), "choosing a link in share " + shareId());
  }

  static void checkBounds(int maxDepth, int maxEntries) {
    if (maxDepth < 1 || maxEntries < 1) {
      throw new InvalidInputException("maxDepth and maxEntries must be at least 1");
    }
  }

  static void checkFileId(String fileId) {
    if (Objects.requireNonNull(fileId, "fileId").isBlank()) {
      throw new InvalidInputException("a shared file id must not be blank");
    }
  }

  /** The file-info request; shared with {@link AsyncShare}. */
  Call<ShareFileInfo> fileInfoCall(String fileId, String passCodeToken) {
    return shares.api().fileInfo(shareId(), fileId, passCodeToken, shares.tag());
  }

  /** The file of a file-info answer; shared with {@link AsyncShare}. */
  static DriveFile fileOf(ShareFileInfo info) {
    DriveFile f = info.fileInfo();
    if (f == null) {
      throw new InvalidResponseException(
          "invalid response from GET /drive/v1/share/file_info: no file_info",
          io.github.pikpak4j.api.ErrorContext.ofEndpoint("GET /drive/v1/share/file_info"),
          "$.file_info",
          null);
    }
    return f;
  }

  /**
   * Saves (restores) items of this share into the signed-in user's drive ({@code POST
   * /drive/v1/share/restore}). Not idempotent: never replayed blindly. After a failure that leaves
   * its fate unknown ({@link AmbiguousWrites}) the target folder (or "Pack From Shared") is looked
   * at: when every item has an entry of its name, kind and size there, the save is taken as done
   * (with the task id {@code ""}, as the server's is unknown); otherwise it is sent once more. An
   * equal save made earlier is found too. Needs a signed-in account.
   *
   * @param options what to save and where (default: everything of the link's folder into "Pack
   *     From Shared")
   * @return the restore task to wait on
   * @throws io.github.pikpak4j.api.FileRestoreOwnException when the share is the user's own
   * @throws ShareUnavailableException when the share cannot be read
   * @throws InvalidInputException when there is nothing to save
   */
  public SaveResult save(SaveOptions options) {
    return Futures.join(async().save(options), "saving share " + shareId());
  }

  /**
   * The look-up of a save whose answer was lost: every saved item (by the source folder's listing) has an entry of
   * the same name and kind (and size, for a file) in the target folder. The server's task id is unknown then, so the
   * result carries {@code ""}. Shared with {@link AsyncShare}.
   */
  static Optional<SaveResult> savedIn(
      List<ShareEntry> sourceListing, List<String> ids, @Nullable String target, List<DriveFile> children) {
    Set<String> wanted = new HashSet<>(ids);
    List<ShareEntry> items = sourceListing.stream().filter(e -> wanted.contains(e.id())).toList();
    boolean all =
        items.size() == wanted.size()
            && items.stream()
                .allMatch(
                    e ->
                        children.stream()
                            .anyMatch(
                                c ->
                                    c.name().equals(e.name())
                                        && c.isFolder() == e.folder()
                                        && (e.folder() || c.size() == e.size())));
    return all ? Optional.of(new SaveResult("", ids, target)) : Optional.empty();
  }

  static void checkSomethingToSave(List<String> ids) {
    if (ids.isEmpty()) {
      throw new InvalidInputException("the shared folder is empty; there is nothing to save");
    }
  }

  /** The restore request; shared with {@link AsyncShare}. */
  Call<ShareRestoreResponse> restoreCall(
      List<String> ids, List<String> ancestors, @Nullable String target, String passCodeToken) {
    return shares
        .api()
        .restore(
            new ShareRestoreRequest(
                shareId(), passCodeToken, ids, ancestors, target, target == null ? null : true));
  }

  InvalidInputException noAncestry(String folderId) {
    return new InvalidInputException(
        "cannot find how folder " + folderId + " sits in share " + shareId());
  }

  /** Whether an answer asks for the pass code again and a renewal may help; shared with {@link AsyncShare}. */
  boolean asksPassCode(String rawStatus, String text) {
    ShareStatus s = ShareStatus.of(rawStatus);
    boolean asked = s == ShareStatus.PASS_CODE_EMPTY || s == ShareStatus.PASS_CODE_ERROR;
    return asked && link.passCode().isPresent() && !ShareStatuses.isRegionText(text);
  }

  /** Throws unless the final answer of a read is OK; shared with {@link AsyncShare}. */
  void checkRead(String raw, String text, String endpoint) {
    // Calls such as restore may omit share_status on success.
    if (!raw.isEmpty() || ShareStatuses.isRegionText(text)) {
      ShareStatuses.check(shareId(), raw, text, endpoint);
    }
  }

  /** The async implementation the blocking calls above join (each call written once, there). */
  private AsyncShare async() {
    return new AsyncShare(this);
  }

  /**
   * Renews the pass-code token once for all concurrent callers that saw {@code rejected} refused: the first starts
   * the exchange, the others join it; a caller that saw an older token gets the current one.
   */
  CompletableFuture<String> renew(String rejected, Supplier<CompletableFuture<String>> exchange) {
    synchronized (renewLock) {
      if (!token.equals(rejected)) {
        return CompletableFuture.completedFuture(token); // renewed meanwhile by another call
      }
      CompletableFuture<String> pending = renewing;
      if (pending == null || pending.isDone()) {
        pending = exchange.get().thenApply(fresh -> {
          adopt(fresh);
          return fresh;
        });
        renewing = pending;
      }
      return pending;
    }
  }

  @Override
  public String toString() {
    return "Share[" + link + "]";
  }
}
