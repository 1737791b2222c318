package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.model.BatchRequest;
import io.github.pikpak4j.api.model.BatchResponse;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.DriveTask;
import io.github.pikpak4j.core.files.DriveTaskStatus;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.PlacedEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import retrofit2.Call;

/**
 * Sends batch operations, keeps the path cache honest, and works out where moved and copied entries landed (from the
 * destination's listing before and after, since the server's task does not say).
 */
final class BatchRunner {
  /** How many folders up the destination's ancestry is checked for a move or copy into itself. */
  private static final int MAX_DEPTH = 64;

  private final DriveApi drive;
  private final ApiExecutor executor;
  private final FilesImpl files;
  private final PathCache cache;

  BatchRunner(DriveApi drive, ApiExecutor executor, FilesImpl files, PathCache cache) {
    this.drive = drive;
    this.executor = executor;
    this.files = files;
    this.cache = cache;
  }

  DriveTask start(BatchOperation op) {
    String to = op.toFolderId();
    if (to != null) {
      checkNotIntoItself(op, to);
    }
    BatchResponse response;
    try {
      response = executor.execute(call(op));
    } finally {
      invalidate(op); // even on failure: the change may have reached the server
    }
    return new DriveTaskImpl(new AsyncDriveTaskImpl(drive, executor, executor.scheduler(), response.taskId(), op));
  }

  /**
   * Sends, awaits and checks an operation: the destination's listing and the ids' states before, the task, then the
   * listing and the states after ({@link BatchCheck}).
   */
  BatchResult run(BatchOperation op) {
    String to = op.toFolderId();
    Map<String, FileEntry> before = to == null ? Map.of() : byId(to);
    Map<String, BatchCheck.State> statesBefore = states(op);
    DriveTaskStatus status = start(op).await();
    Map<String, FileEntry> after = to == null ? Map.of() : byId(to);
    List<PlacedEntry> placed = to == null ? List.of() : placements(op, before, after);
    return new BatchResult(op, status, placed, BatchCheck.notDone(op, statesBefore, states(op), after));
  }

  /** Each id's state, fetched one by one, for the operations {@link BatchCheck} checks that way. */
  private Map<String, BatchCheck.State> states(BatchOperation op) {
    if (!BatchCheck.checksStates(op)) {
      return Map.of();
    }
    Map<String, BatchCheck.State> out = new HashMap<>();
    for (String id : op.ids()) {
      BatchCheck.State state;
      try {
        state = BatchCheck.of(files.get(id));
      } catch (NotFoundException missing) {
        state = BatchCheck.State.MISSING;
      }
      out.put(id, state);
    }
    return out;
  }

  /** The request of an operation; shared with the async view. */
  Call<BatchResponse> call(BatchOperation op) {
    String to = op.toFolderId();
    return switch (op.kind()) {
      case MOVE -> drive.batchMove(BatchRequest.to(op.ids(), to == null ? "" : to));
      case COPY -> drive.batchCopy(BatchRequest.to(op.ids(), to == null ? "" : to));
      case TRASH -> drive.batchTrash(BatchRequest.of(op.ids()));
      case UNTRASH -> drive.batchUntrash(BatchRequest.of(op.ids()));
      case DELETE -> drive.batchDelete(BatchRequest.of(op.ids()));
      case EMPTY_TRASH -> drive.emptyTrash(Map.of());
    };
  }

  /** Forgets the remembered paths an operation may have changed; shared with the async view. */
  void invalidate(BatchOperation op) {
    switch (op.kind()) {
      case MOVE, TRASH, DELETE -> cache.invalidateIds(op.ids());
      case UNTRASH, EMPTY_TRASH -> cache.clear(); // a restored entry may take a path back
      case COPY -> { } // copies are new entries; no remembered path changes
    }
  }

  /** Walks up from the destination: a source that is the destination or one of its ancestors is refused. */
  private void checkNotIntoItself(BatchOperation op, String to) {
    IntoItselfWalk walk = new IntoItselfWalk(op);
    String current = to;
    for (int depth = 0; walk.goesOn(current, depth); depth++) {
      current = walk.up(files.get(current), depth);
    }
  }

  /**
   * The steps of the walk up from a move's or copy's destination, shared by the blocking walk and the async one
   * (which fetches each folder as a future): a source met on the way is refused, and so is a destination that is
   * not a folder.
   */
  static final class IntoItselfWalk {
    private final BatchOperation op;
    private final Set<String> sources;

    IntoItselfWalk(BatchOperation op) {
      this.op = op;
      this.sources = new HashSet<>(op.ids());
    }

    /**
     * Whether {@code current} (reached after {@code depth} steps up) must be fetched to go on.
     *
     * @throws InvalidInputException when {@code current} is one of the sources
     */
    boolean goesOn(String current, int depth) {
      if (current.isEmpty() || depth >= MAX_DEPTH) {
        return false;
      }
      if (sources.contains(current)) {
        throw new InvalidInputException(
            "cannot " + op.kind().label() + " a folder into itself or below itself: " + current);
      }
      return true;
    }

    /**
     * The next folder up from the fetched entry {@code e}, reached after {@code depth} steps.
     *
     * @throws InvalidInputException when the destination itself ({@code depth == 0}) is not a folder
     */
    String up(FileEntry e, int depth) {
      if (depth == 0 && !e.isFolder()) {
        throw new InvalidInputException("the destination is not a folder: " + e.name());
      }
      return e.parentId();
    }
  }

  private Map<String, FileEntry> byId(String folderId) {
    return byId(files.listAll(folderId).stream().toList());
  }

  /** A folder's listing by id, in listing order; shared with the async view. */
  static Map<String, FileEntry> byId(List<FileEntry> listing) {
    Map<String, FileEntry> out = new LinkedHashMap<>();
    for (FileEntry e : listing) {
      out.put(e.id(), e);
    }
    return out;
  }

  /** Where moved or copied entries landed, from the destination's listing before and after; shared with the async view. */
  static List<PlacedEntry> placements(
      BatchOperation op, Map<String, FileEntry> before, Map<String, FileEntry> after) {
    Set<String> sources = new HashSet<>(op.ids());
    Set<String> takenBefore = new HashSet<>();
    before.values().stream().filter(e -> !sources.contains(e.id())).forEach(e -> takenBefore.add(e.name()));
    List<PlacedEntry> out = new ArrayList<>();
    for (FileEntry e : after.values()) {
      boolean placed = op.kind() == BatchOperation.Kind.MOVE ? sources.contains(e.id()) : !before.containsKey(e.id());
      if (!placed) {
        continue;
      }
      String base = DriveNames.unsuffixed(e.name());
      out.add(new PlacedEntry(e, base != null && takenBefore.contains(base) ? base : e.name()));
    }
    return out;
  }
}
