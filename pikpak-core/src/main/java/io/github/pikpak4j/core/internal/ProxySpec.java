package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.InvalidInputException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * A proxy setting: {@code http://[user:password@]host:port} or {@code socks5://host:port}, checked before any request.
 * An HTTP proxy's credentials are answered to its {@code 407} challenge with {@code Proxy-Authorization: Basic}
 * (percent-encoded characters in them are decoded first). Refused, with an {@link InvalidInputException} that never
 * shows the password: {@code https://} proxies (TLS to the proxy itself is not supported; the traffic inside an
 * {@code http://} proxy's tunnel is TLS anyway), a SOCKS proxy with credentials, a missing host, a port outside 1 to
 * 65535, a path, query or fragment, and any other scheme.
 */
public final class ProxySpec {
  private final Proxy proxy;
  private final @Nullable String user;
  private final @Nullable String password;

  private ProxySpec(Proxy proxy, @Nullable String user, @Nullable String password) {
    this.proxy = proxy;
    this.user = user;
    this.password = password;
  }

  /**
   * Parses a proxy setting.
   *
   * @param value {@code http://[user:password@]host:port} or {@code socks5://host:port}
   * @return the proxy (its address unresolved: resolved when used)
   * @throws InvalidInputException when the value has another form; the message masks any credentials
   */
  public static ProxySpec parse(String value) {
    String shown = EndpointUrls.masked(value.trim());
    URI uri;
    try {
      uri = new URI(value.trim());
    } catch (URISyntaxException e) {
      throw refused(shown, "not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      throw refused(shown, "https:// proxies (TLS to the proxy) are not supported; use the proxy's http:// address,"
          + " API and CDN traffic inside the tunnel stays TLS");
    }
    Proxy.Type type;
    if (scheme.equals("http")) {
      type = Proxy.Type.HTTP;
    } else if (scheme.equals("socks5") || scheme.equals("socks")) {
      type = Proxy.Type.SOCKS;
    } else {
      throw refused(shown, "unknown scheme");
    }
    if (uri.getHost() == null) {
      throw refused(shown, "no host (or a malformed one)");
    }
    if (uri.getPort() < 1 || uri.getPort() > 65535) {
      throw refused(shown, "the port must be between 1 and 65535");
    }
    String path = uri.getRawPath();
    if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw refused(shown, "a proxy URL has no path, query or fragment");
    }
    String user = null;
    String password = null;
    String userInfo = uri.getUserInfo();
    if (userInfo != null) {
      if (type == Proxy.Type.SOCKS) {
        throw refused(shown, "SOCKS proxies with a user name are not supported; use an http:// proxy for credentials");
      }
      int colon = userInfo.indexOf(':');
      user = colon < 0 ? userInfo : userInfo.substring(0, colon);
      password = colon < 0 ? "" : userInfo.substring(colon + 1);
      if (user.isEmpty()) {
        throw refused(shown, "the user name is empty");
      }
    }
    return new ProxySpec(new Proxy(type, InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort())), user,
        password);
  }

  private static InvalidInputException refused(String shown, String why) {
    return new InvalidInputException(
        "proxy must be http://[user:password@]host:port or socks5://host:port (" + why + "), got: " + shown);
  }

  /**
   * Routes a client through this proxy, answering an HTTP proxy's challenge with the credentials, if any.
   *
   * @param builder the client's builder
   * @return the same builder
   */
  public OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
    builder.proxy(proxy);
    if (user != null && password != null) {
      String authorization = Credentials.basic(user, password, StandardCharsets.UTF_8);
      builder.proxyAuthenticator(basic(authorization));
    }
    return builder;
  }

  /** Answers a {@code 407} once with the credentials; a second 407 means they were refused, so it gives up. */
  private static Authenticator basic(String authorization) {
    return (route, response) -> {
      if (authorization.equals(response.request().header("Proxy-Authorization"))) {
        return null;
      }
      return response.request().newBuilder().header("Proxy-Authorization", authorization).build();
    };
  }

  /** Never shows the credentials. */
  @Override
  public String toString() {
    return "ProxySpec{" + proxy + (user == null ? "" : ", with credentials") + "}";
  }
}
