package io.github.pikpak4j.core.link;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A signed download link chosen for a file under a {@link LinkPolicy}. {@code toString()} shows the host, not the
 * signed URL.
 *
 * @param fileId the file id
 * @param fileName the file name
 * @param url the URL to download from, after the CDN host policy ({@link LinkRewriter})
 * @param originalUrl the URL as the server gave it
 * @param source original bytes or a media rendition
 * @param variant {@code original}, {@code origin}, or the rendition's resolution name (for example {@code 720P})
 * @param mediaId the chosen rendition's {@code media_id}, or {@code null} for an original link
 * @param size the content size in bytes, or {@code -1} when unknown (a transcode's size differs from the file's and
 *     is learnt from the CDN)
 * @param hash the GCID of the content when the link serves the original bytes, else {@code null}
 * @param expiresAt when the link expires, read from the URL's {@code expire} parameter, else the link object's
 *     {@code expire} field; {@code null} when neither is present
 * @param policy the policy that chose this link
 */
public record ResolvedLink(
    String fileId,
    String fileName,
    String url,
    String originalUrl,
    LinkSource source,
    String variant,
    @Nullable String mediaId,
    long size,
    @Nullable String hash,
    @Nullable Instant expiresAt,
    LinkPolicy policy) {

  /** How long before {@link #expiresAt()} a link is treated as expired: 10 s (protocol §5.5). */
  public static final Duration EXPIRY_MARGIN = Duration.ofSeconds(10);

  /** {@return whether the link serves the original bytes (so the file's size and GCID apply)} */
  public boolean originalBytes() {
    return hash != null || source == LinkSource.ORIGINAL;
  }

  /**
   * Returns whether the link is expired, or expires within {@link #EXPIRY_MARGIN}, at {@code now}.
   *
   * @param now the current time
   * @return {@code false} when the expiry is unknown
   */
  public boolean isExpired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt.minus(EXPIRY_MARGIN));
  }

  /** {@return the host of {@link #url()}, or {@code ""} when it has none} */
  public String host() {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "" : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  @Override
  public String toString() {
    return "ResolvedLink[fileId=" + fileId + ", source=" + source.jsonName() + ", variant=" + variant + ", host="
        + host() + ", size=" + size + ", expiresAt=" + expiresAt + "]";
  }

  /**
   * Returns this link served from another URL (another CDN host); everything else is kept.
   *
   * @param newUrl the URL to download from
   * @return the link
   */
  public ResolvedLink withUrl(String newUrl) {
    return new ResolvedLink(
        fileId, fileName, newUrl, originalUrl, source, variant, mediaId, size, hash, expiresAt, policy);
  }
}
