package io.github.pikpak4j.api.paging;

import io.github.pikpak4j.api.InvalidResponseException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A lazy view over every item of a paged listing: pages are fetched only as iteration reaches them, and only the
 * current page is held in memory.
 *
 * <pre>{@code
 * for (FileEntry e : client.files().listAll(folderId)) { ... }
 * long files = client.files().listAll(folderId).stream().filter(FileEntry::isFile).count();
 * }</pre>
 *
 * <p>Each call to {@link #iterator()} or {@link #stream()} starts again from the first page (or from the start token
 * given at construction). Errors of a page fetch are thrown from {@code hasNext()}/{@code next()} as the fetcher threw
 * them.
 *
 * <p>A walk ends with an {@link InvalidResponseException} when the server repeats a page token, or announces more
 * pages than {@link #DEFAULT_MAX_PAGES} ({@link #withMaxPages(int)} changes the limit): a broken or hostile server
 * cannot keep a listing (or a path lookup) going for ever.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  /**
   * The default largest number of pages one walk fetches: 10 000, that is a million entries at the default page size
   * of 100 (five million at 500).
   */
  public static final int DEFAULT_MAX_PAGES = 10_000;

  private final PageFetcher<T> fetcher;
  private final String startToken;
  private final int maxPages;

  /**
   * Creates a pager that starts from the first page.
   *
   * @param fetcher fetches one page by token
   */
  public AutoPager(PageFetcher<T> fetcher) {
    this(fetcher, "");
  }

  /**
   * Creates a pager that starts from the given page token (for example one stored from an earlier {@link Page}).
   *
   * @param fetcher fetches one page by token
   * @param startToken the token of the first page to fetch; {@code ""} for the very first page
   */
  public AutoPager(PageFetcher<T> fetcher, String startToken) {
    this(fetcher, startToken, DEFAULT_MAX_PAGES);
  }

  private AutoPager(PageFetcher<T> fetcher, String startToken, int maxPages) {
    this.fetcher = fetcher;
    this.startToken = startToken;
    this.maxPages = maxPages;
  }

  /**
   * Returns a pager over the same listing with another page limit.
   *
   * @param maxPages the largest number of pages one walk fetches, at least 1; default {@link #DEFAULT_MAX_PAGES}
   * @return the new pager
   * @throws IllegalArgumentException when {@code maxPages} is below 1
   */
  public AutoPager<T> withMaxPages(int maxPages) {
    return new AutoPager<>(fetcher, startToken, PageGuard.checkMaxPages(maxPages));
  }

  @Override
  public Iterator<T> iterator() {
    return new PagingIterator();
  }

  /** {@return a sequential, lazy stream over every item} */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private final class PagingIterator implements Iterator<T> {
    private @Nullable Iterator<T> current;
    private @Nullable String nextToken = startToken;
    private final PageGuard guard = new PageGuard(maxPages, startToken);

    @Override
    public boolean hasNext() {
      while (current == null || !current.hasNext()) {
        if (nextToken == null) {
          return false;
        }
        Page<T> page = fetcher.fetch(nextToken);
        current = page.items().iterator(); // the previous page becomes garbage here
        nextToken = guard.next(page.nextPageToken());
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
