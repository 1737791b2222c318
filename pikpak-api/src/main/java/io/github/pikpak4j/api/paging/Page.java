package io.github.pikpak4j.api.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing and the raw token of the next page.
 *
 * <pre>{@code
 * Page<FileEntry> page = client.files().list(folderId);
 * while (true) {
 *   page.items().forEach(System.out::println);
 *   if (!page.hasNext()) break;
 *   page = client.files().list(folderId, page.nextPageToken().orElseThrow());
 * }
 * }</pre>
 *
 * <p>The token is the server's own {@code next_page_token}: it can be stored and used later to continue a listing.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final String nextPageToken;

  /**
   * Creates a page.
   *
   * @param items the items of this page, in server order (copied)
   * @param nextPageToken the server's token for the next page; {@code ""} or {@code null} when this is the last page
   */
  public Page(List<T> items, @Nullable String nextPageToken) {
    this.items = List.copyOf(items);
    this.nextPageToken = nextPageToken == null ? "" : nextPageToken;
  }

  /** {@return the items of this page, in server order; never null, possibly empty} */
  public List<T> items() {
    return items;
  }

  /** {@return the raw token of the next page, or empty when this is the last page} */
  public Optional<String> nextPageToken() {
    return nextPageToken.isEmpty() ? Optional.empty() : Optional.of(nextPageToken);
  }

  /** {@return whether another page follows this one} */
  public boolean hasNext() {
    return !nextPageToken.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Page<?> p && items.equals(p.items) && nextPageToken.equals(p.nextPageToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, nextPageToken);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", hasNext=" + hasNext() + "}";
  }
}
