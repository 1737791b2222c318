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
 *     new EmulatedResources.Entry(0, "S01/e1.mkv", 1000), new EmulatedResources.Entry(1, "S01/e2.mkv", 2000)), true);
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

  record Described(String name, List<Entry> files, Map<Integer, String> gcids) {}

  record Archive(@Nullable String password, List<Entry> entries) {}

  private final Map<String, Described> urls = new ConcurrentHashMap<>();
  private final Map<String, ContentSource> index = new ConcurrentHashMap<>();
  private final Map<String, Archive> archives = new ConcurrentHashMap<>();

  EmulatedResources() {}

  /**
   * Describes what a magnet or URL contains. Undescribed URLs answer PikPak's placeholder for content it has never
   * seen (pikpak-kotlin): named by the info hash (else the URL), size 0, no GCID, no status.
   *
   * @param url the exact magnet or URL (compared ignoring case)
   * @param name the content's name
   * @param files its files
   * @param indexed whether PikPak has indexed the files: then each carries a GCID ({@code meta.hash}) of seeded
   *     content that an upload create with that GCID and size completes instantly from
   */
  public synchronized void describe(String url, String name, List<Entry> files, boolean indexed) {
    String key = url.trim().toLowerCase(Locale.ROOT);
    Map<Integer, String> gcids = new java.util.HashMap<>();
    if (indexed) {
      for (Entry e : files) {
        ContentSource content = ContentSource.seeded(e.size(), key.hashCode() * 31L + e.index());
        String gcid = Gcid.of(content);
        index.put(gcid, content);
        gcids.put(e.index(), gcid);
      }
    }
    urls.put(key, new Described(name, List.copyOf(files), Map.copyOf(gcids)));
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

  /** Content indexed by {@link #describe}, by GCID and size, or null. */
  @Nullable ContentSource indexed(String gcid, long size) {
    ContentSource c = index.get(gcid.toUpperCase(Locale.ROOT));
    return c != null && c.size() == size ? c : null;
  }

  @Nullable Archive archiveOf(String fileId) {
    return archives.get(fileId);
  }
}
