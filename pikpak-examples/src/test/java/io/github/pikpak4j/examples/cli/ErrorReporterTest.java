package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.api.AuthenticationException;
import io.github.pikpak4j.api.CaptchaRequiredException;
import io.github.pikpak4j.api.ErrorContext;
import io.github.pikpak4j.api.ErrorDecoder;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.NotFoundException;
import io.github.pikpak4j.api.PikPakException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorReporterTest {
  private static ErrorContext ctx(String error, int code) {
    return new ErrorContext(400, error, code, null, null, null, "POST /v1/auth/signin");
  }

  @Test
  void appendsTheServerBracketOnce() {
    PikPakException without = new PikPakException("the pass code is wrong", ctx("PASS_CODE_ERROR", 0), null);
    PikPakException with = new PikPakException("the pass code is wrong [PASS_CODE_ERROR]", ctx("PASS_CODE_ERROR", 0), null);
    assertThat(ErrorReporter.format(without)).isEqualTo("error: the pass code is wrong [PASS_CODE_ERROR]");
    assertThat(ErrorReporter.format(with)).isEqualTo("error: the pass code is wrong [PASS_CODE_ERROR]");
  }

  @Test
  void noBracketWithoutServerError() {
    assertThat(ErrorReporter.format(new NotFoundException("no such path: /x")))
        .isEqualTo("error: no such path: /x");
  }

  @Test
  void addsThePasswordHintBeforeTheBracketOnce() {
    ErrorContext c = ctx("invalid_account_or_password", 4022);
    String plain = ErrorReporter.format(new AuthenticationException("wrong password", c, null));
    assertThat(plain)
        .isEqualTo("error: wrong password (" + ErrorDecoder.PASSWORD_HINT + ") [invalid_account_or_password 4022]");
    String alreadyHinted = "wrong password (" + ErrorDecoder.PASSWORD_HINT + ") [invalid_account_or_password 4022]";
    assertThat(ErrorReporter.format(new AuthenticationException(alreadyHinted, c, null)))
        .isEqualTo(plain);
  }

  @Test
  void captchaLineCarriesTheUrlAndTheWayBack() {
    CaptchaRequiredException ex = new CaptchaRequiredException(
        "a captcha must be solved", "https://user.mypikpak.net/captcha/v2/spritePuzzle.html?x=1",
        ctx("captcha_required", 0), null);
    assertThat(ErrorReporter.format(ex))
        .startsWith("error: a captcha must be solved; solve the captcha at https://user.mypikpak.net/captcha/")
        .contains("--captcha-token", "PIKPAK_CAPTCHA_TOKEN")
        .endsWith("[captcha_required]")
        .doesNotContain("\n");
  }

  @Test
  void regionBlockGetsTheProxyHint() {
    assertThat(ErrorReporter.format(new PikPakException("Sorry, sharing is not available in the current region")))
        .contains("current region", "--proxy");
  }

  @Test
  void messagesAreFlattenedToOneLine() {
    assertThat(ErrorReporter.format(new IllegalStateException("a\n  b\r\nc")))
        .isEqualTo("error: a b c");
    assertThat(ErrorReporter.format(new UncheckedIOException(new java.io.IOException("disk full"))))
        .isEqualTo("error: disk full");
    assertThat(ErrorReporter.format(new IllegalStateException())).isEqualTo("error: IllegalStateException");
  }

  @ParameterizedTest
  @CsvSource({"input,2", "param,2", "pikpak,1", "runtime,1"})
  void exitCodes(String kind, int expected) {
    Throwable ex = switch (kind) {
      case "input" -> new InvalidInputException("bad");
      case "param" -> new picocli.CommandLine.ParameterException(
          CommandModel.full(new PikPakCommand(System.out, System.err, java.util.Map.of())), "bad");
      case "pikpak" -> new PikPakException("boom");
      default -> new IllegalStateException("boom");
    };
    assertThat(ErrorReporter.exitCode(ex)).isEqualTo(expected);
  }

  @Test
  void perFileErrorLinesOfABatchAreMaskedAndEscapedLikeTheReportersOwn() {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    PikPakCommand root = new PikPakCommand(System.in, System.out,
        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
        java.util.Map.of("PIKPAK_PASSWORD", "hunter2-secret", "PIKPAK_PROGRESS", "never"), false);
    CommandModel.full(root).parseArgs("quota");
    root.feedback().error("error: a.bin: proxy http://user:pw@h:8080 refused hunter2-secret \u001b[2J");
    String printed = err.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(printed).doesNotContain("hunter2-secret").doesNotContain("user:pw").doesNotContain("\u001b")
        .contains("http://***@h:8080", "\\x1b[2J");
  }
}
