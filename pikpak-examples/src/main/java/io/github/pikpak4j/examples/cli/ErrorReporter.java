package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.CaptchaRequiredException;
import io.github.pikpak4j.api.ErrorDecoder;
import io.github.pikpak4j.share.ShareRegionBlockedException;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.PikPakException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into the CLI contract's single stderr line and exit code.
 *
 * <p>The line is {@code error: <message>}, ending with {@code [<error> <error_code>]} when the server
 * sent them; {@code invalid_account_or_password} carries the password hint, a required captcha the
 * verification URL and how to pass the solved token back. Exit code 2 for bad usage or input caught
 * before any request ({@link InvalidInputException}, picocli usage errors), 1 for anything else.
 * Stack traces only with {@code --verbose}; known secrets and URL credentials are masked, control characters
 * escaped ({@link TerminalText}).
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
  /** Exit code of a success. */
  static final int EXIT_OK = 0;

  /** Exit code of any failure not caused by bad usage or input. */
  static final int EXIT_FAILURE = 1;

  /** Exit code of bad usage or bad input, caught before any request. */
  static final int EXIT_USAGE = 2;

  private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s]+@");
  private static final String MASK = "***";

  private final PrintStream err;
  private final PikPakCommand root;

  /**
   * Creates the reporter.
   *
   * @param err stderr
   * @param root the top-level command, for {@code --verbose} and the secrets to mask
   */
  ErrorReporter(PrintStream err, PikPakCommand root) {
    this.err = err;
    this.root = root;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    // point to the help of the command that was being parsed: "see pikpak get --help"
    String command = ex.getCommandLine() == null ? "pikpak" : ex.getCommandLine().getCommandSpec().qualifiedName();
    err.println(line("error: " + oneLine(message(ex)) + " (see " + command + " --help)"));
    return EXIT_USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    if (root.verbose()) {
      StringWriter trace = new StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      trace.toString().lines().forEach(l -> err.println(line(l)));
    }
    err.println(line(format(ex)));
    return exitCode(ex);
  }

  /**
   * Returns the exit code for an exception thrown by a command.
   *
   * @param ex the failure
   * @return 2 for bad input caught before any request, else 1
   */
  static int exitCode(Throwable ex) {
    return ex instanceof InvalidInputException || ex instanceof ParameterException ? EXIT_USAGE : EXIT_FAILURE;
  }

  /**
   * Formats the error line (without masking).
   *
   * @param ex the failure
   * @return {@code error: ...} on one line
   */
  static String format(Throwable ex) {
    String message = oneLine(message(ex));
    if (!(ex instanceof PikPakException pe)) {
      return "error: " + message;
    }
    String suffix = pe.context().suffix();
    String core = message;
    if (!suffix.isEmpty() && core.endsWith(suffix.strip())) {
      core = core.substring(0, core.length() - suffix.strip().length()).stripTrailing();
    }
    String error = pe.error() == null ? "" : pe.error();
    if ((error.equals("invalid_account_or_password") || pe.errorCode() == 4022)
        && !core.contains(ErrorDecoder.PASSWORD_HINT)) {
      core = core + " (" + ErrorDecoder.PASSWORD_HINT + ")";
    }
    if (core.toLowerCase(java.util.Locale.ROOT).contains("not available in the current region")
        && !core.contains("--proxy")) {
      // one hint, in the CLI's terms: the SDK's own hint names builder settings
      core = core.replace(" (" + ShareRegionBlockedException.HINT + ")", "");
      core = core + " (use --proxy, or another domain through --user-endpoint/--drive-endpoint)";
    }
    if (ex instanceof CaptchaRequiredException captcha) {
      String url = captcha.verificationUrl();
      core = core
          + (url.isEmpty()
              ? "; a captcha must be solved in a browser"
              : "; solve the captcha at " + url)
          + ", then run again with --captcha-token <token> (or PIKPAK_CAPTCHA_TOKEN=<token>)";
    }
    return "error: " + core + suffix;
  }

  private static String message(Throwable ex) {
    Throwable shown = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
    String m = shown.getMessage();
    if (m == null || m.isBlank()) {
      return shown.getClass().getSimpleName();
    }
    return m;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /**
   * Masks the secrets known to this run and credentials inside URLs, and escapes control characters (messages carry
   * the server's descriptions and names).
   */
  private String line(String text) {
    return masker(root).apply(text);
  }

  /**
   * Returns the masking of {@link #line}, for error lines printed outside this reporter (one per failed file of a
   * batch).
   *
   * @param root the top-level command, for the secrets of this run
   * @return a function from an error line to the line as it may be printed
   */
  static UnaryOperator<String> masker(PikPakCommand root) {
    return text -> {
      String masked = URL_CREDENTIALS.matcher(text).replaceAll("$1" + MASK + "@");
      for (String secret : secrets(root)) {
        masked = masked.replace(secret, MASK);
      }
      return TerminalText.safe(masked);
    };
  }

  private static List<String> secrets(PikPakCommand root) {
    List<String> secrets = new ArrayList<>();
    try {
      Settings s = root.settings();
      add(secrets, s.password());
      add(secrets, s.refreshToken());
      add(secrets, s.captchaToken());
    } catch (RuntimeException e) {
      add(secrets, root.password);
      add(secrets, root.refreshToken);
      add(secrets, root.captchaToken);
    }
    return secrets;
  }

  private static void add(List<String> secrets, @Nullable String secret) {
    if (secret != null && secret.length() >= 3) {
      secrets.add(secret);
    }
  }
}
