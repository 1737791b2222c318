package io.github.pikpak4j.testkit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The drive of one emulated account, editable from tests. The root folder's id is {@code ""}. New
 * entries get deterministic PikPak-shaped ids ({@code "VN"} + 24 characters), and a name already
 * present in the folder gets the server's {@code name(1)} suffix.
 *
 * <pre>{@code
 * EmulatedDrive drive = emulator.drive();
 * String docs = drive.addFolder(drive.root(), "Docs");
 * String big = drive.addFile(docs, "big.bin", 3L << 30, 7); // 3 GiB, generated on demand
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class EmulatedDrive {
  private final String userId;
  private final Clock clock;
  private final ConcurrentMap<String, ContentSource> cdnObjects;
  private final Map<String, DriveNode> nodes = new HashMap<>();
  private final DriveNode root;
  private int counter;

  EmulatedDrive(String userId, Clock clock, ConcurrentMap<String, ContentSource> cdnObjects) {
    this.userId = userId;
    this.clock = clock;
    this.cdnObjects = cdnObjects;
    this.root = new DriveNode("", "", DriveNode.FOLDER, "", null, clock.instant(), "");
    nodes.put("", root);
  }

  /**
   * Returns the owner's user id.
   *
   * @return the user id ({@code sub})
   */
  public String userId() {
    return userId;
  }

  /**
   * Returns the root folder's id.
   *
   * @return {@code ""}
   */
  public String root() {
    return "";
  }

  /**
   * Creates a folder.
   *
   * @param parentId the parent folder's id ({@code ""} for the root)
   * @param name the name; suffixed with {@code (1)}, {@code (2)}, ... when taken
   * @return the new folder's id
   */
  public synchronized String addFolder(String parentId, String name) {
    return add(parentId, name, DriveNode.FOLDER, null).id;
  }

  /**
   * Creates a file with deterministic pseudo-random content.
   *
   * @param parentId the parent folder's id
   * @param name the name
   * @param size the size in bytes
   * @param seed the content seed (see {@link ContentSource#seeded(long, long)})
   * @return the new file's id
   */
  public String addFile(String parentId, String name, long size, long seed) {
    return addFile(parentId, name, ContentSource.seeded(size, seed));
  }

  /**
   * Creates a file with the given content.
   *
   * @param parentId the parent folder's id
   * @param name the name
   * @param content the content
   * @return the new file's id
   */
  public synchronized String addFile(String parentId, String name, ContentSource content) {
    DriveNode n = add(parentId, name, DriveNode.FILE, content);
    cdnObjects.put(n.id, content);
    return n.id;
  }

  /**
   * Adds a playback rendition to a file; the first one added for the original should be marked
   * {@code origin}. An origin rendition serves the file's own bytes.
   *
   * @param fileId the file
   * @param resolutionName e.g. {@code 720P}
   * @param height the video height in pixels (width is 16:9 of it)
   * @param origin whether this rendition is the original bytes
   * @param transcodeSize the transcode's size in bytes (ignored for the origin)
   * @param seed the transcode's content seed (ignored for the origin)
   * @return the media id
   */
  public synchronized String addMedia(
      String fileId,
      String resolutionName,
      int height,
      boolean origin,
      long transcodeSize,
      long seed) {
    DriveNode n = require(fileId);
    if (n.content == null) {
      throw new IllegalArgumentException("not a file: " + fileId);
    }
    ContentSource c = origin ? n.content : ContentSource.seeded(transcodeSize, seed);
    String mediaId = Ids.fileId(userId + "/media/" + fileId + "/" + n.medias.size());
    n.medias.add(
        new DriveNode.Media(
            mediaId, n.name, resolutionName, height * 16 / 9, height, 600, origin, c));
    cdnObjects.put(origin ? n.id : mediaId, c);
    return mediaId;
  }

  /**
   * Moves an entry to the trash (or restores it).
   *
   * @param id the entry
   * @param trashed true to trash, false to restore
   */
  public synchronized void setTrashed(String id, boolean trashed) {
    require(id).trashed = trashed;
  }

  /**
   * Stars or unstars an entry.
   *
   * @param id the entry
   * @param starred the new state
   */
  public synchronized void setStarred(String id, boolean starred) {
    require(id).starred = starred;
  }

  /**
   * Returns whether an entry is in the trash (moved there itself; the contents of a trashed folder keep their own
   * state).
   *
   * @param id the entry
   * @return its trashed flag
   */
  public synchronized boolean trashed(String id) {
    return require(id).trashed;
  }

  /**
   * Returns whether an entry is starred.
   *
   * @param id the entry
   * @return its starred flag
   */
  public synchronized boolean starred(String id) {
    return require(id).starred;
  }

  /**
   * Sets an entry's phase, e.g. {@code PHASE_TYPE_RUNNING} for a file still being produced.
   *
   * @param id the entry
   * @param phase the phase name
   */
  public synchronized void setPhase(String id, String phase) {
    require(id).phase = phase;
  }

  /**
   * Finds an entry by its slash-separated path from the root, e.g. {@code "/My Pack/notes.txt"}.
   *
   * @param path the path ({@code "/"} or {@code ""} is the root)
   * @return the id, if the path exists (trashed entries included)
   */
  public synchronized Optional<String> find(String path) {
    DriveNode cur = root;
    for (String part : path.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      DriveNode next = null;
      for (DriveNode c : cur.children) {
        if (c.name.equals(part)) {
          next = c;
          break;
        }
      }
      if (next == null) {
        return Optional.empty();
      }
      cur = next;
    }
    return Optional.of(cur.id);
  }

  /**
   * Returns whether an entry is in the trash.
   *
   * @param id the entry
   * @return {@code true} when trashed
   * @throws IllegalArgumentException if no such entry exists
   */
  public synchronized boolean isTrashed(String id) {
    return require(id).trashed;
  }

  /**
   * Returns the ids of a folder's direct children, in listing order.
   *
   * @param folderId the folder
   * @return the child ids (trashed ones included)
   */
  public synchronized List<String> children(String folderId) {
    List<String> out = new ArrayList<>();
    for (DriveNode c : require(folderId).children) {
      out.add(c.id);
    }
    return out;
  }

  /**
   * Returns an entry's name.
   *
   * @param id the entry
   * @return its name ({@code ""} for the root)
   */
  public synchronized String name(String id) {
    return require(id).name;
  }

  /**
   * Returns a file's content.
   *
   * @param fileId the file
   * @return its content source
   */
  public synchronized ContentSource content(String fileId) {
    DriveNode n = require(fileId);
    if (n.content == null) {
      throw new IllegalArgumentException("not a file: " + fileId);
    }
    return n.content;
  }

  /**
   * Returns a file's bytes; only for files up to 64 MiB.
   *
   * @param fileId the file
   * @return a fresh copy of the bytes
   */
  public byte[] fileBytes(String fileId) {
    ContentSource c = content(fileId);
    if (c.size() > 64L << 20) {
      throw new IllegalStateException("file too large for fileBytes(): " + c.size());
    }
    byte[] b = new byte[(int) c.size()];
    c.read(0, b, 0, b.length);
    return b;
  }

  /**
   * Returns a file's GCID (uppercase hex), as the API reports it in {@code hash}.
   *
   * @param fileId the file
   * @return the GCID
   */
  public String gcid(String fileId) {
    DriveNode n;
    synchronized (this) {
      n = require(fileId);
    }
    return n.gcid();
  }

  /**
   * Adds a file created by an upload with the GCID the client declared; a file that is not yet
   * complete is in {@code PHASE_TYPE_RUNNING} until {@link #completeUpload(String)}.
   */
  synchronized String addUploaded(
      String parentId, String name, ContentSource content, String gcid, boolean complete) {
    DriveNode n = add(parentId, name, DriveNode.FILE, content);
    n.presetGcid(gcid);
    if (complete) {
      cdnObjects.put(n.id, content);
    } else {
      n.phase = "PHASE_TYPE_RUNNING";
    }
    return n.id;
  }

  /** Marks an uploaded file complete once all its bytes have arrived. */
  synchronized void completeUpload(String id) {
    DriveNode n = require(id);
    n.phase = "PHASE_TYPE_COMPLETE";
    n.modifiedTime = clock.instant();
    if (n.content != null) {
      cdnObjects.put(n.id, n.content);
    }
  }

  synchronized @Nullable DriveNode node(String id) {
    return nodes.get(id);
  }

  synchronized List<DriveNode> select(String parentId, Predicate<DriveNode> filter) {
    List<DriveNode> out = new ArrayList<>();
    if ("*".equals(parentId)) {
      for (DriveNode n : nodes.values()) {
        if (n != root && filter.test(n)) {
          out.add(n);
        }
      }
      out.sort((a, b) -> a.id.compareTo(b.id));
      return out;
    }
    for (DriveNode c : require(parentId).children) {
      if (filter.test(c)) {
        out.add(c);
      }
    }
    return out;
  }

  synchronized long usage(boolean trashed) {
    long sum = 0;
    for (DriveNode n : nodes.values()) {
      if (n.content != null && n.trashed == trashed) {
        sum += n.size();
      }
    }
    return sum;
  }

  synchronized void setFolderType(String id, String folderType) {
    require(id).folderType = folderType;
  }

  // ---- persistence (StateSnapshot) --------------------------------------------------------------

  /** Every entry but the root, parents before children, children in listing order; with the id counter. */
  synchronized List<DriveNode> treeOrder() {
    List<DriveNode> out = new ArrayList<>();
    for (int i = -1; i < out.size(); i++) {
      out.addAll(i < 0 ? root.children : out.get(i).children);
    }
    return out;
  }

  /** The counter new ids are made from. */
  synchronized int idCounter() {
    return counter;
  }

  /** Replaces the whole tree with saved entries (parents before children) and the saved id counter. */
  synchronized void restore(List<DriveNode> entries, int idCounter) {
    for (DriveNode n : new ArrayList<>(root.children)) {
      deletePermanently(n.id);
    }
    for (DriveNode n : entries) {
      require(n.parentId).children.add(n);
      nodes.put(n.id, n);
      if (n.content != null && n.phase.equals("PHASE_TYPE_COMPLETE")) {
        cdnObjects.put(n.id, n.content);
      }
      for (DriveNode.Media m : n.medias) {
        if (!m.origin()) {
          cdnObjects.put(m.mediaId(), m.content());
        }
      }
    }
    counter = idCounter;
  }

  // ---- drive operations (FileOperationRoutes) ---------------------------------------------------

  /** Creates a folder; a taken name gets the {@code name(1)} suffix. */
  synchronized DriveNode createFolder(String parentId, String name) {
    return add(parentId, name, DriveNode.FOLDER, null);
  }

  /** Renames an entry; false when a live sibling already has the name. */
  synchronized boolean rename(String id, String name) {
    DriveNode n = require(id);
    DriveNode parent = require(n.parentId);
    for (DriveNode c : parent.children) {
      if (c != n && c.name.equals(name) && !c.trashed) {
        return false;
      }
    }
    n.name = name;
    n.modifiedTime = clock.instant();
    return true;
  }

  /** Whether {@code ancestorId} is {@code id} or one of its ancestors. */
  synchronized boolean isSelfOrAncestor(String ancestorId, String id) {
    for (DriveNode n = nodes.get(id); n != null; n = n == root ? null : nodes.get(n.parentId)) {
      if (n.id.equals(ancestorId)) {
        return true;
      }
    }
    return false;
  }

  /** Moves an entry into a folder; a taken name gets the {@code name(1)} suffix. */
  synchronized void move(String id, String toFolderId) {
    DriveNode n = require(id);
    DriveNode to = require(toFolderId);
    if (n.parentId.equals(toFolderId)) {
      return;
    }
    require(n.parentId).children.remove(n);
    n.name = uniqueName(to, n.name, n.kind);
    n.parentId = toFolderId;
    to.children.add(n);
  }

  /** Copies an entry (folders deeply) into a folder; a taken name gets the {@code name(1)} suffix. */
  synchronized DriveNode copy(String id, String toFolderId) {
    DriveNode n = require(id);
    DriveNode c = add(toFolderId, n.name, n.kind, n.content);
    if (n.content != null) {
      cdnObjects.put(c.id, n.content);
    }
    c.mimeType = n.mimeType;
    c.medias.addAll(n.medias);
    for (DriveNode child : new ArrayList<>(n.children)) {
      if (!child.trashed && child != c) {
        copy(child.id, c.id);
      }
    }
    return c;
  }

  /** Deletes an entry and everything below it for good. */
  synchronized void deletePermanently(String id) {
    DriveNode n = require(id);
    DriveNode parent = nodes.get(n.parentId);
    if (parent != null) {
      parent.children.remove(n);
    }
    forget(n);
  }

  /** The ids of the entries marked trashed. */
  synchronized List<String> trashedIds() {
    List<String> out = new ArrayList<>();
    for (DriveNode n : nodes.values()) {
      if (n.trashed && n != root) {
        out.add(n.id);
      }
    }
    return out;
  }

  private void forget(DriveNode n) {
    for (DriveNode c : n.children) {
      forget(c);
    }
    nodes.remove(n.id);
    cdnObjects.remove(n.id);
  }

  private static String uniqueName(DriveNode parent, String name, String kind) {
    String unique = name;
    for (int i = 1; taken(parent, unique); i++) {
      int dot = name.lastIndexOf('.');
      unique =
          dot > 0 && kind.equals(DriveNode.FILE)
              ? name.substring(0, dot) + "(" + i + ")" + name.substring(dot)
              : name + "(" + i + ")";
    }
    return unique;
  }

  private DriveNode require(String id) {
    DriveNode n = nodes.get(id);
    if (n == null) {
      throw new IllegalArgumentException("no such entry: " + id);
    }
    return n;
  }

  private DriveNode add(String parentId, String name, String kind, @Nullable ContentSource c) {
    if (name.isEmpty() || name.contains("/")) {
      throw new IllegalArgumentException("invalid name: " + name);
    }
    DriveNode parent = require(parentId);
    if (!parent.isFolder()) {
      throw new IllegalArgumentException("not a folder: " + parentId);
    }
    String unique = name;
    for (int i = 1; taken(parent, unique); i++) {
      int dot = name.lastIndexOf('.');
      unique =
          dot > 0 && kind.equals(DriveNode.FILE)
              ? name.substring(0, dot) + "(" + i + ")" + name.substring(dot)
              : name + "(" + i + ")";
    }
    String id = Ids.fileId(userId + "/" + (++counter));
    DriveNode n =
        new DriveNode(
            id,
            parentId,
            kind,
            unique,
            c,
            clock.instant(),
            kind.equals(DriveNode.FOLDER) ? "" : DriveNode.mimeFor(unique));
    parent.children.add(n);
    nodes.put(id, n);
    return n;
  }

  private static boolean taken(DriveNode parent, String name) {
    for (DriveNode c : parent.children) {
      if (c.name.equals(name) && !c.trashed) {
        return true;
      }
    }
    return false;
  }
}
