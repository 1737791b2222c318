package io.github.pikpak4j.core.internal;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The CDN's own HTTP client (protocol §6.2): HTTP/1.1 only, its own connection pool sized to the connection budget,
 * none of the API client's interceptors, and a last network interceptor that strips any API header that might slip
 * in ({@code Authorization}, captcha, client and device ids) and forces {@code Accept: *}{@code /*}. Its sockets
 * read ahead and carry the read timeout themselves ({@link CdnSockets}) unless the base client has its own socket
 * factory or a SOCKS proxy.
 */
public final class CdnHttp {
  /** Request headers that never reach a CDN host (lower case). */
  static final Set<String> API_HEADERS =
      Set.of(
          "authorization", "x-captcha-token", "x-client-id", "x-device-id", "x-client-version",
          "x-protocolbuf-version", "x-user-id", "x-access-token", "x-guid", "x-sdk-version", "x-peer-id",
          "x-system-language", "x-net-work-type", "x-provider-name", "x-alt-capability", "x-detection-time",
          "x-platform-version", "x-os-version", "x-request-from", "x-device-model", "x-device-name",
          "x-device-sign", "cookie");

  private CdnHttp() {}

  /**
   * Derives the CDN client from the base client (keeping its proxy, timeouts, TLS and DNS settings).
   *
   * @param base the base client, without the auth interceptor
   * @param poolSize idle connections kept, normally the budget's total
   * @return the CDN client
   */
  public static OkHttpClient create(OkHttpClient base, int poolSize) {
    OkHttpClient.Builder b =
        base.newBuilder()
            .protocols(List.of(Protocol.HTTP_1_1))
            .connectionPool(new ConnectionPool(poolSize, 5, TimeUnit.MINUTES))
            .dispatcher(new Dispatcher())
            // A CDN closes idle keep-alive connections without notice, and OkHttp checks a pooled connection's
            // health before a GET only by the socket's own state: let it replace such a connection at once. Anything
            // after the response began (a cut, a stall, an error status) is the RangeFetcher's to retry.
            .retryOnConnectionFailure(true)
            .followRedirects(true)
            .followSslRedirects(true)
            .cache(null);
    if (plainSockets(base)) {
      b.socketFactory(new CdnSockets(base.readTimeoutMillis())).readTimeout(Duration.ZERO);
    }
    b.interceptors().clear();
    b.networkInterceptors().clear();
    b.addNetworkInterceptor(CdnHttp::clean);
    return b.build();
  }

  /**
   * Whether CDN connections can use {@link CdnSockets}: the base client keeps the default socket factory and no SOCKS
   * proxy can be in the way (OkHttp opens SOCKS sockets itself, so the read timeout would be lost). Otherwise the
   * CDN client keeps OkHttp's own read timeout.
   */
  static boolean plainSockets(OkHttpClient base) {
    if (base.socketFactory() != SocketFactory.getDefault()) {
      return false;
    }
    Proxy proxy = base.proxy();
    if (proxy != null) {
      return proxy.type() != Proxy.Type.SOCKS;
    }
    return base.proxySelector() == ProxySelector.getDefault()
        && System.getProperty("socksProxyHost") == null
        && !Boolean.getBoolean("java.net.useSystemProxies");
  }

  private static Response clean(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder rb = request.newBuilder();
    for (String name : request.headers().names()) {
      if (API_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        rb.removeHeader(name);
      }
    }
    rb.header("Accept", "*/*");
    return chain.proceed(rb.build());
  }

  /**
   * Closes the client's pool and dispatcher threads.
   *
   * @param client the CDN client
   */
  public static void close(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
