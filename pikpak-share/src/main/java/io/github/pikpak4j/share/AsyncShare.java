package io.github.pikpak4j.share;

import io.github.pikpak4j.api.AmbiguousWrites;
import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.ShareDetail;
import io.github.pikpak4j.api.model.ShareFileInfo;
import io.github.pikpak4j.api.model.ShareRestoreResponse;
import io.github.pikpak4j.api.paging.AsyncPager;
import io.github.pikpak4j.api.paging.AutoPager;
import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.api.paging.PageGuard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * The asynchronous twin of {@link Share}: an opened share whose reads return {@link CompletableFuture}s. Obtain it
 * from {@link AsyncShares#open(ShareLink)}; it shares its pass-code token with {@link #sync()}.
 *
 * <pre>{@code
 * AsyncShare share = client.async().shares().open(url).join();
 * share.link(fileId, TranscodePolicy.TRANSCODED).thenAccept(c -> System.out.println(c.url()));
 * }</pre>
 *
 * <p>The same requests, status checks and pass-code renewal (once per call) as {@link Share}, composed without
 * blocking a thread. Failures, bad input included, fail the future with the exception the blocking method throws,
 * not wrapped. Thread-safe.
 */
public final class AsyncShare {
  private final Share share;
  private final AsyncShares shares;

  AsyncShare(Share share) {
    this.share = share;
    this.shares = AsyncShares.of(share.shares());
  }

  /**
   * Returns the blocking view of this share (sharing its pass-code token).
   *
   * @return the blocking share
   */
  public Share sync() {
    return share;
  }

  /**
   * Returns the share id.
   *
   * @return the id
   */
  public String shareId() {
    return share.shareId();
  }

  /**
   * Returns the link this share was opened with.
   *
   * @return the link
   */
  public ShareLink link() {
    return share.link();
  }

  /**
   * Returns the folder the link points into.
   *
   * @return the folder id, or {@code ""} for the share's top level
   */
  public String folderId() {
    return share.folderId();
  }

  /**
   * Lists one page of a shared folder; see {@link Share#list(String, String)}.
   *
   * @param folderId the folder id, {@code ""} for the share's top level
   * @param pageToken {@code ""} for the first page, else a token of a previous page
   * @return the page; fails with {@link ShareUnavailableException} when the share cannot be read
   */
  public CompletableFuture<Page<ShareEntry>> list(String folderId, String pageToken) {
    return Futures.call(
        () -> {
          Objects.requireNonNull(folderId, "folderId");
          Objects.requireNonNull(pageToken, "pageToken");
          return read(
                  t -> share.detailCall(folderId, pageToken, t),
                  ShareDetail::shareStatus,
                  ShareDetail::shareStatusText,
                  "GET /drive/v1/share/detail")
              .thenApply(Share::toPage);
        });
  }

  /**
   * Lists every entry of a shared folder, page after page without blocking; see {@link Share#listAll(String)}.
   *
   * @param folderId the folder id, {@code ""} for the share's top level
   * @return the pager
   */
  public AsyncPager<ShareEntry> listAll(String folderId) {
    Objects.requireNonNull(folderId, "folderId");
    return new AsyncPager<>(token -> list(folderId, token));
  }

  /**
   * Walks a shared folder depth-first, in server order, within bounds; see {@link Share#walk(String, int, int)}.
   *
   * @param folderId the folder id, {@code ""} for the share's top level
   * @param maxDepth how deep to go: {@code 1} lists only the folder's children
   * @param maxEntries stop after this many entries
   * @return the entries found; fails with {@link InvalidInputException} when a bound is below 1 (nothing sent)
   */
  public CompletableFuture<List<ShareTreeEntry>> walk(String folderId, int maxDepth, int maxEntries) {
    return Futures.call(
        () -> {
          Share.checkBounds(maxDepth, maxEntries);
          Walk w = new Walk(maxDepth, maxEntries);
          return walkPages(folderId, "", "", 1, w, newGuard()).thenApply(v -> w.out);
        });
  }

  private static final class Walk {
    final int maxDepth;
    final int maxEntries;
    final List<ShareTreeEntry> out = new ArrayList<>();

    Walk(int maxDepth, int maxEntries) {
      this.maxDepth = maxDepth;
      this.maxEntries = maxEntries;
    }

    boolean full() {
      return out.size() >= maxEntries;
    }
  }

  private static PageGuard newGuard() {
    return new PageGuard(AutoPager.DEFAULT_MAX_PAGES, "");
  }

  /** Walks one folder's pages; the guard ends a folder whose paging repeats a token or never ends. */
  private CompletableFuture<Void> walkPages(
      String folderId, String token, String prefix, int depth, Walk w, PageGuard guard) {
    if (w.full()) {
      return CompletableFuture.completedFuture(null);
    }
    return list(folderId, token)
        .thenCompose(
            page -> {
              String next = guard.next(page.nextPageToken());
              return walkItems(page.items(), 0, prefix, depth, w)
                  .thenCompose(
                      v ->
                          w.full() || next == null
                              ? CompletableFuture.<Void>completedFuture(null)
                              : walkPages(folderId, next, prefix, depth, w, guard));
            });
  }

  private CompletableFuture<Void> walkItems(List<ShareEntry> items, int from, String prefix, int depth, Walk w) {
    for (int i = from; i < items.size() && !w.full(); i++) {
      ShareEntry e = items.get(i);
      String path = prefix + e.name();
      w.out.add(new ShareTreeEntry(path, depth, e));
      if (e.folder() && depth < w.maxDepth) {
        int next = i + 1;
        return walkPages(e.id(), "", path + "/", depth + 1, w, newGuard())
            .thenCompose(v -> walkItems(items, next, prefix, depth, w));
      }
    }
    return CompletableFuture.completedFuture(null);
  }

  /**
   * Gets one shared file or folder; see {@link Share#file(String)}.
   *
   * @param fileId the id inside the share
   * @return the entry; fails with {@link io.github.pikpak4j.api.NotFoundException} when it is not in the share
   */
  public CompletableFuture<ShareEntry> file(String fileId) {
    return Futures.call(() -> fileInfo(fileId).thenApply(ShareEntry::of));
  }

  /**
   * Resolves a link of a shared file under a policy; see {@link Share#link(String, TranscodePolicy)}.
   *
   * @param fileId the id inside the share
   * @param policy which rendition to choose
   * @return the chosen link; fails as the blocking method throws
   */
  public CompletableFuture<ShareLinkChoice> link(String fileId, TranscodePolicy policy) {
    return Futures.call(
        () -> {
          Objects.requireNonNull(policy, "policy");
          return fileInfo(fileId).thenApply(f -> LinkChooser.choose(f, policy));
        });
  }

  private CompletableFuture<DriveFile> fileInfo(String fileId) {
    Share.checkFileId(fileId);
    return read(
            t -> share.fileInfoCall(fileId, t),
            ShareFileInfo::shareStatus,
            ShareFileInfo::shareStatusText,
            "GET /drive/v1/share/file_info")
        .thenApply(Share::fileOf);
  }

  /**
   * Saves items of this share into the signed-in user's drive, looked up before it is sent again; see {@link Share#save(SaveOptions)}.
   *
   * @param options what to save and where
   * @return the restore task to wait on; fails with {@link io.github.pikpak4j.api.FileRestoreOwnException}, {@link
   *     ShareUnavailableException} or {@link InvalidInputException}
   */
  public CompletableFuture<SaveResult> save(SaveOptions options) {
    return Futures.call(
        () -> {
          Objects.requireNonNull(options, "options");
          String source = options.sourceFolderId().orElse(folderId());
          CompletableFuture<List<String>> ids;
          if (options.fileIds().isEmpty()) {
            List<String> listed = new ArrayList<>();
            ids =
                listAll(source)
                    .forEach(e -> listed.add(e.id()))
                    .thenApply(
                        v -> {
                          Share.checkSomethingToSave(listed);
                          return listed;
                        });
          } else {
            ids = CompletableFuture.completedFuture(new ArrayList<>(options.fileIds()));
          }
          String target = options.targetFolderId().orElse(null);
          return ids.thenCompose(
              chosen ->
                  (source.isEmpty()
                          ? CompletableFuture.completedFuture(List.<String>of())
                          : ancestors(source))
                      .thenCompose(
                          ancestors ->
                              AmbiguousWrites.sendAsync(
                                  () ->
                                      read(
                                              t -> share.restoreCall(chosen, ancestors, target, t),
                                              ShareRestoreResponse::shareStatus,
                                              ShareRestoreResponse::shareStatusText,
                                              "POST /drive/v1/share/restore")
                                          .thenApply(r -> new SaveResult(r.restoreTaskId(), chosen, target)),
                                  () -> savedIn(source, chosen, target))));
        });
  }

  /** As the look-up of {@code Share.save}: the source listing, the target folder, then its entries. */
  private CompletableFuture<Optional<SaveResult>> savedIn(String source, List<String> ids, @Nullable String target) {
    Shares sync = share.shares();
    CompletableFuture<Optional<String>> folder =
        target != null
            ? CompletableFuture.completedFuture(Optional.of(target))
            : driveChildren(sync, "").findFirst(Shares::isPackFromShared).thenApply(f -> f.map(DriveFile::id));
    return listAll(source)
        .toList()
        .thenCompose(
            items ->
                folder.thenCompose(
                    f ->
                        f.isEmpty()
                            ? CompletableFuture.completedFuture(Optional.<SaveResult>empty())
                            : driveChildren(sync, f.get())
                                .toList()
                                .thenApply(children -> Share.savedIn(items, ids, target, children))));
  }

  private static AsyncPager<DriveFile> driveChildren(Shares sync, String folderId) {
    return new AsyncPager<>(
        token ->
            sync.executor()
                .executeAsync(sync.driveChildrenCall(folderId, token))
                .thenApply(Shares::driveChildrenPage));
  }

  /** The shared folders from the top level down to {@code folderId}, as {@code Share.ancestors} finds them. */
  private CompletableFuture<List<String>> ancestors(String folderId) {
    Set<String> top = new HashSet<>();
    return listAll("")
        .forEach(e -> top.add(e.id()))
        .thenCompose(v -> climb(folderId, folderId, new LinkedList<>(), top, 0));
  }

  private CompletableFuture<List<String>> climb(
      String target, String cur, LinkedList<String> chain, Set<String> top, int step) {
    if (step >= Share.MAX_ANCESTORS) {
      return CompletableFuture.failedFuture(share.noAncestry(target));
    }
    chain.addFirst(cur);
    if (top.contains(cur)) {
      return CompletableFuture.completedFuture(chain);
    }
    return fileInfo(cur)
        .thenCompose(
            f -> {
              String parent = f.parentId();
              if (parent == null || parent.isEmpty() || chain.contains(parent)) {
                return CompletableFuture.failedFuture(share.noAncestry(target));
              }
              return climb(target, parent, chain, top, step + 1);
            });
  }

  /** A share read: the current token, one renewal and replay when asked for the pass code. */
  private <T> CompletableFuture<T> read(
      Function<String, Call<T>> call, Function<T, String> status, Function<T, String> text, String endpoint) {
    String used = share.token();
    return shares
        .execute(shareId(), call.apply(used))
        .thenCompose(
            r ->
                share.asksPassCode(status.apply(r), text.apply(r))
                    ? renew(used).thenCompose(fresh -> shares.execute(shareId(), call.apply(fresh)))
                    : CompletableFuture.completedFuture(r))
        .thenApply(
            r -> {
              share.checkRead(status.apply(r), text.apply(r), endpoint);
              return r;
            });
  }

  private CompletableFuture<String> renew(String rejected) {
    return share.renew(rejected, () -> shares.exchange(shareId(), link().passCode().orElse(null)));
  }

  @Override
  public String toString() {
    return "Async" + share;
  }
}
