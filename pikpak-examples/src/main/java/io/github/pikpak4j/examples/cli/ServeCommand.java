package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.server.Mount;
import io.github.pikpak4j.server.PikPakServer;
import io.github.pikpak4j.server.ServeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pikpak serve}: the drive and shares over HTTP and WebDAV ({@link PikPakServer}). Every flag, mount and share
 * is checked before anything is sent (exit 2 when malformed); then the mounts are opened, the server listens, and one
 * line {@code serving http://HOST:PORT/} goes to stderr. A taken port exits 1; SIGINT/SIGTERM close and exit 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the drive and shares over HTTP and WebDAV (redirect or proxy).")
final class ServeCommand implements Callable<Integer> {
  /** The SLF4J simple logger's level property for the server's request log. */
  static final String REQUEST_LOG_PROPERTY = "org.slf4j.simpleLogger.log.io.github.pikpak4j.server";

  @ParentCommand @Nullable PikPakCommand root;

  @Option(names = "--addr", paramLabel = "HOST:PORT",
      description = "Listen address (env PIKPAK_SERVE_ADDR, default 127.0.0.1:5244; port 0 picks a free one).")
  @Nullable String addr;

  @Option(names = "--mount", paramLabel = "PREFIX=SOURCE",
      description = "PREFIX=drive[:PATH] or PREFIX=share:SHARE, options ,transcode ,media ,read-only; repeatable "
          + "(env PIKPAK_SERVE_MOUNTS, ';'-separated; default /=drive).")
  List<String> mounts = new ArrayList<>();

  @Option(names = "--mode", paramLabel = "redirect|proxy",
      description = "How file bytes reach clients (env PIKPAK_SERVE_MODE, default redirect).")
  @Nullable String mode;

  @Option(names = "-c", paramLabel = "N", description = "CDN connections per proxied file, 1 to 8 (default 4).")
  int connections = 4;

  @Option(names = "--auth", paramLabel = "USER:PASSWORD",
      description = "HTTP Basic on every request (env PIKPAK_SERVE_AUTH).")
  @Nullable String auth;

  @Option(names = "--no-auth", description = "Allow a non-loopback --addr without --auth.")
  boolean noAuth;

  @Option(names = "--read-only", description = "Refuse every write (403).")
  boolean readOnly;

  /** Host and port of {@code HOST:PORT} ({@code [v6]:PORT} for IPv6 literals). */
  record Address(String host, int port) {}

  static Address parseAddress(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new InvalidInputException("--addr is HOST:PORT, got \"" + text + "\"");
    }
    String host = text.substring(0, colon);
    if (host.contains(":") && !(host.startsWith("[") && host.endsWith("]"))) {
      throw new InvalidInputException("--addr: write an IPv6 host in brackets, [::1]:5244; got \"" + text + "\"");
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--addr: the port is not a number in \"" + text + "\"");
    }
    if (port < 0 || port > 65535 || host.isBlank()) {
      throw new InvalidInputException("--addr is HOST:PORT with a port 0 to 65535, got \"" + text + "\"");
    }
    return new Address(host, port);
  }

  static ServeMode parseMode(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "redirect" -> ServeMode.REDIRECT;
      case "proxy" -> ServeMode.PROXY;
      default -> throw new InvalidInputException("--mode is redirect or proxy, got \"" + text + "\"");
    };
  }

  @Override
  public Integer call() throws InterruptedException {
    PikPakCommand r = root();
    // Everything the user wrote is checked before the client is opened: malformed input exits 2 with no request.
    String addrText = addr != null ? addr : r.env("PIKPAK_SERVE_ADDR");
    Address address = addrText == null
        ? new Address(PikPakServer.DEFAULT_HOST, PikPakServer.DEFAULT_PORT) : parseAddress(addrText);
    String modeText = mode != null ? mode : r.env("PIKPAK_SERVE_MODE");
    ServeMode serveMode = modeText == null ? ServeMode.REDIRECT : parseMode(modeText);
    List<String> specs = new ArrayList<>(mounts);
    String envMounts = r.env("PIKPAK_SERVE_MOUNTS");
    if (specs.isEmpty() && envMounts != null) {
      for (String s : envMounts.split(";")) {
        if (!s.isBlank()) {
          specs.add(s.trim());
        }
      }
    }
    List<Mount> parsed = new ArrayList<>();
    for (String s : specs) {
      parsed.add(Mount.parse(s));
    }
    String authText = auth != null ? auth : r.env("PIKPAK_SERVE_AUTH");
    if (System.getProperty(REQUEST_LOG_PROPERTY) == null) {
      System.setProperty(REQUEST_LOG_PROPERTY, "info"); // request logs on stderr (they carry no secret)
    }
    int colon = authText == null ? -1 : authText.indexOf(':');
    if (authText != null && (colon <= 0 || colon == authText.length() - 1)) {
      throw new InvalidInputException("--auth is USER:PASSWORD with a non-empty user and password");
    }
    try (ClientFactory.Connection connection = ClientFactory.open(r.settings(), r.err())) {
      PikPakServer.Builder b = PikPakServer.builder(connection.client())
          .address(address.host(), address.port())
          .mode(serveMode)
          .connections(connections)
          .noAuth(noAuth)
          .readOnly(readOnly);
      if (authText != null) {
        b.auth(authText.substring(0, colon), authText.substring(colon + 1));
      }
      parsed.forEach(b::mount);
      try (PikPakServer server = b.build()) {
        server.start();
        r.err().println("serving " + server.url());
        r.err().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          server.close();
          connection.close();
          Runtime.getRuntime().halt(ErrorReporter.EXIT_OK); // SIGINT/SIGTERM: closed cleanly, exit 0
        }, "pikpak-serve-shutdown"));
        server.join();
      }
    }
    return ErrorReporter.EXIT_OK;
  }

  private PikPakCommand root() {
    if (root == null) {
      throw new IllegalStateException("not run under the pikpak command");
    }
    return root;
  }
}
