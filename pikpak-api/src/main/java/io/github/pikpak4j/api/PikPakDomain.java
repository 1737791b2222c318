package io.github.pikpak4j.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The known PikPak root domains (protocol §1). The default is {@link #MYPIKPAK_NET}.
 *
 * <pre>{@code
 * PikPakDomain d = PikPakDomain.ofRoot("mypikpak.com").orElse(PikPakDomain.DEFAULT);
 * PikPakApis apis = PikPakApis.create(d.userBaseUrl(), d.driveBaseUrl(), okHttp);
 * }</pre>
 *
 * <p>A domain change never changes the client profile's {@code package_name}.
 */
public enum PikPakDomain {
  /** {@code mypikpak.net}: the default since November 2024. */
  MYPIKPAK_NET("mypikpak.net"),
  /** {@code mypikpak.com}: the original root, still used by several clients. */
  MYPIKPAK_COM("mypikpak.com"),
  /** {@code pikpak.me}: an alternative root. */
  PIKPAK_ME("pikpak.me"),
  /** {@code pikpakdrive.com}: an alternative root. */
  PIKPAKDRIVE_COM("pikpakdrive.com");

  /** The default domain, {@link #MYPIKPAK_NET}. */
  public static final PikPakDomain DEFAULT = MYPIKPAK_NET;

  private final String root;

  PikPakDomain(String root) {
    this.root = root;
  }

  /**
   * Returns the root domain.
   *
   * @return for example {@code "mypikpak.net"}
   */
  public String root() {
    return root;
  }

  /**
   * Returns the base URL of the auth host.
   *
   * @return {@code "https://user.<root>/"}
   */
  public String userBaseUrl() {
    return "https://user." + root + "/";
  }

  /**
   * Returns the base URL of the drive host.
   *
   * @return {@code "https://api-drive.<root>/"}
   */
  public String driveBaseUrl() {
    return "https://api-drive." + root + "/";
  }

  /**
   * Finds a known domain by its root.
   *
   * @param root the root, for example {@code "mypikpak.com"} (case-insensitive, surrounding dots
   *     and spaces ignored)
   * @return the domain, or empty when the root is not a known one
   */
  public static Optional<PikPakDomain> ofRoot(String root) {
    String r = root.trim().toLowerCase(Locale.ROOT);
    while (r.startsWith(".")) {
      r = r.substring(1);
    }
    while (r.endsWith(".")) {
      r = r.substring(0, r.length() - 1);
    }
    for (PikPakDomain d : values()) {
      if (d.root.equals(r)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
