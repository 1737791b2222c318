package io.github.pikpak4j.share;

import io.github.pikpak4j.api.AmbiguousWrites;
import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.IdsOutcome;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.PikPakException;
import io.github.pikpak4j.api.model.ShareCreateRequest;
import io.github.pikpak4j.api.model.ShareIdsRequest;
import io.github.pikpak4j.api.paging.AsyncPager;
import io.github.pikpak4j.api.paging.Page;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * The asynchronous twin of {@link Shares}: the same calls, each returning a {@link CompletableFuture} at once. Obtain
 * it from the facade ({@code client.async().shares()}) or with {@link #of(Shares)}.
 *
 * <pre>{@code
 * client.async().shares().open("https://mypikpak.com/s/VNabc123?pwd=1234")
 *     .thenCompose(share -> share.listAll(share.folderId()).toList())
 *     .thenAccept(entries -> entries.forEach(e -> System.out.println(e.name())));
 * }</pre>
 *
 * <p>It shares the blocking view's executor (retry policy, rate limit, HTTP pools; retry waits scheduled, never
 * slept), read mode and pass-code token cache, and maps every answer with the same code. <b>Failures</b>, bad input
 * included, never throw: the future fails with the exact exception the blocking method throws ({@link
 * SharePassCodeException}, {@link ShareUnavailableException}, {@link InvalidInputException}, ...), not wrapped.
 * Thread-safe.
 */
public final class AsyncShares {
  private final Shares sync;

  private AsyncShares(Shares sync) {
    this.sync = sync;
  }

  /**
   * Returns the asynchronous view of a blocking resource (sharing its executor and token cache).
   *
   * @param sync the blocking resource
   * @return the view
   */
  public static AsyncShares of(Shares sync) {
    return new AsyncShares(Objects.requireNonNull(sync, "sync"));
  }

  /**
   * Returns the blocking view.
   *
   * @return the blocking resource
   */
  public Shares sync() {
    return sync;
  }

  /**
   * Returns a view that reads in the given mode, sharing the token cache; see {@link Shares#readMode(ShareReadMode)}.
   *
   * @param readMode the mode
   * @return the view
   */
  public AsyncShares readMode(ShareReadMode readMode) {
    return new AsyncShares(sync.readMode(readMode));
  }

  /**
   * Returns the read mode.
   *
   * @return the mode
   */
  public ShareReadMode readMode() {
    return sync.readMode();
  }

  /**
   * Returns whether reads are anonymous right now; see {@link Shares#readsAnonymously()}.
   *
   * @return {@code true} when reads go out without {@code Authorization}
   */
  public boolean readsAnonymously() {
    return sync.readsAnonymously();
  }

  /**
   * Opens a share from a URL or bare id; see {@link Shares#open(String)}.
   *
   * @param link the link as the user gave it
   * @return the opened share; fails with {@link InvalidInputException} for a malformed link (nothing sent), {@link
   *     SharePassCodeException} or {@link ShareUnavailableException}
   */
  public CompletableFuture<AsyncShare> open(String link) {
    return Futures.call(() -> open(ShareLink.parse(link)));
  }

  /**
   * Opens a parsed share link, exchanging its pass code unless a token is cached; see {@link
   * Shares#open(ShareLink)}.
   *
   * @param link the link
   * @return the opened share; fails with {@link SharePassCodeException} or {@link ShareUnavailableException}
   */
  public CompletableFuture<AsyncShare> open(ShareLink link) {
    return Futures.call(
        () -> {
          Objects.requireNonNull(link, "link");
          String passCode = link.passCode().orElse(null);
          Share share = new Share(sync, link);
          String cached = sync.cachedToken(link.shareId(), passCode);
          if (cached != null) {
            share.adopt(cached);
            return CompletableFuture.completedFuture(new AsyncShare(share));
          }
          return exchange(link.shareId(), passCode)
              .thenApply(
                  token -> {
                    share.adopt(token);
                    return new AsyncShare(share);
                  });
        });
  }

  /** The async pass-code exchange: one request, checked, cached. */
  CompletableFuture<String> exchange(String shareId, @Nullable String passCode) {
    return execute(shareId, sync.exchangeCall(shareId, passCode))
        .thenApply(d -> sync.adoptExchange(shareId, passCode, d));
  }

  /** Runs a share call, translating failures as {@code Shares.execute} does. */
  <T> CompletableFuture<T> execute(String shareId, Call<T> call) {
    return sync.executor()
        .executeAsync(call)
        .exceptionally(
            t -> {
              Throwable cause = Futures.unwrap(t);
              throw new CompletionException(
                  cause instanceof PikPakException p ? ShareStatuses.translate(shareId, p) : cause);
            });
  }

  /**
   * Creates a share of the user's own files, looked up before it is sent again; see {@link Shares#create(CreateShareOptions)}.
   *
   * @param options what to share and how
   * @return the new share
   */
  public CompletableFuture<CreatedShare> create(CreateShareOptions options) {
    return Futures.call(
        () -> {
          ShareCreateRequest body = Shares.createRequest(options);
          return AmbiguousWrites.sendAsync(
              sync.executor(),
              sync.api().create(body),
              Shares::toCreated,
              () ->
                  mine()
                      .findFirst(Shares.candidate(body))
                      .thenCompose(
                          found ->
                              found.isEmpty()
                                  ? CompletableFuture.completedFuture(Optional.<CreatedShare>empty())
                                  : open(Shares.linkOf(found.get()))
                                      .thenCompose(share -> share.listAll("").toList())
                                      .thenApply(top -> Shares.ifSameFiles(found.get(), top, body))));
        });
  }

  /**
   * Lists one page of the user's own shares; see {@link Shares#mine(String)}.
   *
   * @param pageToken {@code ""} for the first page, else a token from a previous page
   * @return the page
   */
  public CompletableFuture<Page<MyShare>> mine(String pageToken) {
    return Futures.call(() -> sync.executor().executeAsync(sync.mineCall(pageToken)).thenApply(Shares::toPage));
  }

  /**
   * Lists all of the user's own shares, page after page without blocking; see {@link Shares#mine()}.
   *
   * @return the pager
   */
  public AsyncPager<MyShare> mine() {
    return new AsyncPager<>(this::mine);
  }

  /**
   * Deletes the user's own shares, listing them before and after; see {@link Shares#delete(Collection)}.
   *
   * @param shareIds share ids or share URLs (at least one)
   * @return which shares were deleted and which were not; fails with {@link InvalidInputException} when none is
   *     given or one is malformed (nothing sent)
   */
  public CompletableFuture<IdsOutcome> delete(Collection<String> shareIds) {
    return Futures.call(
        () -> {
          List<String> ids = Shares.deleteIds(shareIds);
          return IdsOutcome.sendListedAsync(
              ids,
              () -> mine().toList().thenApply(Shares::live),
              send ->
                  sync.executor()
                      .executeAsync(sync.api().batchDelete(new ShareIdsRequest(send)))
                      .thenRun(() -> sync.forget(send)));
        });
  }

  @Override
  public String toString() {
    return "Async" + sync;
  }
}
