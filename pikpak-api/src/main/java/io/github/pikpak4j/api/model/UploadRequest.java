package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * Body of the upload create call, {@code POST /drive/v1/files} (protocol §7.1). {@code size} is
 * sent as a JSON number, {@code objProvider} with its camelCase key.
 *
 * @param kind always {@code drive#file}
 * @param name the file name
 * @param size the size in bytes
 * @param hash the GCID, 40 hexadecimal characters (sent upper case)
 * @param uploadType always {@code UPLOAD_TYPE_RESUMABLE}
 * @param objProvider {@code {"provider":"UPLOAD_TYPE_UNKNOWN"}}
 * @param parentId the target folder id, {@code ""} for the root
 * @param folderType always {@code NORMAL}
 */
public record UploadRequest(
    String kind,
    String name,
    long size,
    String hash,
    @Json(name = "upload_type") String uploadType,
    @Json(name = "objProvider") Map<String, String> objProvider,
    @Json(name = "parent_id") String parentId,
    @Json(name = "folder_type") String folderType) {

  /** The {@code upload_type} of uploads through OSS. */
  public static final String UPLOAD_TYPE_RESUMABLE = "UPLOAD_TYPE_RESUMABLE";

  /**
   * Normalises absent values to {@code ""} and an empty provider map.
   *
   * @param kind always {@code drive#file}
   * @param name the file name
   * @param size the size in bytes
   * @param hash the GCID, 40 hexadecimal characters (sent upper case)
   * @param uploadType always {@code UPLOAD_TYPE_RESUMABLE}
   * @param objProvider {@code {"provider":"UPLOAD_TYPE_UNKNOWN"}}
   * @param parentId the target folder id, {@code ""} for the root
   * @param folderType always {@code NORMAL}
   */
  public UploadRequest {
    kind = Values.str(kind);
    name = Values.str(name);
    hash = Values.str(hash);
    uploadType = Values.str(uploadType);
    objProvider = Values.map(objProvider);
    parentId = Values.str(parentId);
    folderType = Values.str(folderType);
  }

  /**
   * Creates the usual request.
   *
   * @param parentId the target folder id, {@code ""} for the root
   * @param name the file name
   * @param size the size in bytes
   * @param gcid the GCID (any case; sent upper case)
   * @return the request
   */
  public static UploadRequest of(String parentId, String name, long size, String gcid) {
    return new UploadRequest(
        DriveFile.KIND_FILE,
        name,
        size,
        gcid.toUpperCase(java.util.Locale.ROOT),
        UPLOAD_TYPE_RESUMABLE,
        Map.of("provider", "UPLOAD_TYPE_UNKNOWN"),
        parentId,
        "NORMAL");
  }
}
