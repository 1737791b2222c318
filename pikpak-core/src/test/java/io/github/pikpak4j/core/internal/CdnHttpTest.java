package io.github.pikpak4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.time.Duration;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Which CDN clients carry the read timeout on their sockets, and what those sockets do with OkHttp's "off". */
class CdnHttpTest {
  private static final OkHttpClient BASE = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(7)).build();

  @Test
  void aDefaultBaseClientGetsCdnSocketsAndOkHttpsTimeoutMovesToTheSocket() throws Exception {
    OkHttpClient cdn = CdnHttp.create(BASE, 4);
    assertThat(cdn.readTimeoutMillis()).isZero();
    assertThat(cdn.socketFactory()).isInstanceOf(CdnSockets.class);
    try (Socket s = cdn.socketFactory().createSocket()) {
      assertThat(s.getSoTimeout()).isEqualTo(7_000);
      s.setSoTimeout(0); // what OkHttp does with a read timeout of 0
      assertThat(s.getSoTimeout()).isEqualTo(7_000);
      s.setSoTimeout(1); // OkHttp's health check sets and restores a short timeout
      assertThat(s.getSoTimeout()).isEqualTo(1);
    }
  }

  @Test
  void aSocksProxyOrAnOwnSocketFactoryKeepsOkHttpsReadTimeout() {
    Proxy socks = new Proxy(Proxy.Type.SOCKS, InetSocketAddress.createUnresolved("proxy.example", 1080));
    OkHttpClient viaSocks = CdnHttp.create(BASE.newBuilder().proxy(socks).build(), 4);
    assertThat(viaSocks.readTimeoutMillis()).isEqualTo(7_000);
    assertThat(viaSocks.socketFactory()).isNotInstanceOf(CdnSockets.class);

    SocketFactory own = new SocketFactory() {
      @Override
      public Socket createSocket() {
        return new Socket();
      }

      @Override
      public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(String host, int port, java.net.InetAddress local, int localPort) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(java.net.InetAddress host, int port) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local, int localPort) {
        throw new UnsupportedOperationException();
      }
    };
    OkHttpClient withOwn = CdnHttp.create(BASE.newBuilder().socketFactory(own).build(), 4);
    assertThat(withOwn.readTimeoutMillis()).isEqualTo(7_000);
    assertThat(withOwn.socketFactory()).isSameAs(own);

    OkHttpClient viaHttpProxy =
        CdnHttp.create(BASE.newBuilder().proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(3128))).build(), 4);
    assertThat(viaHttpProxy.socketFactory()).isInstanceOf(CdnSockets.class);
  }
}
