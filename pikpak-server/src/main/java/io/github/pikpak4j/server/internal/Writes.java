package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.api.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes on drive mounts. A PUT is spooled to a temporary file first and uploaded only when the whole body arrived
 * (instant when PikPak knows the content), so an interrupted PUT leaves nothing behind and the entry appears only when
 * complete; a replaced file goes to the trash after its successor is uploaded. Every write clears the tree's caches.
 */
final class Writes {
  /** A write that cannot be done here (a share or read-only target, a move across sources). */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final ServedTree tree;

  Writes(ServedTree tree) {
    this.tree = tree;
  }

  /** Returns the drive source of a writable folder (or entry), else refuses. */
  static DriveSource drive(Located l) {
    MountPoint mp = l.mount();
    if (mp == null || l.node() == null || !mp.writable() || !(mp.source() instanceof DriveSource d)) {
      throw new Refused("read-only: " + l.path());
    }
    return d;
  }

  Located put(Located folder, String name, InputStream in, @Nullable Long length) throws IOException {
    DriveSource d = drive(folder);
    String folderId = Objects.requireNonNull(folder.node()).id();
    Path spool = Files.createTempFile("pikpak-serve-", ".put");
    try {
      long n;
      try (OutputStream out = Files.newOutputStream(spool)) {
        n = in.transferTo(out);
      }
      if (length != null && length >= 0 && n != length) {
        throw new IOException("the request body ended after " + n + " of " + length + " bytes; nothing was stored");
      }
      Located old = find(folder, name);
      Node made = d.upload(spool, folderId, name);
      if (old != null && old.node() != null && !old.node().id().equals(made.id())) {
        d.trash(old.node().id());
        if (!made.name().equals(name)) {
          made = d.rename(made.id(), name);
        }
      }
      return new Located(ServedTree.childPath(folder.path(), made.name()), folder.mount(), made, folderId);
    } finally {
      Files.deleteIfExists(spool);
      tree.invalidate();
    }
  }

  private @Nullable Located find(Located folder, String name) {
    try {
      return tree.resolve(ServedTree.childPath(folder.path(), name));
    } catch (NotFoundException e) {
      return null;
    }
  }

  /**
   * Creates a folder. Serialized, with a fresh look first: two clients creating the same folder at once (rclone does)
   * get the one folder, not PikPak's {@code name(1)} for the second.
   */
  synchronized Located mkdir(Located folder, String name) {
    DriveSource d = drive(folder);
    tree.invalidate();
    Located existing = find(folder, name);
    if (existing != null && existing.folder()) {
      return existing;
    }
    try {
      Node made = d.mkdir(Objects.requireNonNull(folder.node()).id(), name);
      return new Located(ServedTree.childPath(folder.path(), made.name()), folder.mount(), made,
          folder.node().id());
    } finally {
      tree.invalidate();
    }
  }

  void delete(Located entry) {
    DriveSource d = drive(entry);
    if (entry.parentId() == null) {
      throw new Refused("a mount's root cannot be deleted: " + entry.path());
    }
    try {
      d.trash(Objects.requireNonNull(entry.node()).id());
    } finally {
      tree.invalidate();
    }
  }

  void move(Located entry, Located toFolder, String name) {
    DriveSource from = drive(entry);
    DriveSource to = drive(toFolder);
    if (entry.parentId() == null) {
      throw new Refused("a mount's root cannot be moved: " + entry.path());
    }
    Objects.requireNonNull(from);
    String id = Objects.requireNonNull(entry.node()).id();
    try {
      String target = Objects.requireNonNull(toFolder.node()).id();
      if (!target.equals(entry.parentId())) {
        to.move(id, target);
      }
      if (!name.equals(entry.node().name())) {
        to.rename(id, name);
      }
    } finally {
      tree.invalidate();
    }
  }

  void copy(Located entry, Located toFolder, String name) {
    DriveSource to = drive(toFolder);
    String target = Objects.requireNonNull(toFolder.node()).id();
    Node node = Objects.requireNonNull(entry.node(), "a virtual folder cannot be copied");
    MountPoint mp = Objects.requireNonNull(entry.mount());
    try {
      if (mp.source() instanceof ShareSource share) {
        String parent = entry.parentId() == null ? node.id() : entry.parentId();
        share.saveInto(node.id(), parent, target);
        return;
      }
      java.util.Set<String> before = new java.util.HashSet<>();
      to.children(target).forEachRemaining(n -> before.add(n.id()));
      to.copy(node.id(), target);
      Iterator<Node> it = to.children(target);
      while (it.hasNext()) {
        Node n = it.next();
        if (!before.contains(n.id())) {
          if (!n.name().equals(name)) {
            to.rename(n.id(), name); // the server named the copy name(1), or the client asked for another name
          }
          return;
        }
      }
    } finally {
      tree.invalidate();
    }
  }
}
