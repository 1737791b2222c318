package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.model.DriveFile;
import org.jspecify.annotations.Nullable;

/**
 * The drive file or folder a completed offline task produced.
 *
 * @param id the file id
 * @param name the name
 * @param folder whether it is a folder (a torrent with several files)
 * @param size the size in bytes ({@code 0} for folders)
 * @param hash the GCID, or {@code ""} when unknown
 * @param parentId the folder it is in, or {@code ""} when unknown
 * @param mimeType the MIME type, or {@code ""} when unknown
 */
public record TaskFile(
    String id, String name, boolean folder, long size, String hash, String parentId, String mimeType) {

  /**
   * Maps the drive API's file.
   *
   * @param f the file
   * @return the task file
   */
  public static TaskFile of(DriveFile f) {
    return new TaskFile(
        f.id(), f.name(), f.isFolder(), f.size(), nz(f.hash()), nz(f.parentId()), nz(f.mimeType()));
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }
}
