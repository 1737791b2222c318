package io.github.pikpak4j.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code pikpak} command: holds the global options of the CLI contract (each may be
 * given before or after the subcommand) and the streams and environment of one run.
 *
 * <p>Its subcommands are added by {@link CommandModel}. Options are raw here; {@link Settings#resolve} merges them with the environment (a flag wins
 * over its environment variable).
 */
@Command(
    name = "pikpak",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A command-line client for the PikPak cloud drive (pikpak4j).",
    footer = {
      "",
      "Each option also reads its environment variable; a flag wins over it.",
      "Prefer PIKPAK_PASSWORD to --password (command lines are visible to others).",
      "With no credentials and no session file, pikpak runs against the embedded",
      "PikPak emulator (sandbox). Exit codes: 0 ok, 1 failure, 2 bad usage or input."
    })
public final class PikPakCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Option(names = "--username", scope = ScopeType.INHERIT, paramLabel = "NAME",
      description = "E-mail, phone number or user name (env PIKPAK_USERNAME).")
  @Nullable String username;

  @Option(names = "--password", scope = ScopeType.INHERIT, paramLabel = "PASSWORD",
      description = "Password (env PIKPAK_PASSWORD).")
  @Nullable String password;

  @Option(names = "--refresh-token", scope = ScopeType.INHERIT, paramLabel = "TOKEN",
      description = "Start from a refresh token alone (env PIKPAK_REFRESH_TOKEN).")
  @Nullable String refreshToken;

  @Option(names = "--captcha-token", scope = ScopeType.INHERIT, paramLabel = "TOKEN",
      description = "A token obtained by solving a captcha by hand (env PIKPAK_CAPTCHA_TOKEN).")
  @Nullable String captchaToken;

  @Option(names = "--platform", scope = ScopeType.INHERIT, paramLabel = "NAME",
      description = "Client profile: android, web or pc (env PIKPAK_PLATFORM; default web).")
  @Nullable String platform;

  @Option(names = "--device-id", scope = ScopeType.INHERIT, paramLabel = "HEX32",
      description = "32 lowercase hex digits (env PIKPAK_DEVICE_ID; default derived, then persisted).")
  @Nullable String deviceId;

  @Option(names = "--user-endpoint", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "Base URL of the user API (env PIKPAK_USER_ENDPOINT; default https://user.mypikpak.net).")
  @Nullable String userEndpoint;

  @Option(names = "--drive-endpoint", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "Base URL of the drive API (env PIKPAK_DRIVE_ENDPOINT; default https://api-drive.mypikpak.net).")
  @Nullable String driveEndpoint;

  @Option(names = "--root-folder-id", scope = ScopeType.INHERIT, paramLabel = "ID",
      description = "Drive paths resolve below this folder (env PIKPAK_ROOT_FOLDER_ID; default the drive's root).")
  @Nullable String rootFolderId;

  @Option(names = "--proxy", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "http://host:port or socks5://host:port (env PIKPAK_PROXY, else HTTPS_PROXY).")
  @Nullable String proxy;

  @Option(names = "--session", scope = ScopeType.INHERIT, paramLabel = "FILE",
      description = "Session file, mode 0600 (env PIKPAK_SESSION; default ~/.config/pikpak4j/session.json;"
          + " the sandbox uses sandbox-<name> beside it).")
  @Nullable String session;

  @Option(names = "--cdn", scope = ScopeType.INHERIT, paramLabel = "POLICY",
      description = "off, auto, domain:<root> or a host name (env PIKPAK_CDN; default off).")
  @Nullable String cdn;

  @Option(names = "--cdn-candidates", scope = ScopeType.INHERIT, paramLabel = "HOSTS",
      description = "Comma-separated host[:port] list probed by --cdn auto (env PIKPAK_CDN_CANDIDATES).")
  @Nullable String cdnCandidates;

  @Option(names = "--rate-limit", scope = ScopeType.INHERIT, paramLabel = "RATE",
      description = "API requests per second (the burst is as many), or off (env PIKPAK_RATE_LIMIT; default 5).")
  @Nullable String rateLimit;

  @Option(names = "--media-links", scope = ScopeType.INHERIT,
      description = "Allow media (possibly transcoded) links instead of original bytes (env PIKPAK_MEDIA_LINKS).")
  boolean mediaLinks;

  @Option(names = "--sandbox", scope = ScopeType.INHERIT,
      description = "Run against the embedded PikPak emulator (env PIKPAK_SANDBOX=1).")
  boolean sandbox;

  @Option(names = "--json", scope = ScopeType.INHERIT,
      description = "Machine-readable output on stdout (one JSON document).")
  boolean json;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Log requests (secrets redacted) and stack traces to stderr (env PIKPAK_LOG=debug).")
  boolean verbose;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final boolean terminal;

  /**
   * Creates the command for one run.
   *
   * @param out where results go (stdout)
   * @param err where the error line, notices and logs go (stderr)
   * @param env the environment variables to read (a copy is not taken; do not mutate it)
   */
  public PikPakCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this(InputStream.nullInputStream(), out, err, env, false);
  }

  /**
   * Creates the command for one run, with its input and whether a person watches it.
   *
   * @param in where answers to questions are read (stdin)
   * @param out where results go (stdout)
   * @param err where the error line, notices, progress and logs go (stderr)
   * @param env the environment variables to read (a copy is not taken; do not mutate it)
   * @param terminal whether stderr is a terminal; {@code PIKPAK_PROGRESS=always|never} overrides it
   */
  public PikPakCommand(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = env;
    this.terminal = terminal;
  }

  /** Without a subcommand: prints the usage to stderr and fails with exit code 2. */
  @Override
  public Integer call() {
    if (spec != null) {
      spec.commandLine().usage(err);
    }
    return ErrorReporter.EXIT_USAGE;
  }

  /**
   * Returns the settings of this run, the options merged with the environment.
   *
   * @return the resolved settings
   */
  Settings settings() {
    return Settings.resolve(this, env);
  }

  /**
   * Returns one environment variable of this run.
   *
   * @param name the variable
   * @return its value, or {@code null} when unset or empty
   */
  @Nullable String env(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v;
  }

  /**
   * Returns the printer of this run's results.
   *
   * @return human or JSON output, after {@code --json}
   */
  Output output() {
    return new Output(out, json);
  }

  /**
   * Returns the feedback of this run: a live progress line and questions on a terminal, nothing otherwise (and
   * nothing with {@code --json}). {@code PIKPAK_PROGRESS=always} or {@code never} overrides the terminal check.
   *
   * @return the feedback
   */
  Feedback feedback() {
    String forced = env.getOrDefault("PIKPAK_PROGRESS", "").trim().toLowerCase(java.util.Locale.ROOT);
    boolean live = forced.equals("always") || (!forced.equals("never") && terminal && !json);
    int width = 100;
    try {
      width = Integer.parseInt(env.getOrDefault("COLUMNS", "100").trim());
    } catch (NumberFormatException e) {
      // keep the default
    }
    return new Feedback(err, live, in, width, ErrorReporter.masker(this));
  }

  /** Returns the stream for results. */
  PrintStream out() {
    return out;
  }

  /** Returns the stream for errors and notices. */
  PrintStream err() {
    return err;
  }

  /** Returns whether stack traces and debug logs were asked for (flag or PIKPAK_LOG=debug). */
  boolean verbose() {
    return verbose || "debug".equalsIgnoreCase(env.getOrDefault("PIKPAK_LOG", ""));
  }
}
