package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.AmbiguousWrites;
import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.Futures;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.model.BatchRequest;
import io.github.pikpak4j.api.model.CreateFolderRequest;
import io.github.pikpak4j.api.model.FileList;
import io.github.pikpak4j.api.model.RenameRequest;
import io.github.pikpak4j.api.paging.AsyncPager;
import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.async.AsyncDriveTask;
import io.github.pikpak4j.core.async.AsyncFiles;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.PlacedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The file operations, each written once in its async form (the blocking {@link FilesImpl} joins them): requests
 * through the executor's async path, path walks composed page after page over the path cache. Batch operations use
 * the requests, cache invalidation and placements of {@link BatchRunner}; their tasks are polled by {@link
 * AsyncDriveTaskImpl}.
 */
public final class AsyncFilesImpl implements AsyncFiles {
  private static final String ID_PREFIX = "id:";
  private static final String THUMBNAIL_SIZE = "SIZE_MEDIUM";

  private final DriveApi drive;
  private final ApiExecutor executor;
  private final String rootFolderId;
  private final int pageSize;
  private final PathCache cache;
  private final BatchRunner batches;

  /**
   * Creates the implementation.
   *
   * @param drive the Retrofit drive API
   * @param executor runs every call under the client's policies (waits scheduled)
   * @param rootFolderId the folder paths resolve below ({@code ""} = the drive's root)
   * @param pageSize items requested per page (the server may cap it)
   * @param pathCacheSize how many resolved paths to remember; 0 switches the cache off
   */
  public AsyncFilesImpl(DriveApi drive, ApiExecutor executor, String rootFolderId, int pageSize, int pathCacheSize) {
    this(drive, executor, rootFolderId, pageSize, new PathCache(pathCacheSize));
  }

  private AsyncFilesImpl(DriveApi drive, ApiExecutor executor, String rootFolderId, int pageSize, PathCache cache) {
    this.drive = drive;
    this.executor = executor;
    this.rootFolderId = rootFolderId;
    this.pageSize = pageSize;
    this.cache = cache;
    this.batches = new BatchRunner(drive, cache);
  }

  /**
   * Returns the same implementation, sharing this one's path cache, whose requests run on the calling thread
   * ({@link ApiExecutor#onCallingThread}): what the blocking view's reads join.
   *
   * @return the sibling
   */
  AsyncFilesImpl onCallingThread() {
    return new AsyncFilesImpl(drive, executor.onCallingThread(), rootFolderId, pageSize, cache);
  }

  /** The path cache, shared with the blocking view (for tests of this package). */
  PathCache pathCache() {
    return cache;
  }

  @Override
  public CompletableFuture<Page<FileEntry>> list(String folderId) {
    return list(folderId, "");
  }

  @Override
  public CompletableFuture<Page<FileEntry>> list(String folderId, String pageToken) {
    return page(folderId, pageToken, DriveApi.FILTER_COMPLETE_NOT_TRASHED);
  }

  /** One page of the trash; the blocking view pages through it. */
  CompletableFuture<Page<FileEntry>> trashPage(String pageToken) {
    return page("", pageToken, DriveApi.FILTER_TRASHED);
  }

  /** One page of the starred entries; the blocking view pages through it. */
  CompletableFuture<Page<FileEntry>> starredPage(String pageToken) {
    return page("*", pageToken, DriveApi.FILTER_STARRED);
  }

  private CompletableFuture<Page<FileEntry>> page(String folderId, String pageToken, String filter) {
    return Futures.call(
        () ->
            executor
                .executeAsync(drive.listFiles(folderId, pageSize, pageToken, filter, THUMBNAIL_SIZE, true))
                .thenApply(AsyncFilesImpl::toPage));
  }

  private static Page<FileEntry> toPage(FileList list) {
    List<FileEntry> items = new ArrayList<>(list.files().size());
    list.files().forEach(f -> items.add(Entries.toEntry(f)));
    return new Page<>(items, list.nextPageToken());
  }

  private static String key(List<String> names, int count) {
    return "/" + String.join("/", names.subList(0, count));
  }

