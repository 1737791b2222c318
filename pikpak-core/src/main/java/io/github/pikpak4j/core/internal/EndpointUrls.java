package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Validates and normalises API base URLs: https anywhere, plain http only on loopback. */
public final class EndpointUrls {
  private EndpointUrls() {}

  /**
   * Returns the URL with exactly one trailing slash, or throws.
   *
   * @param url the base URL the user configured
   * @param setting the name of the setting, for the message (e.g. {@code "userEndpoint"})
   * @return the normalised URL
   * @throws InvalidInputException when it is not an absolute https URL, or http to a non-loopback host, or it
   *     carries user info
   */
  public static String normalize(String url, String setting) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new InvalidInputException(setting + " is not a valid URL: " + masked(url));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new InvalidInputException(
          setting + " must be an absolute https:// URL, got: " + masked(url));
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      throw new InvalidInputException(
          setting
              + " uses plain http to a non-loopback host ("
              + host
              + "); use https://, plain http is accepted only for 127.0.0.0/8, ::1 and localhost");
    }
    if (uri.getRawUserInfo() != null) {
      throw new InvalidInputException(
          setting + " must not carry a user name or password (they would be sent to the API host): "
              + masked(url));
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      throw new InvalidInputException(setting + " must not have a query or fragment: " + url);
    }
    String s = uri.toString();
    return s.endsWith("/") ? s : s + "/";
  }

  /**
   * Returns a URL with its user info (user name and password) masked, for messages.
   *
   * @param url any text holding a URL
   * @return the text with {@code //user:password@} written as {@code //***@}
   */
  static String masked(String url) {
    return url.replaceAll("//[^/@\\s]*@", "//***@");
  }

  /** Returns whether the host is a loopback name or address (127.0.0.0/8, ::1, localhost). */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost")
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
