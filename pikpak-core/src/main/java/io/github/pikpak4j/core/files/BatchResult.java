package io.github.pikpak4j.core.files;

import java.util.List;

/**
 * The outcome of a batch operation that was waited for.
 *
 * @param operation what was done
 * @param status the task's final (complete) status
 * @param placed for a move or copy, the entries in the destination folder with their final names
 *     (copies have new ids); empty for other operations
 */
public record BatchResult(BatchOperation operation, DriveTaskStatus status, List<PlacedEntry> placed) {

  /**
   * Copies the list.
   *
   * @param operation what was done
   * @param status the task's final (complete) status
   * @param placed for a move or copy, the entries in the destination folder with their final names
   *     (copies have new ids); empty for other operations
   */
  public BatchResult {
    placed = List.copyOf(placed);
  }

  /**
   * Returns whether any placed entry was renamed by the server to avoid a collision.
   *
   * @return {@code true} when some {@link PlacedEntry#renamed()}
   */
  public boolean anyRenamed() {
    return placed.stream().anyMatch(PlacedEntry::renamed);
  }
}
