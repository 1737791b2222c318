package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /drive/v1/files} that creates an offline task (protocol §8.1): {@code
 * kind=drive#file}, {@code upload_type=UPLOAD_TYPE_URL}.
 *
 * <pre>{@code
 * UrlTaskRequest body = UrlTaskRequest.of("magnet:?xt=urn:btih:...", "", null);
 * }</pre>
 *
 * @param kind always {@code drive#file}
 * @param uploadType always {@code UPLOAD_TYPE_URL}
 * @param url the link, as {@code {"url": "..."}}
 * @param name the custom name, {@code ""} to keep the server's
 * @param parentId the target folder, or {@code null} (omitted) for PikPak's default download
 *     folder
 * @param folderType {@code ""} with a parent, {@code DOWNLOAD} without one
 */
public record UrlTaskRequest(
    String kind,
    @Json(name = "upload_type") String uploadType,
    Link url,
    String name,
    @Json(name = "parent_id") @Nullable String parentId,
    @Json(name = "folder_type") String folderType) {

  /** The {@code upload_type} of offline tasks. */
  public static final String UPLOAD_TYPE_URL = "UPLOAD_TYPE_URL";

  /** The {@code folder_type} sent without a parent: the result lands in "My Pack". */
  public static final String FOLDER_TYPE_DOWNLOAD = "DOWNLOAD";

  /**
   * The link object, {@code {"url": "..."}}.
   *
   * @param url the link text
   */
  public record Link(String url) {}

  /**
   * Builds the body.
   *
   * @param url the link text
   * @param name the custom name, or {@code ""} to keep the server's
   * @param parentId the target folder id, or {@code null} for the default download folder
   * @return the body, with {@code folder_type} chosen from {@code parentId}
   */
  public static UrlTaskRequest of(String url, String name, @Nullable String parentId) {
    return new UrlTaskRequest(
        DriveFile.KIND_FILE,
        UPLOAD_TYPE_URL,
        new Link(url),
        name,
        parentId,
        parentId == null ? FOLDER_TYPE_DOWNLOAD : "");
  }
}
