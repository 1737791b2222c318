package io.github.pikpak4j.api;

import io.github.pikpak4j.api.model.ShareCreateRequest;
import io.github.pikpak4j.api.model.ShareCreateResponse;
import io.github.pikpak4j.api.model.ShareDetail;
import io.github.pikpak4j.api.model.ShareFileInfo;
import io.github.pikpak4j.api.model.ShareIdsRequest;
import io.github.pikpak4j.api.model.ShareList;
import io.github.pikpak4j.api.model.ShareRestoreRequest;
import io.github.pikpak4j.api.model.ShareRestoreResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * The raw share calls on {@code https://api-drive.<root>/} (protocol §9), as a Retrofit interface.
 *
 * <pre>{@code
 * ShareApi shares = PikPakApis.retrofit(driveBaseUrl, okHttp).create(ShareApi.class);
 * ShareDetail d = ApiCalls.execute(shares.share("VNabc123", "", "SIZE_LARGE", 100, AnonymousRequest.INSTANCE));
 * }</pre>
 *
 * <p>This is the raw contract: it adds no headers and applies no policy; an unreadable share is
 * answered with HTTP 200 and a {@code share_status} other than {@code OK}, which the caller must
 * check. The {@code anonymous} tag parameters take {@link AnonymousRequest#INSTANCE} for a read
 * without {@code Authorization}, or {@code null} for a signed-in read. A {@code null} query argument
 * is omitted from the URL.
 */
public interface ShareApi {

  /** The listing filter of {@code /drive/v1/share/detail} (protocol §9.4). */
  String FILTER_COMPLETE_NOT_TRASHED = DriveApi.FILTER_COMPLETE_NOT_TRASHED;

  /** The {@code share_status} of a readable share. */
  String STATUS_OK = "OK";

  /**
   * Opens a share and exchanges the pass code for a {@code pass_code_token} (protocol §9.2).
   *
   * @param shareId the share id
   * @param passCode the pass code, or {@code ""} when none is known
   * @param thumbnailSize {@code SIZE_LARGE}, or {@code null}
   * @param limit the page size of the top-level listing, or {@code null}
   * @param anonymous {@link AnonymousRequest#INSTANCE} for an anonymous read, else {@code null}
   * @return the call
   */
  @GET("drive/v1/share")
  Call<ShareDetail> share(
      @Query("share_id") String shareId,
      @Query("pass_code") String passCode,
      @Query("thumbnail_size") @Nullable String thumbnailSize,
      @Query("limit") @Nullable Integer limit,
      @Tag @Nullable AnonymousRequest anonymous);

  /**
   * Lists one page of a folder inside a share (protocol §9.4).
   *
   * @param shareId the share id
   * @param parentId the folder id, {@code ""} for the share's top level
   * @param passCodeToken the token from {@link #share}, or {@code ""}
   * @param limit the page size
   * @param pageToken {@code ""} on the first page, then the previous {@code next_page_token}
   * @param thumbnailSize {@code SIZE_LARGE}, or {@code null}
   * @param withAudit {@code true} as peers send it, or {@code null}
   * @param filters {@link #FILTER_COMPLETE_NOT_TRASHED}, or {@code null}
   * @param anonymous {@link AnonymousRequest#INSTANCE} for an anonymous read, else {@code null}
   * @return the call
   */
  @GET("drive/v1/share/detail")
  Call<ShareDetail> detail(
      @Query("share_id") String shareId,
      @Query("parent_id") String parentId,
      @Query("pass_code_token") String passCodeToken,
      @Query("limit") int limit,
      @Query("page_token") String pageToken,
      @Query("thumbnail_size") @Nullable String thumbnailSize,
      @Query("with_audit") @Nullable Boolean withAudit,
      @Query("filters") @Nullable String filters,
      @Tag @Nullable AnonymousRequest anonymous);

  /**
   * Gets one shared file with its links and renditions (protocol §9.4). {@code web_content_link}
   * is empty for videos.
   *
   * @param shareId the share id
   * @param fileId the file id inside the share
   * @param passCodeToken the token from {@link #share}, or {@code ""}
   * @param anonymous {@link AnonymousRequest#INSTANCE} for an anonymous read, else {@code null}
   * @return the call
   */
  @GET("drive/v1/share/file_info")
  Call<ShareFileInfo> fileInfo(
      @Query("share_id") String shareId,
      @Query("file_id") String fileId,
      @Query("pass_code_token") String passCodeToken,
      @Tag @Nullable AnonymousRequest anonymous);

  /**
   * Saves (restores) shared items into the signed-in user's drive (protocol §9.5). Not idempotent:
   * a replay duplicates the files.
   *
   * @param body the request
   * @return the call
   */
  @POST("drive/v1/share/restore")
  Call<ShareRestoreResponse> restore(@Body ShareRestoreRequest body);

  /**
   * Creates a share of the signed-in user's files (protocol §9.6). Not idempotent.
   *
   * @param body the request
   * @return the call
   */
  @POST("drive/v1/share")
  Call<ShareCreateResponse> create(@Body ShareCreateRequest body);

  /**
   * Lists one page of the signed-in user's own shares (protocol §9.6).
   *
   * @param limit the page size
   * @param pageToken {@code ""} on the first page, then the previous {@code next_page_token}
   * @param thumbnailSize {@code SIZE_LARGE}, or {@code null}
   * @return the call
   */
  @GET("drive/v1/share/list")
  Call<ShareList> list(
      @Query("limit") int limit,
      @Query("page_token") String pageToken,
      @Query("thumbnail_size") @Nullable String thumbnailSize);

  /**
   * Deletes (cancels) the signed-in user's shares; the shared files stay (protocol §9.6).
   *
   * @param body the share ids
   * @return the call; the body is the server's (normally empty) object
   */
  @POST("drive/v1/share:batchDelete")
  Call<Map<String, Object>> batchDelete(@Body ShareIdsRequest body);
}
