package io.github.pikpak4j.api;

import org.jspecify.annotations.Nullable;

/**
 * A person must solve a captcha puzzle in a browser before the call can succeed; the SDK never
 * retries this by itself.
 *
 * <p>Mapped from the {@code captcha_required} error, a description containing "Please add
 * captcha", and {@code error_code} 4002 whose description or reason contains {@code result:review}.
 * pikpak-auth also throws it when a captcha init answers with a non-empty {@code url}. Open {@link
 * #verificationUrl()} in a browser, solve the puzzle and pass the resulting captcha token to the
 * next sign-in.
 *
 * <p>The verification URL carries a captcha token in its query, so it is kept out of the message
 * and out of {@code toString()}.
 */
public class CaptchaRequiredException extends PikPakException {

  /** The page where a person solves the captcha, or {@code ""}. */
  private final String verificationUrl;

  /**
   * Creates the exception without a verification URL.
   *
   * @param message human text, free of secrets
   */
  public CaptchaRequiredException(String message) {
    this(message, "");
  }

  /**
   * Creates the exception with a verification URL.
   *
   * @param message human text, free of secrets (do not put the URL in it)
   * @param verificationUrl the puzzle page, or {@code ""} when unknown
   */
  public CaptchaRequiredException(String message, String verificationUrl) {
    this(message, verificationUrl, ErrorContext.NONE, null);
  }

  /**
   * Creates the exception with the details of a server answer.
   *
   * @param message human text, free of secrets (do not put the URL in it)
   * @param verificationUrl the puzzle page, or {@code ""} when unknown
   * @param context status, error, code, description, request id and endpoint
   * @param cause the underlying failure, or {@code null}
   */
  public CaptchaRequiredException(
      String message, String verificationUrl, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
    this.verificationUrl = verificationUrl;
  }

  /**
   * Returns the page where a person solves the puzzle.
   *
   * @return the URL, or {@code ""} when the server did not send one
   */
  public String verificationUrl() {
    return verificationUrl;
  }
}
