package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * One page of {@code GET /drive/v1/tasks} (protocol §8.3).
 *
 * @param tasks the tasks of this page; empty when none
 * @param nextPageToken the token of the next page; {@code ""} on the last page
 */
public record OfflineTaskList(
    List<OfflineTaskResource> tasks, @Json(name = "next_page_token") String nextPageToken) {

  /**
   * Normalises absent tasks to an empty list and an absent token to {@code ""}.
   *
   * @param tasks the tasks of this page; empty when none
   * @param nextPageToken the token of the next page; {@code ""} on the last page
   */
  public OfflineTaskList {
    tasks = Values.list(tasks);
    nextPageToken = Values.str(nextPageToken);
  }
}
