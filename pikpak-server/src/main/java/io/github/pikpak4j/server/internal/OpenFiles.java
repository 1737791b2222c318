package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.RemoteFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The files being proxied: one {@link RemoteFile} per file shared by all its readers (one link, refreshed once for
 * all of them), closed when its last reader is done. All readers of a file also share the client's per-link
 * connection budget.
 */
final class OpenFiles implements AutoCloseable {
  private final DownloadOptions options;
  private final Map<String, Shared> open = new HashMap<>();

  private static final class Shared {
    final RemoteFile file;
    int readers;

    Shared(RemoteFile file) {
      this.file = file;
    }
  }

  /** One reader's hold on an open file; {@link #close()} lets go of it. */
  final class Handle implements AutoCloseable {
    private final String key;
    private final Shared shared;
    private boolean closed;

    private Handle(String key, Shared shared) {
      this.key = key;
      this.shared = shared;
    }

    RemoteFile file() {
      return shared.file;
    }

    @Override
    public void close() {
      synchronized (OpenFiles.this) {
        if (closed) {
          return;
        }
        closed = true;
        if (--shared.readers > 0) {
          return;
        }
        open.remove(key, shared);
      }
      shared.file.close();
    }
  }

  OpenFiles(DownloadOptions options) {
    this.options = options;
  }

  /** Opens (or joins) the file at {@code file}, reusing {@code link} where the source can. */
  Handle acquire(Located file, LinkCache links) {
    MountPoint mp = Objects.requireNonNull(file.mount());
    Node node = Objects.requireNonNull(file.node());
    String key = mp.source().key() + "|" + node.id();
    synchronized (this) {
      Shared s = open.get(key);
      if (s != null) {
        s.readers++;
        return new Handle(key, s);
      }
    }
    RemoteFile f = mp.source().open(node, links.get(file), options);
    synchronized (this) {
      Shared s = open.get(key);
      if (s == null) {
        s = new Shared(f);
        open.put(key, s);
        f = null;
      }
      s.readers++;
      Handle h = new Handle(key, s);
      if (f != null) {
        f.close(); // another reader opened it meanwhile
      }
      return h;
    }
  }

  @Override
  public synchronized void close() {
    for (Shared s : open.values()) {
      s.file.close();
    }
    open.clear();
  }
}
