package io.github.pikpak4j.share;

import io.github.pikpak4j.api.model.DriveFile;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A file or folder inside a share. Shared entries have no creation time and no hash.
 *
 * @param id the id inside the share (use it as a folder to list, a file to link, or to save)
 * @param name the name
 * @param folder whether this is a folder
 * @param size the size in bytes ({@code 0} for folders)
 * @param parentId the parent's id as the server reports it ({@code ""} when absent; for top-level
 *     entries this is the owner's folder, which a reader cannot open)
 * @param modifiedTime when it was last modified, or {@code null}
 * @param mimeType the MIME type, or {@code null}
 */
public record ShareEntry(
    String id,
    String name,
    boolean folder,
    long size,
    String parentId,
    @Nullable Instant modifiedTime,
    @Nullable String mimeType) {

  static ShareEntry of(DriveFile f) {
    return new ShareEntry(
        f.id(), f.name(), f.isFolder(), f.isFolder() ? 0 : f.size(),
        f.parentId() == null ? "" : f.parentId(), f.modifiedTime(), f.mimeType());
  }

  /**
   * Returns the modification time.
   *
   * @return the time, or empty when the server sent none
   */
  public Optional<Instant> modified() {
    return Optional.ofNullable(modifiedTime);
  }
}
