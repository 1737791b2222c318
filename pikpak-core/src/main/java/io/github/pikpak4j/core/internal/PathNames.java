package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Parses drive path arguments; fails before any request on a malformed one. */
final class PathNames {
  private PathNames() {}

  /**
   * Returns the names of an absolute path ({@code /a/b} gives {@code [a, b]}); an {@code id:<ID>} reference gives an
   * empty list after validation.
   */
  static List<String> parse(String path) {
    if (path.startsWith("id:")) {
      if (path.length() == 3 || path.chars().anyMatch(Character::isWhitespace)) {
        throw new InvalidInputException("an id reference must look like id:<ID>, got: " + path);
      }
      return List.of();
    }
    if (!path.startsWith("/")) {
      throw new InvalidInputException(
          "a drive path must be absolute (start with /) or be an id reference id:<ID>, got: " + path);
    }
    List<String> names = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        throw new InvalidInputException("'..' is not supported in drive paths: " + path);
      }
      names.add(part);
    }
    return names;
  }
}
