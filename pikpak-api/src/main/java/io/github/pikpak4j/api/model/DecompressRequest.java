package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * Body of {@code POST /decompress/v1/decompress} (rclone {@code RequestDecompress}).
 *
 * @param gcid the archive's GCID
 * @param password the password, {@code ""} for none
 * @param fileId the archive's file id
 * @param files the entries to extract; empty for all
 * @param defaultParent {@code true}: extract next to the archive
 */
public record DecompressRequest(
    String gcid,
    String password,
    @Json(name = "file_id") String fileId,
    List<ArchiveEntry> files,
    @Json(name = "default_parent") boolean defaultParent) {

  /**
   * Copies the entries.
   *
   * @param gcid the archive's GCID
   * @param password the password, {@code ""} for none
   * @param fileId the archive's file id
   * @param files the entries to extract; empty for all
   * @param defaultParent {@code true}: extract next to the archive
   */
  public DecompressRequest {
    files = List.copyOf(files);
  }

  /** Returns a description with the password masked. */
  @Override
  public String toString() {
    return "DecompressRequest[gcid=" + gcid + ", password=" + Values.mask(password) + ", fileId=" + fileId
        + ", files=" + files + ", defaultParent=" + defaultParent + "]";
  }
}
