package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;

/**
 * Answer of a batch call or of empty-trash (protocol §5.6, §5.8): {@code {"task_id":"..."}}, the
 * id of an asynchronous task to poll with {@code GET /drive/v1/tasks/{id}}.
 *
 * @param taskId the task id; {@code ""} when the server answered without one (done at once)
 */
public record BatchResponse(@Json(name = "task_id") String taskId) {

  /**
   * Normalises an absent task id to {@code ""}.
   *
   * @param taskId the task id; {@code ""} when the server answered without one (done at once)
   */
  public BatchResponse {
    taskId = Values.str(taskId);
  }

  /**
   * Returns whether the server returned a task to wait for.
   *
   * @return {@code true} when {@link #taskId()} is not empty
   */
  public boolean hasTask() {
    return !taskId.isEmpty();
  }
}
