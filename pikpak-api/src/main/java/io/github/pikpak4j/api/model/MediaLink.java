package io.github.pikpak4j.api.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The link of a playback rendition ({@code medias[].link}, protocol §5.1). {@code toString()}
 * masks the token.
 *
 * @param url the signed CDN URL; {@code ""} when absent
 * @param token the link token, or {@code null}
 * @param expire when the link expires, or {@code null}
 */
public record MediaLink(String url, @Nullable String token, @Nullable Instant expire) {

  /**
   * Normalises an absent URL to {@code ""}.
   *
   * @param url the signed CDN URL; {@code ""} when absent
   * @param token the link token, or {@code null}
   * @param expire when the link expires, or {@code null}
   */
  public MediaLink {
    url = Values.str(url);
  }

  /** Returns a description with the token masked. */
  @Override
  public String toString() {
    return "MediaLink[url=" + url + ", token=" + Values.mask(token) + ", expire=" + expire + "]";
  }
}
