package io.github.pikpak4j.api;

import io.github.pikpak4j.api.model.UploadRequest;
import io.github.pikpak4j.api.model.UploadResponse;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The upload create call of the drive API (protocol §7.1, §7.2), the raw contract. Build it on the
 * shared converter stack:
 *
 * <pre>{@code
 * UploadApi api = PikPakApis.retrofit(driveBaseUrl, client).create(UploadApi.class);
 * UploadResponse r = executor.execute(api.create(UploadRequest.of(parentId, "a.bin", size, gcid)));
 * if (r.isInstant()) { ... } // no byte to send
 * }</pre>
 *
 * <p>The call is not idempotent: a replay after it may have reached the server creates a second
 * file ({@code name(1)}).
 */
public interface UploadApi {

  /**
   * Creates a file for upload, {@code POST /drive/v1/files} with {@code upload_type}
   * {@code UPLOAD_TYPE_RESUMABLE}.
   *
   * @param request name, size, GCID and target folder
   * @return the answer: the file, and OSS parameters unless the upload is instant
   */
  @POST("drive/v1/files")
  Call<UploadResponse> create(@Body UploadRequest request);
}
