package io.github.pikpak4j.core.files;

import java.util.Locale;

/** The phase of an asynchronous drive task (protocol §5.8): {@code PHASE_TYPE_<NAME>} on the wire. */
public enum DriveTaskPhase {
  /** Accepted, not started. */
  PENDING,
  /** Being applied. */
  RUNNING,
  /** Finished successfully. */
  COMPLETE,
  /** Failed; the status message says why. */
  ERROR;

  /**
   * Parses a wire phase such as {@code PHASE_TYPE_COMPLETE}; an unknown or empty value counts as
   * {@link #RUNNING}, so waiting goes on until a known end.
   *
   * @param wire the wire value
   * @return the phase
   */
  public static DriveTaskPhase fromWire(String wire) {
    String name = wire.startsWith("PHASE_TYPE_") ? wire.substring("PHASE_TYPE_".length()) : wire;
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return RUNNING;
    }
  }
}
