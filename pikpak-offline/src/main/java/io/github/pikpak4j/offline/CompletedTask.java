package io.github.pikpak4j.offline;

import java.util.Objects;

/**
 * The end of a successful {@link OfflineTasks#await}: the completed task and the file it produced.
 *
 * @param task the task, in {@link TaskPhase#COMPLETE}
 * @param file the resulting drive file or folder, as the drive reports it
 */
public record CompletedTask(OfflineTask task, TaskFile file) {
  /**
   * Checks for nulls.
   *
   * @param task the task, in {@link TaskPhase#COMPLETE}
   * @param file the resulting drive file or folder, as the drive reports it
   */
  public CompletedTask {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(file, "file");
  }
}
