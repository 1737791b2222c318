package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Entry names: validation before any request, and the server's collision suffix {@code name(N)}. */
final class DriveNames {
  /** The longest name accepted, in characters. */
  static final int MAX_LENGTH = 255;

  private static final Pattern SUFFIXED = Pattern.compile("^(.+)\\((\\d+)\\)(\\.[^.()]*)?$");

  private DriveNames() {}

  /**
   * Returns the name if it is valid, else fails.
   *
   * @throws InvalidInputException when the name is empty, blank, {@code .} or {@code ..}, contains {@code /} or a
   *     control character, or is longer than {@value #MAX_LENGTH} characters
   */
  static String validate(String name) {
    if (name.isBlank()) {
      throw new InvalidInputException("a name must not be empty");
    }
    if (name.contains("/")) {
      throw new InvalidInputException("a name must not contain '/': " + name);
    }
    if (name.equals(".") || name.equals("..")) {
      throw new InvalidInputException("a name must not be '.' or '..'");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException("a name must not contain control characters");
    }
    if (name.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          "a name must be at most " + MAX_LENGTH + " characters, got " + name.length());
    }
    return name;
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
