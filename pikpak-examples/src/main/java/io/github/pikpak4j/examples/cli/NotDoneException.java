package io.github.pikpak4j.examples.cli;

import java.util.List;

/**
 * Some ids of a batch, share delete or task delete were left alone by the server (unknown, or not in a state the
 * call acts on). Thrown after the command printed what the server confirmed, so the CLI ends with exit code 1 and
 * one {@code error:} line naming them.
 */
final class NotDoneException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param verb what was not done, e.g. {@code "restored"}
   * @param why the likely reasons, e.g. {@code "missing, or not in the trash"}
   * @param items the items left alone, as printed
   */
  NotDoneException(String verb, String why, List<String> items) {
    super("not " + verb + " (" + why + "): " + String.join(", ", items), null, false, false);
  }

  /**
   * Throws when anything was left alone.
   *
   * @param verb what was not done
   * @param why the likely reasons
   * @param items the items left alone, as printed; nothing is thrown when empty
   * @throws NotDoneException when {@code items} is not empty
   */
  static void throwIfAny(String verb, String why, List<String> items) {
    if (!items.isEmpty()) {
      throw new NotDoneException(verb, why, items);
    }
  }
}
