package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /drive/v1/share/file_info} (protocol §9.4).
 *
 * @param shareStatus the share's status ({@code OK} when readable); {@code ""} when absent
 * @param shareStatusText the server's explanation; {@code ""} when absent
 * @param fileInfo the file with {@code web_content_link} (empty for videos) and {@code medias}, or
 *     {@code null} when absent
 */
public record ShareFileInfo(
    @Json(name = "share_status") String shareStatus,
    @Json(name = "share_status_text") String shareStatusText,
    @Json(name = "file_info") @Nullable DriveFile fileInfo) {

  /**
   * Normalises absent strings to {@code ""}.
   *
   * @param shareStatus the share's status ({@code OK} when readable); {@code ""} when absent
   * @param shareStatusText the server's explanation; {@code ""} when absent
   * @param fileInfo the file with {@code web_content_link} (empty for videos) and {@code medias}, or
   *     {@code null} when absent
   */
  public ShareFileInfo {
    shareStatus = Values.str(shareStatus);
    shareStatusText = Values.str(shareStatusText);
  }
}
