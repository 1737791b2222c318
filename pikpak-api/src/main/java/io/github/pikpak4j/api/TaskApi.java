package io.github.pikpak4j.api;

import io.github.pikpak4j.api.model.OfflineTaskList;
import io.github.pikpak4j.api.model.OfflineTaskResource;
import io.github.pikpak4j.api.model.TaskRetryRequest;
import io.github.pikpak4j.api.model.TaskRetryResponse;
import io.github.pikpak4j.api.model.UrlTaskRequest;
import io.github.pikpak4j.api.model.UrlTaskResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The raw offline-task calls on the drive host (protocol §8), as a Retrofit interface.
 *
 * <pre>{@code
 * TaskApi tasks = PikPakApis.retrofit(driveBaseUrl, okHttp).create(TaskApi.class);
 * OfflineTaskList page = ApiCalls.execute(tasks.listTasks(TaskApi.TYPE_OFFLINE, 100, "",
 *     TaskApi.phaseFilter("PHASE_TYPE_RUNNING,PHASE_TYPE_ERROR"), "reference_resource", "SIZE_SMALL"));
 * }</pre>
 *
 * <p>This is the raw contract: no headers, no policy. The create ({@code POST /drive/v1/files})
 * and the retry ({@code POST /drive/v1/task}) are not idempotent: a replay creates a second task
 * and spends the daily quota twice.
 */
public interface TaskApi {

  /** The task {@code type} of offline downloads. */
  String TYPE_OFFLINE = "offline";

  /** The largest {@code limit} the task list accepts (10,000). */
  int MAX_LIMIT = 10_000;

  /**
   * Builds the {@code filters} JSON of the task list: the phase {@code in} filter takes one
   * comma-joined string, not an array (protocol §8.3).
   *
   * @param commaJoinedPhases for example {@code "PHASE_TYPE_RUNNING,PHASE_TYPE_ERROR"}
   * @return {@code {"phase":{"in":"..."}}}
   */
  static String phaseFilter(String commaJoinedPhases) {
    return "{\"phase\":{\"in\":\"" + commaJoinedPhases.replace("\\", "").replace("\"", "") + "\"}}";
  }

  /**
   * Creates an offline task (protocol §8.1). Not idempotent.
   *
   * @param body the link, name and target
   * @return the call; its answer holds the task and, for known content, the file
   */
  @POST("drive/v1/files")
  Call<UrlTaskResponse> createUrlTask(@Body UrlTaskRequest body);

  /**
   * Lists one page of tasks (protocol §8.3).
   *
   * @param type {@link #TYPE_OFFLINE}
   * @param limit the page size, at most {@link #MAX_LIMIT}
   * @param pageToken {@code ""} on the first page, then the previous {@code next_page_token}
   * @param filters the filter JSON (see {@link #phaseFilter(String)}), or {@code null}
   * @param with {@code reference_resource}, or {@code null}
   * @param thumbnailSize {@code SIZE_SMALL}, or {@code null}
   * @return the call
   */
  @GET("drive/v1/tasks")
  Call<OfflineTaskList> listTasks(
      @Query("type") String type,
      @Query("limit") int limit,
      @Query("page_token") String pageToken,
      @Query("filters") @Nullable String filters,
      @Query("with") @Nullable String with,
      @Query("thumbnail_size") @Nullable String thumbnailSize);

  /**
   * Gets one task (protocol §8.3). A task that does not exist answers {@code not_found}.
   *
   * @param id the task id
   * @return the call
   */
  @GET("drive/v1/tasks/{id}")
  Call<OfflineTaskResource> getTask(@Path("id") String id);

  /**
   * Retries a failed task (protocol §8.3). Not idempotent.
   *
   * @param body {@code {"type":"offline","create_type":"RETRY","id":...}}
   * @return the call
   */
  @POST("drive/v1/task")
  Call<TaskRetryResponse> retryTask(@Body TaskRetryRequest body);

  /**
   * Deletes tasks (protocol §8.4); with {@code deleteFiles} their downloaded files too. Deleting a
   * running task cancels it.
   *
   * @param taskIds the ids, comma-joined
   * @param deleteFiles whether to delete the resulting files as well
   * @return the call; its answer is an (ignored) JSON object
   */
  @DELETE("drive/v1/tasks")
  Call<Map<String, Object>> deleteTasks(
      @Query("task_ids") String taskIds, @Query("delete_files") boolean deleteFiles);
}
