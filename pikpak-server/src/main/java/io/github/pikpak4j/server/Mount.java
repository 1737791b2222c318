package io.github.pikpak4j.server;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.share.ShareLink;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One mount of the served tree: the drive (whole, or a folder below the client's root folder) or a share, at a
 * prefix such as {@code /} or {@code /shares/films}. Written on the command line as {@code PREFIX=SOURCE[,option...]}
 * ({@link #parse}): {@code drive}, {@code drive:PATH} or {@code drive:id:<ID>}; {@code share:SHARE} (a share URL,
 * {@code ?pwd=} carrying the pass code, or a share id); options {@code transcode} (share), {@code media} (drive) and
 * {@code read-only}. {@code toString()} never shows a pass code.
 */
public final class Mount {
  /** Where a mount's entries come from. */
  public enum Kind {
    /** The account's drive. */
    DRIVE,
    /** A share, read through the share API. */
    SHARE
  }

  private final String prefix;
  private final Kind kind;
  private final String drivePath;
  private final @Nullable ShareLink share;
  private final boolean media;
  private final boolean transcode;
  private final boolean readOnly;

  private Mount(String prefix, Kind kind, String drivePath, @Nullable ShareLink share, boolean media,
      boolean transcode, boolean readOnly) {
    this.prefix = checkPrefix(prefix);
    this.kind = kind;
    this.drivePath = drivePath;
    this.share = share;
    this.media = media;
    this.transcode = transcode;
    this.readOnly = readOnly;
  }

  /**
   * Mounts the drive.
   *
   * @param prefix {@code /} or {@code /name[/name...]}
   * @param path {@code /} (the client's root folder), a drive path, or {@code id:<ID>}
   * @return the mount (original bytes, writable)
   * @throws InvalidInputException for a malformed prefix or path
   */
  public static Mount drive(String prefix, String path) {
    return new Mount(prefix, Kind.DRIVE, checkDrivePath(path), null, false, false, false);
  }

  /**
   * Mounts a share.
   *
   * @param prefix {@code /} or {@code /name[/name...]}
   * @param share a share URL (optionally with {@code ?pwd=}) or a share id
   * @return the mount (original renditions; always read-only)
   * @throws InvalidInputException for a malformed prefix or share
   */
  public static Mount share(String prefix, String share) {
    return new Mount(prefix, Kind.SHARE, "/", ShareLink.parse(share), false, false, true);
  }

  /**
   * Parses {@code PREFIX=SOURCE[,option...]} (the CLI's {@code --mount}).
   *
   * @param spec the mount spec
   * @return the mount
   * @throws InvalidInputException when it is malformed, before any request
   */
  public static Mount parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0) {
      throw new InvalidInputException("a mount is PREFIX=SOURCE, for example /=drive or /films=share:ID; got \""
          + safe(spec) + "\"");
    }
    String prefix = spec.substring(0, eq).trim();
    String[] parts = spec.substring(eq + 1).split(",");
    String source = parts[0].trim();
    Mount m;
    if (source.equals("drive")) {
      m = drive(prefix, "/");
    } else if (source.startsWith("drive:")) {
      m = drive(prefix, source.substring("drive:".length()));
    } else if (source.startsWith("share:")) {
      m = share(prefix, source.substring("share:".length()));
    } else {
      throw new InvalidInputException("a mount source is drive, drive:PATH or share:SHARE; got \"" + safe(source)
          + "\" for " + prefix);
    }
    for (int i = 1; i < parts.length; i++) {
      String option = parts[i].trim().toLowerCase(Locale.ROOT);
      switch (option) {
        case "read-only" -> m = m.readOnly();
        case "media" -> m = m.media();
        case "transcode" -> m = m.transcode();
        default -> throw new InvalidInputException("unknown mount option \"" + safe(option) + "\" for " + prefix
            + " (read-only, media, transcode)");
      }
    }
    return m;
  }

  /** Only the text before any {@code ?}: a share URL's query may carry a pass code. */
  private static String safe(String s) {
    int q = s.indexOf('?');
    return q < 0 ? s : s.substring(0, q) + "?...";
  }

  /**
   * Returns this drive mount serving media links (possibly transcoded) instead of the original bytes (AList's
   * "disable media link" off).
   *
   * @return the mount
   * @throws InvalidInputException for a share mount
   */
  public Mount media() {
    if (kind != Kind.DRIVE) {
      throw new InvalidInputException("the media option applies to drive mounts; use transcode for " + prefix);
    }
    return new Mount(prefix, kind, drivePath, share, true, transcode, readOnly);
  }

  /**
   * Returns this share mount serving transcoded renditions (AList's "use transcode address").
   *
   * @return the mount
   * @throws InvalidInputException for a drive mount
   */
  public Mount transcode() {
    if (kind != Kind.SHARE) {
      throw new InvalidInputException("the transcode option applies to share mounts; use media for " + prefix);
    }
    return new Mount(prefix, kind, drivePath, share, media, true, readOnly);
  }

  /**
   * Returns this mount refusing writes (403).
   *
   * @return the mount
   */
  public Mount readOnly() {
    return new Mount(prefix, kind, drivePath, share, media, transcode, true);
  }

  /** {@return the prefix: {@code /} or {@code /name[/name...]}} */
  public String prefix() {
    return prefix;
  }

  /** {@return where the entries come from} */
  public Kind kind() {
    return kind;
  }

  /** {@return the drive folder ({@code /}, a path, or {@code id:<ID>}); {@code /} for shares} */
  public String drivePath() {
    return drivePath;
  }

  /** {@return the share, for share mounts} */
  public @Nullable ShareLink share() {
    return share;
  }

  /** {@return whether a drive mount serves media links} */
  public boolean isMedia() {
    return media;
  }

  /** {@return whether a share mount serves transcoded renditions} */
  public boolean isTranscode() {
    return transcode;
  }

  /** {@return whether writes are refused (always for shares)} */
  public boolean isReadOnly() {
    return readOnly;
  }

  /**
   * Returns whether this mount's prefix is {@code path} or an ancestor of it.
   *
   * @param path a normalized absolute path
   * @return whether the path lies in this mount
   */
  public boolean covers(String path) {
    return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/");
  }

  static String checkPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.equals("/")) {
      return prefix;
    }
    if (!prefix.startsWith("/") || prefix.endsWith("/")) {
      throw new InvalidInputException("a mount prefix is / or /name[/name...]; got \"" + prefix + "\"");
    }
    for (String seg : prefix.substring(1).split("/", -1)) {
      if (seg.isEmpty() || seg.equals(".") || seg.equals("..") || seg.indexOf('\\') >= 0
          || seg.chars().anyMatch(c -> c < 0x20)) {
        throw new InvalidInputException("a mount prefix is / or /name[/name...]; got \"" + prefix + "\"");
      }
    }
    return prefix;
  }

  private static String checkDrivePath(String path) {
    if (path.startsWith("id:")) {
      if (path.length() == 3) {
        throw new InvalidInputException("a drive mount id:<ID> needs an id");
      }
      return path;
    }
    if (path.equals("/")) {
      return path;
    }
    checkPrefix(path);
    return path;
  }

  @Override
  public String toString() {
    String source = kind == Kind.DRIVE ? "drive:" + drivePath : "share:" + Objects.requireNonNull(share).shareId();
    return prefix + "=" + source + (media ? ",media" : "") + (transcode ? ",transcode" : "")
        + (readOnly ? ",read-only" : "");
  }
}
