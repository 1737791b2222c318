package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.PikPakClientBuilder;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.auth.FileTokenStore;
import io.github.pikpak4j.core.policy.RateLimit;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link PikPakClient} of one run from its {@link Settings}, starting the embedded
 * emulator for the sandbox.
 *
 * <p>The sandbox runs when {@code --sandbox} / {@code PIKPAK_SANDBOX=1} asks for it, or when there
 * is nothing to sign in with (no user name, password or refresh token, and no session file). It
 * signs in with the emulator's demo account, keeps its session in {@code sandbox-<name>} beside the
 * real session file (so a real session is never overwritten), applies {@code --platform} and
 * {@code --device-id}, and ignores the real account's credentials, endpoints, proxy and root folder.
 * Each run starts a fresh emulator on the state directory {@value #EMULATOR_STATE_DIRECTORY} beside the
 * sandbox session: it loads the drive (tree, file contents, shares, offline tasks) and the tokens the
 * last run saved, so the next run sees this run's changes, accepts the saved session and does not sign
 * in again. {@code pikpak sandbox reset} removes both.
 */
final class ClientFactory {
  /** The stderr line printed when the sandbox starts because nothing to sign in with was given. */
  /** The highest {@code --rate-limit} taken as a number; above it, {@code off} says what is meant. */
  static final double MAX_RATE = 10_000;

  static final String NO_CREDENTIALS_NOTICE =
      "pikpak: no credentials, using the embedded PikPak emulator (sandbox)";

  /** The stderr line printed when the sandbox was asked for. */
  static final String SANDBOX_NOTICE = "pikpak: using the embedded PikPak emulator (sandbox)";

  /**
   * The sandbox emulator's state directory, beside the sandbox session: its whole drive (tree, file contents, shares,
   * offline tasks) and the tokens it issued (see {@code PikPakEmulator.Builder.stateDirectory}).
   */
  static final String EMULATOR_STATE_DIRECTORY = "sandbox-emulator";

  /** The file an earlier version kept the sandbox emulator's tokens in; {@code sandbox reset} removes it too. */
  static final String OLD_EMULATOR_STATE_FILE = "sandbox-emulator-state.json";

  /** The stderr line after a download link printed in the sandbox. */
  static final String SANDBOX_LINK_NOTICE =
      "pikpak: sandbox link: the embedded emulator serves it only while this pikpak process runs (it has stopped now)";

  private ClientFactory() {}

  /** A client and, in the sandbox, the emulator it talks to; closing closes both. */
  record Connection(PikPakClient client, @Nullable PikPakEmulator emulator, Path sessionFile)
      implements AutoCloseable {
    @Override
    public void close() {
      try {
        client.close();
      } finally {
        if (emulator != null) {
          emulator.close();
        }
      }
    }
  }

  /**
   * Opens the client of one run.
   *
   * @param settings the run's settings
   * @param err where the sandbox notice goes
   * @return the connection; close it when done
   * @throws io.github.pikpak4j.api.InvalidInputException when a setting is malformed (before any request)
   */
  static Connection open(Settings settings, PrintStream err) {
    if (!settings.sandbox()) {
      PikPakClientBuilder builder = PikPakClient.builder();
      common(builder, settings);
      if (settings.username() != null) {
        builder.username(settings.username());
      }
      if (settings.password() != null) {
        builder.password(settings.password());
      }
      if (settings.refreshToken() != null) {
        builder.refreshToken(settings.refreshToken());
      }
      if (settings.captchaToken() != null) {
        builder.captchaToken(settings.captchaToken());
      }
      if (settings.userEndpoint() != null) {
        builder.userEndpoint(settings.userEndpoint());
      }
      if (settings.driveEndpoint() != null) {
        builder.driveEndpoint(settings.driveEndpoint());
      }
      if (settings.rootFolderId() != null) {
        builder.rootFolderId(settings.rootFolderId());
      }
      if (settings.proxy() != null) {
        builder.proxy(settings.proxy());
      }
      builder.tokenStore(sessionStore(settings.sessionFile(), err));
      return new Connection(builder.build(), null, settings.sessionFile());
    }
    Path session = settings.sandboxSessionFile();
    PikPakEmulator emulator = startEmulator(emulatorStateDirectory(session));
    try {
      PikPakClientBuilder builder = PikPakClient.builder();
      common(builder, settings);
      builder
          .userEndpoint(emulator.userBaseUrl())
          .driveEndpoint(emulator.driveBaseUrl())
          .username(PikPakEmulator.DEMO_USERNAME)
          .password(PikPakEmulator.DEMO_PASSWORD)
          .tokenStore(sessionStore(session, err));
      PikPakClient client = builder.build();
      err.println(settings.sandboxRequested() ? SANDBOX_NOTICE : NO_CREDENTIALS_NOTICE);
      return new Connection(client, emulator, session);
    } catch (RuntimeException e) {
      emulator.close();
      throw e;
    }
  }

  private static void common(PikPakClientBuilder builder, Settings settings) {
    if (settings.platform() != null) {
      builder.platform(settings.platform());
    }
    if (settings.deviceId() != null) {
      builder.deviceId(settings.deviceId());
    }
    // --cdn / --cdn-candidates: checked by build(), a malformed value is exit 2.
    builder.cdn(settings.cdn());
    if (settings.cdnCandidates() != null) {
      builder.cdnCandidates(settings.cdnCandidates());
    }
    if (settings.rateLimit() != null) {
      builder.rateLimit(rateLimit(settings.rateLimit()));
    }
  }

  /**
   * Reads {@code --rate-limit}: {@code off}, or API requests per second (a positive number up to {@link #MAX_RATE}),
   * with a burst of as many requests (at least 1), as the default's 5 per second with a burst of 5.
   *
   * @param value the option's value
   * @return the limit
   * @throws InvalidInputException for anything else (before any request)
   */
  static RateLimit rateLimit(String value) {
    String v = value.trim();
    if (v.equalsIgnoreCase("off")) {
      return RateLimit.unlimited();
    }
    double rate;
    try {
      rate = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      rate = Double.NaN;
    }
    if (!(rate > 0 && rate <= MAX_RATE)) {
      throw new InvalidInputException("--rate-limit must be off or a number of requests per second above 0 and up to "
          + (int) MAX_RATE + ", got " + TerminalText.safe(value));
    }
    return RateLimit.perSecond(rate, (int) Math.ceil(rate));
  }

  /**
   * After a command printed a download link: in the sandbox, says on {@code err} that the link dies with this process
   * (the emulator serving it stops when {@code pikpak} exits); against PikPak, prints nothing.
   */
  static void noteLink(Connection connection, PrintStream err) {
    if (connection.emulator() != null) {
      err.println(SANDBOX_LINK_NOTICE);
    }
  }

  /**
   * Returns the session store of one run: the session file, written 0600 in a 0700 directory; an unreadable one is
   * moved aside, and the run says so on stderr (naming both files and what to do) before it signs in again.
   */
  static FileTokenStore sessionStore(Path file, PrintStream err) {
    return FileTokenStore.of(
        file,
        aside ->
            err.println(
                "pikpak: the session file "
                    + file
                    + " could not be read; moved it to "
                    + aside
                    + " and signing in again (without a password or refresh token, run pikpak login)"));
  }

  /** Returns the sandbox emulator's state directory for a sandbox session file: same parent directory. */
  static Path emulatorStateDirectory(Path sandboxSession) {
    return sandboxSession.resolveSibling(EMULATOR_STATE_DIRECTORY);
  }

  /**
   * Starts the sandbox's emulator on its state directory: it loads what the last run saved and saves when the
   * connection closes, up to {@link PikPakEmulator#DEFAULT_STATE_SIZE_LIMIT} bytes of file contents.
   */
  private static PikPakEmulator startEmulator(Path stateDirectory) {
    return PikPakEmulator.builder().stateDirectory(stateDirectory).start();
  }
}
