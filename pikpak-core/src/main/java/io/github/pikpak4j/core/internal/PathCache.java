package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.files.FileEntry;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Remembers which id a drive path (relative to the client's root folder, e.g. {@code /Docs/a.txt}) resolved to.
 * Bounded: the least recently used path goes first. Thread-safe (one lock; every operation is a short map walk).
 */
final class PathCache {
  /** The default bound, in paths. */
  static final int DEFAULT_MAX_ENTRIES = 4096;

  /** What a path resolved to. */
  record Hit(String id, String parentId, String name, boolean folder) {}

  private final int maxEntries;
  private final LinkedHashMap<String, Hit> map;

  PathCache(int maxEntries) {
    this.maxEntries = maxEntries;
    this.map =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Hit> eldest) {
            return size() > PathCache.this.maxEntries;
          }
        };
  }

  synchronized @Nullable Hit get(String path) {
    return maxEntries == 0 ? null : map.get(path);
  }

  synchronized void put(String path, FileEntry e) {
    if (maxEntries > 0) {
      map.put(path, new Hit(e.id(), e.parentId(), e.name(), e.isFolder()));
    }
  }

  /** Forgets every path that resolved to one of these ids, and every path below those. */
  synchronized void invalidateIds(Collection<String> ids) {
    if (ids.isEmpty() || map.isEmpty()) {
      return;
    }
    Set<String> wanted = new HashSet<>(ids);
    Set<String> prefixes = new HashSet<>();
    for (Map.Entry<String, Hit> e : map.entrySet()) {
      if (wanted.contains(e.getValue().id())) {
        prefixes.add(e.getKey());
      }
    }
    if (prefixes.isEmpty()) {
      return;
    }
    Iterator<String> it = map.keySet().iterator();
    while (it.hasNext()) {
      String path = it.next();
      for (String p : prefixes) {
        if (path.equals(p) || path.startsWith(p + "/")) {
          it.remove();
          break;
        }
      }
    }
  }

  synchronized void clear() {
    map.clear();
  }

  synchronized int size() {
    return map.size();
  }

  synchronized boolean contains(String path) {
    return map.containsKey(path);
  }
}
