package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.DriveApi;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.model.BatchRequest;
import io.github.pikpak4j.api.model.BatchResponse;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.PlacedEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import retrofit2.Call;

/**
 * The pieces of a batch operation {@link AsyncFilesImpl} composes: its request, the path cache kept honest, the walk
 * that refuses a move or copy into itself, and where moved and copied entries landed (from the destination's listing
 * before and after, since the server's task does not say).
 */
final class BatchRunner {
  /** How many folders up the destination's ancestry is checked for a move or copy into itself. */
  private static final int MAX_DEPTH = 64;

  private final DriveApi drive;
  private final PathCache cache;

  BatchRunner(DriveApi drive, PathCache cache) {
    this.drive = drive;
    this.cache = cache;
  }

  /** The request of an operation. */
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

  /** Forgets the remembered paths an operation may have changed. */
  void invalidate(BatchOperation op) {
    switch (op.kind()) {
      case MOVE, TRASH, DELETE -> cache.invalidateIds(op.ids());
      case UNTRASH, EMPTY_TRASH -> cache.clear(); // a restored entry may take a path back
      case COPY -> { } // copies are new entries; no remembered path changes
    }
  }

  /**
   * The steps of the walk up from a move's or copy's destination (the walk fetches each folder as a future): a
   * source met on the way is refused, and so is a destination that is not a folder.
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

  /** A folder's listing by id, in listing order. */
  static Map<String, FileEntry> byId(List<FileEntry> listing) {
    Map<String, FileEntry> out = new LinkedHashMap<>();
    for (FileEntry e : listing) {
      out.put(e.id(), e);
    }
    return out;
  }

  /** Where moved or copied entries landed, from the destination's listing before and after. */
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
