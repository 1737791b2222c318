package io.github.pikpak4j.core.resource;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One file inside a magnet's or URL's content.
 *
 * @param index the file's index inside the torrent ({@code file_index})
 * @param path the file's path below the content's top folder, {@code /}-separated, as sent (sanitise before printing)
 * @param size the size in bytes
 * @param gcid the file's GCID when PikPak has indexed it ({@code meta.hash}), else null
 */
public record ContentFile(int index, String path, long size, @Nullable String gcid) {
  /**
   * The file's GCID, with which {@link Resources#createFromGcid} creates it without an offline task.
   *
   * @return the GCID, or empty when PikPak has not indexed this file
   */
  public Optional<String> knownGcid() {
    return Optional.ofNullable(gcid);
  }

  /**
   * The file's name: the last segment of its path.
   *
   * @return the name
   */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
