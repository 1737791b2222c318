package io.github.pikpak4j.server;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.transfer.ConnectionBudget;
import io.github.pikpak4j.server.internal.DavServlet;
import io.github.pikpak4j.server.internal.ServedTree;
import io.github.pikpak4j.server.internal.ServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * Serves a PikPak account and any number of shares, mounted into one tree, over HTTP and WebDAV (Jetty 12 and Milton).
 *
 * <pre>{@code
 * try (PikPakServer server = PikPakServer.builder(client)
 *     .mount(Mount.drive("/", "/"))
 *     .mount(Mount.share("/films", "https://mypikpak.com/s/VO8BcRb-XXXX?pwd=1234"))
 *     .mode(ServeMode.PROXY)
 *     .auth("me", "secret")
 *     .build()) {
 *   server.start();
 *   System.err.println("serving " + server.url());
 *   server.join();
 * }
 * }</pre>
 *
 * <p>GET of a file answers 302 to its CDN link ({@link ServeMode#REDIRECT}, links cached until shortly before they
 * expire) or streams it with {@code Range} support ({@link ServeMode#PROXY}); HEAD and PROPFIND never resolve links.
 * Drive mounts take PUT, MKCOL, DELETE (to the trash), MOVE and COPY; share mounts and read-only servers answer 403 to
 * writes. The client is not closed by {@link #close()}.
 */
public final class PikPakServer implements AutoCloseable {
  /** The default listen host: {@value}. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default listen port: {@value}. */
  public static final int DEFAULT_PORT = 5244;

  private final ServerSettings settings;
  private final ServedTree tree;
  private @Nullable Server jetty;
  private int port;

  private PikPakServer(ServerSettings settings) {
    this.settings = settings;
    this.tree = new ServedTree(settings);
  }

  /**
   * Starts a builder.
   *
   * @param client the signed-in client whose drive and shares are served
   * @return the builder
   */
  public static Builder builder(PikPakClient client) {
    return new Builder(client);
  }

  /**
   * Checks every mount (resolves drive folders, opens shares: one request each), then listens.
   *
   * @throws io.github.pikpak4j.api.PikPakException when a mount cannot be opened (a missing folder, a share in a bad
   *     state)
   * @throws UncheckedIOException when the address cannot be bound (cause {@link java.net.BindException} when the port
   *     is taken)
   */
  public synchronized void start() {
    if (jetty != null) {
      return;
    }
    tree.check();
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("pikpak-serve");
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new DavServlet(tree, settings)), "/*");
    ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
    errors.setShowStacks(false); // a failure's text never reaches a client
    errors.setShowMessageInTitle(false);
    context.setErrorHandler(errors);
    server.setHandler(context);
    server.setStopTimeout(2_000);
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly(server);
      throw new UncheckedIOException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
          + e.getMessage(), e);
    } catch (Exception e) {
      stopQuietly(server);
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
            + io.getMessage(), io);
      }
      throw new IllegalStateException("the HTTP server did not start: " + e.getMessage(), e);
    }
    port = connector.getLocalPort();
    jetty = server;
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception ignored) {
      // already failing
    }
  }

  /** {@return the bound port (after {@link #start()}; the chosen one when the builder's port was 0)} */
  public synchronized int port() {
    return port;
  }

  /** {@return {@code http://HOST:PORT/} (after {@link #start()})} */
  public synchronized String url() {
    String host = settings.host();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
  }

  /**
   * Waits until the server stops.
   *
   * @throws InterruptedException when interrupted
   */
  public void join() throws InterruptedException {
    Server s;
    synchronized (this) {
      s = jetty;
    }
    if (s != null) {
      s.join();
    }
  }

  /** Stops listening, ends open streams and gives their CDN connections back. */
  @Override
  public synchronized void close() {
    if (jetty != null) {
      stopQuietly(jetty);
      jetty = null;
    }
    tree.close();
  }

  @Override
  public String toString() {
    return "PikPakServer[" + settings + "]";
  }

  /** Builds a {@link PikPakServer}. */
  public static final class Builder {
    private final PikPakClient client;
    private final List<Mount> mounts = new ArrayList<>();
    private ServeMode mode = ServeMode.REDIRECT;
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private @Nullable String user;
    private @Nullable String password;
    private boolean noAuth;
    private boolean readOnly;
    private int connections = 4;

    private Builder(PikPakClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Adds a mount. Without any, the whole drive is mounted at {@code /}. Mounts may not share a prefix or nest,
     * except that {@code /} holds the others.
     *
     * @param mount the mount
     * @return this builder
     */
    public Builder mount(Mount mount) {
      mounts.add(Objects.requireNonNull(mount, "mount"));
      return this;
    }

    /**
     * Sets how file bytes reach clients. Default {@link ServeMode#REDIRECT}.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder mode(ServeMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets the listen address. Default {@value #DEFAULT_HOST}:{@value #DEFAULT_PORT}; port 0 picks a free one.
     *
     * @param host a host name or IP literal
     * @param port 0 to 65535
     * @return this builder
     * @throws InvalidInputException when the port is out of range or the host empty
     */
    public Builder address(String host, int port) {
      if (host == null || host.isBlank()) {
        throw new InvalidInputException("the listen host is empty");
      }
      if (port < 0 || port > 65535) {
        throw new InvalidInputException("the listen port must be 0 to 65535, got " + port);
      }
      this.host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
      this.port = port;
      return this;
    }

    /**
     * Requires HTTP Basic authentication on every request. Default: none (allowed on loopback addresses only, unless
     * {@link #noAuth(boolean)}).
     *
     * @param user the user name, without {@code :}
     * @param password the password
     * @return this builder
     * @throws InvalidInputException when either is empty or the user contains {@code :}
     */
    public Builder auth(String user, String password) {
      if (user == null || user.isEmpty() || user.contains(":") || password == null || password.isEmpty()) {
        throw new InvalidInputException("--auth is USER:PASSWORD with a non-empty user (no ':') and password");
      }
      this.user = user;
      this.password = password;
      return this;
    }

    /**
     * Allows a non-loopback address without authentication. Default off.
     *
     * @param noAuth whether to allow it
     * @return this builder
     */
    public Builder noAuth(boolean noAuth) {
      this.noAuth = noAuth;
      return this;
    }

    /**
     * Refuses every write with 403. Default off.
     *
     * @param readOnly whether to refuse writes
     * @return this builder
     */
    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /**
     * Sets the CDN connections per proxied file read, 1 to {@value ConnectionBudget#MAX_PER_LINK}. Default 4. All
     * readers of one file share the client's per-link budget (8).
     *
     * @param connections the connections
     * @return this builder
     * @throws InvalidInputException when out of range
     */
    public Builder connections(int connections) {
      if (connections < 1 || connections > ConnectionBudget.MAX_PER_LINK) {
        throw new InvalidInputException("-c must be 1 to " + ConnectionBudget.MAX_PER_LINK + ", got " + connections);
      }
      this.connections = connections;
      return this;
    }

    /**
     * Checks the settings and builds the server (nothing is sent or bound yet).
     *
     * @return the server
     * @throws InvalidInputException when mounts overlap, or a non-loopback address has no authentication and
     *     {@link #noAuth(boolean)} is off
     */
    public PikPakServer build() {
      List<Mount> all = mounts.isEmpty() ? List.of(Mount.drive("/", "/")) : List.copyOf(mounts);
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) {
          String a = all.get(i).prefix();
          String b = all.get(j).prefix();
          if (a.equals(b) || (!a.equals("/") && !b.equals("/") && (a.startsWith(b + "/") || b.startsWith(a + "/")))) {
            throw new InvalidInputException("mounts " + a + " and " + b + " overlap");
          }
        }
      }
      if (user == null && !noAuth && !loopback(host)) {
        throw new InvalidInputException("serving on " + host + " (not a loopback address) needs --auth USER:PASSWORD"
            + " (or --no-auth to allow anyone who can reach it)");
      }
      return new PikPakServer(new ServerSettings(client, all, mode, host, port, user, password, readOnly,
          connections));
    }

    private static boolean loopback(String host) {
      if (host.equalsIgnoreCase("localhost")) {
        return true;
      }
      if (!host.matches("[0-9.]+") && !host.contains(":")) {
        return false; // a name: do not resolve it here
      }
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        throw new InvalidInputException("malformed listen address: " + host);
      }
    }
  }
}
