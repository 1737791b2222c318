package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.paging.AutoPager;
import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.DriveTask;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import io.github.pikpak4j.core.files.PlacedEntry;
import java.util.List;

/**
 * The blocking {@link Files}: each call joins its one async implementation in {@link AsyncFilesImpl} (same requests,
 * path cache, ambiguous-write look-ups and batch checks); listings page through it one joined page at a time.
 *
 * <p>Reads (listings, {@code get}, {@code resolve}) join the implementation's {@linkplain
 * AsyncFilesImpl#onCallingThread calling-thread sibling}: their requests run on the caller's thread instead of being
 * handed to OkHttp's dispatcher and waited for, which took about a fifth of a 10,000-folder walk (listing benchmark).
 * Writes and task polls keep the async path, whose waits are scheduled.
 */
public final class FilesImpl implements Files {
  private final AsyncFilesImpl async;
  private final AsyncFilesImpl reads;

  /**
   * Creates the view.
   *
   * @param async the async implementation
   */
  public FilesImpl(AsyncFilesImpl async) {
    this.async = async;
    this.reads = async.onCallingThread();
  }

  /** The async implementation this view joins. */
  public AsyncFilesImpl async() {
    return async;
  }

  /** The path cache, for tests of this package. */
  PathCache pathCache() {
    return async.pathCache();
  }

  @Override
  public Page<FileEntry> list(String folderId) {
    return Joins.join(reads.list(folderId));
  }

  @Override
  public Page<FileEntry> list(String folderId, String pageToken) {
    return Joins.join(reads.list(folderId, pageToken));
  }

  @Override
  public AutoPager<FileEntry> listAll(String folderId) {
    return new AutoPager<>(token -> list(folderId, token));
  }

  @Override
  public AutoPager<FileEntry> listTrash() {
    return new AutoPager<>(token -> Joins.join(reads.trashPage(token)));
  }

  @Override
  public AutoPager<FileEntry> listStarred() {
    return new AutoPager<>(token -> Joins.join(reads.starredPage(token)));
  }

  @Override
  public FileEntry get(String id) {
    return Joins.join(reads.get(id));
  }

  @Override
  public FileEntry resolve(String path) {
    return Joins.join(reads.resolve(path));
  }

  @Override
  public FileEntry resolveTrashed(String path) {
    return Joins.join(reads.resolveTrashed(path));
  }

  @Override
  public PlacedEntry createFolder(String parentId, String name) {
    return Joins.join(async.createFolder(parentId, name));
  }

  @Override
  public FileEntry mkdirs(String path) {
    return Joins.join(async.mkdirs(path));
  }

  @Override
  public FileEntry rename(String id, String newName) {
    return Joins.join(async.rename(id, newName));
  }

  @Override
  public BatchResult move(List<String> ids, String toFolderId) {
    return Joins.join(async.move(ids, toFolderId));
  }

  @Override
  public BatchResult copy(List<String> ids, String toFolderId) {
    return Joins.join(async.copy(ids, toFolderId));
  }

  @Override
  public BatchResult trash(List<String> ids) {
    return Joins.join(async.trash(ids));
  }

  @Override
  public BatchResult untrash(List<String> ids) {
    return Joins.join(async.untrash(ids));
  }

  @Override
  public BatchResult delete(List<String> ids) {
    return Joins.join(async.delete(ids));
  }

  @Override
  public BatchResult emptyTrash() {
    return Joins.join(async.emptyTrash());
  }

  @Override
  public DriveTask start(BatchOperation operation) {
    return new DriveTaskImpl(Joins.join(async.start(operation)));
  }

  @Override
  public void star(List<String> ids) {
    Joins.join(async.star(ids));
  }

  @Override
  public void unstar(List<String> ids) {
    Joins.join(async.unstar(ids));
  }
}
