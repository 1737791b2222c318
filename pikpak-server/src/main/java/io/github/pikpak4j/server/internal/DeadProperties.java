package io.github.pikpak4j.server.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;

/**
 * WebDAV dead properties (PROPPATCH), which PikPak cannot store: kept in the server's memory per served path, as
 * Windows and macOS clients write them and expect to read them back. Bounded ({@link #MAX_PROPERTIES} in all, values
 * of at most {@link #MAX_VALUE} characters); lost on restart; moved with MOVE, dropped with DELETE.
 */
final class DeadProperties {
  /** At most this many properties across all paths: {@value}. */
  static final int MAX_PROPERTIES = 10_000;
  /** The longest value kept, in characters: {@value}. */
  static final int MAX_VALUE = 4_096;

  private final Map<String, Map<QName, String>> byPath = new HashMap<>();
  private int count;

  synchronized @Nullable String get(String path, QName name) {
    Map<QName, String> m = byPath.get(path);
    return m == null ? null : m.get(name);
  }

  synchronized List<QName> names(String path) {
    Map<QName, String> m = byPath.get(path);
    return m == null ? List.of() : new ArrayList<>(m.keySet());
  }

  /** Sets (or with {@code null} removes) a property; returns false when the store is full or the value too long. */
  synchronized boolean set(String path, QName name, @Nullable String value) {
    Map<QName, String> m = byPath.computeIfAbsent(path, p -> new LinkedHashMap<>());
    if (value == null) {
      if (m.remove(name) != null) {
        count--;
      }
      if (m.isEmpty()) {
        byPath.remove(path);
      }
      return true;
    }
    if (value.length() > MAX_VALUE || (!m.containsKey(name) && count >= MAX_PROPERTIES)) {
      return false;
    }
    if (m.put(name, value) == null) {
      count++;
    }
    return true;
  }

  /** Moves the properties of a path and of everything below it. */
  synchronized void move(String from, String to) {
    for (String p : new ArrayList<>(byPath.keySet())) {
      if (p.equals(from) || p.startsWith(from + "/")) {
        byPath.put(to + p.substring(from.length()), byPath.remove(p));
      }
    }
  }

  /** Drops the properties of a path and of everything below it. */
  synchronized void drop(String path) {
    byPath.keySet().removeIf(p -> {
      boolean gone = p.equals(path) || p.startsWith(path + "/");
      if (gone) {
        count -= byPath.get(p).size();
      }
      return gone;
    });
  }
}
