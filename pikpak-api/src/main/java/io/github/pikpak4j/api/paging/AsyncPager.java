package io.github.pikpak4j.api.paging;

import io.github.pikpak4j.api.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous twin of {@link AutoPager}: walks every page of a listing without blocking a thread, each page
 * requested when the previous one has arrived and been consumed.
 *
 * <pre>{@code
 * client.async().files().listAll(folderId)
 *     .forEach(e -> System.out.println(e.name()))
 *     .thenRun(() -> System.out.println("done"));
 * CompletableFuture<Optional<FileEntry>> readme =
 *     client.async().files().listAll("").findFirst(e -> e.name().equals("README.txt"));
 * }</pre>
 *
 * <p>Every terminal operation starts again from the first page (or the start token). A failed page fails the
 * returned future with the fetcher's exception, unwrapped; the pages before it have been consumed. Only
 * {@link #toList()} holds every item in memory. Like {@link AutoPager}, a walk fails with an {@link
 * io.github.pikpak4j.api.InvalidResponseException} on a repeated page token or past {@link
 * AutoPager#DEFAULT_MAX_PAGES} pages ({@link #withMaxPages(int)}).
 *
 * @param <T> the item type
 */
public final class AsyncPager<T> {
  private final Function<String, CompletableFuture<Page<T>>> fetcher;
  private final String startToken;
  private final int maxPages;

  /**
   * Creates a pager that starts from the first page.
   *
   * @param fetcher fetches one page by token ({@code ""} for the first page)
   */
  public AsyncPager(Function<String, CompletableFuture<Page<T>>> fetcher) {
    this(fetcher, "");
  }

  /**
   * Creates a pager that starts from the given page token.
   *
   * @param fetcher fetches one page by token
   * @param startToken the token of the first page to fetch; {@code ""} for the very first page
   */
  public AsyncPager(Function<String, CompletableFuture<Page<T>>> fetcher, String startToken) {
    this(fetcher, startToken, AutoPager.DEFAULT_MAX_PAGES);
  }

  private AsyncPager(Function<String, CompletableFuture<Page<T>>> fetcher, String startToken, int maxPages) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.startToken = Objects.requireNonNull(startToken, "startToken");
    this.maxPages = maxPages;
  }

  /**
   * Returns a pager over the same listing with another page limit.
   *
   * @param maxPages the largest number of pages one walk fetches, at least 1; default {@link
   *     AutoPager#DEFAULT_MAX_PAGES}
   * @return the new pager
   * @throws IllegalArgumentException when {@code maxPages} is below 1
   */
  public AsyncPager<T> withMaxPages(int maxPages) {
    return new AsyncPager<>(fetcher, startToken, PageGuard.checkMaxPages(maxPages));
  }

  /**
   * Fetches one page.
   *
   * @param pageToken {@code ""} for the first page, else a token from {@link Page#nextPageToken()}
   * @return the page
   */
  public CompletableFuture<Page<T>> page(String pageToken) {
    return Futures.call(() -> fetcher.apply(pageToken));
  }

  /**
   * Hands every item, in order, to the action (on the thread that completed the page).
   *
   * @param action consumes one item; an exception it throws fails the returned future and stops paging
   * @return a future completed after the last item
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    return Futures.call(
        () ->
            walk(
                startToken,
                new PageGuard(maxPages, startToken),
                item -> {
                  action.accept(item);
                  return true;
                }).thenApply(stopped -> (Void) null));
  }

  /**
   * Collects every item of every page.
   *
   * @return a future of all items, in order
   */
  public CompletableFuture<List<T>> toList() {
    List<T> out = new ArrayList<>();
    return Futures.settle(forEach(out::add).thenApply(v -> out));
  }

  /**
   * Finds the first item that matches, fetching no page after the one where it is found.
   *
   * @param predicate the test
   * @return a future of the first match, or empty when no page has one
   */
  public CompletableFuture<Optional<T>> findFirst(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    Object[] found = new Object[1];
    return Futures.call(
        () ->
            walk(
                startToken,
                new PageGuard(maxPages, startToken),
                item -> {
                  if (predicate.test(item)) {
                    found[0] = item;
                    return false;
                  }
                  return true;
                }).thenApply(stopped -> Optional.ofNullable(cast(found[0]))));
  }

  @SuppressWarnings("unchecked")
  private static <T> @Nullable T cast(@Nullable Object o) {
    return (T) o;
  }

  /** Visits items page by page; completes with {@code true} when the visitor stopped early. */
  private CompletableFuture<Boolean> walk(String token, PageGuard guard, Predicate<? super T> visitor) {
    return fetcher
        .apply(token)
        .thenCompose(
            page -> {
              for (T item : page.items()) {
                if (!visitor.test(item)) {
                  return CompletableFuture.completedFuture(true);
                }
              }
              String next = guard.next(page.nextPageToken());
              if (next == null) {
                return CompletableFuture.completedFuture(false);
              }
              return walk(next, guard, visitor);
            });
  }

  @Override
  public String toString() {
    return "AsyncPager{startToken=" + (startToken.isEmpty() ? "first" : "given") + "}";
  }
}