  /**
   * The look-up of a create-folder whose answer was lost: a folder of exactly that name under the parent. A folder of
   * that name that existed before is found too (the create would have made {@code name(1)}).
   */
  private static Predicate<FileEntry> isFolderNamed(String name) {
    return e -> e.isFolder() && e.name().equals(name);
  }

  @Override
  public AsyncPager<FileEntry> listAll(String folderId) {
    return new AsyncPager<>(token -> list(folderId, token));
  }

  @Override
  public AsyncPager<FileEntry> listTrash() {
    return new AsyncPager<>(this::trashPage);
  }

  @Override
  public AsyncPager<FileEntry> listStarred() {
    return new AsyncPager<>(this::starredPage);
  }

  @Override
  public CompletableFuture<FileEntry> get(String id) {
    return Futures.call(
        () ->
            id.isEmpty()
                ? CompletableFuture.completedFuture(Entries.root(""))
                : executor.executeAsync(drive.getFile(id, "FETCH", "2021", THUMBNAIL_SIZE)).thenApply(Entries::toEntry));
  }

  @Override
  public CompletableFuture<FileEntry> resolve(String path) {
    return Futures.call(
        () -> {
          List<String> names = PathNames.parse(path);
          if (path.startsWith(ID_PREFIX)) {
            return get(path.substring(ID_PREFIX.length()));
          }
          String root = rootFolderId;
          if (names.isEmpty()) {
            return root.isEmpty() ? CompletableFuture.completedFuture(Entries.root("")) : get(root);
          }
          return fromCache(names)
              .thenCompose(remembered -> remembered.isPresent()
                  ? CompletableFuture.completedFuture(remembered.get())
                  : walkFromDeepestRemembered(names, root));
        });
  }

  /** A remembered id is trusted after a fresh fetch shows it still has that name and parent and is not trashed. */
  private CompletableFuture<Optional<FileEntry>> fromCache(List<String> names) {
    PathCache.Hit hit = cache.get(key(names, names.size()));
    if (hit == null) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return get(hit.id())
        .handle(
            (e, t) -> {
              if (t == null) {
                if (!e.trashed() && e.name().equals(hit.name()) && e.parentId().equals(hit.parentId())) {
                  return Optional.of(e);
                }
              } else if (!(Futures.unwrap(t) instanceof NotFoundException)) {
                throw new CompletionException(Futures.unwrap(t));
              }
              cache.invalidateIds(List.of(hit.id()));
              return Optional.empty();
            });
  }

  private CompletableFuture<FileEntry> walkFromDeepestRemembered(List<String> names, String root) {
    int start = 0;
    String folderId = root;
    for (int i = names.size() - 1; i > 0; i--) {
      PathCache.Hit hit = cache.get(key(names, i));
      if (hit != null && hit.folder()) {
        start = i;
        folderId = hit.id();
        break;
      }
    }
    return step(names, start, null, folderId);
  }

  /** One path element per step, each the first match of a lazily paged listing. */
  private CompletableFuture<FileEntry> step(
      List<String> names, int i, @Nullable FileEntry current, String startFolderId) {
    if (i == names.size() && current != null) {
      return CompletableFuture.completedFuture(current);
    }
    if (current != null && !current.isFolder()) {
      return CompletableFuture.failedFuture(new NotFoundException("not a folder: " + key(names, i)));
    }
    String parent = current == null ? startFolderId : current.id();
    String name = names.get(i);
    String walked = key(names, i + 1);
    return listAll(parent)
        .findFirst(e -> e.name().equals(name))
        .thenCompose(
            found -> {
              if (found.isEmpty()) {
                return CompletableFuture.failedFuture(new NotFoundException("no such path: " + walked));
              }
              cache.put(walked, found.get());
              return step(names, i + 1, found.get(), startFolderId);
            });
  }

