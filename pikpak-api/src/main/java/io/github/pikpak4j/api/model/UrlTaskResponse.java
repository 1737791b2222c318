package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code POST /drive/v1/files} for an offline task (protocol §8.1). When PikPak already
 * has the content, {@code file} may be present and the task already complete.
 *
 * @param uploadType {@code UPLOAD_TYPE_URL}, or {@code ""}
 * @param task the created task, or {@code null}
 * @param file the resulting file when the content was known, or {@code null}
 */
public record UrlTaskResponse(
    @Json(name = "upload_type") String uploadType,
    @Nullable OfflineTaskResource task,
    @Nullable DriveFile file) {

  /**
   * Normalises an absent upload type to {@code ""}.
   *
   * @param uploadType {@code UPLOAD_TYPE_URL}, or {@code ""}
   * @param task the created task, or {@code null}
   * @param file the resulting file when the content was known, or {@code null}
   */
  public UrlTaskResponse {
    uploadType = Values.str(uploadType);
  }
}
