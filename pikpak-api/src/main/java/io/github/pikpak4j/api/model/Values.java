package io.github.pikpak4j.api.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Normalisation helpers for the records of this package. */
final class Values {
  private Values() {}

  static String str(@Nullable String s) {
    return s == null ? "" : s;
  }

  static <T> List<T> list(@Nullable List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(list.size());
    for (T t : list) {
      if (t != null) {
        copy.add(t);
      }
    }
    return Collections.unmodifiableList(copy);
  }

  static <K, V> Map<K, V> map(@Nullable Map<K, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<K, V> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            copy.put(k, v);
          }
        });
    return Collections.unmodifiableMap(copy);
  }

  /** Masks a secret for {@code toString()}: {@code null}, {@code ""} or {@code "***"}. */
  static String mask(@Nullable String secret) {
    if (secret == null) {
      return "null";
    }
    return secret.isEmpty() ? "\"\"" : "***";
  }
}