  @Override
  public CompletableFuture<FileEntry> resolveTrashed(String path) {
    return Futures.call(
        () -> {
          List<String> names = PathNames.parse(path);
          if (path.startsWith(ID_PREFIX)) {
            return get(path.substring(ID_PREFIX.length()));
          }
          if (names.isEmpty()) {
            throw new InvalidInputException("the root folder cannot be in the trash");
          }
          String name = names.get(names.size() - 1);
          return resolve(key(names, names.size() - 1))
              .thenCompose(
                  parent ->
                      listTrash().findFirst(e -> e.name().equals(name) && e.parentId().equals(parent.id())))
              .thenApply(
                  found ->
                      found.orElseThrow(
                          () -> new NotFoundException("not in the trash: " + key(names, names.size()))));
        });
  }

  @Override
  public CompletableFuture<PlacedEntry> createFolder(String parentId, String name) {
    return Futures.call(
        () -> {
          DriveNames.validate(name);
          return AmbiguousWrites.sendAsync(
              executor,
              drive.createFolder(CreateFolderRequest.of(parentId, name)),
              r -> new PlacedEntry(Entries.toEntry(r.file()), name),
              () ->
                  listAll(parentId)
                      .findFirst(isFolderNamed(name))
                      .thenApply(found -> found.map(e -> new PlacedEntry(e, name))));
        });
  }

  @Override
  public CompletableFuture<FileEntry> mkdirs(String path) {
    return Futures.call(
        () -> {
          if (path.startsWith(ID_PREFIX)) {
            throw new InvalidInputException("mkdirs takes a path, not an id reference: " + path);
          }
          List<String> names = PathNames.parse(path);
          names.forEach(DriveNames::validate);
          return resolve("/").thenCompose(root -> mkdirsFrom(names, 0, root));
        });
  }

  private CompletableFuture<FileEntry> mkdirsFrom(List<String> names, int i, FileEntry current) {
    if (i == names.size()) {
      return CompletableFuture.completedFuture(current);
    }
    String walked = key(names, i + 1);
    return resolve(walked)
        .handle(
            (found, t) -> {
              if (t == null) {
                return CompletableFuture.completedFuture(found);
              }
              Throwable cause = Futures.unwrap(t);
              if (!(cause instanceof NotFoundException)) {
                return CompletableFuture.<FileEntry>failedFuture(cause);
              }
              return createFolder(current.id(), names.get(i))
                  .thenApply(
                      placed -> {
                        cache.put(walked, placed.entry());
                        return placed.entry();
                      });
            })
        .thenCompose(f -> f)
        .thenCompose(
            next ->
                next.isFolder()
                    ? mkdirsFrom(names, i + 1, next)
                    : CompletableFuture.failedFuture(new NotFoundException("not a folder: " + walked)));
  }

  @Override
  public CompletableFuture<FileEntry> rename(String id, String newName) {
    return Futures.call(
        () -> {
          if (id.isEmpty()) {
            throw new InvalidInputException("the root folder cannot be renamed");
          }
          DriveNames.validate(newName);
          return executor
              .executeAsync(drive.rename(id, new RenameRequest(newName)))
              .whenComplete((v, t) -> cache.invalidateIds(List.of(id)))
              .thenApply(Entries::toEntry);
        });
  }

  @Override
  public CompletableFuture<Void> star(List<String> ids) {
    return Futures.call(
        () ->
            executor
                .executeAsync(drive.star(BatchRequest.of(BatchOperation.trash(ids).ids())))
                .thenApply(v -> (Void) null));
  }

  @Override
  public CompletableFuture<Void> unstar(List<String> ids) {
    return Futures.call(
        () ->
            executor
                .executeAsync(drive.unstar(BatchRequest.of(BatchOperation.trash(ids).ids())))
                .thenApply(v -> (Void) null));
  }

  @Override
  public CompletableFuture<BatchResult> move(List<String> ids, String toFolderId) {
    return Futures.call(() -> run(BatchOperation.move(ids, toFolderId)));
  }

  @Override
  public CompletableFuture<BatchResult> copy(List<String> ids, String toFolderId) {
    return Futures.call(() -> run(BatchOperation.copy(ids, toFolderId)));
  }

  @Override
  public CompletableFuture<BatchResult> trash(List<String> ids) {
    return Futures.call(() -> run(BatchOperation.trash(ids)));
  }

  @Override
  public CompletableFuture<BatchResult> untrash(List<String> ids) {
    return Futures.call(() -> run(BatchOperation.untrash(ids)));
  }

