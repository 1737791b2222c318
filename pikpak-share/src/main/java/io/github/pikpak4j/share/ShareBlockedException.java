package io.github.pikpak4j.share;

import io.github.pikpak4j.api.ErrorContext;

/**
 * The share exists but may not be read: under review ({@code AUDITING}, may become readable
 * later), sensitive content ({@code SENSITIVE_RESOURCE}, {@code SENSITIVE_WORD}) or prohibited
 * ({@code PROHIBITED}); also any status this SDK does not know ({@link ShareStatus#UNKNOWN}).
 */
public class ShareBlockedException extends ShareUnavailableException {

  /**
   * Creates the exception.
   *
   * @param message human text
   * @param shareId the share id
   * @param status the status
   * @param context the raw status, status text and endpoint
   */
  public ShareBlockedException(
      String message, String shareId, ShareStatus status, ErrorContext context) {
    super(message, shareId, status, context, null);
  }

  /**
   * Whether the share is only under review and may become readable later.
   *
   * @return {@code true} for {@link ShareStatus#AUDITING}
   */
  public boolean mayBecomeReadable() {
    return status() == ShareStatus.AUDITING;
  }
}
