package io.github.pikpak4j.core.files;

import io.github.pikpak4j.api.paging.AutoPager;
import io.github.pikpak4j.api.paging.Page;
import java.util.List;

/**
 * The drive's files and folders.
 *
 * <pre>{@code
 * Files files = client.files();
 * FileEntry pack = files.resolve("/My Pack");
 * for (FileEntry e : files.listAll(pack.id())) {
 *   System.out.println(e.name());
 * }
 * }</pre>
 *
 * <p>Folder ids are opaque strings; the drive's root is {@code ""}. Paths are absolute, {@code /}-separated, and
 * resolve below the client's root folder ({@code PikPakClientBuilder#rootFolderId}, default the drive's root). A
 * path argument may also be a raw id written {@code id:<ID>}. Listings return completed, non-trashed entries.
 *
 * <p><b>Changes.</b> {@link #createFolder}, {@link #mkdirs}, {@link #rename} and the batch operations ({@link #move},
 * {@link #copy}, {@link #trash}, {@link #untrash}, {@link #delete}, {@link #emptyTrash}, or {@link #start} for a
 * handle) validate names and ids before any request (an empty name, one containing {@code /}, {@code .} or {@code ..},
 * one longer than 255 characters, or a folder moved or copied into itself fail with {@link
 * io.github.pikpak4j.api.InvalidInputException}). Batch calls answer with a server task; the blocking methods poll it
 * (after 500 ms, then backing off to 5 s, for at most {@link DriveTask#DEFAULT_TIMEOUT}) through the client's sleeper.
 * Creating a folder and copying are not idempotent: a copy is never replayed once it may have reached the server, and
 * a folder whose create failed that way is looked up by name before it is sent again ({@link
 * io.github.pikpak4j.api.AmbiguousWrites}). The server says nothing per id about a batch, so {@link
 * BatchResult#notDone()} reports the ids it left alone, found by looking them up.
 *
 * <p><b>Path cache.</b> {@link #resolve} remembers path-to-id answers (bounded, least recently used first out) and
 * forgets the affected paths on every change made through this client (renamed, moved, trashed or deleted entries and
 * everything below them; all of it on untrash and empty trash). Changes made by other clients are noticed when a
 * remembered id no longer matches (gone, trashed, renamed or moved), after which the path is walked again.
 */
public interface Files {

  /**
   * Lists the first page of a folder.
   *
   * @param folderId the folder id; {@code ""} for the drive's root
   * @return the first page and the token of the next one
   */
  Page<FileEntry> list(String folderId);

  /**
   * Lists one page of a folder.
   *
   * @param folderId the folder id; {@code ""} for the drive's root
   * @param pageToken {@code ""} for the first page, else a token from {@link Page#nextPageToken()}
   * @return the page and the token of the next one
   */
  Page<FileEntry> list(String folderId, String pageToken);

  /**
   * Lists every entry of a folder lazily: pages are fetched as iteration reaches them, one page held at a time.
   *
   * @param folderId the folder id; {@code ""} for the drive's root
   * @return an {@link Iterable} that also offers {@link AutoPager#stream()}
   */
  AutoPager<FileEntry> listAll(String folderId);

  /**
   * Fetches one entry by id.
   *
   * @param id the file or folder id; {@code ""} returns the drive's root folder without a request
   * @return the entry
   * @throws io.github.pikpak4j.api.NotFoundException when no such entry exists
   */
  FileEntry get(String id);

  /**
   * Resolves an absolute path (below the client's root folder) or an {@code id:<ID>} reference to its entry.
   *
   * @param path {@code /}, {@code /My Pack/movie.mkv} or {@code id:<ID>}
   * @return the entry
   * @throws io.github.pikpak4j.api.InvalidInputException when the path is not absolute or an id reference is empty,
   *     before any request
   * @throws io.github.pikpak4j.api.NotFoundException when a path element does not exist
   */
  FileEntry resolve(String path);

  /**
   * Resolves the path of an entry that is in the trash: its parent folder must still be reachable, and the entry is
   * looked up in the trash listing by name and parent. An {@code id:<ID>} reference is fetched as is.
   *
   * @param path {@code /Docs/old.txt} or {@code id:<ID>}
   * @return the trashed entry
   * @throws io.github.pikpak4j.api.InvalidInputException when the path is malformed or the root, before any request
   * @throws io.github.pikpak4j.api.NotFoundException when no trashed entry has that path
   */
  FileEntry resolveTrashed(String path);

  /**
   * Lists the trash lazily, all pages (entries trashed directly; their contents stay inside them).
   *
   * @return the trashed entries
   */
  AutoPager<FileEntry> listTrash();

