package io.github.pikpak4j.api.paging;

import io.github.pikpak4j.api.InvalidResponseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bounds one walk over a paged listing: a page token the walk has already used, or more pages than the limit, ends it
 * with an {@link InvalidResponseException} instead of looping for ever on a server that keeps answering empty pages.
 * One instance per walk; not thread-safe (a walk fetches one page at a time). {@link AutoPager} and {@link AsyncPager}
 * use it; so must any other loop that follows page tokens.
 *
 * <pre>{@code
 * PageGuard guard = new PageGuard(AutoPager.DEFAULT_MAX_PAGES, "");
 * for (String token = ""; token != null; ) {
 *   Page<T> page = fetch(token);
 *   ...
 *   token = guard.next(page.nextPageToken());
 * }
 * }</pre>
 */
public final class PageGuard {
  private final int maxPages;
  private final Set<String> seen = new HashSet<>();
  private int pages;

  /**
   * Starts guarding a walk.
   *
   * @param maxPages the largest number of pages the walk may fetch, at least 1
   * @param startToken the token of the walk's first page ({@code ""} for the very first page)
   * @throws IllegalArgumentException when {@code maxPages} is below 1
   */
  public PageGuard(int maxPages, String startToken) {
    checkMaxPages(maxPages);
    this.maxPages = maxPages;
    seen.add(startToken);
  }

  /** Checks a limit given by a caller. */
  static int checkMaxPages(int maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, got " + maxPages);
    }
    return maxPages;
  }

  /**
   * Accounts for one page that has arrived and returns the token of the next one.
   *
   * @param next the page's next-page token
   * @return the token to fetch next, or {@code null} at the end of the listing
   * @throws InvalidResponseException when the token was used before in this walk, or the page limit is reached with
   *     more pages announced
   */
  public @Nullable String next(Optional<String> next) {
    pages++;
    if (next.isEmpty() || next.get().isEmpty()) {
      return null;
    }
    String token = next.get();
    if (!seen.add(token)) {
      throw new InvalidResponseException(
          "the listing repeated a page token after " + pages + " page(s); stopped instead of looping");
    }
    if (pages >= maxPages) {
      throw new InvalidResponseException(
          "the listing announced more than the limit of " + maxPages + " pages; stopped (raise it with withMaxPages)");
    }
    return token;
  }
}
