package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.files.EntryNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Entry names: validation before any request, and the server's collision suffix {@code name(N)}. */
final class DriveNames {
  private static final Pattern SUFFIXED = Pattern.compile("^(.+)\\((\\d+)\\)(\\.[^.()]*)?$");

  private DriveNames() {}

  /** Returns the name if it is valid, else fails ({@link EntryNames#validate}). */
  static String validate(String name) {
    return EntryNames.validate(name);
  }

  /**
   * Returns the name without the server's collision suffix ({@code notes(1).txt} gives {@code notes.txt}, {@code
   * Docs(2)} gives {@code Docs}), or {@code null} when it has none.
   */
  static @Nullable String unsuffixed(String name) {
    Matcher m = SUFFIXED.matcher(name);
    if (!m.matches()) {
      return null;
    }
    return m.group(1) + (m.group(3) == null ? "" : m.group(3));
  }
}
