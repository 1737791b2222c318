package io.github.pikpak4j.core.files;

import io.github.pikpak4j.api.paging.AutoPager;
import io.github.pikpak4j.api.paging.Page;

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
 * resolve below the client's root folder ({@code PikPakClient.Builder#rootFolderId}, default the drive's root). A
 * path argument may also be a raw id written {@code id:<ID>}. Listings return completed, non-trashed entries.
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
}
