package io.github.pikpak4j.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Entry point of the {@code pikpak} command-line program.
 *
 * <pre>{@code
 * java -jar pikpak-examples/target/pikpak.jar --json ls /
 * // or, from code and tests, without System.exit and with a chosen environment:
 * int code = PikPakCli.run(new String[] {"whoami"}, System.out, System.err, Map.of());
 * }</pre>
 *
 * <p>Exit codes: 0 success, 1 failure, 2 bad usage or input caught before any request.
 */
public final class PikPakCli {
  /** The SLF4J simple logger's default-level system property. */
  static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

  private PikPakCli() {}

  /**
   * Runs the program and exits the JVM with its exit code. Logging goes to stderr at level
   * {@code warn}, or {@code debug} with {@code -v}/{@code --verbose} or {@code PIKPAK_LOG=debug}.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    if (TlsWarmUp.pays(args)) {
      TlsWarmUp.start();
    }
    Map<String, String> env = System.getenv();
    configureLogging(args, env);
    PikPakCommand root = new PikPakCommand(System.in, System.out, System.err, env, System.console() != null);
    System.exit(run(root, args));
  }

  /**
   * Runs the program once, without exiting the JVM and without reading the real environment.
   *
   * @param args the command line
   * @param out where results go
   * @param err where the error line, notices and logs go
   * @param env the environment variables to read ({@code PIKPAK_*}, {@code HTTPS_PROXY}, {@code HOME})
   * @return the exit code: 0 success, 1 failure, 2 bad usage or input
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(new PikPakCommand(out, err, env), args);
  }

  /**
   * Runs the program once for a prepared top-level command (its streams, environment and terminal).
   *
   * @param root the top-level command of this run
   * @param args the command line
   * @return the exit code: 0 success, 1 failure, 2 bad usage or input
   */
  static int run(PikPakCommand root, String[] args) {
    PrintStream out = root.out();
    PrintStream err = root.err();
    ErrorReporter reporter = new ErrorReporter(err, root);
    CommandLine commandLine = CommandModel.forArgs(root, args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setParameterExceptionHandler(reporter);
    commandLine.setExecutionExceptionHandler(reporter);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Sets the SLF4J simple logger's level before any logger exists: {@code debug} when asked for,
   * else {@code warn} unless the property was already set (for example with {@code -D}).
   *
   * @param args the command line, scanned for {@code -v} / {@code --verbose}
   * @param env the environment, read for {@code PIKPAK_LOG}
   */
  static void configureLogging(String[] args, Map<String, String> env) {
    boolean debug = "debug".equalsIgnoreCase(env.getOrDefault("PIKPAK_LOG", "").trim());
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals("-v") || arg.equals("--verbose")) {
        debug = true;
      }
    }
    if (debug) {
      System.setProperty(LOG_LEVEL_PROPERTY, "debug");
    } else if (System.getProperty(LOG_LEVEL_PROPERTY) == null) {
      System.setProperty(LOG_LEVEL_PROPERTY, "warn");
    }
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "false");
    System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
  }
}
