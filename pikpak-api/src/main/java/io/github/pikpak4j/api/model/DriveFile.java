package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A file or folder of the drive (protocol §5.1). {@code size} is an int-string on the wire.
 *
 * @param id the file id; required (the root folder is {@code ""})
 * @param kind {@code drive#folder} or {@code drive#file}; required
 * @param name the name; required
 * @param parentId the parent folder id, or {@code null}
 * @param size the size in bytes, {@code 0} for folders or when absent
 * @param hash the GCID (40 hex characters), or {@code null}
 * @param createdTime when the file was created, or {@code null}
 * @param modifiedTime when the file was last modified, or {@code null}
 * @param mimeType the MIME type, or {@code null}
 * @param webContentLink a signed URL of the original bytes, or {@code null}
 * @param links signed links keyed by MIME type ({@code application/octet-stream}); empty when
 *     none
 * @param medias playback renditions; empty when none
 * @param trashed whether the file is in the trash
 * @param starred whether the file is starred
 * @param phase the phase, for example {@code PHASE_TYPE_COMPLETE}, or {@code null}
 * @param md5Checksum the MD5 checksum (often empty), or {@code null}
 * @param thumbnailLink the thumbnail URL, or {@code null}
 * @param iconLink the icon URL, or {@code null}
 * @param space the space, or {@code null}
 */
public record DriveFile(
    @Required String id,
    @Required String kind,
    @Required String name,
    @Json(name = "parent_id") @Nullable String parentId,
    long size,
    @Nullable String hash,
    @Json(name = "created_time") @Nullable Instant createdTime,
    @Json(name = "modified_time") @Nullable Instant modifiedTime,
    @Json(name = "mime_type") @Nullable String mimeType,
    @Json(name = "web_content_link") @Nullable String webContentLink,
    Map<String, FileLink> links,
    List<Media> medias,
    boolean trashed,
    boolean starred,
    @Nullable String phase,
    @Json(name = "md5_checksum") @Nullable String md5Checksum,
    @Json(name = "thumbnail_link") @Nullable String thumbnailLink,
    @Json(name = "icon_link") @Nullable String iconLink,
    @Nullable String space) {

  /** The {@code kind} of folders. */
  public static final String KIND_FOLDER = "drive#folder";

  /** The {@code kind} of files. */
  public static final String KIND_FILE = "drive#file";

  /** The MIME-type key of the original-bytes link in {@link #links()}. */
  public static final String OCTET_STREAM = "application/octet-stream";

  /**
   * Normalises absent strings to {@code ""} and absent links and medias to empty.
   *
   * @param id the file id; required (the root folder is {@code ""})
   * @param kind {@code drive#folder} or {@code drive#file}; required
   * @param name the name; required
   * @param parentId the parent folder id, or {@code null}
   * @param size the size in bytes, {@code 0} for folders or when absent
   * @param hash the GCID (40 hex characters), or {@code null}
   * @param createdTime when the file was created, or {@code null}
   * @param modifiedTime when the file was last modified, or {@code null}
   * @param mimeType the MIME type, or {@code null}
   * @param webContentLink a signed URL of the original bytes, or {@code null}
   * @param links signed links keyed by MIME type ({@code application/octet-stream}); empty when
   *     none
   * @param medias playback renditions; empty when none
   * @param trashed whether the file is in the trash
   * @param starred whether the file is starred
   * @param phase the phase, for example {@code PHASE_TYPE_COMPLETE}, or {@code null}
   * @param md5Checksum the MD5 checksum (often empty), or {@code null}
   * @param thumbnailLink the thumbnail URL, or {@code null}
   * @param iconLink the icon URL, or {@code null}
   * @param space the space, or {@code null}
   */
  public DriveFile {
    id = Values.str(id);
    kind = Values.str(kind);
    name = Values.str(name);
    links = Values.map(links);
    medias = Values.list(medias);
  }

  /**
   * Creates a file with the main fields and no extras.
   *
   * @param id the file id
   * @param kind {@code drive#folder} or {@code drive#file}
   * @param name the name
   * @param parentId the parent folder id, or {@code null}
   * @param size the size in bytes
   * @param hash the GCID, or {@code null}
   * @param createdTime the creation time, or {@code null}
   * @param modifiedTime the modification time, or {@code null}
   * @param mimeType the MIME type, or {@code null}
   * @param webContentLink a signed URL of the original bytes, or {@code null}
   * @param links signed links keyed by MIME type
   * @param medias playback renditions
   * @param trashed whether the file is in the trash
   * @param starred whether the file is starred
   * @param phase the phase, or {@code null}
   */
  public DriveFile(
      String id,
      String kind,
      String name,
      @Nullable String parentId,
      long size,
      @Nullable String hash,
      @Nullable Instant createdTime,
      @Nullable Instant modifiedTime,
      @Nullable String mimeType,
      @Nullable String webContentLink,
      Map<String, FileLink> links,
      List<Media> medias,
      boolean trashed,
      boolean starred,
      @Nullable String phase) {
    this(id, kind, name, parentId, size, hash, createdTime, modifiedTime, mimeType,
        webContentLink, links, medias, trashed, starred, phase, null, null, null, null);
  }

  /**
   * Returns whether this is a folder.
   *
   * @return {@code true} when {@code kind} is {@code drive#folder}
   */
  public boolean isFolder() {
    return KIND_FOLDER.equals(kind);
  }
}
