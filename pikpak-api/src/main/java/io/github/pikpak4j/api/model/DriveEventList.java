package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /drive/v1/events} (pikpak-kotlin {@code EventPage} / {@code DriveEvent}).
 *
 * @param events the events, newest {@code updated_time} first; empty when absent
 * @param nextPageToken the next page's token, empty or {@code null} on the last page
 */
public record DriveEventList(
    List<DriveEventEntry> events, @Json(name = "next_page_token") @Nullable String nextPageToken) {

  /**
   * Normalises absent events to an empty list.
   *
   * @param events the events, newest {@code updated_time} first; empty when absent
   * @param nextPageToken the next page's token, empty or {@code null} on the last page
   */
  public DriveEventList {
    events = events == null ? List.of() : List.copyOf(events);
  }

  /**
   * One event.
   *
   * @param id the event id
   * @param type {@code TYPE_UPLOAD}, {@code TYPE_RESTORE} (added by an offline task or instant copy), {@code
   *     TYPE_PLAY}, ...
   * @param typeName the display label ("Upload", "Add", "Play"), or {@code null}
   * @param fileId the file's id
   * @param fileName the file's name when the event was written
   * @param mimeType the file's MIME type, or {@code null}
   * @param folderId the file's parent folder, or {@code null}
   * @param createdTime the first report, RFC 3339, or {@code null}
   * @param updatedTime the last report, RFC 3339, or {@code null}
   */
  public record DriveEventEntry(
      @Nullable String id,
      @Nullable String type,
      @Json(name = "type_name") @Nullable String typeName,
      @Json(name = "file_id") @Nullable String fileId,
      @Json(name = "file_name") @Nullable String fileName,
      @Json(name = "mime_type") @Nullable String mimeType,
      @Json(name = "folder_id") @Nullable String folderId,
      @Json(name = "created_time") @Nullable Instant createdTime,
      @Json(name = "updated_time") @Nullable Instant updatedTime) {}
}
