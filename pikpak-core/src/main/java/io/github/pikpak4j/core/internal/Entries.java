package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.FileKind;


/** Maps the raw API model to the facade's {@link FileEntry}. */
final class Entries {
  private Entries() {}

  static FileEntry toEntry(DriveFile f) {
    FileKind kind = f.isFolder() ? FileKind.FOLDER : FileKind.FILE;
    String hash = f.hash() == null || f.hash().isEmpty() ? null : f.hash();
    return new FileEntry(
        f.id(),
        f.name(),
        kind,
        kind == FileKind.FOLDER ? 0 : f.size(),
        hash,
        f.parentId() == null ? "" : f.parentId(),
        f.createdTime(),
        f.modifiedTime(),
        f.mimeType(),
        f.trashed(),
        f.starred());
  }

  static FileEntry root(String id) {
    return new FileEntry(id, "", FileKind.FOLDER, 0, null, "", null, null, null, false, false);
  }
}
