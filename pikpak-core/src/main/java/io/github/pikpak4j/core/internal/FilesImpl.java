package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.AmbiguousWrites;
import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.model.BatchRequest;
import io.github.pikpak4j.api.model.CreateFolderRequest;
import io.github.pikpak4j.api.model.DriveFile;
import io.github.pikpak4j.api.model.FileList;
import io.github.pikpak4j.api.model.RenameRequest;
import io.github.pikpak4j.api.paging.AutoPager;
import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.DriveTask;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import io.github.pikpak4j.core.files.PlacedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import retrofit2.Call;

/** The {@link Files} implementation over the drive API. */
public final class FilesImpl implements Files {
  /** The listing filter every PikPak client sends: completed, not trashed. */
  public static final String FILTER_COMPLETE_NOT_TRASHED =
      "{\"phase\":{\"eq\":\"PHASE_TYPE_COMPLETE\"},\"trashed\":{\"eq\":false}}";

  private static final String THUMBNAIL_SIZE = "SIZE_MEDIUM";
  private static final String ID_PREFIX = "id:";

  private final DriveApi drive;
  private final ApiExecutor executor;
  private final String rootFolderId;
  private final int pageSize;
  private final PathCache cache;
  private final BatchRunner batches;

  /**
   * Creates the implementation with the default path cache.
   *
   * @param drive the Retrofit drive API
   * @param executor runs every call under the client's policies
   * @param rootFolderId the folder paths resolve below ({@code ""} = the drive's root)
   * @param pageSize items requested per page (the server may cap it)
   */
  public FilesImpl(DriveApi drive, ApiExecutor executor, String rootFolderId, int pageSize) {
    this(drive, executor, rootFolderId, pageSize, PathCache.DEFAULT_MAX_ENTRIES);
  }

  /**
   * Creates the implementation.
   *
   * @param drive the Retrofit drive API
   * @param executor runs every call under the client's policies
   * @param rootFolderId the folder paths resolve below ({@code ""} = the drive's root)
   * @param pageSize items requested per page (the server may cap it)
   * @param pathCacheSize how many resolved paths to remember; 0 switches the cache off
   */
  public FilesImpl(
      DriveApi drive, ApiExecutor executor, String rootFolderId, int pageSize, int pathCacheSize) {
    this.drive = drive;
    this.executor = executor;
    this.rootFolderId = rootFolderId;
    this.pageSize = pageSize;
    this.cache = new PathCache(pathCacheSize);
    this.batches = new BatchRunner(drive, executor, this, cache);
  }

  /** The path cache, for tests of this package. */
  PathCache pathCache() {
    return cache;
  }

  @Override
  public Page<FileEntry> list(String folderId) {
    return list(folderId, "");
  }

  @Override
  public Page<FileEntry> list(String folderId, String pageToken) {
    return page(folderId, pageToken, FILTER_COMPLETE_NOT_TRASHED);
  }

  private Page<FileEntry> page(String folderId, String pageToken, String filter) {
    return toPage(executor.execute(listCall(folderId, pageToken, filter)));
  }

  /** The batch runner; shared with the async view. */
  BatchRunner batches() {
    return batches;
  }

  /** The listing request; shared with the async view. */
  Call<FileList> listCall(String folderId, String pageToken, String filter) {
    return drive.listFiles(folderId, pageSize, pageToken, filter, THUMBNAIL_SIZE, true);
  }

  /** The get request; shared with the async view. */
  Call<DriveFile> getCall(String id) {
    return drive.getFile(id, "FETCH", "2021", THUMBNAIL_SIZE);
  }

  /** The folder paths resolve below; shared with the async view. */
  String rootFolderId() {
    return rootFolderId;
  }

  /** Maps one listed page; shared with the async view. */
  static Page<FileEntry> toPage(FileList list) {
    List<FileEntry> items = new ArrayList<>(list.files().size());
    list.files().forEach(f -> items.add(Entries.toEntry(f)));
    return new Page<>(items, list.nextPageToken());
  }

  @Override
  public AutoPager<FileEntry> listAll(String folderId) {
    return new AutoPager<>(token -> list(folderId, token));
  }

  @Override
  public AutoPager<FileEntry> listTrash() {
    return new AutoPager<>(token -> page("", token, DriveApi.FILTER_TRASHED));
  }

  @Override
  public AutoPager<FileEntry> listStarred() {
    return new AutoPager<>(token -> page("*", token, DriveApi.FILTER_STARRED));
  }

  @Override
  public FileEntry get(String id) {
    if (id.isEmpty()) {
      return Entries.root("");
    }
    return Entries.toEntry(executor.execute(getCall(id)));
  }

