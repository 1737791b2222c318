package io.github.pikpak4j.offline;

import java.util.Locale;
import java.util.Optional;

/** Parses {@code http://} and {@code https://} URLs and recognises social-site pages. */
final class WebUrls {
  private WebUrls() {}

  static OfflineUrl parse(String link, String scheme) {
    String afterScheme = link.substring(scheme.length() + 1);
    if (!afterScheme.startsWith("//")) {
      throw Rejections.invalid("an http(s) URL must start with http:// or https://");
    }
    String rest = afterScheme.substring(2);
    int end = indexOfAny(rest, "/?#");
    String authority = end < 0 ? rest : rest.substring(0, end);
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? "" : authority.substring(0, at);
    String hostPort = authority.substring(at + 1);
    String host = host(hostPort);
    String redacted = link;
    if (!userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      String shown = colon < 0 ? userInfo : userInfo.substring(0, colon) + ":***";
      int authorityStart = scheme.length() + 3;
      redacted = link.substring(0, authorityStart) + shown + link.substring(authorityStart + at);
    }
    Optional<SocialSite> site = SocialSite.ofHost(host);
    return OfflineUrl.web(link, redacted, host, site.orElse(null));
  }

  /** Validates {@code host[:port]} and returns the host, lower case, without brackets. */
  private static String host(String hostPort) {
    String host;
    String port;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw Rejections.invalid("the URL's IPv6 host is missing its closing ]");
      }
      host = hostPort.substring(1, close);
      if (!host.matches("[0-9A-Fa-f:.]+") || host.indexOf(':') < 0) {
        throw Rejections.invalid("the URL's IPv6 host is malformed");
      }
      String after = hostPort.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        throw Rejections.invalid("the URL's host is malformed");
      }
      port = after.isEmpty() ? "" : after.substring(1);
    } else {
      int colon = hostPort.lastIndexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      port = colon < 0 ? "" : hostPort.substring(colon + 1);
      if (host.isEmpty()) {
        throw Rejections.invalid("the URL has no host");
      }
      checkHostName(host);
    }
    if (!port.isEmpty()
        && (!port.matches("[0-9]{1,5}")
            || Integer.parseInt(port) == 0
            || Integer.parseInt(port) > 65535)) {
      throw Rejections.invalid("the URL's port must be a number from 1 to 65535");
    }
    return host.toLowerCase(Locale.ROOT);
  }

  /**
   * Labels of letters, digits, {@code -} and {@code _} (non-ASCII letters allowed), dot-separated.
   */
  private static void checkHostName(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (h.isEmpty()) {
      throw Rejections.invalid("the URL has no host");
    }
    for (String label : h.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63) {
        throw Rejections.invalid("the URL's host name is malformed");
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        boolean ok = c == '-' || c == '_' || Character.isLetterOrDigit(c);
        if (!ok) {
          throw Rejections.invalid("the URL's host name contains a character not allowed there");
        }
      }
    }
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
