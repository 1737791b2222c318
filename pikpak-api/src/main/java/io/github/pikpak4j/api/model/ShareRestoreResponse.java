package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;

/**
 * The answer of {@code POST /drive/v1/share/restore} (protocol §9.5).
 *
 * @param shareStatus the share's status ({@code OK} when readable); {@code ""} when absent
 * @param shareStatusText the server's explanation; {@code ""} when absent
 * @param restoreStatus for example {@code RESTORE_START}; {@code ""} when absent
 * @param restoreTaskId the task to poll ({@code GET /drive/v1/tasks/{id}}); {@code ""} when absent
 * @param fileId the id of the first saved file when the server reports it; {@code ""} otherwise
 */
public record ShareRestoreResponse(
    @Json(name = "share_status") String shareStatus,
    @Json(name = "share_status_text") String shareStatusText,
    @Json(name = "restore_status") String restoreStatus,
    @Json(name = "restore_task_id") String restoreTaskId,
    @Json(name = "file_id") String fileId) {

  /**
   * Normalises absent strings to {@code ""}.
   *
   * @param shareStatus the share's status ({@code OK} when readable); {@code ""} when absent
   * @param shareStatusText the server's explanation; {@code ""} when absent
   * @param restoreStatus for example {@code RESTORE_START}; {@code ""} when absent
   * @param restoreTaskId the task to poll ({@code GET /drive/v1/tasks/{id}}); {@code ""} when absent
   * @param fileId the id of the first saved file when the server reports it; {@code ""} otherwise
   */
  public ShareRestoreResponse {
    shareStatus = Values.str(shareStatus);
    shareStatusText = Values.str(shareStatusText);
    restoreStatus = Values.str(restoreStatus);
    restoreTaskId = Values.str(restoreTaskId);
    fileId = Values.str(fileId);
  }
}
