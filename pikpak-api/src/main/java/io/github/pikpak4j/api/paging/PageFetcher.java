package io.github.pikpak4j.api.paging;

/**
 * Fetches one page given the token of that page ({@code ""} for the first page).
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {
  /**
   * Fetches a page.
   *
   * @param pageToken {@code ""} for the first page, else a token returned by {@link Page#nextPageToken()}
   * @return the page; never null
   */
  Page<T> fetch(String pageToken);
}
