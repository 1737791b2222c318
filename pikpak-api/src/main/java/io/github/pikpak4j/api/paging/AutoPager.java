package io.github.pikpak4j.api.paging;

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
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final PageFetcher<T> fetcher;
  private final String startToken;

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
    this.fetcher = fetcher;
    this.startToken = startToken;
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

    @Override
    public boolean hasNext() {
      while (current == null || !current.hasNext()) {
        if (nextToken == null) {
          return false;
        }
        Page<T> page = fetcher.fetch(nextToken);
        current = page.items().iterator(); // the previous page becomes garbage here
        nextToken = page.nextPageToken().orElse(null);
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
