package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.InvalidInputException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Parses {@code http://host:port} and {@code socks5://host:port} proxy settings. */
public final class ProxySpec {
  private ProxySpec() {}

  /**
   * Parses a proxy setting.
   *
   * @param value {@code http://host:port} or {@code socks5://host:port}
   * @return the JDK proxy (unresolved address: resolved when used)
   * @throws InvalidInputException when the value has another form
   */
  public static Proxy parse(String value) {
    try {
      URI uri = new URI(value.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() != null && uri.getPort() > 0) {
        InetSocketAddress address = InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort());
        if (scheme.equals("http") || scheme.equals("https")) {
          return new Proxy(Proxy.Type.HTTP, address);
        }
        if (scheme.equals("socks5") || scheme.equals("socks")) {
          return new Proxy(Proxy.Type.SOCKS, address);
        }
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new InvalidInputException(
        "proxy must be http://host:port or socks5://host:port, got: " + value.replaceAll("//[^/@]*@", "//***@"));
  }
}
