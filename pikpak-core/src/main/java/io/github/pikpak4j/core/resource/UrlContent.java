package io.github.pikpak4j.core.resource;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a magnet or URL contains, as PikPak resolves it before an offline task is created.
 *
 * @param name the content's name, as sent
 * @param size the total size in bytes
 * @param fileCount the number of files the server reports
 * @param cached whether PikPak holds the content: it answered it resolved (not the placeholder of content it has
 *     never seen: no size, no GCID, no status, pikpak-kotlin) with {@code meta.status} {@code 1} or with a GCID for a
 *     file
 * @param error the resolver's error, for example {@code 403:E_PARSE_BT}, or null when resolved
 * @param files the files, depth first; those of the first page of each folder only (500 entries a page)
 */
public record UrlContent(
    String name, long size, int fileCount, boolean cached, @Nullable String error, List<ContentFile> files) {

  /**
   * Copies the files.
   *
   * @param name the content's name, as sent
   * @param size the total size in bytes
   * @param fileCount the number of files the server reports
   * @param cached whether PikPak holds the content: it answered it resolved (not the placeholder of content it has
   *     never seen: no size, no GCID, no status, pikpak-kotlin) with {@code meta.status} {@code 1} or with a GCID for a
   *     file
   * @param error the resolver's error, for example {@code 403:E_PARSE_BT}, or null when resolved
   * @param files the files, depth first; those of the first page of each folder only (500 entries a page)
   */
  public UrlContent {
    files = List.copyOf(files);
  }

  /**
   * The resolver's error.
   *
   * @return the error, or empty when the URL was resolved
   */
  public Optional<String> resolverError() {
    return Optional.ofNullable(error);
  }
}
