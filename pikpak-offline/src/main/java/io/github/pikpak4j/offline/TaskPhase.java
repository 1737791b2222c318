package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.Locale;

/** The phase of an offline task (protocol §8.2). */
public enum TaskPhase {
  /** Waiting to start ({@code PHASE_TYPE_PENDING}). */
  PENDING("PHASE_TYPE_PENDING"),
  /** Downloading on PikPak's servers ({@code PHASE_TYPE_RUNNING}). */
  RUNNING("PHASE_TYPE_RUNNING"),
  /** Done; the file is in the drive ({@code PHASE_TYPE_COMPLETE}). */
  COMPLETE("PHASE_TYPE_COMPLETE"),
  /** Failed; the task's message says why ({@code PHASE_TYPE_ERROR}). */
  ERROR("PHASE_TYPE_ERROR");

  private final String wireName;

  TaskPhase(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the server's name of this phase.
   *
   * @return for example {@code PHASE_TYPE_RUNNING}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns whether the task will not change any more by itself ({@link #COMPLETE} or {@link
   * #ERROR}).
   *
   * @return {@code true} for a final phase
   */
  public boolean isFinal() {
    return this == COMPLETE || this == ERROR;
  }

  /**
   * Maps the server's phase name. An absent or unknown name maps to {@link #PENDING} (the task is
   * treated as not yet started, so waiting goes on).
   *
   * @param wireName for example {@code PHASE_TYPE_COMPLETE}
   * @return the phase
   */
  public static TaskPhase fromWire(String wireName) {
    for (TaskPhase p : values()) {
      if (p.wireName.equals(wireName)) {
        return p;
      }
    }
    return PENDING;
  }

  /**
   * Parses a phase as a person writes it: {@code running}, {@code RUNNING} or {@code
   * PHASE_TYPE_RUNNING}.
   *
   * @param text the name, case-insensitive
   * @return the phase
   * @throws InvalidInputException if the text names no phase
   */
  public static TaskPhase parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (t.startsWith("PHASE_TYPE_")) {
      t = t.substring("PHASE_TYPE_".length());
    }
    for (TaskPhase p : values()) {
      if (p.name().equals(t)) {
        return p;
      }
    }
    throw new InvalidInputException(
        "unknown task phase '" + text.strip() + "' (expected pending, running, complete or error)");
  }
}