  /**
   * Lists the starred entries of the whole drive lazily, all pages.
   *
   * @return the starred entries
   */
  AutoPager<FileEntry> listStarred();

  /**
   * Creates a folder. If the name is taken the server picks another one ({@code name(1)}), which the result reports.
   * Not idempotent: after a failure that may or may not have reached the server (5xx, reset, timeout) a folder of
   * exactly this name under the parent is looked up and returned when it exists (one that existed before is found
   * too); otherwise the create is sent once more ({@link io.github.pikpak4j.api.AmbiguousWrites}).
   *
   * @param parentId the parent folder id ({@code ""} = the drive's root)
   * @param name the folder name
   * @return the created folder and the requested name
   * @throws io.github.pikpak4j.api.InvalidInputException when the name is invalid, before any request
   */
  PlacedEntry createFolder(String parentId, String name);

  /**
   * Creates a folder path below the client's root folder, reusing the folders that exist ({@code mkdir -p}).
   *
   * @param path an absolute path such as {@code /Movies/2025/June}
   * @return the last folder of the path
   * @throws io.github.pikpak4j.api.InvalidInputException when the path or a name in it is invalid, before any request
   * @throws io.github.pikpak4j.api.NotFoundException when an element of the path exists as a file
   */
  FileEntry mkdirs(String path);

  /**
   * Renames an entry in place. A name taken by a sibling fails with the server's {@code file_duplicated_name}.
   *
   * @param id the entry id
   * @param newName the new name
   * @return the renamed entry
   * @throws io.github.pikpak4j.api.InvalidInputException when the id is empty or the name invalid, before any request
   */
  FileEntry rename(String id, String newName);

  /**
   * Moves entries into a folder and waits for the server's task. A folder moved into itself or below itself fails
   * before the move is sent. Names taken in the destination are suffixed by the server; the result reports the
   * entries with their final names.
   *
   * @param ids the entry ids
   * @param toFolderId the destination folder ({@code ""} = the drive's root)
   * @return the task's status and the moved entries; {@link PlacedEntry#requestedName()} is the name before the
   *     server's {@code (N)} suffix
   * @throws io.github.pikpak4j.api.InvalidInputException on bad ids or a move into itself
   * @throws DriveTaskFailedException when the server's task fails
   */
  BatchResult move(List<String> ids, String toFolderId);

  /**
   * Copies entries into a folder and waits for the server's task. A copy onto a taken name becomes {@code name(1)}
   * (files: {@code name(1).ext}); the result lists the new entries, each with the name it was asked to have, as told
   * from the destination's listing before and after the copy. Not idempotent: never replayed.
   *
   * @param ids the entry ids
   * @param toFolderId the destination folder ({@code ""} = the drive's root)
   * @return the task's status and the copies
   * @throws io.github.pikpak4j.api.InvalidInputException on bad ids or a copy into itself
   * @throws DriveTaskFailedException when the server's task fails
   */
  BatchResult copy(List<String> ids, String toFolderId);

  /**
   * Moves entries to the trash and waits for the server's task.
   *
   * @param ids the entry ids
   * @return the task's status and the ids it left alone ({@link BatchResult#notDone()})
   * @throws DriveTaskFailedException when the server's task fails
   */
  BatchResult trash(List<String> ids);

  /**
   * Restores entries from the trash and waits for the server's task.
   *
   * @param ids the entry ids
   * @return the task's status and the ids it left alone ({@link BatchResult#notDone()})
   * @throws DriveTaskFailedException when the server's task fails
   */
  BatchResult untrash(List<String> ids);

  /**
   * Deletes entries permanently (not to the trash) and waits for the server's task.
   *
   * @param ids the entry ids
   * @return the task's status and the ids it left alone ({@link BatchResult#notDone()})
   * @throws DriveTaskFailedException when the server's task fails
   */
  BatchResult delete(List<String> ids);

  /**
   * Empties the trash for good and waits for the server's task.
   *
   * @return the task's status and the ids it left alone ({@link BatchResult#notDone()})
   * @throws DriveTaskFailedException when the server's task fails
   */
  BatchResult emptyTrash();

  /**
   * Starts a batch operation and returns at once with a handle on the server's task; nothing is reported about
   * placements (use the blocking methods for that).
   *
   * @param operation the operation
   * @return the task handle
   */
  DriveTask start(BatchOperation operation);

  /**
   * Stars entries.
   *
   * @param ids the entry ids
   */
  void star(List<String> ids);

  /**
   * Removes the star of entries.
   *
   * @param ids the entry ids
   */
  void unstar(List<String> ids);
}
