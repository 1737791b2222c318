package io.github.pikpak4j.share;

import io.github.pikpak4j.api.ErrorContext;

/**
 * The share no longer exists or never did: {@code DELETED}, {@code EXPIRED} or {@code NOT_FOUND}
 * (see {@link #status()}).
 */
public class ShareGoneException extends ShareUnavailableException {

  /**
   * Creates the exception.
   *
   * @param message human text
   * @param shareId the share id
   * @param status {@link ShareStatus#DELETED}, {@link ShareStatus#EXPIRED} or {@link
   *     ShareStatus#NOT_FOUND}
   * @param context the raw status, status text and endpoint
   */
  public ShareGoneException(
      String message, String shareId, ShareStatus status, ErrorContext context) {
    super(message, shareId, status, context, null);
  }
}
