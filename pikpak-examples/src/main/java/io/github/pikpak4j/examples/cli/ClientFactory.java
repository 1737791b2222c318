package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.auth.FileTokenStore;
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
 * Each run starts a fresh emulator, so the emulator keeps the tokens it issued in {@value
 * #EMULATOR_STATE_FILE} beside the sandbox session: the next run's emulator accepts the saved session
 * and the CLI does not sign in again.
 */
final class ClientFactory {
  /** The stderr line printed when the sandbox starts because nothing to sign in with was given. */
  static final String NO_CREDENTIALS_NOTICE =
      "pikpak: no credentials, using the embedded PikPak emulator (sandbox)";

  /** The stderr line printed when the sandbox was asked for. */
  static final String SANDBOX_NOTICE = "pikpak: using the embedded PikPak emulator (sandbox)";

  /** The file name of the sandbox emulator's token state, in the sandbox session's directory. */
  static final String EMULATOR_STATE_FILE = "sandbox-emulator-state.json";

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
      PikPakClient.Builder builder = PikPakClient.builder();
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
    PikPakEmulator emulator = startEmulator(emulatorStateFile(session));
    try {
      PikPakClient.Builder builder = PikPakClient.builder();
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

  private static void common(PikPakClient.Builder builder, Settings settings) {
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

  /** Returns the sandbox emulator's state file for a sandbox session file: same directory. */
  static Path emulatorStateFile(Path sandboxSession) {
    return sandboxSession.resolveSibling(EMULATOR_STATE_FILE);
  }

  private static PikPakEmulator startEmulator(Path stateFile) {
    return PikPakEmulator.builder().stateFile(stateFile).start();
  }
}
