package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;

/**
 * Body of {@code POST /drive/v1/task} that retries an offline task (protocol §8.3).
 *
 * @param type always {@code offline}
 * @param createType always {@code RETRY}
 * @param id the task id
 */
public record TaskRetryRequest(String type, @Json(name = "create_type") String createType, String id) {

  /**
   * Builds the body for one task.
   *
   * @param taskId the task id
   * @return {@code {"type":"offline","create_type":"RETRY","id":taskId}}
   */
  public static TaskRetryRequest of(String taskId) {
    return new TaskRetryRequest("offline", "RETRY", taskId);
  }
}
