package io.github.pikpak4j.core.files;

import io.github.pikpak4j.api.InvalidInputException;

/**
 * The rules an entry name must follow, checked by {@link Files} before any request and usable by callers that want
 * to check input early (the CLI does, to exit with code 2).
 *
 * <pre>{@code
 * EntryNames.validate(userInput); // throws InvalidInputException on "", "a/b", "..", or 256+ characters
 * }</pre>
 */
public final class EntryNames {
  /** The longest accepted name: {@value} characters. */
  public static final int MAX_LENGTH = 255;

  private EntryNames() {}

  /**
   * Returns the name if it is valid.
   *
   * @param name the name
   * @return the same name
   * @throws InvalidInputException when the name is empty or blank, {@code .} or {@code ..}, contains {@code /} or a
   *     control character, or is longer than {@value #MAX_LENGTH} characters
   */
  public static String validate(String name) {
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
      throw new InvalidInputException("a name must be at most " + MAX_LENGTH + " characters, got " + name.length());
    }
    return name;
  }
}
