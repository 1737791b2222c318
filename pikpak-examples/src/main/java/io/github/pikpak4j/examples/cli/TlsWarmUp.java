package io.github.pikpak4j.examples.cli;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Security;
import java.text.Normalizer;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Prepares the JDK's TLS machinery on a background thread while the main thread parses the command line.
 *
 * <p>OkHttp builds its client with the platform's trust store and a TLS context, lists every security provider and
 * normalizes host names (IDN): in a cold JVM about 80 ms of a command's start, all of it before the first request.
 * The JDK keeps what these steps load (the providers, the parsed trust store, the TLS context's tables), so doing
 * them once early, on the second core, leaves OkHttp the cached results (a {@code stat} as a process: about 25 ms
 * sooner). The thread is a daemon: the program never waits for it, and when a step fails nothing is reported here
 * (OkHttp meets the same failure and reports it).
 */
final class TlsWarmUp {
  /**
   * Arguments after which no client is built (the standard help and version options, the {@code completion}
   * command); the warm-up would only compete with them for the CPU.
   */
  private static final Set<String> NO_CLIENT = Set.of("-h", "--help", "-V", "--version", "completion");

  private TlsWarmUp() {}

  /**
   * Tells whether a command line builds a client, so that the warm-up pays: not when it is empty or asks for help,
   * the version or a completion script (a {@code --version} ran about 40 ms longer with the warm-up beside it).
   *
   * @param args the command line
   * @return true when the warm-up should start
   */
  static boolean pays(String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      if (NO_CLIENT.contains(arg)) {
        return false;
      }
    }
    return args.length > 0;
  }

  /**
   * Starts the preparation.
   *
   * @return the started daemon thread
   */
  static Thread start() {
    Thread thread = new Thread(TlsWarmUp::prepare, "pikpak-tls-warm-up");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void prepare() {
    Security.getProviders();
    Normalizer.normalize("mypikpak.com", Normalizer.Form.NFC);
    try {
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init((KeyStore) null);
      SSLContext.getInstance("TLS").init(null, trust.getTrustManagers(), null);
    } catch (GeneralSecurityException e) {
      // left to OkHttp, which reports it when it builds its client
    }
  }
}
