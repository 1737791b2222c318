package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.resource.ArchivedFile;
import io.github.pikpak4j.core.resource.Extraction;
import io.github.pikpak4j.core.resource.Resources;
import io.github.pikpak4j.core.resource.UrlContent;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The blocking {@link Resources}: each call joins its one async implementation in {@link ResourceOperations}. */
public final class ResourcesImpl implements Resources {
  private final ResourceOperations ops;

  /**
   * Creates the view.
   *
   * @param ops the operations
   */
  public ResourcesImpl(ResourceOperations ops) {
    this.ops = ops;
  }

  @Override
  public Optional<String> gcidOfCid(String cid, long size) {
    return Joins.join(ops.gcidOfCid(cid, size));
  }

  @Override
  public UrlContent preview(String url) {
    return Joins.join(ops.preview(url));
  }

  @Override
  public List<ArchivedFile> listArchive(FileEntry archive, @Nullable String password) {
    return Joins.join(ops.listArchive(archive, password));
  }

  @Override
  public Extraction extract(FileEntry archive, @Nullable String password) {
    return Joins.join(ops.extract(archive, password));
  }

  @Override
  public FileEntry createFromGcid(String parentId, String name, long size, String gcid) {
    return Joins.join(ops.createFromGcid(parentId, name, size, gcid));
  }

  @Override
  public List<FileEntry> createSelected(String parentId, UrlContent content, List<Integer> indexes) {
    return Joins.join(ops.createSelected(parentId, content, indexes));
  }

  @Override
  public List<FileEntry> search(String folderId, String keyword) {
    return Joins.join(ops.search(folderId, keyword));
  }
}
