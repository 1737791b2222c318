package io.github.pikpak4j.core.async;

import io.github.pikpak4j.api.paging.AsyncPager;
import io.github.pikpak4j.api.paging.Page;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.PlacedEntry;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link io.github.pikpak4j.core.files.Files}: the same operations, paths, validation and
 * path cache (shared with {@code client.files()}), each returning a future at once.
 *
 * <pre>{@code
 * AsyncFiles files = client.async().files();
 * files.resolve("/My Pack")
 *     .thenCompose(pack -> files.listAll(pack.id()).toList())
 *     .thenAccept(entries -> entries.forEach(e -> System.out.println(e.name())));
 * }</pre>
 *
 * <p>Multi-step operations (path resolution, {@code mkdirs}) compose one request after another without holding a
 * thread. Each future fails with the exception the blocking method throws ({@link
 * io.github.pikpak4j.api.NotFoundException}, {@link io.github.pikpak4j.api.InvalidInputException} for bad input,
 * with nothing sent), unwrapped.
 *
 * <p>Batch operations ({@code move}, {@code copy}, {@code trash}, {@code untrash}, {@code delete}, {@code
 * emptyTrash}) complete when the server's task has completed, polled as {@link AsyncDriveTask} does (after 500 ms,
 * doubling up to 5 s, at most {@link io.github.pikpak4j.core.files.DriveTask#DEFAULT_TIMEOUT} of waiting), each wait
 * scheduled on the client's scheduler; they fail with {@link io.github.pikpak4j.core.files.DriveTaskFailedException}
 * or {@link io.github.pikpak4j.core.files.DriveTaskTimeoutException} as the blocking methods throw them.
 */
public interface AsyncFiles {

  /**
   * Lists the first page of a folder; see {@code Files.list(String)}.
   *
   * @param folderId the folder id; {@code ""} for the drive's root
   * @return the first page
   */
  CompletableFuture<Page<FileEntry>> list(String folderId);

  /**
   * Lists one page of a folder; see {@code Files.list(String, String)}.
   *
   * @param folderId the folder id; {@code ""} for the drive's root
   * @param pageToken {@code ""} for the first page, else a token from {@link Page#nextPageToken()}
   * @return the page
   */
  CompletableFuture<Page<FileEntry>> list(String folderId, String pageToken);

  /**
   * Lists every entry of a folder, page after page without blocking; see {@code Files.listAll(String)}.
   *
   * @param folderId the folder id; {@code ""} for the drive's root
   * @return the pager
   */
  AsyncPager<FileEntry> listAll(String folderId);

  /**
   * Fetches one entry by id; see {@code Files.get(String)}.
   *
   * @param id the id; {@code ""} completes at once with the drive's root folder
   * @return the entry; fails with {@link io.github.pikpak4j.api.NotFoundException}
   */
  CompletableFuture<FileEntry> get(String id);

  /**
   * Resolves an absolute path or an {@code id:<ID>} reference; see {@code Files.resolve(String)}.
   *
   * @param path {@code /}, {@code /My Pack/movie.mkv} or {@code id:<ID>}
   * @return the entry; fails with {@link io.github.pikpak4j.api.InvalidInputException} for a malformed path (nothing
   *     sent) or {@link io.github.pikpak4j.api.NotFoundException}
   */
  CompletableFuture<FileEntry> resolve(String path);

  /**
   * Resolves the path of an entry in the trash; see {@code Files.resolveTrashed(String)}.
   *
   * @param path {@code /Docs/old.txt} or {@code id:<ID>}
   * @return the trashed entry; fails with {@link io.github.pikpak4j.api.NotFoundException} or {@link
   *     io.github.pikpak4j.api.InvalidInputException}
   */
  CompletableFuture<FileEntry> resolveTrashed(String path);

  /**
   * Lists the trash; see {@code Files.listTrash()}.
   *
   * @return the pager
   */
  AsyncPager<FileEntry> listTrash();

  /**
   * Lists the starred entries; see {@code Files.listStarred()}.
   *
   * @return the pager
   */
  AsyncPager<FileEntry> listStarred();

  /**
   * Creates a folder, looked up before it is sent again after an ambiguous failure; see {@code
   * Files.createFolder(String, String)}.
   *
   * @param parentId the parent folder id ({@code ""} = the drive's root)
   * @param name the folder name
   * @return the created folder; fails with {@link io.github.pikpak4j.api.InvalidInputException} for a bad name
   */
  CompletableFuture<PlacedEntry> createFolder(String parentId, String name);

  /**
   * Creates a folder path, reusing the folders that exist; see {@code Files.mkdirs(String)}.
   *
   * @param path an absolute path
   * @return the last folder of the path
   */
  CompletableFuture<FileEntry> mkdirs(String path);

  /**
   * Renames an entry; see {@code Files.rename(String, String)}.
   *
   * @param id the entry id
   * @param newName the new name
   * @return the renamed entry
   */
  CompletableFuture<FileEntry> rename(String id, String newName);

  /**
   * Stars entries; see {@code Files.star(List)}.
   *
   * @param ids the entry ids
   * @return completes when the server has answered
   */
  CompletableFuture<Void> star(List<String> ids);

  /**
   * Removes the star of entries; see {@code Files.unstar(List)}.
   *
   * @param ids the entry ids
   * @return completes when the server has answered
   */
  CompletableFuture<Void> unstar(List<String> ids);

  /**
   * Moves entries into a folder and completes when the server's task has; see {@code Files.move(List, String)}.
   * The destination's ancestry is checked (one request per folder up) before the move is sent.
   *
   * @param ids the entry ids
   * @param toFolderId the destination folder ({@code ""} = the drive's root)
   * @return the task's status and the moved entries; fails with {@link io.github.pikpak4j.api.InvalidInputException}
   *     on bad ids or a move into itself, {@link io.github.pikpak4j.core.files.DriveTaskFailedException} when the
   *     server's task fails
   */
  CompletableFuture<BatchResult> move(List<String> ids, String toFolderId);

  /**
   * Copies entries into a folder and completes when the server's task has; see {@code Files.copy(List, String)}.
   * Not idempotent: never replayed.
   *
   * @param ids the entry ids
   * @param toFolderId the destination folder ({@code ""} = the drive's root)
   * @return the task's status and the copies; fails with {@link io.github.pikpak4j.api.InvalidInputException} on
   *     bad ids or a copy into itself, {@link io.github.pikpak4j.core.files.DriveTaskFailedException} when the
   *     server's task fails
   */
  CompletableFuture<BatchResult> copy(List<String> ids, String toFolderId);

  /**
   * Moves entries to the trash and completes when the server's task has; see {@code Files.trash(List)}.
   *
   * @param ids the entry ids
   * @return the task's status
   */
  CompletableFuture<BatchResult> trash(List<String> ids);

  /**
   * Restores entries from the trash and completes when the server's task has; see {@code Files.untrash(List)}.
   *
   * @param ids the entry ids
   * @return the task's status
   */
  CompletableFuture<BatchResult> untrash(List<String> ids);

  /**
   * Deletes entries permanently (not to the trash) and completes when the server's task has; see {@code
   * Files.delete(List)}.
   *
   * @param ids the entry ids
   * @return the task's status
   */
  CompletableFuture<BatchResult> delete(List<String> ids);

  /**
   * Empties the trash for good and completes when the server's task has; see {@code Files.emptyTrash()}.
   *
   * @return the task's status
   */
  CompletableFuture<BatchResult> emptyTrash();

  /**
   * Starts a batch operation and completes, once the server has answered, with a handle on its task; see {@code
   * Files.start(BatchOperation)}. A move or copy into itself fails before the operation is sent.
   *
   * @param operation the operation
   * @return the task handle
   */
  CompletableFuture<AsyncDriveTask> start(BatchOperation operation);
}
