package io.github.pikpak4j.api.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A signed download link of a file ({@code links["application/octet-stream"]}, protocol §5.1).
 * {@code toString()} masks the token (the URL is a signed, short-lived link and is shown).
 *
 * @param url the signed CDN URL; {@code ""} when absent
 * @param token the link token, or {@code null}
 * @param expire when the link expires, or {@code null}; prefer the URL's {@code expire} query
 *     parameter (Unix seconds) when present
 */
public record FileLink(String url, @Nullable String token, @Nullable Instant expire) {

  /**
   * Normalises an absent URL to {@code ""}.
   *
   * @param url the signed CDN URL; {@code ""} when absent
   * @param token the link token, or {@code null}
   * @param expire when the link expires, or {@code null}; prefer the URL's {@code expire} query
   *     parameter (Unix seconds) when present
   */
  public FileLink {
    url = Values.str(url);
  }

  /** Returns a description with the token masked. */
  @Override
  public String toString() {
    return "FileLink[url=" + url + ", token=" + Values.mask(token) + ", expire=" + expire + "]";
  }
}
