package io.github.pikpak4j.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the emulator's content lookups answer: the content of magnets and URLs ({@code POST /drive/v1/resource/list})
 * and the entries of archives in the drives ({@code /decompress/v1/list}, {@code /decompress/v1/decompress}). The cid
 * lookup needs no setup: it searches every drive's complete files.
 *
 * <pre>{@code
 * emu.resources().describe("magnet:?xt=urn:btih:abc...", "Show", List.of(
 *     new EmulatedResources.Entry(0, "S01/e1.mkv", 1000), new EmulatedResources.Entry(1, "S01/e2.mkv", 2000)));
 * emu.resources().archive(zipFileId, null, List.of(new EmulatedResources.Entry(0, "a.txt", 10)));
 * }</pre>
 */
public final class EmulatedResources {
  /**
   * One file of a described URL or archive.
   *
   * @param index its index ({@code file_index} in a torrent, {@code index} in an archive)
   * @param path its {@code /}-separated path
   * @param size its size in bytes
   */
  public record Entry(int index, String path, long size) {}

  record Described(String name, List<Entry> files) {}

  record Archive(@Nullable String password, List<Entry> entries) {}

  private final Map<String, Described> urls = new ConcurrentHashMap<>();
  private final Map<String, Archive> archives = new ConcurrentHashMap<>();

  EmulatedResources() {}

  /**
   * Describes what a magnet or URL contains; undescribed URLs answer the resolver error {@code 403:E_PARSE_BT}.
   *
   * @param url the exact magnet or URL (compared ignoring case)
   * @param name the content's name
   * @param files its files
   */
  public void describe(String url, String name, List<Entry> files) {
    urls.put(url.trim().toLowerCase(Locale.ROOT), new Described(name, List.copyOf(files)));
  }

  /**
   * Makes a file of a drive an archive with these entries.
   *
   * @param fileId the archive's file id
   * @param password its password, or null for none
   * @param entries its entries
   */
  public void archive(String fileId, @Nullable String password, List<Entry> entries) {
    archives.put(fileId, new Archive(password, List.copyOf(entries)));
  }

  @Nullable Described described(String url) {
    return urls.get(url.trim().toLowerCase(Locale.ROOT));
  }

  @Nullable Archive archiveOf(String fileId) {
    return archives.get(fileId);
  }
}
