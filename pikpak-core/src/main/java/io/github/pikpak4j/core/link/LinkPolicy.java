package io.github.pikpak4j.core.link;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.Locale;
import java.util.Objects;

/**
 * Which link of a file to download: the original bytes (the default) or a playback rendition.
 *
 * <pre>{@code
 * LinkPolicy.original();        // usage=FETCH, the octet-stream link or web_content_link
 * LinkPolicy.media("1080P");    // usage=CACHE, the rendition named 1080P
 * LinkPolicy.media("origin");   // the rendition that carries the original bytes
 * LinkPolicy.media("default");  // the player's default rendition (often a transcode)
 * }</pre>
 *
 * <p>Rules (protocol §5.5): {@link #original()} never takes a media link except one whose {@code fid} is the file's
 * own id (the same bytes). A media policy never takes {@code medias[0]} blindly: {@code origin} picks the rendition
 * flagged {@code is_origin} or whose URL carries the file's own {@code fid}; {@code default} picks the one flagged
 * {@code is_default}; a resolution name ({@code 1080P}, {@code 720P}, ...) picks that rendition, case-insensitively.
 * Once chosen, a rendition stays locked by its {@code media_id} when the link is resolved again. Immutable.
 */
public final class LinkPolicy {
  /** The variant name of the rendition carrying the original bytes: {@value}. */
  public static final String ORIGIN = "origin";

  /** The variant name of the player's default rendition: {@value}. */
  public static final String DEFAULT = "default";

  private static final LinkPolicy ORIGINAL = new LinkPolicy(LinkSource.ORIGINAL, "");

  private final LinkSource source;
  private final String variant;

  private LinkPolicy(LinkSource source, String variant) {
    this.source = source;
    this.variant = variant;
  }

  /** {@return the default policy: the original bytes ({@code usage=FETCH})} */
  public static LinkPolicy original() {
    return ORIGINAL;
  }

  /** {@return a media policy for the player's default rendition ({@code usage=CACHE})} */
  public static LinkPolicy media() {
    return media(DEFAULT);
  }

  /**
   * Returns a media policy ({@code usage=CACHE}) for a variant.
   *
   * @param variant {@code origin}, {@code default}, or a resolution name such as {@code 1080P} (case-insensitive)
   * @return the policy
   * @throws InvalidInputException when the variant is blank or contains characters other than letters, digits,
   *     {@code -} and {@code _}
   */
  public static LinkPolicy media(String variant) {
    Objects.requireNonNull(variant, "variant");
    String v = variant.strip();
    if (v.isEmpty() || !v.matches("[A-Za-z0-9_-]{1,32}")) {
      throw new InvalidInputException("invalid media variant: '" + variant + "' (use origin, default or e.g. 1080P)");
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.equals(ORIGIN) || lower.equals(DEFAULT)) {
      return new LinkPolicy(LinkSource.MEDIA, lower);
    }
    return new LinkPolicy(LinkSource.MEDIA, v.toUpperCase(Locale.ROOT));
  }

  /** {@return whether the original bytes or a rendition is wanted} */
  public LinkSource source() {
    return source;
  }

  /**
   * {@return the variant: {@code ""} for {@link #original()}, else {@code origin}, {@code default} or an upper-case
   * resolution name}
   */
  public String variant() {
    return variant;
  }

  /** {@return the get-file {@code usage} parameter this policy sends: {@code FETCH} or {@code CACHE}} */
  public String usage() {
    return source == LinkSource.ORIGINAL ? "FETCH" : "CACHE";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinkPolicy p && p.source == source && p.variant.equals(variant);
  }

  @Override
  public int hashCode() {
    return source.hashCode() * 31 + variant.hashCode();
  }

  @Override
  public String toString() {
    return source == LinkSource.ORIGINAL ? "LinkPolicy[original]" : "LinkPolicy[media " + variant + "]";
  }
}
