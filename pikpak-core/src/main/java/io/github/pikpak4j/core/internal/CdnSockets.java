package io.github.pikpak4j.core.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * Sockets for CDN connections, built for bulk reads.
 *
 * <p>Two things differ from a plain socket, both because a download reads hundreds of megabytes through OkHttp's
 * 8 KiB reads:
 *
 * <ul>
 *   <li>Reads go through a 256 KiB buffer, so one system call takes whatever the kernel holds (up to 256 KiB)
 *       instead of 8 KiB at a time.
 *   <li>The read timeout is the socket's {@code SO_TIMEOUT}: the CDN client is built with OkHttp's read timeout off
 *       (okio's timeout watchdog otherwise wakes a thread on every 8 KiB read), and {@link #createSocket()}'s sockets
 *       turn "no timeout" into the base client's read timeout. The meaning is OkHttp's: the longest wait for the
 *       next byte.
 * </ul>
 *
 * <p>Measured effect on one connection over loopback: {@code pikpak-benchmarks/README.md}, "Download".
 */
final class CdnSockets extends SocketFactory {
  /** Bytes read ahead per connection: 256 KiB. */
  static final int READ_BUFFER = 256 * 1024;

  private final int readTimeoutMillis;

  /**
   * Creates the factory.
   *
   * @param readTimeoutMillis the longest wait for the next byte, in milliseconds; 0 for none
   */
  CdnSockets(int readTimeoutMillis) {
    if (readTimeoutMillis < 0) {
      throw new IllegalArgumentException("readTimeoutMillis < 0: " + readTimeoutMillis);
    }
    this.readTimeoutMillis = readTimeoutMillis;
  }

  @Override
  public Socket createSocket() throws SocketException {
    return new CdnSocket(readTimeoutMillis);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
  }

  private Socket connected(InetSocketAddress remote, @Nullable InetSocketAddress local) throws IOException {
    Socket s = createSocket();
    try {
      if (local != null) {
        s.bind(local);
      }
      s.connect(remote);
      return s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  /** A socket with a read-ahead buffer whose "no timeout" means the configured read timeout. */
  static final class CdnSocket extends Socket {
    private final int readTimeoutMillis;
    private @Nullable InputStream in;

    CdnSocket(int readTimeoutMillis) throws SocketException {
      this.readTimeoutMillis = readTimeoutMillis;
      super.setSoTimeout(readTimeoutMillis);
    }

    /** Sets the read timeout; 0 (OkHttp's "off") means the configured read timeout. */
    @Override
    public void setSoTimeout(int timeout) throws SocketException {
      super.setSoTimeout(timeout == 0 ? readTimeoutMillis : timeout);
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
      if (in == null) {
        in = new BufferedInputStream(super.getInputStream(), READ_BUFFER);
      }
      return in;
    }
  }
}
