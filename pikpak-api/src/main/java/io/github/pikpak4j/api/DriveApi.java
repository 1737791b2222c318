package io.github.pikpak4j.api;

import io.github.pikpak4j.api.model.About;
import io.github.pikpak4j.api.model.BatchRequest;
import io.github.pikpak4j.api.model.BatchResponse;
import io.github.pikpak4j.api.model.BatchTask;
import io.github.pikpak4j.api.model.CreateFolderRequest;
import io.github.pikpak4j.api.model.CreateFolderResponse;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.FileList;
import io.github.pikpak4j.api.model.RenameRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The raw drive calls on {@code https://api-drive.<root>/} (protocol §5), as a Retrofit interface.
 *
 * <pre>{@code
 * DriveApi drive = PikPakApis.create(userUrl, driveUrl, okHttp).driveApi();
 * FileList page = ApiCalls.execute(drive.listFiles("", 100, "", DriveApi.FILTER_COMPLETE_NOT_TRASHED,
 *     "SIZE_MEDIUM", true));
 * }</pre>
 *
 * <p>This is the raw contract: it adds no headers (the pikpak-auth interceptor does) and applies
 * no policy. Run calls through {@link ApiCalls} to get typed exceptions. A {@code null} query
 * argument is omitted from the URL; {@code ""} is sent as an empty value.
 */
public interface DriveApi {

  /** The usual listing filter: complete files that are not in the trash (protocol §5.2). */
  String FILTER_COMPLETE_NOT_TRASHED =
      "{\"phase\":{\"eq\":\"PHASE_TYPE_COMPLETE\"},\"trashed\":{\"eq\":false}}";

  /** The trash listing filter: trashed entries only (protocol §5.3, §5.6). */
  String FILTER_TRASHED = "{\"trashed\":{\"eq\":true}}";

  /** The starred listing filter, used with {@code parent_id=*} (protocol §5.3, §5.6). */
  String FILTER_STARRED = "{\"system_tag\":{\"in\":\"STAR\"}}";

  /** The literal {@code _magic} value sent with get-file (protocol §5.4). */
  String MAGIC = "2021";

  /** {@code usage} for the original bytes (protocol §5.4). */
  String USAGE_FETCH = "FETCH";

  /** {@code usage} for playback (media) links (protocol §5.4). */
  String USAGE_CACHE = "CACHE";

  /**
   * Lists one page of a folder (protocol §5.2).
   *
   * @param parentId the folder id; {@code ""} for the root, {@code "*"} for all folders
   * @param limit the page size (at most 500)
   * @param pageToken {@code ""} on the first page, then the previous {@code next_page_token}
   * @param filters the filter JSON (protocol §5.3), or {@code null} for none
   * @param thumbnailSize {@code SIZE_SMALL}, {@code SIZE_MEDIUM} or {@code SIZE_LARGE}, or {@code
   *     null}
   * @param withAudit whether to ask for audit information (peers send {@code true})
   * @return the call
   */
  @GET("drive/v1/files")
  Call<FileList> listFiles(
      @Query("parent_id") String parentId,
      @Query("limit") int limit,
      @Query("page_token") String pageToken,
      @Query("filters") @Nullable String filters,
      @Query("thumbnail_size") @Nullable String thumbnailSize,
      @Query("with_audit") boolean withAudit);

  /**
   * Gets one file with its links (protocol §5.4). Send a captcha token with this call.
   *
   * @param id the file id
   * @param usage {@link #USAGE_FETCH} or {@link #USAGE_CACHE}, or {@code null}
   * @param magic {@link #MAGIC}, or {@code null}
   * @param thumbnailSize {@code SIZE_LARGE}, or {@code null}
   * @return the call
   */
  @GET("drive/v1/files/{id}")
  Call<DriveFile> getFile(
      @Path("id") String id,
      @Query("usage") @Nullable String usage,
      @Query("_magic") @Nullable String magic,
      @Query("thumbnail_size") @Nullable String thumbnailSize);

  /**
   * Gets the storage quota (protocol §5.7).
   *
   * @return the call
   */
  @GET("drive/v1/about")
  Call<About> about();

  /**
   * Creates a folder (protocol §5.6). Not idempotent: a replay can create {@code name(1)}.
   *
   * @param body {@link CreateFolderRequest#of(String, String)}
   * @return the call; the answer's {@code file.name} is the final name
   */
  @POST("drive/v1/files")
  Call<CreateFolderResponse> createFolder(@Body CreateFolderRequest body);

  /**
   * Renames an entry (protocol §5.6); safe to repeat. The server may answer {@code
   * file_rename_uncompleted} (retry) or {@code file_duplicated_name}.
   *
   * @param id the entry id
   * @param body the new name
   * @return the call, answering the renamed entry
   */
  @PATCH("drive/v1/files/{id}")
  Call<DriveFile> rename(@Path("id") String id, @Body RenameRequest body);

  /**
   * Moves entries into a folder (protocol §5.6); safe to repeat.
   *
   * @param body {@link BatchRequest#to(java.util.List, String)}
   * @return the call, answering a task id (protocol §5.8)
   */
  @POST("drive/v1/files:batchMove")
  Call<BatchResponse> batchMove(@Body BatchRequest body);

  /**
   * Copies entries into a folder (protocol §5.6). Not idempotent; a copy onto a taken name is
   * renamed {@code name(1)} by the server.
   *
   * @param body {@link BatchRequest#to(java.util.List, String)}
   * @return the call, answering a task id (protocol §5.8)
   */
  @POST("drive/v1/files:batchCopy")
  Call<BatchResponse> batchCopy(@Body BatchRequest body);

  /**
   * Moves entries to the trash (protocol §5.6); safe to repeat.
   *
   * @param body {@link BatchRequest#of(java.util.List)}
   * @return the call, answering a task id
   */
  @POST("drive/v1/files:batchTrash")
  Call<BatchResponse> batchTrash(@Body BatchRequest body);

  /**
   * Restores entries from the trash (protocol §5.6); safe to repeat.
   *
   * @param body {@link BatchRequest#of(java.util.List)}
   * @return the call, answering a task id
   */
  @POST("drive/v1/files:batchUntrash")
  Call<BatchResponse> batchUntrash(@Body BatchRequest body);

  /**
   * Deletes entries permanently (protocol §5.6); safe to repeat.
   *
   * @param body {@link BatchRequest#of(java.util.List)}
   * @return the call, answering a task id
   */
  @POST("drive/v1/files:batchDelete")
  Call<BatchResponse> batchDelete(@Body BatchRequest body);

  /**
   * Stars entries (protocol §5.6, ids in the batch shape).
   *
   * @param body {@link BatchRequest#of(java.util.List)}
   * @return the call; the answer may carry a task id
   */
  @POST("drive/v1/files:star")
  Call<BatchResponse> star(@Body BatchRequest body);

  /**
   * Removes the star of entries (protocol §5.6, ids in the batch shape).
   *
   * @param body {@link BatchRequest#of(java.util.List)}
   * @return the call; the answer may carry a task id
   */
  @POST("drive/v1/files:unstar")
  Call<BatchResponse> unstar(@Body BatchRequest body);

  /**
   * Empties the trash (protocol §5.6): {@code PATCH /drive/v1/files/trash:empty} with {@code {}}.
   *
   * @param body an empty map (sent as {@code {}})
   * @return the call, answering a task id
   */
  @PATCH("drive/v1/files/trash:empty")
  Call<BatchResponse> emptyTrash(@Body Map<String, Object> body);

  /**
   * Gets an asynchronous task (protocol §5.8): poll it until {@code PHASE_TYPE_COMPLETE} or {@code
   * PHASE_TYPE_ERROR}.
   *
   * @param taskId the task id
   * @return the call
   */
  @GET("drive/v1/tasks/{id}")
  Call<BatchTask> getTask(@Path("id") String taskId);
}
