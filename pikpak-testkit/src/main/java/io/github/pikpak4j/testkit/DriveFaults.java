package io.github.pikpak4j.testkit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Fault switches of the emulated drive. Count-based and deterministic: a switch fires for the next
 * {@code times} matching requests and then turns itself off.
 *
 * <pre>{@code
 * String id = emulator.drive().addFile("", "fresh.bin", 1024, 7);
 * emulator.driveFaults().noLink(id, 2); // the next 2 get-file calls of this file answer no link
 * }</pre>
 *
 * <p>Right after an upload a real file can have no download link for about 30 s to 1 min
 * (protocol §5.5). While {@link #noLink(String, int)} is on for a file, {@code GET
 * /drive/v1/files/{id}} answers it as the server does then: {@code web_content_link} is {@code
 * ""}, {@code links} is {@code {}} and {@code medias} is {@code []}; each such answer counts one.
 * Listings and other answers that carry the file show no link either while the switch is on, but
 * do not count.
 *
 * <p>{@link #answerName(String, String)} makes every answer that carries an entry (listings, get-file) give it any
 * name at all, such as {@code ../x} or a name with terminal escapes, which the emulator's own create and rename
 * calls refuse: a client must treat the server's names as untrusted.
 *
 * <p>Per-id batch outcomes: while {@link #skipInBatch(String)} is on for an id, every batch call
 * ({@code files:batchMove}, {@code :batchCopy}, {@code :batchTrash}, {@code :batchUntrash}, {@code
 * :batchDelete}) acknowledges it like the others (same answer, the task completes) but leaves it as
 * it was: a server that silently did nothing for one id. Thread-safe.
 */
public final class DriveFaults {
  private final Map<String, Integer> noLink = new HashMap<>();
  private final Map<String, String> answeredNames = new HashMap<>();
  private final Set<String> skipped = new HashSet<>();

  DriveFaults() {}

  /**
   * Makes the next {@code times} get-file calls of a file answer it without any link. Calling it
   * again for the same file replaces the remaining count.
   *
   * @param fileId the file
   * @param times how many get-file calls, at least 1; {@link Integer#MAX_VALUE} for "until
   *     {@link #clear()}"
   * @return this
   */
  public synchronized DriveFaults noLink(String fileId, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times < 1");
    }
    noLink.put(fileId, times);
    return this;
  }

  /**
   * Returns how many more get-file calls of a file will answer it without a link.
   *
   * @param fileId the file
   * @return the remaining count, 0 when the switch is off
   */
  public synchronized int noLinkRemaining(String fileId) {
    return noLink.getOrDefault(fileId, 0);
  }

  /**
   * Makes every batch call acknowledge this id without acting on it, until {@link #clear()}.
   *
   * @param id the entry the batches leave alone
   * @return this
   */
  public synchronized DriveFaults skipInBatch(String id) {
    skipped.add(id);
    return this;
  }

  /**
   * Makes every answer that carries an entry give it this name, until {@link #clear()}; the stored entry keeps its
   * own name (paths still resolve by it).
   *
   * @param id the entry
   * @param name any string, unchecked
   * @return this
   */
  public synchronized DriveFaults answerName(String id, String name) {
    answeredNames.put(id, name);
    return this;
  }

  /** Turns every switch off. */
  public synchronized void clear() {
    noLink.clear();
    answeredNames.clear();
    skipped.clear();
  }

  /** Whether batch calls leave this id alone. */
  synchronized boolean skipsInBatch(String id) {
    return skipped.contains(id);
  }

  /** The name answers give the entry: its own unless {@link #answerName} is on. */
  synchronized String answeredName(String id, String name) {
    return answeredNames.getOrDefault(id, name);
  }

  /** Whether the file is answered without a link now; does not count. */
  synchronized boolean hidesLinks(String fileId) {
    return noLink.containsKey(fileId);
  }

  /** Whether this get-file call answers the file without a link, counting one use. */
  synchronized boolean takeNoLink(String fileId) {
    Integer left = noLink.get(fileId);
    if (left == null) {
      return false;
    }
    if (left != Integer.MAX_VALUE) {
      if (left <= 1) {
        noLink.remove(fileId);
      } else {
        noLink.put(fileId, left - 1);
      }
    }
    return true;
  }
}
