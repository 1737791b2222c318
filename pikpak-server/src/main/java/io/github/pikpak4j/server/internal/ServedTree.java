package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.server.Mount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The served tree: routes a path to its mount, resolves it folder by folder (listings page lazily and stop at the
 * name), and remembers what paths resolved to for a short time. Every write clears the path cache and the link cache.
 */
public final class ServedTree implements AutoCloseable {
  /** How long a resolved path is trusted without asking again: 15 s. */
  static final Duration PATH_TTL = Duration.ofSeconds(15);
  /**
   * Bytes per CDN request of a proxied read: 8 MiB. Each request pays the CDN's first-byte latency once, so at 20 MB/s
   * per connection and 30 ms of latency 8 MiB keeps a connection busy 93 % of the time (1 MiB: 63 %); a reader holds
   * at most connections + 1 of them in memory.
   */
  static final int PROXY_CHUNK = 8 << 20;

  /** At most this many resolved paths are kept. */
  static final int PATH_CACHE_SIZE = 10_000;

  private final List<MountPoint> mounts = new ArrayList<>();
  private final Clock clock;
  private final Map<String, Cached> paths =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
          return size() > PATH_CACHE_SIZE;
        }
      };
  private final LinkCache links;
  private final OpenFiles openFiles;

  private record Cached(Located located, Instant at) {}

  /**
   * Creates the tree of a server.
   *
   * @param settings the server's settings
   */
  public ServedTree(ServerSettings settings) {
    this.clock = Clock.systemUTC();
    for (Mount m : settings.mounts()) {
      Source source = m.kind() == Mount.Kind.DRIVE
          ? new DriveSource(settings.client(), m) : new ShareSource(settings.client(), m);
      mounts.add(new MountPoint(m, source,
          m.kind() == Mount.Kind.DRIVE && !m.isReadOnly() && !settings.readOnly()));
    }
    mounts.sort(Comparator.comparingInt((MountPoint mp) -> mp.prefix().length()).reversed());
    this.links = new LinkCache(clock);
    this.openFiles = new OpenFiles(DownloadOptions.builder().connections(settings.connections())
        .chunkSize(PROXY_CHUNK).build());
  }

  /** Resolves every mount's root: a missing folder or a share in a bad state fails here, before serving. */
  public void check() {
    for (MountPoint mp : mounts) {
      mp.source().root();
    }
  }

  LinkCache links() {
    return links;
  }

  OpenFiles openFiles() {
    return openFiles;
  }

  /** Forgets every resolved path and link: called after every write. */
  void invalidate() {
    synchronized (paths) {
      paths.clear();
    }
    links.clear();
  }

  private @Nullable MountPoint mountOf(String path) {
    for (MountPoint mp : mounts) { // longest prefix first
      if (mp.mount().covers(path)) {
        return mp;
      }
    }
    return null;
  }

  /** Names of the mounts (or folders holding mounts) directly below {@code path}. */
  private TreeSet<String> mountNamesBelow(String path) {
    TreeSet<String> names = new TreeSet<>();
    String base = path.equals("/") ? "/" : path + "/";
    for (MountPoint mp : mounts) {
      String p = mp.prefix();
      if (!p.equals("/") && p.startsWith(base)) {
        String rest = p.substring(base.length());
        int slash = rest.indexOf('/');
        names.add(slash < 0 ? rest : rest.substring(0, slash));
      }
    }
    return names;
  }

  /**
   * Resolves a normalized served path.
   *
   * @param path {@code /} or {@code /a/b}
   * @return what it is
   * @throws NotFoundException when nothing is there
   * @throws io.github.pikpak4j.api.PikPakException for a source's errors (a share in a bad state)
   */
  Located resolve(String path) {
    Located hit = cached(path);
    if (hit != null) {
      return hit;
    }
    for (MountPoint mp : mounts) {
      if (mp.prefix().equals(path)) {
        return remember(new Located(path, mp, mp.source().root(), null));
      }
    }
    if (!mountNamesBelow(path).isEmpty()) {
      return new Located(path, null, null, null); // a folder that only holds mounts
    }
    MountPoint mp = mountOf(path);
    if (mp == null) {
      throw new NotFoundException("not found: " + path);
    }
    int slash = path.lastIndexOf('/');
    String parentPath = slash == 0 ? "/" : path.substring(0, slash);
    Located parent = resolve(parentPath);
    if (parent.node() == null || !parent.node().folder() || parent.mount() != mp) {
      throw new NotFoundException("not found: " + path);
    }
    String name = path.substring(slash + 1);
    Iterator<Node> it = mp.source().children(parent.node().id());
    while (it.hasNext()) {
      Node n = it.next();
      Located child = new Located(childPath(parentPath, n.name()), mp, n, parent.node().id());
      remember(child);
      if (n.name().equals(name)) {
        return child;
      }
    }
    throw new NotFoundException("not found: " + path);
  }

  static String childPath(String parent, String name) {
    return parent.equals("/") ? "/" + name : parent + "/" + name;
  }

  /**
   * Lists a folder: its own entries (paged lazily from the source) and the mounts below it, a mount shadowing an entry
   * of the same name.
   *
   * @param folder a folder
   * @return the children, in the source's order, mounts last
   */
  List<Located> children(Located folder) {
    TreeSet<String> mountNames = mountNamesBelow(folder.path());
    List<Located> out = new ArrayList<>();
    if (folder.node() != null && folder.mount() != null) {
      Iterator<Node> it = folder.mount().source().children(folder.node().id());
      while (it.hasNext()) {
        Node n = it.next();
        if (!mountNames.contains(n.name())) {
          out.add(remember(new Located(childPath(folder.path(), n.name()), folder.mount(), n, folder.node().id())));
        }
      }
    }
    for (String name : mountNames) {
      try {
        out.add(resolve(childPath(folder.path(), name)));
      } catch (RuntimeException e) {
        // a mount whose share is in a bad state is left out of its parent's listing; a request to it says why
      }
    }
    return out;
  }

  private @Nullable Located cached(String path) {
    synchronized (paths) {
      Cached c = paths.get(path);
      if (c == null) {
        return null;
      }
      if (Duration.between(c.at(), clock.instant()).compareTo(PATH_TTL) > 0) {
        paths.remove(path);
        return null;
      }
      return c.located();
    }
  }

  private Located remember(Located l) {
    synchronized (paths) {
      paths.put(l.path(), new Cached(l, clock.instant()));
    }
    return l;
  }

  @Override
  public void close() {
    openFiles.close();
  }
}
