package io.github.pikpak4j.api;

import io.github.pikpak4j.api.model.ArchiveListRequest;
import io.github.pikpak4j.api.model.ArchiveListing;
import io.github.pikpak4j.api.model.CidLookup;
import io.github.pikpak4j.api.model.DecompressRequest;
import io.github.pikpak4j.api.model.DecompressResponse;
import io.github.pikpak4j.api.model.ResourceList;
import io.github.pikpak4j.api.model.ResourceListRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * Content lookups on the drive host: the GCID PikPak holds for a cid, what a magnet or URL contains before an
 * offline task is created, and archive listing and extraction. Paths and fields are rclone's ({@code
 * backend/pikpak}) unless a method says otherwise.
 */
public interface ResourceApi {
  /**
   * {@code GET /drive/v1/resource/cid?cid=&file_size=}: the GCID PikPak holds for content with this cid and size
   * (rclone {@code getGcid}; a zero size is refused by the server, "cid and file_size is required").
   *
   * @param cid the cid, 40 upper-case hex
   * @param fileSize the size in bytes, at least 1
   * @return the call
   */
  @GET("drive/v1/resource/cid")
  Call<CidLookup> gcidOfCid(@Query("cid") String cid, @Query("file_size") long fileSize);

  /**
   * {@code POST /drive/v1/resource/list}: what a magnet or URL contains (an rclone fork's {@code
   * requestResourceList}; pikpak-kotlin's probe sends the same body).
   *
   * @param body the URLs, page size and thumbnail type
   * @return the call
   */
  @POST("drive/v1/resource/list")
  Call<ResourceList> resourceList(@Body ResourceListRequest body);

  /**
   * {@code POST /decompress/v1/list}: the entries of an archive in the drive. The fields are rclone's types, which
   * rclone itself marks "NOT implemented YET"; pikpak-kotlin calls the path (protocol notes §5), but its stored
   * snapshot has no code to check the fields against.
   *
   * @param body the archive's GCID and id, the path inside it and the password
   * @return the call
   */
  @POST("decompress/v1/list")
  Call<ArchiveListing> archiveList(@Body ArchiveListRequest body);

  /**
   * {@code POST /decompress/v1/decompress}: extracts an archive next to itself (rclone {@code requestDecompress},
   * {@code default_parent: true}, no {@code files}: all of it).
   *
   * @param body the archive and password
   * @return the call
   */
  @POST("decompress/v1/decompress")
  Call<DecompressResponse> decompress(@Body DecompressRequest body);
}
