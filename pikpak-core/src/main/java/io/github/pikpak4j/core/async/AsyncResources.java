package io.github.pikpak4j.core.async;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.resource.ArchivedFile;
import io.github.pikpak4j.core.resource.Extraction;
import io.github.pikpak4j.core.resource.UrlContent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous twin of {@link io.github.pikpak4j.core.resource.Resources}; each future fails as the blocking call
 * throws (bad input fails it before any request).
 */
public interface AsyncResources {
  /**
   * Looks up the GCID PikPak holds for a cid and size.
   *
   * @param cid the cid, 40 hex characters
   * @param size the size in bytes, at least 1
   * @return the GCID, or empty
   */
  CompletableFuture<Optional<String>> gcidOfCid(String cid, long size);

  /**
   * Resolves what a magnet or URL contains.
   *
   * @param url the magnet or URL
   * @return the content
   */
  CompletableFuture<UrlContent> preview(String url);

  /**
   * Lists the root of an archive.
   *
   * @param archive the archive
   * @param password the password, or null
   * @return the entries
   */
  CompletableFuture<List<ArchivedFile>> listArchive(FileEntry archive, @Nullable String password);

  /**
   * Extracts a whole archive next to itself.
   *
   * @param archive the archive
   * @param password the password, or null
   * @return the accepted extraction
   */
  CompletableFuture<Extraction> extract(FileEntry archive, @Nullable String password);

  /**
   * Creates a file from content PikPak holds, without bytes.
   *
   * @param parentId the folder
   * @param name the name
   * @param size the size in bytes
   * @param gcid the GCID
   * @return the new file
   */
  CompletableFuture<FileEntry> createFromGcid(String parentId, String name, long size, String gcid);

  /**
   * Creates chosen files of a previewed magnet or URL, each from its GCID.
   *
   * @param parentId the folder
   * @param content the preview
   * @param indexes the chosen files' indexes
   * @return the new files
   */
  CompletableFuture<List<FileEntry>> createSelected(String parentId, UrlContent content, List<Integer> indexes);

  /**
   * Finds the entries of one folder whose name contains the keyword, ignoring case.
   *
   * @param folderId the folder
   * @param keyword a non-empty part of the name
   * @return the matching entries
   */
  CompletableFuture<List<FileEntry>> search(String folderId, String keyword);
}