  @Override
  public CompletableFuture<BatchResult> delete(List<String> ids) {
    return Futures.call(() -> run(BatchOperation.delete(ids)));
  }

  @Override
  public CompletableFuture<BatchResult> emptyTrash() {
    return Futures.call(() -> run(BatchOperation.emptyTrash()));
  }

  @Override
  public CompletableFuture<AsyncDriveTask> start(BatchOperation operation) {
    return Futures.call(() -> checkNotIntoItself(operation).thenCompose(v -> send(operation)));
  }

  /**
   * Sends, awaits and checks an operation, in this order: the destination's listing and the ids' states before, the
   * into-itself check and the request, the task awaited, the listing and the states after ({@link BatchCheck}).
   */
  private CompletableFuture<BatchResult> run(BatchOperation op) {
    String to = op.toFolderId();
    return destination(to)
        .thenCompose(
            before ->
                states(op)
                    .thenCompose(
                        statesBefore ->
                            start(op)
                                .thenCompose(AsyncDriveTask::await)
                                .thenCompose(
                                    status ->
                                        destination(to)
                                            .thenCompose(
                                                after ->
                                                    states(op)
                                                        .thenApply(
                                                            statesAfter ->
                                                                new BatchResult(
                                                                    op,
                                                                    status,
                                                                    to == null
                                                                        ? List.of()
                                                                        : BatchRunner.placements(op, before, after),
                                                                    BatchCheck.notDone(
                                                                        op, statesBefore, statesAfter, after)))))));
  }

  private CompletableFuture<Map<String, FileEntry>> destination(@Nullable String folderId) {
    return folderId == null ? CompletableFuture.completedFuture(Map.of()) : byId(folderId);
  }

  /** Each id's state, for the operations {@link BatchCheck} checks that way; the fetches in flight together. */
  private CompletableFuture<Map<String, BatchCheck.State>> states(BatchOperation op) {
    if (!BatchCheck.checksStates(op)) {
      return CompletableFuture.completedFuture(Map.of());
    }
    Map<String, BatchCheck.State> out = new ConcurrentHashMap<>();
    CompletableFuture<?>[] fetches =
        op.ids().stream()
            .map(
                id ->
                    get(id)
                        .handle(
                            (e, t) -> {
                              if (t == null) {
                                return BatchCheck.of(e);
                              }
                              Throwable cause = Futures.unwrap(t);
                              if (cause instanceof NotFoundException) {
                                return BatchCheck.State.MISSING;
                              }
                              throw new CompletionException(cause);
                            })
                        .thenAccept(state -> out.put(id, state)))
            .toArray(CompletableFuture<?>[]::new);
    return CompletableFuture.allOf(fetches).thenApply(v -> Map.copyOf(out));
  }

  private CompletableFuture<Map<String, FileEntry>> byId(String folderId) {
    return listAll(folderId).toList().thenApply(BatchRunner::byId);
  }

  /** Sends the operation (checked already) and forgets the paths it may change, even on failure. */
  private CompletableFuture<AsyncDriveTask> send(BatchOperation op) {
    return executor
        .executeAsync(batches.call(op))
        .whenComplete((r, t) -> batches.invalidate(op))
        .thenApply(r -> new AsyncDriveTaskImpl(drive, executor, executor.scheduler(), r.taskId(), op));
  }

  /** Walks up from the destination ({@link BatchRunner.IntoItselfWalk}), one folder fetched per step. */
  private CompletableFuture<Void> checkNotIntoItself(BatchOperation op) {
    String to = op.toFolderId();
    return to == null
        ? CompletableFuture.completedFuture(null)
        : walkUp(new BatchRunner.IntoItselfWalk(op), to, 0);
  }

  private CompletableFuture<Void> walkUp(BatchRunner.IntoItselfWalk walk, String current, int depth) {
    if (!walk.goesOn(current, depth)) {
      return CompletableFuture.completedFuture(null);
    }
    return get(current).thenCompose(e -> walkUp(walk, walk.up(e, depth), depth + 1));
  }
}
