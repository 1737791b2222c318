package io.github.pikpak4j.api;

import io.github.pikpak4j.api.model.About;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.FileList;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.GET;
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
}
