package io.github.pikpak4j.core.files;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One batch drive operation on many ids in one call (protocol §5.6), for {@link
 * Files#start(BatchOperation)}.
 *
 * <pre>{@code
 * DriveTask t = client.files().start(BatchOperation.move(List.of(a, b), folderId));
 * }</pre>
 *
 * @param kind what to do
 * @param ids the entry ids (empty only for {@link Kind#EMPTY_TRASH})
 * @param toFolderId the destination folder of a move or copy, else {@code null}
 */
public record BatchOperation(Kind kind, List<String> ids, @Nullable String toFolderId) {

  /** The operations. */
  public enum Kind {
    /** {@code files:batchMove}. */
    MOVE,
    /** {@code files:batchCopy}; not idempotent, never replayed. */
    COPY,
    /** {@code files:batchTrash}. */
    TRASH,
    /** {@code files:batchUntrash}. */
    UNTRASH,
    /** {@code files:batchDelete}: permanent. */
    DELETE,
    /** {@code PATCH files/trash:empty}. */
    EMPTY_TRASH;

    /**
     * Returns the lower-case name used in messages, e.g. {@code "empty trash"}.
     *
     * @return the label
     */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * Validates and copies the ids.  @throws InvalidInputException when ids are missing, empty or duplicated, or a move or copy has no destination, before any request /
   *
   * @param kind what to do
   * @param ids the entry ids (empty only for {@link Kind#EMPTY_TRASH})
   * @param toFolderId the destination folder of a move or copy, else {@code null}
   */
  public BatchOperation {
    ids = List.copyOf(ids);
    if (kind == Kind.EMPTY_TRASH) {
      if (!ids.isEmpty()) {
        throw new InvalidInputException("empty trash takes no ids");
      }
    } else {
      if (ids.isEmpty()) {
        throw new InvalidInputException(kind.label() + " needs at least one id");
      }
      if (ids.stream().anyMatch(String::isEmpty)) {
        throw new InvalidInputException(kind.label() + ": an id is empty (the root cannot be " + kind.label()
            + "d)");
      }
      if (ids.stream().distinct().count() != ids.size()) {
        throw new InvalidInputException(kind.label() + ": the same id is given twice");
      }
    }
    boolean needsTarget = kind == Kind.MOVE || kind == Kind.COPY;
    if (needsTarget != (toFolderId != null)) {
      throw new InvalidInputException(
          needsTarget ? kind.label() + " needs a destination folder" : kind.label() + " takes no destination");
    }
    if (needsTarget && ids.contains(toFolderId)) {
      throw new InvalidInputException("cannot " + kind.label() + " a folder into itself: " + toFolderId);
    }
  }

  /**
   * Moves entries into a folder.
   *
   * @param ids the entry ids
   * @param toFolderId the destination folder ({@code ""} = the drive's root)
   * @return the operation
   */
  public static BatchOperation move(List<String> ids, String toFolderId) {
    return new BatchOperation(Kind.MOVE, ids, toFolderId);
  }

  /**
   * Copies entries into a folder.
   *
   * @param ids the entry ids
   * @param toFolderId the destination folder ({@code ""} = the drive's root)
   * @return the operation
   */
  public static BatchOperation copy(List<String> ids, String toFolderId) {
    return new BatchOperation(Kind.COPY, ids, toFolderId);
  }

  /**
   * Moves entries to the trash.
   *
   * @param ids the entry ids
   * @return the operation
   */
  public static BatchOperation trash(List<String> ids) {
    return new BatchOperation(Kind.TRASH, ids, null);
  }

  /**
   * Restores entries from the trash.
   *
   * @param ids the entry ids
   * @return the operation
   */
  public static BatchOperation untrash(List<String> ids) {
    return new BatchOperation(Kind.UNTRASH, ids, null);
  }

  /**
   * Deletes entries permanently.
   *
   * @param ids the entry ids
   * @return the operation
   */
  public static BatchOperation delete(List<String> ids) {
    return new BatchOperation(Kind.DELETE, ids, null);
  }

  /**
   * Empties the trash.
   *
   * @return the operation
   */
  public static BatchOperation emptyTrash() {
    return new BatchOperation(Kind.EMPTY_TRASH, List.of(), null);
  }
}
