package io.github.pikpak4j.core.resource;

import io.github.pikpak4j.core.files.FileEntry;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Content lookups of the signed-in account. Obtain it from {@code PikPakClient.resources()}; the async twin is
 * {@code PikPakClientAsync.resources()}.
 *
 * <pre>{@code
 * UrlContent c = client.resources().preview("magnet:?xt=urn:btih:...");
 * Optional<String> gcid = client.resources().gcidOfCid(cid, size);
 * FileEntry copy = client.resources().createFromGcid("", "movie.mkv", size, gcid.orElseThrow());
 * List<FileEntry> hits = client.resources().search("", "holiday");
 * }</pre>
 *
 * <p>Bad input throws {@link io.github.pikpak4j.api.InvalidInputException} before any request; other failures
 * are the {@link io.github.pikpak4j.api.PikPakException} subtypes of the client's other calls.
 */
public interface Resources {
  /**
   * Looks up the GCID PikPak holds for content with this cid and size ({@code GET /drive/v1/resource/cid}).
   *
   * @param cid the content's cid, 40 hex characters (any case; sent upper-case)
   * @param size the size in bytes, at least 1
   * @return the GCID, or empty when PikPak holds no such content
   */
  Optional<String> gcidOfCid(String cid, long size);

  /**
   * Resolves what a magnet or URL contains, without creating a task ({@code POST /drive/v1/resource/list}).
   *
   * @param url a {@code magnet:}, {@code http(s)://} or {@code ed2k://} URL
   * @return the content
   */
  UrlContent preview(String url);

  /**
   * Lists the root of an archive in the drive ({@code POST /decompress/v1/list}; the fields are rclone's unused types, see the note in {@code ResourceApi}).
   *
   * @param archive the archive, as listed (its {@link FileEntry#hash()} is sent)
   * @param password the archive's password, or null for none
   * @return the entries
   */
  List<ArchivedFile> listArchive(FileEntry archive, @Nullable String password);

  /**
   * Asks PikPak to extract a whole archive next to itself ({@code POST /decompress/v1/decompress}).
   *
   * @param archive the archive, as listed
   * @param password the archive's password, or null for none
   * @return the accepted extraction
   */
  Extraction extract(FileEntry archive, @Nullable String password);

  /**
   * Creates a file from content PikPak already holds, without sending bytes (an instant upload from a known GCID).
   * When PikPak does not hold it, the half-created entry is deleted and {@link io.github.pikpak4j.api.NotFoundException}
   * is thrown.
   *
   * @param parentId the folder, {@code ""} for the root
   * @param name the new file's name
   * @param size the content's size in bytes, at least 1
   * @param gcid the content's GCID, 40 hex characters
   * @return the new file
   */
  FileEntry createFromGcid(String parentId, String name, long size, String gcid);

  /**
   * Creates chosen files of a previewed magnet or URL in the drive, each from its GCID without bytes and without an
   * offline task (pikpak-kotlin's {@code resolveMagnet} then {@code instantCreate}). Each file is named by the last
   * segment of its path. Every index is checked before any request: it must be one of the content's files, and that
   * file must have a GCID (else PikPak has not indexed it: add the whole link as an offline task instead).
   *
   * @param parentId the folder, {@code ""} for the root
   * @param content the preview, from {@link #preview}
   * @param indexes the chosen files' {@link ContentFile#index()}es, at least one
   * @return the new files, in the order of {@code indexes}
   */
  List<FileEntry> createSelected(String parentId, UrlContent content, List<Integer> indexes);

  /**
   * Finds the entries of one folder whose name contains the keyword, ignoring case (the drive has no server-side
   * name search: pikpak-kotlin filters a listing the same way). Lists every page of the folder.
   *
   * @param folderId the folder, {@code ""} for the root
   * @param keyword a non-empty part of the name
   * @return the matching entries, in listing order
   */
  List<FileEntry> search(String folderId, String keyword);
}
