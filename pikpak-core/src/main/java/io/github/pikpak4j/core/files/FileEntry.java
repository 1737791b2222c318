package io.github.pikpak4j.core.files;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the drive: a file or a folder, as the server reported it when it was fetched.
 *
 * <pre>{@code
 * FileEntry e = client.files().resolve("/My Pack/movie.mkv");
 * System.out.println(e.name() + " " + e.size() + " bytes, GCID " + e.hash());
 * }</pre>
 *
 * @param id the opaque file id; {@code ""} for the drive's root folder
 * @param name the name (for the root, {@code ""})
 * @param kind file or folder
 * @param size the size in bytes; 0 for folders
 * @param hash the GCID (40 upper-case hex characters) of a file, or {@code null} for folders or when not reported
 * @param parentId the id of the parent folder ({@code ""} = the root); {@code ""} for the root itself
 * @param createdTime when the entry was created, when reported
 * @param modifiedTime when the entry was last modified, when reported
 * @param mimeType the MIME type, when reported
 * @param trashed whether the entry is in the trash
 * @param starred whether the entry is starred
 */
public record FileEntry(
    String id,
    String name,
    FileKind kind,
    long size,
    @Nullable String hash,
    String parentId,
    @Nullable Instant createdTime,
    @Nullable Instant modifiedTime,
    @Nullable String mimeType,
    boolean trashed,
    boolean starred) {

  /** {@return whether this entry is a folder} */
  public boolean isFolder() {
    return kind == FileKind.FOLDER;
  }

  /** {@return whether this entry is a file} */
  public boolean isFile() {
    return kind == FileKind.FILE;
  }
}
