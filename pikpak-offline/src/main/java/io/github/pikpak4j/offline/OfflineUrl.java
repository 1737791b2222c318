package io.github.pikpak4j.offline;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A link PikPak can download into the drive (an offline or "cloud" download), validated before any
 * request is sent.
 *
 * <pre>{@code
 * OfflineUrl url = OfflineUrl.parse("magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn=A+Movie");
 * url.kind();         // MAGNET
 * url.infoHash();     // Optional["c12fe1c06bba254a9dc9f519b335aa7c1367a88a"]
 * url.displayName();  // Optional["A Movie"]
 * url.value();        // the exact text to send to PikPak
 * }</pre>
 *
 * <p>Accepted kinds ({@link OfflineUrlKind}):
 *
 * <ul>
 *   <li>{@link OfflineUrlKind#MAGNET}: {@code magnet:?xt=urn:btih:<info hash>}, where the info hash
 *       is 40 hexadecimal or 32 base32 characters. Other exact topics ({@code urn:btmh:}, {@code
 *       urn:ed2k:}, ...) are rejected; a hybrid link that also has a {@code urn:btih:} topic is
 *       accepted. The display name {@code dn} and trackers {@code tr} are kept, URL-decoded.
 *   <li>{@link OfflineUrlKind#ED2K}: {@code ed2k://|file|<name>|<size>|<hash>|/} with a decimal
 *       size and a 32-hexadecimal hash; optional {@code key=value} parts after the hash (such as
 *       {@code h=<AICH>}) and a missing final {@code /} are tolerated.
 *   <li>{@link OfflineUrlKind#SOCIAL}: an http(s) URL whose host belongs to a {@link SocialSite}.
 *   <li>{@link OfflineUrlKind#HTTP}: any other {@code http://} or {@code https://} URL with a host.
 * </ul>
 *
 * <p>Leading and trailing whitespace is removed; whitespace or control characters inside the link,
 * other schemes ({@code ftp:}, {@code file:}, {@code javascript:}, ...) and links longer than
 * {@value #MAX_LENGTH} characters are rejected with an {@link
 * io.github.pikpak4j.api.InvalidInputException} whose message gives the reason and lists the
 * accepted kinds (it never repeats the link). Which links the server finally accepts is decided by
 * PikPak; this check only catches what cannot work.
 *
 * <p>Instances are immutable; two are equal when their {@link #value()}s are equal.
 */
public final class OfflineUrl {
  /** The longest link accepted, in characters (65,536). */
  public static final int MAX_LENGTH = 65_536;

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
  private static final Pattern BARE_INFO_HASH = Pattern.compile("[0-9A-Fa-f]{40}|[A-Za-z2-7]{32}");

  private final String value;
  private final String shown;
  private final OfflineUrlKind kind;
  private final @Nullable String infoHash;
  private final @Nullable String displayName;
  private final List<String> trackers;
  private final @Nullable String ed2kName;
  private final long ed2kSize;
  private final @Nullable String ed2kHash;
  private final @Nullable String host;
  private final @Nullable SocialSite socialSite;

  private OfflineUrl(
      String value,
      String shown,
      OfflineUrlKind kind,
      @Nullable String infoHash,
      @Nullable String displayName,
      List<String> trackers,
      @Nullable String ed2kName,
      long ed2kSize,
      @Nullable String ed2kHash,
      @Nullable String host,
      @Nullable SocialSite socialSite) {
    this.value = value;
    this.shown = shown;
    this.kind = kind;
    this.infoHash = infoHash;
    this.displayName = displayName;
    this.trackers = List.copyOf(trackers);
    this.ed2kName = ed2kName;
    this.ed2kSize = ed2kSize;
    this.ed2kHash = ed2kHash;
    this.host = host;
    this.socialSite = socialSite;
  }

  static OfflineUrl magnet(
      String value, String infoHash, @Nullable String displayName, List<String> trackers) {
    return new OfflineUrl(
        value,
        value,
        OfflineUrlKind.MAGNET,
        infoHash,
        displayName,
        trackers,
        null,
        -1,
        null,
        null,
        null);
  }

  static OfflineUrl ed2k(String value, String name, long size, String hash) {
    return new OfflineUrl(
        value, value, OfflineUrlKind.ED2K, null, null, List.of(), name, size, hash, null, null);
  }

  static OfflineUrl web(String value, String shown, String host, @Nullable SocialSite site) {
    OfflineUrlKind kind = site == null ? OfflineUrlKind.HTTP : OfflineUrlKind.SOCIAL;
    return new OfflineUrl(value, shown, kind, null, null, List.of(), null, -1, null, host, site);
  }

  /**
   * Parses and validates a link.
   *
   * @param link a magnet, ed2k, http(s) or social-site link; surrounding whitespace is ignored
   * @return the validated link
   * @throws io.github.pikpak4j.api.InvalidInputException if the link is not one of the accepted
   *     kinds; the message says why and lists the accepted kinds
   */
  public static OfflineUrl parse(String link) {
    Objects.requireNonNull(link, "link");
    String s = link.strip();
    if (s.isEmpty()) {
      throw Rejections.invalid("the link is empty");
    }
    if (s.length() > MAX_LENGTH) {
      throw Rejections.invalid("the link is longer than " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        throw Rejections.invalid("the link contains whitespace or control characters");
      }
    }
    int colon = s.indexOf(':');
    String scheme = colon < 0 ? "" : s.substring(0, colon);
    if (!SCHEME.matcher(scheme).matches()) {
      if (BARE_INFO_HASH.matcher(s).matches()) {
        throw Rejections.invalid(
            "the link has no scheme (for a bare info hash write magnet:?xt=urn:btih:<hash>)");
      }
      throw Rejections.invalid("the link has no scheme");
    }
    switch (scheme.toLowerCase(Locale.ROOT)) {
      case "magnet":
        return MagnetLinks.parse(s);
      case "ed2k":
        return Ed2kLinks.parse(s);
      case "http":
      case "https":
        return WebUrls.parse(s, scheme);
      default:
        throw Rejections.invalid(
            scheme.length() <= 24
                ? "the scheme '" + scheme + "' is not supported"
                : "the scheme is not supported");
    }
  }

  /**
   * Returns the kind of link.
   *
   * @return the kind
   */
  public OfflineUrlKind kind() {
    return kind;
  }

  /**
   * Returns the link exactly as it should be sent to PikPak: the input without surrounding
   * whitespace, otherwise unchanged.
   *
   * @return the link text
   */
  public String value() {
    return value;
  }

  /**
   * Returns the BitTorrent info hash of a magnet link, normalised to 40 lower-case hexadecimal
   * characters (a base32 hash is converted).
   *
   * @return the info hash, or empty if this is not a magnet link
   */
  public Optional<String> infoHash() {
    return Optional.ofNullable(infoHash);
  }

  /**
   * Returns the URL-decoded display name ({@code dn}) of a magnet link.
   *
   * @return the first non-empty {@code dn}, or empty if absent or not a magnet link
   */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  /**
   * Returns the URL-decoded trackers ({@code tr}) of a magnet link, in link order.
   *
   * @return the trackers; empty if none or not a magnet link
   */
  public List<String> trackers() {
    return trackers;
  }

  /**
   * Returns the URL-decoded file name of an ed2k link.
   *
   * @return the file name, or empty if this is not an ed2k link
   */
  public Optional<String> ed2kFileName() {
    return Optional.ofNullable(ed2kName);
  }

  /**
   * Returns the file size of an ed2k link.
   *
   * @return the size in bytes, or empty if this is not an ed2k link
   */
  public OptionalLong ed2kFileSize() {
    return ed2kSize < 0 ? OptionalLong.empty() : OptionalLong.of(ed2kSize);
  }

  /**
   * Returns the MD4-based eDonkey hash of an ed2k link, 32 upper-case hexadecimal characters.
   *
   * @return the hash, or empty if this is not an ed2k link
   */
  public Optional<String> ed2kHash() {
    return Optional.ofNullable(ed2kHash);
  }

  /**
   * Returns the lower-case host of an http(s) or social-site URL (without brackets for IPv6).
   *
   * @return the host, or empty for magnet and ed2k links
   */
  public Optional<String> host() {
    return Optional.ofNullable(host);
  }

  /**
   * Returns the social site of a {@link OfflineUrlKind#SOCIAL} URL.
   *
   * @return the site, or empty for every other kind
   */
  public Optional<SocialSite> socialSite() {
    return Optional.ofNullable(socialSite);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OfflineUrl && ((OfflineUrl) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the link; a password in the user-info part of an http(s) URL ({@code
   * https://user:password@host/...}) is replaced by {@code ***}.
   *
   * @return the link, safe to log
   */
  @Override
  public String toString() {
    return shown;
  }
}