  @Override
  public FileEntry resolve(String path) {
    List<String> names = PathNames.parse(path);
    if (path.startsWith(ID_PREFIX)) {
      return get(path.substring(ID_PREFIX.length()));
    }
    if (names.isEmpty()) {
      return rootFolderId.isEmpty() ? Entries.root("") : get(rootFolderId);
    }
    Optional<FileEntry> remembered = fromCache(names);
    if (remembered.isPresent()) {
      return remembered.get();
    }
    // Start from the deepest remembered folder above the target, else from the root folder.
    int start = 0;
    String folderId = rootFolderId;
    for (int i = names.size() - 1; i > 0; i--) {
      PathCache.Hit hit = cache.get(key(names, i));
      if (hit != null && hit.folder()) {
        start = i;
        folderId = hit.id();
        break;
      }
    }
    FileEntry current = null;
    for (int i = start; i < names.size(); i++) {
      if (current != null && !current.isFolder()) {
        throw new NotFoundException("not a folder: " + key(names, i));
      }
      String parent = current == null ? folderId : current.id();
      String name = names.get(i);
      String walked = key(names, i + 1);
      current = findChild(parent, name).orElseThrow(() -> new NotFoundException("no such path: " + walked));
      cache.put(walked, current);
    }
    return current;
  }

  /** A remembered id is trusted after a fresh fetch shows it still has that name and parent and is not trashed. */
  private Optional<FileEntry> fromCache(List<String> names) {
    String key = key(names, names.size());
    PathCache.Hit hit = cache.get(key);
    if (hit == null) {
      return Optional.empty();
    }
    try {
      FileEntry e = get(hit.id());
      if (!e.trashed() && e.name().equals(hit.name()) && e.parentId().equals(hit.parentId())) {
        return Optional.of(e);
      }
    } catch (NotFoundException gone) {
      // changed by another client: walk again
    }
    cache.invalidateIds(List.of(hit.id()));
    return Optional.empty();
  }

  static String key(List<String> names, int count) {
    return "/" + String.join("/", names.subList(0, count));
  }

  private Optional<FileEntry> findChild(String folderId, String name) {
    return listAll(folderId).stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Override
  public FileEntry resolveTrashed(String path) {
    List<String> names = PathNames.parse(path);
    if (path.startsWith(ID_PREFIX)) {
      return get(path.substring(ID_PREFIX.length()));
    }
    if (names.isEmpty()) {
      throw new InvalidInputException("the root folder cannot be in the trash");
    }
    String name = names.get(names.size() - 1);
    FileEntry parent = resolve(key(names, names.size() - 1));
    return listTrash().stream()
        .filter(e -> e.name().equals(name) && e.parentId().equals(parent.id()))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("not in the trash: " + key(names, names.size())));
  }

  @Override
  public PlacedEntry createFolder(String parentId, String name) {
    DriveNames.validate(name);
    return AmbiguousWrites.send(
        executor,
        drive.createFolder(CreateFolderRequest.of(parentId, name)),
        r -> new PlacedEntry(Entries.toEntry(r.file()), name),
        () -> listAll(parentId).stream().filter(isFolderNamed(name)).findFirst().map(e -> new PlacedEntry(e, name)));
  }

  /**
   * The look-up of a create-folder whose answer was lost: a folder of exactly that name under the parent. A folder of
   * that name that existed before is found too (the create would have made {@code name(1)}); shared with the async
   * view.
   */
  static Predicate<FileEntry> isFolderNamed(String name) {
    return e -> e.isFolder() && e.name().equals(name);
  }

  @Override
  public FileEntry mkdirs(String path) {
    if (path.startsWith(ID_PREFIX)) {
      throw new InvalidInputException("mkdirs takes a path, not an id reference: " + path);
    }
    List<String> names = PathNames.parse(path);
    names.forEach(DriveNames::validate);
    FileEntry current = resolve("/");
    for (int i = 0; i < names.size(); i++) {
      String walked = key(names, i + 1);
      FileEntry next;
      try {
        next = resolve(walked);
      } catch (NotFoundException missing) {
        next = createFolder(current.id(), names.get(i)).entry();
        cache.put(walked, next);
      }
      if (!next.isFolder()) {
        throw new NotFoundException("not a folder: " + walked);
      }
      current = next;
    }
    return current;
  }

  @Override
  public FileEntry rename(String id, String newName) {
    if (id.isEmpty()) {
      throw new InvalidInputException("the root folder cannot be renamed");
    }
    DriveNames.validate(newName);
    try {
      return Entries.toEntry(executor.execute(drive.rename(id, new RenameRequest(newName))));
    } finally {
      cache.invalidateIds(List.of(id));
    }
  }

  @Override
  public BatchResult move(List<String> ids, String toFolderId) {
    return batches.run(BatchOperation.move(ids, toFolderId));
  }

  @Override
  public BatchResult copy(List<String> ids, String toFolderId) {
    return batches.run(BatchOperation.copy(ids, toFolderId));
  }

  @Override
  public BatchResult trash(List<String> ids) {
    return batches.run(BatchOperation.trash(ids));
  }

  @Override
  public BatchResult untrash(List<String> ids) {
    return batches.run(BatchOperation.untrash(ids));
  }

  @Override
  public BatchResult delete(List<String> ids) {
    return batches.run(BatchOperation.delete(ids));
  }

  @Override
  public BatchResult emptyTrash() {
    return batches.run(BatchOperation.emptyTrash());
  }

  @Override
  public DriveTask start(BatchOperation operation) {
    return batches.start(operation);
  }

  @Override
  public void star(List<String> ids) {
    executor.execute(drive.star(BatchRequest.of(BatchOperation.trash(ids).ids())));
  }

  @Override
  public void unstar(List<String> ids) {
    executor.execute(drive.unstar(BatchRequest.of(BatchOperation.trash(ids).ids())));
  }
}
