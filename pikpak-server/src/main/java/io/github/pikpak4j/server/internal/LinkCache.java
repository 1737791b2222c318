package io.github.pikpak4j.server.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Download links kept until shortly before they expire, so a file costs one get-file per link lifetime, not one per
 * request; concurrent first requests for one file wait for one resolution.
 */
final class LinkCache {
  /** A link is resolved again this long before it expires: 60 s. */
  static final Duration MARGIN = Duration.ofSeconds(60);
  /** A link without a known expiry is kept this long: 5 min. */
  static final Duration UNKNOWN_EXPIRY_TTL = Duration.ofMinutes(5);

  private record Entry(CachedLink link, Instant until) {}

  private final Clock clock;
  private final Map<String, Entry> links = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  LinkCache(Clock clock) {
    this.clock = clock;
  }

  /** Returns the link of a file, resolving it when none is cached or the cached one is about to expire. */
  CachedLink get(Located file) {
    MountPoint mp = Objects.requireNonNull(file.mount());
    Node node = Objects.requireNonNull(file.node());
    String key = mp.source().key() + "|" + node.id();
    Entry e = links.get(key);
    if (e != null && clock.instant().isBefore(e.until())) {
      return e.link();
    }
    synchronized (locks.computeIfAbsent(key, k -> new Object())) {
      e = links.get(key);
      if (e != null && clock.instant().isBefore(e.until())) {
        return e.link();
      }
      CachedLink link = mp.source().link(node);
      Instant until = link.expiresAt() == null
          ? clock.instant().plus(UNKNOWN_EXPIRY_TTL) : link.expiresAt().minus(MARGIN);
      links.put(key, new Entry(link, until));
      return link;
    }
  }

  void clear() {
    links.clear();
  }
}
