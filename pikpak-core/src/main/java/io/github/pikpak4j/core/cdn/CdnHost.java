package io.github.pikpak4j.core.cdn;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.internal.EndpointUrls;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A CDN host a link may be moved to: {@code host[:port]}, optionally written with a scheme ({@code https://host}, or
 * {@code http://} for a loopback host only).
 *
 * @param scheme the scheme the user wrote, or {@code null} to keep the link's (loopback hosts then use {@code http})
 * @param host the host name or address, lower case (IPv6 in brackets)
 * @param port the port, or {@code -1} for the scheme's default
 */
record CdnHost(@Nullable String scheme, String host, int port) {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /**
   * Parses and validates a host setting.
   *
   * @param text {@code host[:port]}, {@code https://host[:port]} or {@code http://<loopback>[:port]}
   * @param setting the setting's name, for the message
   * @return the host
   * @throws InvalidInputException when malformed, or plain http to a non-loopback host
   */
  static CdnHost parse(String text, String setting) {
    String s = text.trim().toLowerCase(Locale.ROOT);
    String scheme = null;
    int sep = s.indexOf("://");
    if (sep >= 0) {
      scheme = s.substring(0, sep);
      s = s.substring(sep + 3);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw new InvalidInputException(setting + ": unsupported scheme in '" + text + "' (use host[:port])");
      }
      if (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    if (s.isEmpty() || s.contains("/") || s.contains("?") || s.contains("#") || s.contains("@")) {
      throw new InvalidInputException(setting + ": '" + text + "' is not a host[:port]");
    }
    String host;
    int port = -1;
    String portText = null;
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        throw new InvalidInputException(setting + ": '" + text + "' is not a host[:port]");
      }
      host = s.substring(0, close + 1);
      String rest = s.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          throw new InvalidInputException(setting + ": '" + text + "' is not a host[:port]");
        }
        portText = rest.substring(1);
      }
    } else {
      int colon = s.indexOf(':');
      host = colon < 0 ? s : s.substring(0, colon);
      if (colon >= 0) {
        portText = s.substring(colon + 1);
      }
      if (!validName(host)) {
        throw new InvalidInputException(setting + ": '" + text + "' is not a valid host name");
      }
    }
    if (portText != null) {
      try {
        port = Integer.parseInt(portText);
      } catch (NumberFormatException e) {
        port = 0;
      }
      if (port < 1 || port > 65535) {
        throw new InvalidInputException(setting + ": bad port in '" + text + "' (1 to 65535)");
      }
    }
    CdnHost h = new CdnHost(scheme, host, port);
    if ("http".equals(scheme) && !h.loopback()) {
      throw new InvalidInputException(
          setting + " uses plain http to a non-loopback host (" + host
              + "); plain http is accepted only for 127.0.0.0/8, ::1 and localhost");
    }
    return h;
  }

  /** Returns whether {@code name} is a syntactically valid DNS name or IPv4 address. */
  static boolean validName(String name) {
    if (name.isEmpty() || name.length() > 253) {
      return false;
    }
    if (IPV4.matcher(name).matches()) {
      for (String part : name.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return false;
        }
      }
      return true;
    }
    for (String label : name.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether the host is loopback (127.0.0.0/8, ::1, localhost). */
  boolean loopback() {
    return EndpointUrls.isLoopback(host);
  }

  /** Returns {@code host[:port]}. */
  String authority() {
    return port < 0 ? host : host + ":" + port;
  }

  /**
   * Returns the scheme to use for a link whose own scheme is {@code linkScheme}.
   *
   * @param linkScheme the link's scheme
   * @return the written scheme, else {@code http} for loopback, else the link's
   */
  String schemeFor(String linkScheme) {
    if (scheme != null) {
      return scheme;
    }
    return loopback() ? "http" : linkScheme;
  }

  /** Returns the setting form: {@code [scheme://]host[:port]}. */
  @Override
  public String toString() {
    return scheme == null ? authority() : scheme + "://" + authority();
  }
}
