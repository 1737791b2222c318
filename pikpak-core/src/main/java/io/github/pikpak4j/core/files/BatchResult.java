package io.github.pikpak4j.core.files;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of a batch operation that was waited for, with what it did.
 *
 * <p>The server acknowledges a batch as a whole and says nothing per id, so an id it left alone (missing, or already
 * in the state asked for) is found by looking the ids up: for trash, untrash and delete each id is fetched before
 * and after the batch, and an id already trashed (untrash: not trashed; delete: gone) before, or not so after, is
 * {@linkplain #notDone() not done}; for a move, an id not in the destination afterwards is not done. Copies and
 * empty trash are not checked ({@link #placed()} tells where copies landed).
 *
 * @param operation what was asked
 * @param status the task's final (complete) status
 * @param placed for a move or copy, the entries in the destination folder with their final names
 *     (copies have new ids); empty for other operations
 * @param notDone the ids of {@code operation} the server acknowledged but did not act on, in request order
 */
public record BatchResult(
    BatchOperation operation, DriveTaskStatus status, List<PlacedEntry> placed, List<String> notDone) {

  /**
   * Copies the lists.
   *
   * @param operation what was done
   * @param status the task's final (complete) status
   * @param placed for a move or copy, the entries in the destination folder with their final names
   *     (copies have new ids); empty for other operations
   * @param notDone the ids of {@code operation} the server acknowledged but did not act on, in request order
   */
  public BatchResult {
    placed = List.copyOf(placed);
    notDone = List.copyOf(notDone);
  }

  /**
   * Returns the ids the operation acted on, as far as it was checked.
   *
   * @return the ids of the operation not in {@link #notDone()}, in request order
   */
  public List<String> done() {
    Set<String> skipped = new HashSet<>(notDone);
    return operation.ids().stream().filter(id -> !skipped.contains(id)).toList();
  }

  /**
   * Returns whether the operation named ids and acted on none of them.
   *
   * @return {@code true} when every id is {@linkplain #notDone() not done}
   */
  public boolean nothingDone() {
    return !operation.ids().isEmpty() && done().isEmpty();
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
