package io.github.pikpak4j.share;

import io.github.pikpak4j.api.ErrorContext;

/**
 * The share needs a pass code and none was given ({@code PASS_CODE_EMPTY}), or the one given is
 * wrong ({@code PASS_CODE_ERROR}). A wrong pass code is reported after exactly one attempt; the SDK
 * never retries it.
 */
public class SharePassCodeException extends ShareUnavailableException {

  /**
   * Creates the exception.
   *
   * @param message human text, free of secrets (never the pass code)
   * @param shareId the share id
   * @param status {@link ShareStatus#PASS_CODE_EMPTY} or {@link ShareStatus#PASS_CODE_ERROR}
   * @param context the raw status, status text and endpoint
   */
  public SharePassCodeException(
      String message, String shareId, ShareStatus status, ErrorContext context) {
    super(message, shareId, status, context, null);
  }

  /**
   * Whether no pass code was given (rather than a wrong one).
   *
   * @return {@code true} for a missing pass code
   */
  public boolean isMissing() {
    return status() == ShareStatus.PASS_CODE_EMPTY;
  }
}
