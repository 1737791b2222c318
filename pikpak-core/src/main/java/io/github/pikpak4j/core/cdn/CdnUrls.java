package io.github.pikpak4j.core.cdn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * String surgery on signed CDN links: the scheme and authority are replaced, the path and the signed query are kept
 * byte for byte (never parsed, reordered or re-encoded). Also host families (protocol §6.1), the built-in candidate
 * list (§6.3) and the registrable-domain swap (§6.5).
 */
final class CdnUrls {
  /** The PikPak roots a domain swap recognises (§1). */
  static final List<String> ROOTS = List.of("mypikpak.com", "mypikpak.net", "pikpak.me", "pikpakdrive.com");

  private static final Pattern NUMBERED = Pattern.compile("(dl-[a-z0-9]+)-([a-z0-9]+)\\.(.+)");

  private CdnUrls() {}

  /**
   * A link split into its parts.
   *
   * @param scheme {@code https} or {@code http}
   * @param authority {@code host[:port]}, lower case
   * @param host the host alone
   * @param rest everything from the path on, untouched
   */
  record Parts(String scheme, String authority, String host, String rest) {}

  /**
   * Splits a link.
   *
   * @param url an absolute URL
   * @return its parts, or {@code null} when it is not an absolute http(s) URL
   */
  static @Nullable Parts split(String url) {
    int sep = url.indexOf("://");
    if (sep <= 0) {
      return null;
    }
    String scheme = url.substring(0, sep).toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return null;
    }
    int start = sep + 3;
    int end = url.length();
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String authority = url.substring(start, end).toLowerCase(Locale.ROOT);
    if (authority.isEmpty() || authority.contains("@")) {
      return null;
    }
    return new Parts(scheme, authority, hostOf(authority), url.substring(end));
  }

  /** Returns the host of {@code host[:port]} (IPv6 kept in brackets). */
  static String hostOf(String authority) {
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close < 0 ? authority : authority.substring(0, close + 1);
    }
    int colon = authority.lastIndexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  /**
   * Returns the authority of a URL, or the text itself when it is no URL (so callers may pass either).
   *
   * @param urlOrHost a URL or {@code host[:port]}
   * @return {@code host[:port]}, lower case
   */
  static String authorityOf(String urlOrHost) {
    Parts p = split(urlOrHost);
    return p != null ? p.authority() : urlOrHost.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Moves a link to another host, keeping path and query.
   *
   * @param parts the link
   * @param to the host
   * @return the rewritten URL
   */
  static String moveTo(Parts parts, CdnHost to) {
    return to.schemeFor(parts.scheme()) + "://" + to.authority() + parts.rest();
  }

  /**
   * Returns the family key of a host: {@code dl-a10b@mypikpak.net} for a numbered PikPak CDN host, else the
   * authority itself (an unknown host is a family of its own).
   *
   * @param parts the link
   * @return the key
   */
  static String familyKey(Parts parts) {
    Matcher m = NUMBERED.matcher(parts.host());
    return m.matches() ? m.group(1) + "@" + m.group(3) : parts.authority();
  }

  /**
   * Returns the family prefix and root of a numbered host, or {@code null}.
   *
   * @param host the host
   * @return {@code [prefix, root]}, e.g. {@code [dl-a10b, mypikpak.net]}
   */
  static String @Nullable [] family(String host) {
    Matcher m = NUMBERED.matcher(host);
    return m.matches() ? new String[] {m.group(1), m.group(3)} : null;
  }

  /**
   * The built-in candidates of a family (protocol §6.3): the 35 Alibaba hosts {@code dl-a10b-0621} to {@code 0625}
   * and {@code 0858} to {@code 0887} under the link's own root. No list is known for other families.
   *
   * @param parts the link
   * @return the hosts, possibly empty
   */
  static List<CdnHost> builtIn(Parts parts) {
    String[] f = family(parts.host());
    List<CdnHost> out = new ArrayList<>();
    if (f == null || !f[0].equals("dl-a10b")) {
      return out;
    }
    String port = parts.authority().substring(parts.host().length());
    for (int n = 621; n <= 625; n++) {
      out.add(host(String.format(Locale.ROOT, "dl-a10b-%04d.%s%s", n, f[1], port)));
    }
    for (int n = 858; n <= 887; n++) {
      out.add(host(String.format(Locale.ROOT, "dl-a10b-%04d.%s%s", n, f[1], port)));
    }
    return out;
  }

  private static CdnHost host(String authority) {
    return CdnHost.parse(authority, "built-in candidate");
  }

  /**
   * Returns whether a candidate may serve a link of this family: a numbered PikPak host must have the link's family
   * prefix and root (never cross families, §6.7); other hosts may (the probe decides).
   *
   * @param link the link
   * @param candidate the candidate
   * @return whether to probe it
   */
  static boolean sameFamilyOrUnknown(Parts link, CdnHost candidate) {
    String[] c = family(candidate.host());
    if (c == null) {
      return true;
    }
    String[] l = family(link.host());
    return l != null && l[0].equals(c[0]) && l[1].equals(c[1]);
  }

  /**
   * Swaps the registrable domain of a link's host (protocol §6.5): when the host is one of {@link #ROOTS} or ends
   * with {@code .} and one of them, only that suffix is replaced.
   *
   * @param parts the link
   * @param root the new root
   * @return the new authority, or {@code null} when the host is outside the known roots
   */
  static @Nullable String swapDomain(Parts parts, String root) {
    String host = parts.host();
    String port = parts.authority().substring(host.length());
    for (String r : ROOTS) {
      if (host.equals(r)) {
        return root + port;
      }
      if (host.endsWith("." + r)) {
        return host.substring(0, host.length() - r.length()) + root + port;
      }
    }
    return null;
  }
}
