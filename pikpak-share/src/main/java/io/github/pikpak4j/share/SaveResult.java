package io.github.pikpak4j.share;

import java.util.List;

/**
 * The outcome of {@link Share#save(SaveOptions)}: the server's restore task and what was asked for.
 * The copy runs as a task; wait on it with the facade's task API ({@code GET
 * /drive/v1/tasks/{taskId}}).
 *
 * @param taskId the restore task id ({@code restore_task_id}); {@code ""} when the server sent none
 * @param fileIds the shared ids that were saved
 * @param targetFolderId the target folder, or {@code null} for PikPak's default "Pack From Shared"
 */
public record SaveResult(
    String taskId, List<String> fileIds, @org.jspecify.annotations.Nullable String targetFolderId) {

  /**
   * Copies the list.
   *
   * @param taskId the restore task id ({@code restore_task_id}); {@code ""} when the server sent none
   * @param fileIds the shared ids that were saved
   * @param targetFolderId the target folder, or {@code null} for PikPak's default "Pack From Shared"
   */
  public SaveResult {
    fileIds = List.copyOf(fileIds);
  }
}
