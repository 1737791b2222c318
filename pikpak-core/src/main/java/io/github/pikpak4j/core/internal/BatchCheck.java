package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.FileEntry;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which ids of a batch the server acknowledged but did not act on, from the ids' states before and after (see {@link
 * io.github.pikpak4j.core.files.BatchResult}); shared by the blocking and the async batch runs, which only fetch.
 */
final class BatchCheck {
  /** The state of one id as a get-file answers it. */
  enum State {
    /** No such entry (404). */
    MISSING,
    /** In the trash. */
    TRASHED,
    /** Not in the trash. */
    LIVE
  }

  private BatchCheck() {}

  /** Whether the ids of this operation are fetched before and after it. */
  static boolean checksStates(BatchOperation op) {
    return wanted(op) != null;
  }

  /** The state an operation puts each of its ids in, or {@code null} when it is not checked this way. */
  private static @Nullable State wanted(BatchOperation op) {
    return switch (op.kind()) {
      case TRASH -> State.TRASHED;
      case UNTRASH -> State.LIVE;
      case DELETE -> State.MISSING;
      case MOVE, COPY, EMPTY_TRASH -> null;
    };
  }

  /** The state of a fetched entry. */
  static State of(FileEntry e) {
    return e.trashed() ? State.TRASHED : State.LIVE;
  }

  /**
   * The ids not done: already in the wanted state before (nothing to do) or not in it after; for a move, not in the
   * destination after ({@code destinationAfter}); nothing for copy and empty trash.
   */
  static List<String> notDone(
      BatchOperation op, Map<String, State> before, Map<String, State> after, Map<String, FileEntry> destinationAfter) {
    if (op.kind() == BatchOperation.Kind.MOVE) {
      return op.ids().stream().filter(id -> !destinationAfter.containsKey(id)).toList();
    }
    State wanted = wanted(op);
    if (wanted == null) {
      return List.of();
    }
    return op.ids().stream().filter(id -> before.get(id) == wanted || after.get(id) != wanted).toList();
  }
}
