package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code POST /drive/v1/resource/list} (an rclone fork's {@code ResourceList}; pikpak-kotlin's wiki
 * "Magnets and Instant Create": subfolders inlined in {@code dir.resources}, every leaf's {@code meta.hash} its GCID,
 * content PikPak has never seen answered as one placeholder named by the info hash with {@code file_size} "0", an
 * empty {@code meta.hash} and no status).
 *
 * @param list the resources, or {@code null}
 */
public record ResourceList(@Nullable Resources list) {

  /**
   * The {@code list} object.
   *
   * @param resources one per URL; empty when absent
   */
  public record Resources(List<Resource> resources) {
    /**
     * Normalises absent resources to an empty list.
     *
     * @param resources one per URL; empty when absent
     */
    public Resources {
      resources = resources == null ? List.of() : List.copyOf(resources);
    }
  }

  /**
   * One resource: a URL's content, or a file or folder inside it.
   *
   * @param name the name
   * @param fileSize the size in bytes (an int-string on the wire)
   * @param fileCount the number of files below a folder
   * @param fileIndex the index of a file inside a torrent
   * @param isDir whether this is a folder
   * @param dir a folder's children, or {@code null}
   * @param meta the resolver's status, or {@code null}
   */
  public record Resource(
      @Nullable String name,
      @Json(name = "file_size") long fileSize,
      @Json(name = "file_count") int fileCount,
      @Json(name = "file_index") int fileIndex,
      @Json(name = "is_dir") boolean isDir,
      @Nullable Resources dir,
      @Nullable Meta meta) {}

  /**
   * The resolver's status of a resource.
   *
   * @param error for example {@code 403:E_PARSE_BT}; empty or {@code null} when resolved
   * @param status {@code 1} when PikPak holds the content (the fork's reading: "1 if cached?"), or {@code null}
   * @param hash a file's GCID (pikpak-kotlin), empty or {@code null} when PikPak has not indexed it
   */
  public record Meta(@Nullable String error, @Nullable String status, @Nullable String hash) {}
}
