package io.github.pikpak4j.offline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Social sites whose pages PikPak's offline download accepts, recognised by the URL's host. A host
 * matches a site when it equals one of the site's {@link #domains()} or is a subdomain of one (so
 * {@code www.}, {@code mobile.}, {@code m.}, {@code vm.} and {@code vt.} forms match too).
 */
public enum SocialSite {
  /** X, formerly Twitter: {@code x.com}, {@code twitter.com}. */
  X(List.of("x.com", "twitter.com")),
  /** TikTok: {@code tiktok.com} (including {@code vm.tiktok.com} and {@code vt.tiktok.com}). */
  TIKTOK(List.of("tiktok.com")),
  /** Facebook: {@code facebook.com}, {@code fb.watch}, {@code fb.com}. */
  FACEBOOK(List.of("facebook.com", "fb.watch", "fb.com")),
  /** Telegram public posts: {@code t.me}, {@code telegram.me}. */
  TELEGRAM(List.of("t.me", "telegram.me"));

  private final List<String> domains;

  SocialSite(List<String> domains) {
    this.domains = domains;
  }

  /**
   * Returns the registrable domains of this site, lower case.
   *
   * @return the domains; subdomains of each match too
   */
  public List<String> domains() {
    return domains;
  }

  /**
   * Returns the site a host belongs to.
   *
   * @param host a host name, any case, with or without a trailing dot
   * @return the site, or empty if the host is not a known social site
   */
  public static Optional<SocialSite> ofHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    for (SocialSite site : values()) {
      for (String domain : site.domains) {
        if (h.equals(domain) || h.endsWith("." + domain)) {
          return Optional.of(site);
        }
      }
    }
    return Optional.empty();
  }
}
