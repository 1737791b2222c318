package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;

/**
 * Body of {@code POST /drive/v1/files} creating a folder (protocol §5.6):
 * {@code {"kind":"drive#folder","parent_id":"<id>","name":"<name>"}}. Not idempotent: a replay can
 * create {@code name(1)}.
 *
 * @param kind always {@link DriveFile#KIND_FOLDER}
 * @param parentId the parent folder id, {@code ""} for the root
 * @param name the new folder's name
 */
public record CreateFolderRequest(String kind, @Json(name = "parent_id") String parentId, String name) {

  /**
   * Creates the body for a folder named {@code name} in {@code parentId}.
   *
   * @param parentId the parent folder id, {@code ""} for the root
   * @param name the folder name
   * @return the body
   */
  public static CreateFolderRequest of(String parentId, String name) {
    return new CreateFolderRequest(DriveFile.KIND_FOLDER, parentId, name);
  }
}
