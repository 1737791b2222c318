package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code POST /decompress/v1/list} (rclone {@code ArchiveFileList}).
 *
 * @param status {@code OK} when listed, or {@code null}
 * @param statusText an explanation otherwise, or {@code null}
 * @param files the entries; empty when absent
 */
public record ArchiveListing(
    @Nullable String status, @Json(name = "status_text") @Nullable String statusText, List<ArchiveEntry> files) {

  /**
   * Normalises absent entries to an empty list.
   *
   * @param status {@code OK} when listed, or {@code null}
   * @param statusText an explanation otherwise, or {@code null}
   * @param files the entries; empty when absent
   */
  public ArchiveListing {
    files = files == null ? List.of() : List.copyOf(files);
  }
}
