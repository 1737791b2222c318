package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.hash.Gcid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The GCIDs of local files computed before, so that comparing an unchanged tree with the drive reads no file again.
 * An entry is keyed by the file's absolute path, size and modification time: any change of size or time computes the
 * hash again. Kept in {@value #FILE_NAME} beside the session file, one entry per line
 * ({@code GCID TAB size TAB mtime-millis TAB path}), rewritten atomically (a temporary file, then a rename) by
 * {@link #save()}. An unreadable cache is ignored (it only costs hashing). Thread-safe.
 */
final class GcidCache {
  /** The cache's file name in the configuration directory. */
  static final String FILE_NAME = "gcid-cache.tsv";

  private record Key(String path, long size, long modifiedMillis) {}

  private final Path file;
  private final Map<Key, String> entries = new HashMap<>();
  private boolean changed;
  private int computed;

  private GcidCache(Path file) {
    this.file = file;
  }

  /**
   * Loads the cache of a configuration directory (empty when there is none yet).
   *
   * @param sessionFile the session file; the cache lives beside it
   * @return the cache
   */
  static GcidCache beside(Path sessionFile) {
    Path dir = sessionFile.toAbsolutePath().getParent();
    GcidCache cache = new GcidCache((dir == null ? Path.of(".") : dir).resolve(FILE_NAME));
    if (Files.isRegularFile(cache.file)) {
      try {
        for (String line : Files.readAllLines(cache.file, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t", 4);
          if (f.length == 4 && f[0].length() == 40) {
            cache.entries.put(new Key(f[3], Long.parseLong(f[1]), Long.parseLong(f[2])), f[0]);
          }
        }
      } catch (IOException | RuntimeException e) {
        cache.entries.clear(); // a damaged cache costs only hashing
      }
    }
    return cache;
  }

  /**
   * Returns a local file's GCID, from the cache when its size and modification time are unchanged, else computed (and
   * remembered).
   *
   * @param node the file
   * @return the GCID, 40 upper-case hex digits
   */
  String gcid(LocalTree.Node node) {
    Key key = key(node.path(), node.size(), node.modifiedMillis());
    synchronized (this) {
      String known = entries.get(key);
      if (known != null) {
        return known;
      }
    }
    String hash;
    try {
      hash = Gcid.of(node.path()).toUpperCase(Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + node.path() + ": " + e.getMessage(), e);
    }
    put(node.path(), node.size(), node.modifiedMillis(), hash);
    synchronized (this) {
      computed++;
    }
    return hash;
  }

  /**
   * Remembers the GCID of a file just written (a verified download), so that the next comparison does not hash it.
   *
   * @param path the local file
   * @param gcid its verified GCID, or null (nothing is remembered)
   */
  void remember(Path path, @Nullable String gcid) {
    if (gcid == null) {
      return;
    }
    try {
      put(path, Files.size(path), Files.getLastModifiedTime(path).toMillis(), gcid.toUpperCase(Locale.ROOT));
    } catch (IOException e) {
      // not remembered: hashed next time
    }
  }

  /** Returns how many files were hashed (not found in the cache) in this run. */
  synchronized int computed() {
    return computed;
  }

  private synchronized void put(Path path, long size, long modifiedMillis, String gcid) {
    Key key = key(path, size, modifiedMillis);
    if (key.path().indexOf('\n') >= 0 || key.path().indexOf('\r') >= 0) {
      return;
    }
    entries.keySet().removeIf(k -> k.path().equals(key.path()) && !k.equals(key));
    changed |= !gcid.equals(entries.put(key, gcid));
  }

  /** Writes the cache back when it changed. A failure to write only costs hashing next time. */
  synchronized void save() {
    if (!changed) {
      return;
    }
    List<String> lines = new ArrayList<>(entries.size());
    entries.forEach((k, v) -> lines.add(v + "\t" + k.size() + "\t" + k.modifiedMillis() + "\t" + k.path()));
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
      Files.write(tmp, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      changed = false;
    } catch (IOException e) {
      // kept in memory only
    }
  }

  private static Key key(Path path, long size, long modifiedMillis) {
    return new Key(path.toAbsolutePath().normalize().toString(), size, modifiedMillis);
  }
}
