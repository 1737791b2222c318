package io.github.pikpak4j.share;

import java.util.Locale;

/**
 * The {@code share_status} of a share (protocol §9.3). Every value except {@link #OK} makes a read
 * fail with a {@link ShareUnavailableException} subclass.
 */
public enum ShareStatus {
  /** Readable. */
  OK,
  /** A pass code is required and none was given: {@link SharePassCodeException}. */
  PASS_CODE_EMPTY,
  /** The pass code is wrong: {@link SharePassCodeException}. */
  PASS_CODE_ERROR,
  /** Removed by its owner: {@link ShareGoneException}. */
  DELETED,
  /** Past its expiration: {@link ShareGoneException}. */
  EXPIRED,
  /** No such share: {@link ShareGoneException}. */
  NOT_FOUND,
  /** Under review (may become readable later): {@link ShareBlockedException}. */
  AUDITING,
  /** Content blocked by moderation: {@link ShareBlockedException}. */
  SENSITIVE_RESOURCE,
  /** Text blocked by moderation: {@link ShareBlockedException}. */
  SENSITIVE_WORD,
  /** Share banned: {@link ShareBlockedException}. */
  PROHIBITED,
  /** A status this SDK does not know (the raw value is kept by the exception). */
  UNKNOWN;

  /**
   * Parses the wire value.
   *
   * @param wire the {@code share_status} text
   * @return the status; {@link #UNKNOWN} for anything unrecognised, {@link #OK} only for {@code
   *     "OK"}
   */
  public static ShareStatus of(String wire) {
    try {
      return valueOf(wire.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }
}
