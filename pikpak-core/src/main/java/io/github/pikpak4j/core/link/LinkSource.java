package io.github.pikpak4j.core.link;

/** Where a resolved link comes from. */
public enum LinkSource {
  /** The original bytes: {@code links["application/octet-stream"]} or {@code web_content_link}. */
  ORIGINAL,
  /** A playback rendition ({@code medias[i].link}); a transcode has a different size and hash. */
  MEDIA;

  /**
   * Returns the lower-case name used in the CLI's JSON ({@code "original"} or {@code "media"}).
   *
   * @return the name
   */
  public String jsonName() {
    return this == ORIGINAL ? "original" : "media";
  }
}
