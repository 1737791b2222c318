package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;

/**
 * Body of {@code POST /decompress/v1/list} (rclone {@code RequestArchiveFileList}).
 *
 * @param gcid the archive's GCID ({@code hash} of the file)
 * @param path the folder inside the archive, {@code ""} for its root
 * @param password the archive's password, {@code ""} for none
 * @param fileId the archive's file id
 */
public record ArchiveListRequest(String gcid, String path, String password, @Json(name = "file_id") String fileId) {
  /** Returns a description with the password masked. */
  @Override
  public String toString() {
    return "ArchiveListRequest[gcid=" + gcid + ", path=" + path + ", password=" + Values.mask(password)
        + ", fileId=" + fileId + "]";
  }
}

