package io.github.pikpak4j.share;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A share just created by {@link Shares#create(CreateShareOptions)}. {@code toString()} never shows
 * the pass code.
 *
 * @param shareId the share id
 * @param url the share URL, {@code https://mypikpak.com/s/<share_id>} (without the pass code)
 * @param passCode the pass code, or {@code null} for a public share
 */
public record CreatedShare(String shareId, String url, @Nullable String passCode) {

  /**
   * Returns the pass code.
   *
   * @return the code, or empty for a public share
   */
  public Optional<String> passCodeValue() {
    return Optional.ofNullable(passCode);
  }

  /**
   * Returns the link to hand out, with the pass code (when any) as {@code ?pwd=}.
   *
   * @return the link
   */
  public ShareLink link() {
    ShareLink l = ShareLink.parse(shareId);
    return passCode == null ? l : l.withPassCode(passCode);
  }

  /** Returns a description with the pass code masked. */
  @Override
  public String toString() {
    return "CreatedShare[shareId=" + shareId + ", url=" + url + ", passCode="
        + (passCode == null ? "none" : "***") + "]";
  }
}
