package io.github.pikpak4j.share;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The link chosen for a shared file under a {@link TranscodePolicy}: the raw signed CDN URL and
 * what it points to.
 *
 * <pre>{@code
 * ShareLinkChoice c = share.link(fileId, TranscodePolicy.TRANSCODED);
 * c.url();          // signed CDN URL, before any CDN host policy
 * c.rendition();    // TRANSCODE
 * c.variant();      // Optional["720P"]
 * c.size();         // OptionalLong.empty(): a transcode's size is not in the API answer
 * }</pre>
 *
 * <p>The URL is the raw link from the share answer. The facade's CDN policy (host choice) and
 * download engine take it like a drive link: hand {@link #url()} and {@link #expiresAt()} to them,
 * and re-resolve (call {@code link} again) after expiry or on a CDN 401/403. A shared original of a
 * video ({@link #mayBePartial()}) often serves only 40 to 50 % of the bytes; the size then still
 * says the full size.
 */
public final class ShareLinkChoice {
  /** What the link points to. */
  public enum Rendition {
    /** The original bytes ({@code web_content_link} or the {@code is_origin} rendition). */
    ORIGINAL,
    /** A transcoded rendition (MPEG-TS, another size than the original). */
    TRANSCODE
  }

  /** Where the link came from. */
  public enum Source {
    /** The file's {@code web_content_link}. */
    WEB_CONTENT_LINK,
    /** One of the file's {@code medias[].link}. */
    MEDIA
  }

  private final String fileId;
  private final String fileName;
  private final String url;
  private final Rendition rendition;
  private final Source source;
  private final @Nullable String variant;
  private final @Nullable String mediaId;
  private final long size;
  private final boolean mayBePartial;
  private final @Nullable Instant expiresAt;

  ShareLinkChoice(
      String fileId,
      String fileName,
      String url,
      Rendition rendition,
      Source source,
      @Nullable String variant,
      @Nullable String mediaId,
      long size,
      boolean mayBePartial,
      @Nullable Instant expiresAt) {
    this.fileId = fileId;
    this.fileName = fileName;
    this.url = url;
    this.rendition = rendition;
    this.source = source;
    this.variant = variant;
    this.mediaId = mediaId;
    this.size = size;
    this.mayBePartial = mayBePartial;
    this.expiresAt = expiresAt;
  }

  /**
   * Returns the shared file's id.
   *
   * @return the id inside the share
   */
  public String fileId() {
    return fileId;
  }

  /**
   * Returns the shared file's name.
   *
   * @return the name
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the signed CDN URL (a short-lived secret-free link; no pass code in it).
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  /**
   * Returns which rendition was chosen.
   *
   * @return {@link Rendition#ORIGINAL} or {@link Rendition#TRANSCODE}
   */
  public Rendition rendition() {
    return rendition;
  }

  /**
   * Returns whether the original bytes were chosen.
   *
   * @return {@code true} for {@link Rendition#ORIGINAL}
   */
  public boolean isOrigin() {
    return rendition == Rendition.ORIGINAL;
  }

  /**
   * Returns where the link came from.
   *
   * @return {@link Source#WEB_CONTENT_LINK} or {@link Source#MEDIA}
   */
  public Source source() {
    return source;
  }

  /**
   * Returns the rendition's {@code resolution_name}.
   *
   * @return for example {@code "720P"}, or empty for {@code web_content_link}
   */
  public Optional<String> variant() {
    return Optional.ofNullable(variant);
  }

  /**
   * Returns the rendition's {@code media_id} (stable across link refreshes).
   *
   * @return the id, or empty for {@code web_content_link}
   */
  public Optional<String> mediaId() {
    return Optional.ofNullable(mediaId);
  }

  /**
   * Returns the size of the linked bytes in bytes.
   *
   * @return the file's size for the original; empty for a transcode, whose size the API does not
   *     report (a 1-byte range request to the URL reveals it)
   */
  public OptionalLong size() {
    return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
  }

  /**
   * Returns whether the link may serve only part of the file: a shared video original, which
   * PikPak often cuts off at 40 to 50 %.
   *
   * @return {@code true} for an original taken from a media rendition
   */
  public boolean mayBePartial() {
    return mayBePartial;
  }

  /**
   * Returns when the link expires: the URL's {@code expire} parameter (Unix seconds) when present,
   * else the link object's {@code expire}.
   *
   * @return the expiry, or empty when unknown
   */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ShareLinkChoice)) {
      return false;
    }
    ShareLinkChoice c = (ShareLinkChoice) o;
    return fileId.equals(c.fileId) && url.equals(c.url) && rendition == c.rendition
        && source == c.source && Objects.equals(variant, c.variant)
        && Objects.equals(mediaId, c.mediaId) && size == c.size
        && mayBePartial == c.mayBePartial && Objects.equals(expiresAt, c.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileId, url, rendition, source, variant, mediaId, size, expiresAt);
  }

  /** Returns a description without the URL's signature. */
  @Override
  public String toString() {
    int q = url.indexOf('?');
    return "ShareLinkChoice[file=" + fileId + ", rendition=" + rendition + ", source=" + source
        + ", variant=" + variant + ", size=" + (size < 0 ? "unknown" : size)
        + ", mayBePartial=" + mayBePartial + ", expiresAt=" + expiresAt + ", url="
        + (q < 0 ? url : url.substring(0, q) + "?…") + "]";
  }
}
