package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.core.link.ResolvedLink;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A file's link as the server keeps it. {@code toString()} hides the URL.
 *
 * @param url the URL after the CDN policy
 * @param expiresAt when it expires, when known
 * @param drive the drive link (for reuse by a proxied read), or {@code null} for a share link
 */
record CachedLink(String url, @Nullable Instant expiresAt, @Nullable ResolvedLink drive) {
  @Override
  public String toString() {
    return "CachedLink[expiresAt=" + expiresAt + "]";
  }
}
